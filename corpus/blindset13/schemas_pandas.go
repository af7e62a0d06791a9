package blindset13

import (
	"fmt"
	"strings"
)

// A festival production company's crew sheet, read from Excel with
// pandas.read_excel(header=None) and written with to_json(orient="split"):
// {"columns":["Unnamed: 0",...],"index":[...],"data":[[...]]}, NaN as
// null. The sheet's own title row and, in some files, its header row
// come through as data rows; crew rows hold names, mobiles, e-mails,
// radios and their serials, laptop MACs, production-network IPs, medical
// notes for the first-aid tent, T-shirt sizes, wristband and vehicle-pass
// numbers; the footer holds the production Wi-Fi.

var (
	crewRoles  = []string{"Stage manager", "FOH engineer", "Monitor engineer", "LX operator", "Rigger", "Runner", "Site manager", "Video director", "Backline tech", "Steward lead"}
	radios     = []string{"Motorola DP4400e", "Motorola DP4801e", "Kenwood NX-3320", "Hytera PD785"}
	crewMedics = []string{"EpiPen - wasp stings", "asthma, inhaler in bag", "type 1 diabetic", "nut allergy", "epilepsy - see first aid", "bad back (disc)", "on warfarin"}
)

func pandasCrew(r *rng) any {
	const ncol = 12
	cols := arr{}
	for i := 0; i < ncol; i++ {
		cols = append(cols, plain(fmt.Sprintf("Unnamed: %d", i)))
	}
	nullRow := func(first leaf) arr {
		row := arr{first}
		for i := 1; i < ncol; i++ {
			row = append(row, nullDecoy())
		}
		return row
	}
	pfx := fmt.Sprintf("10.%d.%d", r.in(90, 99), r.in(1, 9))
	data := arr{nullRow(plain(fmt.Sprintf("CREW LIST - %s Stage - %s", r.pick("Main", "Second", "Woods", "Arena"), r.day(2024, 2024))))}
	if r.chance(0.5) {
		data = append(data, stringsOf(plain, "Name", "Role", "Mobile", "Email", "Radio", "Radio S/N", "Laptop MAC", "Prod IP", "Medical / allergies", "Tee", "Wristband", "Vehicle pass"))
	}
	n := r.in(5, 7)
	for k := 0; k < n; k++ {
		first, last := r.usFirst(), r.pick(usLast...)
		row := arr{
			cont(first + " " + last),
			plain(r.pick(crewRoles...)),
			cont(r.ukMobile()),
			cont(r.mail(ascii(first) + "." + ascii(last))),
			dev(r.pick(radios...) + " #" + fmt.Sprint(r.in(1, 40))),
			dev(r.digits(3) + r.upper(3) + r.digits(4)),
		}
		if r.chance(0.6) {
			row = append(row, macAddr(r.mac(":", true)), netw(fmt.Sprintf("%s.%d", pfx, r.in(10, 250))))
		} else {
			row = append(row, nullDecoy(), nullDecoy())
		}
		if r.chance(0.4) {
			row = append(row, hlth(r.pick(crewMedics...)))
		} else {
			row = append(row, nullDecoy())
		}
		row = append(row,
			plain(r.pick("S", "M", "L", "XL")),
			decoy(fmt.Sprintf("WB-%06d", r.in(0, 999999))),
			func() leaf {
				if r.chance(0.5) {
					return null()
				}
				return decoy(fmt.Sprintf("VP %04d", r.in(1, 2000)))
			}(),
		)
		data = append(data, row)
	}
	ssid := r.pick("FOH-Prod", "PROD-5G", "Stage"+r.upper(1)+"-Crew", "Backstage-Net")
	data = append(data,
		nullRow(r.pickProse(
			func() leaf {
				return prose(p("PROD WIFI "), p(ssid, netC), p(" / "), p(strings.ToLower(r.pick("Festival", "Stage", "Rigging"))+r.digits(4)+"!", credC), p(" - switch admin "), p("http://"+pfx+".2/", netC))
			},
			func() leaf {
				return prose(p("Production office: "), p(r.ukMobile(), contactC), p(". First aid tent by gate C."))
			},
			func() leaf { return prose(p("Radios back to the radio desk by 23:30.")) },
		)),
	)
	idx := arr{}
	for i := range data {
		idx = append(idx, plain(i))
	}
	return obfuscated(obj{{"columns", cols}, {"index", idx}, {"data", data}})
}
