package blindset18

import (
	"fmt"
	"strings"
)

// gpKusto is a GP surgery's managed-service provider's Log Analytics
// (Sentinel) query result from the v1 REST API: tables with column lists
// whose names are the defaults KQL gives unnamed expressions (Column1,
// print_0) and positional rows. The sign-in table holds UPNs, display
// names, IPs, app names, result codes and descriptions, dynamic
// deviceDetail and location as JSON strings, MFA detail with a phone,
// session ids, correlation ids and an analyst's comment; the Intune table
// holds device names, serials, models, OS versions, IMEIs, Wi-Fi MACs
// without separators, Entra device ids, primary users, last contact,
// compliance and jailbreak flags.
func gpKusto(r *rng) any {
	staff := make([]person, r.in(2, 3))
	for i := range staff {
		staff[i] = r.english()
	}
	dom := r.pick("oakfieldsurgery", "riversidemedical", "parkviewgp", "meadowhealthcentre") + ".example"
	upn := func(p person) string { return ascii(p.first) + "." + ascii(p.last) + "@" + dom }
	t := r.when()
	type col struct {
		typ  string
		cell func(row int) leaf
	}
	type profile struct{ kind, model, os string }
	profiles := make([]profile, len(staff))
	for i := range profiles {
		switch r.IntN(3) {
		case 0:
			profiles[i] = profile{"iPhone", r.pick("iPhone 13", "iPhone 14", "iPhone SE (3rd generation)"), "iOS " + r.pick("17.4.1", "17.5", "16.7.8")}
		case 1:
			profiles[i] = profile{"AndroidForWork", r.pick("Galaxy A54 5G", "Pixel 7a", "Galaxy S23"), "Android " + r.pick("14", "13")}
		default:
			profiles[i] = profile{"Windows", r.pick("Surface Laptop 5", "Latitude 5440", "ThinkPad E14 Gen 5", "OptiPlex 7010"), "Windows " + r.pick("10.0.22631.3527", "10.0.19045.4291")}
		}
	}
	victim := staff[0]
	mfaPhone := r.ukMobileIntl()
	signCols := []col{
		{"datetime", func(int) leaf { t = after(t, r.in(1, 90)); return plain(isoMs(t)) }},
		{"string", func(i int) leaf { return cont(upn(staff[i%len(staff)])) }},
		{"string", func(i int) leaf { return cont(staff[i%len(staff)].full()) }},
		{"string", func(int) leaf { return netw(r.wan()) }},
		{"string", func(int) leaf {
			return plain(r.pick("Microsoft Teams", "Office 365 Exchange Online", "EMIS Web", "SystmOne", "Microsoft Authenticator App"))
		}},
		{"string", func(int) leaf { return plain(r.pick("0", "50126", "50074", "53003")) }},
		{"string", func(int) leaf {
			return decoy(r.pick("Invalid username or password or Invalid on-premise username or password.", "Strong Authentication is required.", "Access has been blocked by Conditional Access policies."))
		}},
		{"dynamic", func(i int) leaf {
			return embed(obj{
				{"deviceId", dev(r.uuid())},
				{"displayName", dev(map[string]string{"iPhone": staff[i%len(staff)].first + "'s iPhone", "AndroidForWork": staff[i%len(staff)].first + "'s " + profiles[i%len(staff)].model, "Windows": "GPSURG-LT" + fmt.Sprint(r.in(10, 99))}[profiles[i%len(staff)].kind])},
				{"operatingSystem", dev(map[string]string{"iPhone": "Ios 17.4.1", "AndroidForWork": "Android 14", "Windows": "Windows10"}[profiles[i%len(staff)].kind])},
				{"browser", dev(map[string]string{"iPhone": "Mobile Safari 17.4", "AndroidForWork": "Chrome Mobile 124.0.6367", "Windows": "Edge 125.0.0"}[profiles[i%len(staff)].kind])},
				{"isCompliant", plain(r.chance(0.6))},
				{"trustType", plain(r.pick("", "Azure AD joined", "Azure AD registered"))},
			})
		}},
		{"dynamic", func(int) leaf {
			loc := [][3]string{{"Leeds", "England", "GB"}, {"Bristol", "England", "GB"}, {"Lagos", "Lagos", "NG"}, {"Amsterdam", "North Holland", "NL"}}[r.IntN(4)]
			return embed(obj{{"city", plain(loc[0])}, {"state", plain(loc[1])}, {"countryOrRegion", decoy(loc[2])}})
		}},
		{"string", func(int) leaf { return tag("Text message: "+mfaPhone, contactC) }},
		{"string", func(int) leaf { return decoy(r.uuid()) }},
		{"guid", func(int) leaf { return decoy(r.uuid()) }},
		{"bool", func(int) leaf { return plain(r.chance(0.8)) }},
		{"string", func(i int) leaf {
			if i == 0 {
				return prose(p(victim.first, contactC), p(" confirmed they were "), p(r.pick("on sick leave after surgery", "off with flu", "at an antenatal appointment"), healthC), p(", not in Lagos. Phone "), p(mfaPhone, contactC), p(" SIM-swapped? Reset to temp password "), p(r.password(), credC), p(", ticket "+fmt.Sprintf("#%d", r.in(1000, 9999))))
			}
			return prose(p(r.pick("benign", "travel confirmed", "known VPN egress", "")))
		}},
	}
	intuneCols := []col{
		{"string", func(i int) leaf {
			return dev(fmt.Sprintf("%s_%s_%s", ascii(staff[i%len(staff)].first), profiles[i%len(staff)].kind, t.Format("1/2/2006_3:04 PM")))
		}},
		{"string", func(i int) leaf { return dev(profiles[i%len(staff)].model) }},
		{"string", func(i int) leaf { return dev(profiles[i%len(staff)].os) }},
		{"string", func(int) leaf { return macAddr(r.hex(12)) }},
		{"guid", func(int) leaf { return decoy(r.uuid()) }},
		{"string", func(i int) leaf { return cont(upn(staff[i%len(staff)])) }},
		{"datetime", func(int) leaf { return plain(isoMs(after(t, -r.in(1, 9000)))) }},
		{"string", func(int) leaf { return plain(r.pick("Compliant", "Noncompliant", "InGracePeriod")) }},
		{"string", func(int) leaf { return decoy(r.pick("False", "Unknown")) }},
		{"long", func(int) leaf { return decoy(r.in(0, 6)) }},
		{"string", func(int) leaf { return decoy(r.pick("2405", "2311", "5.2406.1")) }},
	}
	table := func(name string, cols []col, rows int, startCol int, first string) obj {
		idx := r.Perm(len(cols))[:r.in(len(cols)-3, len(cols))]
		// keep the columns in query order
		sortInts(idx)
		var cl arr
		for k, i := range idx {
			nm := fmt.Sprintf("Column%d", startCol+k)
			if k == 0 && first != "" {
				nm = first
			}
			cl = append(cl, obj{{"name", plain(nm)}, {"type", plain(cols[i].typ)}})
		}
		var rs arr
		for row := 0; row < rows; row++ {
			var cells arr
			for _, i := range idx {
				cells = append(cells, cols[i].cell(row))
			}
			rs = append(rs, cells)
		}
		return obj{{"name", plain(name)}, {"columns", cl}, {"rows", rs}}
	}
	tables := arr{
		table("PrimaryResult", signCols, r.in(2, 4), 1, r.pick("", "print_0")),
		table("Table_1", intuneCols, r.in(1, 3), 1, ""),
	}
	return obfuscated(obj{
		{"tables", tables},
		{"query", plain(strings.Join([]string{"SigninLogs | where TimeGenerated > ago(7d)", "| project TimeGenerated, tostring(UserPrincipalName), ..."}, " "))},
		{"workspace", decoy(r.uuid())},
		{"api_version", decoy("v1")},
	})
}

func sortInts(xs []int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
