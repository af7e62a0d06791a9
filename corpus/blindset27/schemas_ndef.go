package blindset27

import (
	"fmt"
	"strings"
)

// carehomeNDEF: an auditor's phone app read every NFC tag in a care
// home (door tags for carers' visit check-in, residents' wristbands with
// a medical ID, a Wi-Fi tag in the lounge, the treatment room, equipment
// asset tags) and exported the NDEF messages decoded into positional
// JSON: the app block (app, version, phone model, OS, export time), and
// per tag its UID, chip, memory size, writable and locked flags and the
// records as [TNF, type, id, payload]: text records with language and
// text, URI records with prefix code and remainder, vCards as text, Wi-Fi
// Simple Config credentials keyed by TLV type ("0x1045" SSID, "0x1027"
// network key, "0x1003" authentication, "0x100F" encryption, "0x1020"
// MAC), and Android application records.
func carehomeNDEF(r *rng) any {
	t := r.when()
	home := r.pick("Heathervale", "Oakmere", "Fernlea", "Brambleside")
	domain := strings.ToLower(home) + "-care.example.co.uk"
	phone, osv := r.phoneModel()
	uid := func() string {
		parts := []string{"04"}
		for i := 0; i < 6; i++ {
			parts = append(parts, r.HEX(2))
		}
		return strings.Join(parts, ":")
	}
	text := func(l leaf) arr { return arr{plain(1), plain("T"), plain(""), arr{plain("en"), l}} }
	tag := func(chip string, size int, locked bool, recs ...arr) arr {
		rs := arr{}
		for _, rc := range recs {
			rs = append(rs, rc)
		}
		return arr{dev(uid()), dev(chip), plain(size), plain(!locked), plain(locked), decoy(r.HEX(64)), rs}
	}
	aar := arr{plain(4), plain("android.com:pkg"), plain(""), plain("uk.co.carecheck.visit")}

	var tags arr
	// door tags
	for _, room := range r.pickSome(r.in(1, 3), "Room 3", "Room 7", "Room 12", "Room 15", "Room 21") {
		res := r.british()
		tags = append(tags, tag("NTAG213", 144, true,
			arr{plain(1), plain("U"), plain(""), arr{plain(4), cred(fmt.Sprintf("visit.%s/c/%s?k=%s", domain, strings.ReplaceAll(strings.ToLower(room), " ", ""), r.b64url(18)))}},
			text(doorText(r, room, res)),
			aar,
		))
	}
	// wristbands
	for i := 0; i < r.in(1, 2); i++ {
		res := r.british()
		kin := r.british()
		dob := r.birth(1928, 1950)
		blood := r.pick("A+", "O+", "B-", "O-", "AB+")
		homeTel, kinTel := r.ukLand(), r.ukMobile()
		tags = append(tags, tag("NTAG215", 504, r.chance(0.5),
			text(prose(p("MEDICAL ID: "), p(res.full(), contactC), p(", DOB "), p(dob.Format("02/01/2006"), contactC), p(". Blood group "+blood+". "+r.pick("Allergic to penicillin. ", "No known allergies. ", "Allergic to latex. ")+r.pick("On warfarin 3 mg.", "Type 1 diabetic.", "Epilepsy - buccal midazolam in bag.", "Dementia, may be confused."), healthC))),
			arr{plain(2), plain("text/vcard"), plain(""), prose(p("BEGIN:VCARD\nVERSION:3.0\nN:"), p(res.last+";"+res.first, contactC), p("\nFN:"), p(res.full(), contactC), p("\nBDAY:"), p(day(dob), contactC), p("\nTEL;TYPE=HOME:"), p(homeTel, contactC), p("\nNOTE:NOK "), p(kin.full()+" "+kinTel, contactC), p("\nEND:VCARD"))},
		))
	}
	// Wi-Fi tag
	wsc := obj{
		{"0x1026", plain(1)},
		{"0x1045", netw(r.pick(home+"-Residents", home+" Guest", "BT-"+r.from(upperNum, 6), "CareHome-WiFi"))},
		{"0x1003", plain(32)},
		{"0x100F", plain(8)},
		{"0x1027", cred(r.psk())},
	}
	if r.chance(0.5) {
		wsc = append(wsc, field{"0x1020", decoy("ff:ff:ff:ff:ff:ff")})
	} else {
		wsc = append(wsc, field{"0x1020", macAddr(r.mac(":", false))})
	}
	tags = append(tags, tag("NTAG216", 888, true, arr{plain(2), plain("application/vnd.wfa.wsc"), plain(""), wsc}))
	// treatment room
	tags = append(tags, tag("NTAG213", 144, true, text(prose(p("Treatment room. CD cupboard code "), p(r.pin(4), credC), p(r.pick(". Keys with nurse in charge.", ". Change monthly.", "."))))))
	// equipment
	eq := r.pick("Arjo Maxi Move|HOIST", "Invacare Birdie|HOIST", "Sidhil Bradshaw bed|BED", "Omron M3 Comfort|BP")
	ep := splitBar(eq)
	tags = append(tags, tag("NTAG213", 144, true, text(prose(p(fmt.Sprintf("Asset %s-%02d ", ep[1], r.in(1, 20))), p(ep[0]+" SN "+r.serial("", 9), devC), p(fmt.Sprintf(". LOLER due %s.", day(after(t, r.in(10000, 500000)))))))))

	return obfuscated(obj{
		{"a", arr{plain("NFC TagInfo by NXP"), dev(fmt.Sprintf("%d.%d.%d", r.in(4, 5), r.in(20, 28), r.in(0, 9))), dev(phone), dev(osv), plain(iso(t))}},
		{"t", tags},
		{"v", decoy(r.semver())},
	})
}

// doorText is the text record of a room's door tag: the room, the
// resident and sometimes a care instruction.
func doorText(r *rng, room string, res person) leaf {
	if r.chance(0.3) {
		return prose(p(room+" - "), p(res.first+" "+res.last, contactC), p(" - knock and wait"))
	}
	return prose(p(room+" - "), p(res.first+" "+res.last, contactC), p(r.pick(" - hoist transfer, 2 carers", " - diabetic, check BM before breakfast", " - DNACPR in place", " - thickened fluids (level 2)", " - end of life care, family may stay"), healthC))
}
