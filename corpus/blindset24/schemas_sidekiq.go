package blindset24

import (
	"encoding/json"
	"fmt"
)

// dentalSidekiq: a dental practice's patient-communication app (Rails)
// dumps Sidekiq's retry, dead and scheduled sets while debugging: job
// hashes whose arguments are positional (plain workers and ActiveJob
// wrappers), error messages and the Redis URL. Nothing names the
// arguments.
func dentalSidekiq(r *rng) any {
	t := r.when()
	net := r.lan()
	ts := func(min int) leaf { return plain(float64(unixMs(after(t, min))) / 1000) }
	practice := r.pick("Glacier Family Dental", "Sunridge Dental Care", "Aspen Smiles", "Northway Dentistry")
	practicePhone := r.usE164()

	aj := func(class string, args arr, min int) obj {
		return obj{
			{"class", plain("ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper")},
			{"wrapped", plain(class)},
			{"queue", plain(r.pick("default", "mailers", "sms", "imaging"))},
			{"args", arr{obj{
				{"job_class", plain(class)},
				{"job_id", plain(r.uuid())},
				{"arguments", args},
				{"executions", plain(r.in(1, 25))},
				{"timezone", plain("Mountain Time (US & Canada)")},
				{"enqueued_at", plain(isoMs(after(t, min)))},
			}}},
			{"retry", plain(true)},
			{"jid", decoy(r.sidekiqJid())},
			{"created_at", ts(min)},
			{"enqueued_at", ts(min + 1)},
		}
	}
	plainJob := func(class string, args arr, min int) obj {
		return obj{
			{"class", plain(class)},
			{"args", args},
			{"retry", plain(r.pickInt(5, 10, 25))},
			{"queue", plain(r.pick("default", "sms", "integrations"))},
			{"jid", decoy(r.sidekiqJid())},
			{"created_at", ts(min)},
			{"enqueued_at", ts(min + 1)},
		}
	}
	failed := func(j obj, errClass string, msg leaf, min int) obj {
		return append(j,
			field{"error_message", msg},
			field{"error_class", plain(errClass)},
			field{"failed_at", ts(min)},
			field{"retry_count", plain(r.in(0, 24))},
			field{"retried_at", ts(min + r.in(1, 200))},
		)
	}

	var jobs []obj
	// Appointment reminder (ActiveJob).
	pt := r.english()
	procs := []string{"Periodic exam + prophy", "Crown prep #30", "Root canal #19", "Extraction #1, #16 under IV sedation", "SRP UR/UL quads", "Implant consult"}
	jobs = append(jobs, failed(aj("AppointmentReminderJob", arr{
		plain(r.in(1000, 99999)),
		cont(r.usE164()),
		cont(pt.first),
		plain(iso(after(t, r.in(600, 9000)))),
		hlth(procs[r.IntN(len(procs))]),
		cont(practicePhone),
	}, -r.in(100, 3000)), "Faraday::TimeoutError", prose(p("execution expired")), -r.in(10, 90)))

	// SMS delivery (plain worker).
	pt2 := r.english()
	body := smsBody(r, pt2, practice)
	jobs = append(jobs, failed(plainJob("SmsDeliveryWorker", arr{
		cont(practicePhone),
		cont(r.usE164()),
		body,
		cred(r.plivoToken()),
	}, -r.in(100, 3000)), "Plivo::Exceptions::AuthenticationError", prose(p("Authentication failed for auth_id MA"+r.from(upperNum, 18))), -r.in(10, 90)))

	// Insurance eligibility.
	pt3 := r.english()
	jobs = append(jobs, failed(plainJob("EligibilityCheckWorker", arr{
		plain(r.in(1000, 99999)),
		cont(day(r.birth(1950, 2015))),
		decoy(r.from(upperNum, 3) + r.digits(9)),
		plain(r.pick("62308", "60054", "DDPWA", "CDCA1")),
		cont(pt3.full()),
	}, -r.in(100, 3000)), "ActiveRecord::RecordNotUnique", prose(p("PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_patients_on_email\"\nDETAIL:  Key (email)=("), p(r.email(pt3), contactC), p(") already exists.")), -r.in(10, 90)))

	// Imaging sync.
	ws := fmt.Sprintf("OP%d-WS", r.in(1, 6))
	jobs = append(jobs, failed(plainJob("ImagingSyncWorker", arr{
		dev(r.pick("Schick 33", "Dexis Titanium", "Carestream RVG 6200", "Planmeca ProSensor HD")),
		dev(r.serial("", 9)),
		netw(ws + "." + r.pick("dental", "office") + ".lan"),
		netw(net.host(r.in(20, 80))),
		decoy(r.hex(64)),
		decoy(r.in(200000, 9000000)),
	}, -r.in(100, 3000)), "Errno::ECONNREFUSED", prose(p("Failed to open TCP connection to "), p(fmt.Sprintf("%s:%d", net.host(r.in(20, 80)), r.pickInt(445, 8443, 9100)), netC), p(" (Connection refused - connect(2))")), -r.in(10, 90)))

	// Medical history PDF (ActiveJob with GlobalID and a JSON string of answers).
	ans := map[string]any{
		"bleeding_disorder": r.chance(0.1),
		"bisphosphonates":   r.chance(0.2),
		"latex_allergy":     r.chance(0.1),
		"heart_murmur":      r.chance(0.1),
		"medications":       r.pick("lisinopril 10mg", "none", "Fosamax 70mg weekly", "Xarelto 20mg"),
		"premed_required":   r.chance(0.2),
	}
	aj2, _ := json.Marshal(ans)
	jobs = append(jobs, failed(aj("MedicalHistoryPdfJob", arr{
		obj{{"_aj_globalid", plain(fmt.Sprintf("gid://recall/Patient/%d", r.in(1000, 99999)))}},
		hlth(string(aj2)),
		plain("v3"),
	}, -r.in(100, 3000)), "Prawn::Errors::IncompatibleStringEncoding", prose(p("Your document includes text that's not compatible with the Windows-1252 character set.")), -r.in(10, 90)))

	// Webhook delivery to the practice-management bridge.
	payload := map[string]any{"event": "appointment.confirmed", "patient": map[string]any{"first_name": pt.first, "phone": r.usE164()}, "op": ws}
	pj, _ := json.Marshal(payload)
	jobs = append(jobs, plainJob("WebhookDeliveryWorker", arr{
		netw(fmt.Sprintf("http://%s:8085/hooks/recall", net.host(r.in(20, 80)))),
		cred(r.b64(32)),
		tag2(contactC, netC, string(pj)),
	}, r.in(10, 600)))

	// Password reset mailer.
	staff := r.english()
	jobs = append(jobs, aj("ActionMailer::MailDeliveryJob", arr{
		plain("StaffMailer"),
		plain("reset_password_instructions"),
		plain("deliver_now"),
		obj{
			{"args", arr{obj{{"_aj_globalid", plain(fmt.Sprintf("gid://recall/User/%d", r.in(1, 400)))}}, cred(r.railsReset())}},
			{"_aj_ruby2_keywords", arr{plain("args")}},
		},
		cont(r.email(staff)),
	}, r.in(10, 600)))

	retry := arr{}
	dead := arr{}
	sched := arr{}
	for i, j := range jobs {
		switch {
		case i >= 5:
			sched = append(sched, j)
		case i%2 == 0:
			retry = append(retry, j)
		default:
			dead = append(dead, j)
		}
	}
	return obfuscated(obj{
		{"redis", tag2(credC, netC, fmt.Sprintf("redis://:%s@%s:6379/2", r.alnum(24), net.host(r.in(2, 19))))},
		{"sidekiq", decoy(r.pick("7.2.4", "7.3.0", "6.5.12"))},
		{"processes", arr{obj{
			{"hostname", netw(fmt.Sprintf("worker-%s", r.hex(6)))},
			{"pid", plain(r.in(100, 40000))},
			{"concurrency", plain(r.pickInt(5, 10))},
			{"busy", decoy(r.in(0, 5))},
		}}},
		{"retry", retry},
		{"dead", dead},
		{"schedule", sched},
	})
}

func smsBody(r *rng, pt person, practice string) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("Hi "), p(pt.first, contactC), p(", "+practice+" here. Reminder: "), p(r.pick("take 4 amoxicillin 500mg 1 hr before your cleaning (heart valve premed)", "no food after midnight before your IV sedation", "keep taking your Eliquis unless Dr. says otherwise"), healthC), p(". Reply C to confirm."))
	case 1:
		return prose(p("Hi "), p(pt.first, contactC), p(", your appointment is confirmed. Reply STOP to opt out."))
	}
	return prose(p(practice + ": we have an opening tomorrow at 2pm. Reply YES to book."))
}
