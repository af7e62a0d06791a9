package blindset9

import (
	"fmt"
	"strings"
)

// ats-hubspot-props: a staffing agency's candidate pipeline kept in a CRM
// and exported through the HubSpot v1 contacts API (vid, canonical-vid,
// portal-id, properties as {"value", "versions"}, identity-profiles,
// form-submissions): candidate names, e-mail, phone, address, LinkedIn
// URL, a signed résumé link, desired salary, EEO gender and disability
// self-identification, an accommodation request, interview notes, a
// video-interview link with its passcode, IP, browser, referrer,
// background-check number, assessment score, opt-out flags and owner ids.

func ats(g *rng) any {
	c := g.personOf(one(g, "en", "en", "en", "ro", "hu", "fi"))
	ref := g.personOf("en")
	rec := g.personOf("en")
	vid := g.in(100_000, 9_999_999)
	ts := func() leaf { return plain(g.epochMs()) }
	prop := func(v leaf, src string) obj {
		if g.chance(65) {
			return obj{{"value", v}}
		}
		return obj{
			{"value", v},
			{"versions", arr{obj{
				{"value", v},
				{"source-type", plain(src)},
				{"timestamp", ts()},
			}}},
		}
	}
	email := g.email(c)
	city := one(g, [3]string{"Columbus", "OH", "432"}, [3]string{"Tampa", "FL", "336"}, [3]string{"Spokane", "WA", "992"}, [3]string{"Albany", "NY", "122"})
	var accom leaf = nullDecoy()
	if g.chance(35) {
		accom = prose(p("I am "), p(one(g, "deaf and need live captions", "a wheelchair user, step-free access please", "autistic; written questions in advance would help", "on insulin and need a short break mid-interview"), healthCat), p("."))
	}
	var notes []piece
	switch g.n(5) {
	case 0:
		notes = []piece{p("Strong SQL. Mentioned "), p(one(g, "she is 5 months pregnant", "he had a heart operation last year", "ongoing treatment for depression"), healthCat), p(" – do not record, per HR.")}
	case 1:
		notes = []piece{p("Reference "), p(ref.full(), contactCat), p(" ("), p(g.phoneUS(), contactCat), p(") confirmed dates.")}
	case 2:
		notes = []piece{p("Asked to re-send test to personal address "), p(g.email(c), contactCat), p(".")}
	case 3:
		notes = []piece{p("Candidate's laptop ("), p(one(g, "MacBook Air M1", "Surface Laptop 5", "Chromebook Plus"), deviceCat), p(") failed the proctoring check.")}
	default:
		notes = []piece{p("Good culture fit, move to onsite.")}
	}
	linked := "https://www.linkedin.example.com/in/" + strings.ToLower(c.afirst+"-"+c.alast+"-"+g.s(hx, 6))
	resume := fmt.Sprintf("https://ats-files.s3.amazonaws.example.com/resumes/%d.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240311%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Expires=604800&X-Amz-Signature=%s", vid, g.awsKey(), g.sha256())
	zoom := fmt.Sprintf("https://meet.example.com/j/%d?pwd=%s", g.in(100_000_000, 999_999_999), g.s(alnum, 32))
	props := obj{
		{"firstname", prop(cont(c.first), "FORM")},
		{"lastname", prop(cont(c.last), "FORM")},
		{"email", prop(cont(email), "FORM")},
		{"phone", prop(cont(g.phoneUS()), "FORM")},
		{"mobilephone", prop(cont(g.phoneUS()), "FORM")},
		{"twitterhandle", prop(cont(g.handle(c)), "SOCIAL")},
		{"address", prop(cont(fmt.Sprintf("%d %s", g.in(10, 9990), one(g, "High St", "Bayshore Blvd", "Monroe Ave", "Lark St"))), "FORM")},
		{"city", prop(cont(city[0]), "FORM")},
		{"state", prop(cont(city[1]), "FORM")},
		{"zip", prop(cont(city[2]+g.s(num, 2)), "FORM")},
		{"linkedin_url", prop(cont(linked), "FORM")},
		{"resume_url", prop(cred(resume), "INTEGRATION")},
		{"jobtitle", prop(plain(one(g, "Data Analyst", "Warehouse Supervisor", "RN – Night Shift", "Payroll Specialist")), "FORM")},
		{"desired_salary", prop(decoy(fmt.Sprint(g.in(40, 140)*1000)), "FORM")},
		{"eeo_gender", prop(sexOf(fm(c, "Female", "Male")), "FORM")},
		{"eeo_disability_status", prop(hlth(one(g, "Yes, I have a disability (or previously had a disability)", "No, I do not have a disability", "I do not want to answer")), "FORM")},
		{"accommodation_request", prop(accom, "FORM")},
		{"interview_notes", prop(prose(notes...), "CRM_UI")},
		{"video_interview_link", prop(cred(zoom), "INTEGRATION")},
		{"hs_analytics_last_ip", prop(netw(g.docIP()), "ANALYTICS")},
		{"hs_analytics_last_user_agent", prop(dev(g.userAgent()), "ANALYTICS")},
		{"referrer_email", prop(cont(g.email(ref)), "FORM")},
		{"background_check_id", prop(decoy(fmt.Sprintf("%03d-%03d-%04d", g.in(200, 999), g.in(200, 999), g.n(10000))), "INTEGRATION")},
		{"assessment_score", prop(decoy(fmt.Sprint(g.in(20, 100))), "INTEGRATION")},
		{"hs_email_optout", prop(decoy("false"), "EMAIL")},
		{"num_conversion_events", prop(decoy(fmt.Sprint(g.in(1, 9))), "CALCULATED")},
		{"hubspot_owner_id", prop(decoy(fmt.Sprint(g.in(10_000_000, 99_999_999))), "CRM_UI")},
		{"recruiter", prop(cont(rec.full()), "CRM_UI")},
		{"lifecyclestage", prop(plain(one(g, "lead", "opportunity", "customer")), "CALCULATED")},
		{"lastmodifieddate", prop(plain(fmt.Sprint(g.epochMs())), "CALCULATED")},
	}
	return obj{
		{"vid", decoy(vid)},
		{"canonical-vid", decoy(vid)},
		{"merged-vids", arr{}},
		{"portal-id", decoy(g.in(1_000_000, 9_999_999))},
		{"is-contact", plain(true)},
		{"properties", props},
		{"form-submissions", arr{obj{
			{"conversion-id", decoy(g.uuid())},
			{"timestamp", ts()},
			{"form-id", decoy(g.uuid())},
			{"portal-id", decoy(g.in(1_000_000, 9_999_999))},
			{"page-url", decoy("https://careers.staffright.example.com/jobs/" + fmt.Sprint(g.in(1000, 9999)))},
			{"title", plain("Apply now")},
		}}},
		{"identity-profiles", arr{obj{
			{"vid", decoy(vid)},
			{"saved-at-timestamp", ts()},
			{"identities", arr{
				obj{{"type", plain("EMAIL")}, {"value", cont(email)}, {"timestamp", ts()}, {"is-primary", plain(true)}},
				obj{{"type", plain("LEAD_GUID")}, {"value", decoy(g.uuid())}, {"timestamp", ts()}},
			}},
		}}},
	}
}
