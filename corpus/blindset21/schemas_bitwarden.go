package blindset21

import (
	"fmt"
	"strings"
)

// gpfedBitwarden is a GP federation's Bitwarden organisation pulled with
// the organisation API key through the Public API, with `bw list items`
// of one shared collection.
func gpfedBitwarden(r *rng) any {
	t0 := r.when()
	orgID := r.uuid()
	practices := r.pickSome(3, "Riverside Surgery", "Castle Mead Practice", "Holloway Health Centre", "Brookfield Medical Group", "Old Mill Surgery", "Harbour View Practice")
	fedDomain := r.pick("gpfed.example", "pcn-north.example.org", "federation.example.net")

	tokenReq := obj{
		{"url", plain("https://identity.bitwarden.eu/connect/token")},
		{"grant_type", plain("client_credentials")},
		{"scope", plain("api.organization")},
		{"client_id", decoy("organization." + orgID)},
		{"client_secret", cred(r.alnum(30))},
	}
	tokenResp := obj{
		{"access_token", cred(r.jwt("https://identity.bitwarden.eu"))},
		{"expires_in", plain(3600)},
		{"token_type", decoy("Bearer")},
		{"scope", plain("api.organization")},
	}

	// members
	type member struct {
		pr    person
		id    string
		email string
	}
	var mems []member
	var memArr arr
	for i := 0; i < r.in(3, 6); i++ {
		pr := r.english()
		m := member{pr: pr, id: r.uuid(), email: strings.ToLower(ascii(pr.first)+"."+ascii(pr.last)) + "@" + fedDomain}
		if r.chance(0.3) {
			m.email = r.email(pr)
		}
		mems = append(mems, m)
		o := obj{
			{"object", plain("member")},
			{"id", plain(m.id)},
			{"userId", decoy(r.uuid())},
			{"name", cont(pr.full())},
			{"email", cont(m.email)},
			{"twoFactorEnabled", decoy(r.chance(0.6))},
			{"status", plain([]int{2, 2, 0, -1}[r.IntN(4)])},
			{"type", plain(r.in(0, 4))},
			{"accessAll", plain(false)},
			{"externalId", r.orNull(0.4, plain(fmt.Sprintf("EMP%05d", r.in(100, 99999))))},
			{"resetPasswordEnrolled", decoy(r.chance(0.5))},
			{"collections", arr{obj{{"id", plain(r.uuid())}, {"readOnly", plain(r.chance(0.5))}, {"hidePasswords", decoy(false)}, {"manage", plain(false)}}}},
		}
		memArr = append(memArr, o)
	}
	members := obj{{"object", plain("list")}, {"data", memArr}, {"continuationToken", null()}}

	var groups arr
	for _, pn := range practices {
		groups = append(groups, obj{{"object", plain("group")}, {"id", plain(r.uuid())}, {"name", plain(pn + " - " + r.pick("reception", "clinicians", "practice managers", "admin"))}, {"accessAll", plain(false)}, {"externalId", null()}, {"collections", arr{obj{{"id", plain(r.uuid())}, {"readOnly", plain(true)}}}}})
	}

	// events
	var events arr
	et := t0
	devTypes := []int{9, 10, 2, 6, 0, 1, 7, 8}
	for i := 0; i < r.in(4, 8); i++ {
		et = after(et, -r.in(3, 600))
		m := mems[r.IntN(len(mems))]
		ev := obj{
			{"object", plain("event")},
			{"type", plain([]int{1000, 1001, 1100, 1107, 1111, 1114, 1500, 1600, 1700}[r.IntN(9)])},
			{"itemId", r.orNull(0.4, plain(r.uuid()))},
			{"collectionId", null()},
			{"groupId", null()},
			{"policyId", null()},
			{"memberId", plain(m.id)},
			{"actingUserId", decoy(r.uuid())},
			{"installationId", null()},
			{"date", plain(isoMs(et))},
			{"device", dev(devTypes[r.IntN(len(devTypes))])},
			{"ipAddress", netw(r.pick(r.wan(), "10.50."+fmt.Sprint(r.in(0, 40))+"."+fmt.Sprint(r.in(2, 250))))},
		}
		events = append(events, ev)
	}

	policies := arr{
		obj{{"object", plain("policy")}, {"id", plain(r.uuid())}, {"type", plain(1)}, {"enabled", plain(true)}, {"data", obj{{"minComplexity", plain(r.in(2, 4))}, {"minLength", decoy(r.pick("12", "14", "16"))}, {"requireUpper", plain(true)}, {"requireLower", plain(true)}, {"requireNumbers", plain(true)}, {"requireSpecial", plain(r.chance(0.5))}, {"enforceOnLogin", plain(true)}}}},
		obj{{"object", plain("policy")}, {"id", plain(r.uuid())}, {"type", plain(0)}, {"enabled", plain(true)}, {"data", null()}},
		obj{{"object", plain("policy")}, {"id", plain(r.uuid())}, {"type", plain(2)}, {"enabled", plain(true)}, {"data", obj{{"defaultType", plain("passphrase")}, {"minLength", decoy(16)}, {"minNumberWords", plain(4)}, {"useSpecial", plain(true)}, {"capitalize", plain(true)}}}},
		obj{{"object", plain("policy")}, {"id", plain(r.uuid())}, {"type", plain(7)}, {"enabled", plain(true)}, {"data", obj{{"disableHideEmail", decoy(true)}}}},
	}

	// bw list items
	admin := mems[0]
	lanNet := r.lan()
	var items arr
	item := func(name leaf, typ int, notes leaf, extra ...field) obj {
		o := obj{
			{"passwordHistory", nullDecoy()},
			{"revisionDate", plain(isoMs(after(t0, -r.in(100, 90000))))},
			{"creationDate", plain(isoMs(after(t0, -r.in(90000, 400000))))},
			{"deletedDate", null()},
			{"object", plain("item")},
			{"id", plain(r.uuid())},
			{"organizationId", decoy(orgID)},
			{"folderId", null()},
			{"type", plain(typ)},
			{"reprompt", plain(r.in(0, 1))},
			{"name", name},
			{"notes", notes},
			{"favorite", plain(false)},
		}
		o = append(o, extra...)
		return append(o, field{"collectionIds", arr{plain(r.uuid())}})
	}
	pass := r.password()
	routerUser := r.pick("admin", "ppadmin", "netadmin")
	items = append(items, item(plain(practices[0]+" router"), 1, prose(p("Draytek in comms cupboard behind reception. ISP support line on the sticker.")),
		field{"fields", arr{
			kvRow("name", "value", "Wi-Fi (staff)", cred(r.psk())),
			kvRow("name", "value", "SSID", netw(r.pick("RSurgery-Staff", "CMP-Clinical", "HHC-Staff")+r.pick("", "-5G"))),
			kvRow("name", "value", "WAN IP", netw(r.wan())),
		}},
		field{"login", obj{{"fido2Credentials", arr{}}, {"uris", arr{obj{{"match", null()}, {"uri", netw("https://" + lanNet.gw() + ":" + r.pick("443", "8443", "4433"))}}}}, {"username", cont(routerUser)}, {"password", cred(pass)}, {"totp", nullDecoy()}, {"passwordRevisionDate", plain(isoMs(after(t0, -r.in(1000, 90000))))}}},
	))
	clin := r.english()
	clinUser := r.userName(clin)
	sys := [][2]string{{"EMIS Web", "emis.example.net"}, {"SystmOne", "systmone.example.org"}, {"Docman 10", "login.docman.example"}, {"Accurx", "web.accurx.example"}}[r.IntN(4)]
	items = append(items, item(joined(p(sys[0]+" - "), p("Dr "+clin.last, contactC)), 1, null(),
		field{"login", obj{{"fido2Credentials", arr{}}, {"uris", arr{obj{{"match", plain(0)}, {"uri", plain("https://" + sys[1] + "/")}}}}, {"username", cont(clinUser)}, {"password", cred(r.password())}, {"totp", cred(r.totpSeed())}, {"passwordRevisionDate", null()}}},
	))
	door := fmt.Sprintf("%d%s", r.in(1000, 9999), r.pick("#", "*", "", "X"))
	items = append(items, item(plain(practices[r.IntN(len(practices))]+" building"), 2, prose(p("Alarm panel Texecom Premier Elite 24. Keyholder: "), p(r.english().full(), contactC), p(" "), p(r.ukMobile(), contactC)),
		field{"fields", arr{
			kvRow("name", "value", "Door code", cred(door)),
			kvRow("name", "value", "Alarm code", cred(r.digits(4))),
			kvRow("name", "value", "Panel serial", dev(r.serial("TX", 8))),
		}},
		field{"secureNote", obj{{"type", plain(0)}}},
	))
	pt := r.english()
	med := r.pick("methotrexate 15 mg weekly", "warfarin (INR target 2.5)", "lithium 800 mg nocte", "insulin glargine 24 units")
	items = append(items, item(joined(p("Home visit - "), p(pt.full(), contactC)), 2,
		prose(p("Key safe at "), p(r.ukAddress().oneLine(), contactC), p(", code "), p(r.digits(4), credC), p(". Housebound, "), p(med, healthC), p(". Daughter "), p(r.ukMobile(), contactC), p(" if no answer.")),
		field{"secureNote", obj{{"type", plain(0)}}},
	))
	if r.chance(0.6) {
		items = append(items, item(plain("NHSmail shared mailbox"), 1, prose(p(r.pick("Rotate quarterly.", "Used by the hub for extended access rota.", "Do not share outside PMs."))),
			field{"login", obj{{"fido2Credentials", arr{}}, {"uris", arr{obj{{"match", null()}, {"uri", plain("https://outlook.office365.com/")}}}}, {"username", cont(strings.ToLower(strings.ReplaceAll(practices[1], " ", ".")) + "@" + fedDomain)}, {"password", cred(r.password())}, {"totp", nullDecoy()}, {"passwordRevisionDate", null()}}},
		))
	}

	profile := obj{
		{"object", plain("profile")},
		{"id", plain(r.uuid())},
		{"name", cont(admin.pr.full())},
		{"email", cont(admin.email)},
		{"emailVerified", decoy(true)},
		{"premium", plain(true)},
		{"culture", plain("en-GB")},
		{"twoFactorEnabled", decoy(true)},
		{"key", cred("2." + r.b64(16) + "|" + r.b64(64) + "|" + r.b64(32))},
		{"privateKey", cred("2." + r.b64(16) + "|" + r.b64(120) + "|" + r.b64(32))},
		{"securityStamp", decoy(r.uuid())},
		{"kdf", plain(0)},
		{"kdfIterations", decoy(600000)},
	}

	return obj{
		{"script", obj{{"name", plain("bw-audit.ps1")}, {"cli_version", decoy(r.pick("2024.6.1", "2024.9.0", "2024.7.2"))}, {"BW_SESSION", cred(r.b64(64))}, {"ran_by", cont(admin.email)}, {"ran_at", plain(iso(t0))}}},
		{"token_request", tokenReq},
		{"token_response", tokenResp},
		{"profile", profile},
		{"members", members},
		{"groups", obj{{"object", plain("list")}, {"data", groups}}},
		{"events", obj{{"object", plain("list")}, {"data", events}, {"continuationToken", decoy(r.b64url(24))}}},
		{"policies", obj{{"object", plain("list")}, {"data", policies}}},
		{"items", items},
	}
}
