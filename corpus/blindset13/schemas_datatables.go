package blindset13

import (
	"fmt"
)

// An assisted-living community's resident-monitoring admin page, dumped
// from its jQuery DataTables server-side endpoint: {"draw",
// "recordsTotal", "recordsFiltered", "data": [[...], ...]} with rows as
// positional arrays of cells, several holding HTML (a link around the
// resident's name, status badges, action buttons), plus a yadcf filter
// list of product names. Rows are bed and room sensors, and the wing's
// Wi-Fi gateway; nothing names a column.

var (
	careSensors = []string{"Emfit QS", "Withings Sleep Analyzer", "Vayyar Care", "Nobi Smart Lamp", "Sensara Home", "Tellus You Care", "MinuteCare BedPad"}
	careGWs     = []string{"Cisco Meraki MR46", "Ubiquiti U6 Pro", "Aruba AP-515", "Ruckus R550"}
)

func dtCareRows(r *rng) any {
	pfx := fmt.Sprintf("10.%d.%d", r.in(40, 60), r.in(1, 9))
	ssid := r.pick("MapleCourt-IoT", "Sunrise-Sensors", "Willow-Care-IoT", "BrookhavenIOT")
	var rows arr
	n := r.in(5, 7)
	for k := 0; k < n; k++ {
		if k == n-1 {
			rows = append(rows, arr{
				plain(fmt.Sprintf("Gateway - Wing %s", r.pick("A", "B", "C"))),
				plain("-"),
				dev(r.pick(careGWs...)),
				dev("Q2" + r.upper(2) + "-" + r.upper(4) + "-" + r.upper(4)),
				macAddr(r.mac(":", false)),
				netw(pfx + ".1"),
				decoy(r.ver()),
				plain("-"), plain("-"), plain("-"),
				plain(`<span class="badge bg-success">Online</span>`),
				plain(r.iso(2024, 2024)),
				decoy(fmt.Sprintf("uptime %dd %dh", r.in(1, 120), r.in(0, 23))),
				r.pickProse(
					func() leaf {
						return prose(p("SSID "), p(ssid, netC), p(" / PSK "), p(r.alnum(14), credC), p(", VLAN "), p(fmt.Sprint(r.in(20, 90)), netC))
					},
					func() leaf { return prose(p("Replaced PoE injector 03/2024")) },
				),
				plain(fmt.Sprintf(`<button class="btn btn-sm" data-id="%d">Edit</button>`, r.in(1000, 9999))),
			})
			break
		}
		first, last := r.usFirst(), r.pick(usLast...)
		rid := r.in(1000, 9999)
		model := r.pick(careSensors...)
		var status leaf
		switch r.IntN(5) {
		case 0:
			status = hlth(`<span class="badge bg-danger">Fall detected</span>`)
		case 1:
			status = hlth(fmt.Sprintf(`<span class="badge bg-warning">Resp. rate high (%d/min)</span>`, r.in(24, 32)))
		case 2:
			status = plain(`<span class="badge bg-secondary">Low battery</span>`)
		default:
			status = plain(`<span class="badge bg-success">OK</span>`)
		}
		note := r.pickProse(
			func() leaf {
				return prose(p("Daughter "), p(r.pick(usFirstF...), contactC), p(" asked for night alerts to "), p(r.us555(), contactC))
			},
			func() leaf {
				return prose(p("Resident "), p(r.pick("on hospice since April", "has dementia, wanders at night", "post hip replacement, walker", "uses CPAP, sensor reads high RR"), healthC))
			},
			func() leaf { return prose(p("")) },
			func() leaf { return prose(p("")) },
		)
		rows = append(rows, arr{
			cont(fmt.Sprintf(`<a href="/residents/%d">%s, %s</a>`, rid, last, first)),
			plain(fmt.Sprintf("Rm %d%s", r.in(100, 340), r.pick("", "A", "B"))),
			dev(model),
			dev(r.upper(2) + "-" + r.digits(7)),
			macAddr(r.mac(":", r.chance(0.5))),
			netw(fmt.Sprintf("%s.%d", pfx, r.in(10, 250))),
			decoy(r.ver()),
			hlth(fmt.Sprintf("%d bpm", r.in(48, 104))),
			hlth(fmt.Sprintf("RR %d/min", r.in(10, 26))),
			hlth(fmt.Sprintf("slept %dh %02dm", r.in(3, 9), r.in(0, 59))),
			status,
			plain(r.iso(2024, 2024)),
			decoy(fmt.Sprintf("%d%%", r.in(5, 100))),
			note,
			plain(fmt.Sprintf(`<button class="btn btn-sm" data-id="%d">Edit</button>`, rid)),
		})
	}
	return obfuscated(obj{
		{"draw", plain(r.in(1, 40))},
		{"recordsTotal", decoy(r.in(80, 400))},
		{"recordsFiltered", decoy(len(rows))},
		{"data", rows},
		{"yadcf_data_2", stringsOf(decoy, r.pickSome(4, careSensors...)...)},
	})
}
