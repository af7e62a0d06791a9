package blindset14

import "fmt"

// blooddrive-gravityforms: a community blood drive's donor sign-up form on
// WordPress, read from the Gravity Forms REST API v2 (entries keyed by
// field ids "1.3", "4.5", "9.2" ...; entry metadata with IP and user
// agent): donor, address, blood type, weight, eligibility checkboxes,
// medications, the mini-physical, an uploaded ID photo, a portal hash.

var gfEligibility = []string{"Taking blood thinners (warfarin, Eliquis, Xarelto)", "Pregnant or gave birth in the last 6 weeks", "Tattoo or piercing in the last 3 months",
	"Treated for malaria in the last 3 years", "Received a blood transfusion since 1980 in the UK", "Ever had hepatitis B or C", "Taking isotretinoin (Accutane)"}

func gfEntry(r *rng) obj {
	first, last := r.usFirst(), r.pick(usLast...)
	street, city, state, zip := r.usAddr()
	sys, dia := r.bp()
	e := obj{
		{"id", decoy(fmt.Sprint(r.in(1000, 99999)))},
		{"form_id", plain("7")},
		{"post_id", plain(nil)},
		{"date_created", plain(r.when(2024, 2024).Format("2006-01-02 15:04:05"))},
		{"is_starred", plain(0)},
		{"is_read", plain(r.in(0, 1))},
		{"ip", netw(r.wanIP())},
		{"source_url", plain("https://blooddrive.example.org/donor-sign-up/")},
		{"user_agent", dev(r.userAgent())},
		{"currency", plain("USD")},
		{"created_by", plain("0")},
		{"status", plain("active")},
		{"1.3", cont(first)},
		{"1.6", cont(last)},
		{"2", cont(r.mail(ascii(first) + ascii(last)))},
		{"3", cont(r.us555())},
		{"4.1", cont(street)},
		{"4.3", cont(city)},
		{"4.4", cont(state)},
		{"4.5", cont(zip)},
		{"4.6", decoy("United States")},
		{"6", hlth(r.blood())},
		{"7", hlth(fmt.Sprintf("%d lbs", r.in(110, 260)))},
	}
	for k, c := range gfEligibility {
		v := plain("")
		if r.chance(0.15) {
			v = hlth(c)
		}
		e = append(e, field{fmt.Sprintf("9.%d", k+1), v})
	}
	e = append(e, obj{
		{"10", hlth(r.pick("Iron supplement 65 mg daily", "Lisinopril 10 mg; atorvastatin 20 mg", "Sertraline 50 mg", "Levothyroxine 88 mcg", "Finasteride 1 mg"))},
		{"11", hlth(fmt.Sprintf("Hgb %.1f g/dL", r.f1(11.8, 17.2)))},
		{"12", hlth(fmt.Sprintf("BP %d/%d, pulse %d", sys, dia, r.in(52, 98)))},
		{"13", r.pickProse(
			func() leaf { return prose(p("First time donor, a bit nervous about needles!")) },
			func() leaf {
				return prose(p("I "), p("fainted last time after donating", healthC), p(", please have me lie down. Ride: my husband, "), p(r.us555(), contactC))
			},
			func() leaf {
				return prose(p("Can I donate if I "), p("had COVID two weeks ago", healthC), p("?"))
			},
			func() leaf { return prose(p("Bringing my coworker, she'll sign up separately.")) },
		)},
		{"14", cont(fmt.Sprintf("https://blooddrive.example.org/wp-content/uploads/gravity_forms/7-%s/2024/%02d/license_%s_%s.jpg", r.hexs(32), r.in(1, 12), ascii(first), ascii(last)))},
		{"15.1", plain("I consent to the donor eligibility screening")},
		{"17", cont(ascii(first) + "." + ascii(last))},
		{"18", cred("$P$B" + r.from(bcSet, 30))},
		{"19", decoy(r.pick("v3.2", "2024.1"))},
	}...)
	return e
}

func bloodGravity(r *rng) any {
	var entries arr
	n := r.in(1, 2)
	for k := 0; k < n; k++ {
		entries = append(entries, gfEntry(r))
	}
	return obfuscated(obj{{"total_count", decoy(r.in(n, 400))}, {"entries", entries}})
}
