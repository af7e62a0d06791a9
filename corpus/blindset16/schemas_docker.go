package blindset16

import (
	"fmt"
	"strings"
)

// envVar writes KEY=value, the value keeping its label.
func envVar(k string, v leaf) leaf {
	v.val = k + "=" + fmt.Sprint(v.val)
	return v
}

// hospiceDocker: `docker inspect $(docker ps -aq)` from a hospice's
// self-hosted server (the EMR, its database, a medication-administration
// sync job, a nurse-call bridge, a label-printer agent), pasted into an
// IT support ticket.
func hospiceDocker(r *rng) any {
	orgs := []struct{ name, slug string }{{"Hafod Lane Hospice", "hafodlane"}, {"St Elwyn's Hospice", "stelwyns"}, {"Rowan Tree Hospice", "rowantree"}, {"Harbour Light Hospice", "harbourlight"}}
	org := orgs[r.IntN(len(orgs))]
	project := org.slug
	hostLan := r.lan()
	hostIP := hostLan.host(r.in(5, 40))
	bridge := fmt.Sprintf("172.%d.0", r.in(17, 30))
	registry := fmt.Sprintf("registry.%s.internal:5000", org.slug)
	created := r.when()
	admin := r.welsh()
	dbUser := r.pick("openemr", "emr", "emr_app")
	dbPass := r.password()

	type spec struct {
		service, image string
		imageLabel     leaf
		path           string
		args           []string
		env            []leaf
		ports          [][2]string
		healthOut      []leaf
		maintainer     leaf
	}
	var specs []spec

	// the database, always there
	if r.chance(0.5) {
		pgMinor := r.in(1, 4)
		specs = append(specs, spec{service: "emr-db", image: "postgres:16.3", imageLabel: decoy(fmt.Sprintf("postgres:16.%d", pgMinor)), path: "docker-entrypoint.sh", args: []string{"postgres"},
			env: []leaf{envVar("POSTGRES_USER", cont(dbUser)), envVar("POSTGRES_PASSWORD", cred(dbPass)), envVar("POSTGRES_DB", plain("openemr")), envVar("PGDATA", plain("/var/lib/postgresql/data")),
				envVar("PATH", plain("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/16/bin")), envVar("GOSU_VERSION", decoy("1.17")), envVar("LANG", plain("en_US.utf8")),
				envVar("PG_MAJOR", plain("16")), envVar("PG_VERSION", decoy(fmt.Sprintf("16.%d-1.pgdg120+1", pgMinor)))},
			ports: [][2]string{{"5432/tcp", r.pick(hostIP, "0.0.0.0", "127.0.0.1")}}, healthOut: []leaf{plain("/var/run/postgresql:5432 - accepting connections\n")}})
	} else {
		mMinor := r.in(2, 5)
		specs = append(specs, spec{service: "emr-db", image: "mariadb:11.4", imageLabel: decoy(fmt.Sprintf("mariadb:11.%d", mMinor)), path: "docker-entrypoint.sh", args: []string{"mariadbd"},
			env: []leaf{envVar("MARIADB_USER", cont(dbUser)), envVar("MARIADB_PASSWORD", cred(dbPass)), envVar("MARIADB_ROOT_PASSWORD", cred(r.password())), envVar("MARIADB_DATABASE", plain("openemr")),
				envVar("PATH", plain("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")), envVar("GOSU_VERSION", decoy("1.17")), envVar("LANG", plain("C.UTF-8")),
				envVar("MARIADB_VERSION", decoy(fmt.Sprintf("1:11.%d.%d+maria~ubu2404", mMinor, r.in(2, 4))))},
			ports: [][2]string{{"3306/tcp", r.pick(hostIP, "0.0.0.0")}}, healthOut: []leaf{plain("")}})
	}
	// the EMR
	specs = append(specs, spec{service: "openemr", image: "openemr/openemr:7.0.2", imageLabel: decoy("openemr/openemr:7.0." + fmt.Sprint(r.in(1, 3))), path: "./openemr.sh",
		env: []leaf{envVar("MYSQL_HOST", netw("emr-db")), envVar("MYSQL_USER", cont(dbUser)), envVar("MYSQL_PASS", cred(dbPass)), envVar("OE_USER", cont(r.pick("admin", "itadmin", strings.ToLower(admin.first)))), envVar("OE_PASS", cred(r.password())),
			envVar("SMTP_URL", tag(fmt.Sprintf("smtp://alerts:%s@mail.%s.internal:587", r.alnum(12), org.slug), credC, netC)),
			envVar("TWILIO_ACCOUNT_SID", decoy(r.twilioSID())), envVar("TWILIO_AUTH_TOKEN", cred(r.hex(32))), envVar("SESSION_SECRET", cred(r.b64(32))), envVar("PASSWORD_MIN_LENGTH", decoy("12")), envVar("OPENEMR_VERSION", decoy("7.0.2")), envVar("PATH", plain("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"))},
		ports: [][2]string{{"80/tcp", r.pick(hostIP, "0.0.0.0")}, {"443/tcp", r.pick(hostIP, "0.0.0.0")}}, healthOut: []leaf{plain("")}})

	for _, extra := range r.Perm(3)[:r.in(0, 2)] {
		switch extra {
		case 0:
			pt := r.welsh()
			drug := r.pick("morphine sulfate 2.5mg SC PRN", "midazolam 2.5mg SC PRN", "levomepromazine 6.25mg SC", "oxycodone 5mg PO 4-hourly", "glycopyrronium 200mcg SC", "haloperidol 500mcg SC")
			outs := []leaf{
				prose(p(fmt.Sprintf("mar-sync: pushed %d records in %dms\n", r.in(2, 30), r.in(40, 900)))),
				prose(p("mar-sync: ERROR could not push MAR entry for "), p(pt.full(), contactC), p(": "), p(drug, healthC), p(" – 401 Unauthorized from "), p(fmt.Sprintf("fhir.%s.internal", org.slug), netC), p("\n")),
			}
			ver := r.semver()
			specs = append(specs, spec{service: "mar-sync", image: registry + "/mar-sync:" + ver, imageLabel: netw(registry + "/mar-sync:" + ver), path: "python", args: []string{"-m", "marsync", "--interval", "300"},
				env: []leaf{envVar("FHIR_BASE", netw(fmt.Sprintf("https://fhir.%s.internal/r4", org.slug))), envVar("SENDGRID_API_KEY", cred(r.sendgrid())), envVar("AWS_ACCESS_KEY_ID", cred(r.awsKeyID())),
					envVar("AWS_SECRET_ACCESS_KEY", cred(r.awsSecret())), envVar("BACKUP_BUCKET", plain("s3://"+org.slug+"-mar-backups")), envVar("ON_CALL_EMAIL", cont(r.email(admin.first, admin.last))),
					envVar("PYTHON_VERSION", decoy("3.12."+fmt.Sprint(r.in(1, 7)))), envVar("LOG_LEVEL", plain("info"))},
				healthOut: []leaf{outs[r.IntN(2)], outs[0]}, maintainer: joined(p(admin.full(), contactC), p(" <"), p(r.email(admin.first, admin.last), contactC), p(">"))})
		case 1:
			gw := hostLan.host(r.in(100, 200))
			ver := r.semver()
			specs = append(specs, spec{service: "nursecall-bridge", image: registry + "/nursecall-bridge:" + ver, imageLabel: netw(registry + "/nursecall-bridge:" + ver), path: "/app/bridge",
				env: []leaf{envVar("NURSECALL_GW", netw(gw)), envVar("NURSECALL_PORT", netw(fmt.Sprint(r.pick3(5000, 7000, 9100)))), envVar("NURSECALL_USER", cont("bridge")), envVar("NURSECALL_PASS", cred(r.password())),
					envVar("NURSECALL_MODEL", dev(r.pick("Ascom Telligence", "Courtney Thorne Touch-Call", "Aid Call Touch"))), envVar("NURSECALL_SERIAL", dev(r.serial("NC", 9))),
					envVar("PAGER_WEBHOOK", cred(fmt.Sprintf("https://hooks.slack.example/services/T%s/B%s/%s", r.from(upperNum, 8), r.from(upperNum, 10), r.alnum(24))))},
				healthOut: []leaf{plain("ok\n")}})
		case 2:
			specs = append(specs, spec{service: "label-printer", image: "ghcr.io/" + org.slug + "/ipp-agent:latest", imageLabel: plain("ghcr.io/" + org.slug + "/ipp-agent:latest"), path: "/usr/bin/agent",
				env: []leaf{envVar("PRINTER_URI", netw(fmt.Sprintf("ipp://%s/ipp/print", hostLan.host(r.in(201, 240))))), envVar("PRINTER_MODEL", dev(r.pick("Zebra ZD421", "Brother QL-820NWB", "DYMO LabelWriter 550"))),
					envVar("PRINTER_SERIAL", dev(r.serial("D", 11))), envVar("GITHUB_TOKEN", cred(r.ghp()))},
				healthOut: []leaf{plain("")}})
		}
	}

	var containers arr
	for i, s := range specs {
		id := r.hex(64)
		ip := fmt.Sprintf("%s.%d", bridge, i+2)
		name := fmt.Sprintf("%s-%s-1", project, s.service)
		start := after(created, r.in(1, 400))

		var args arr
		for _, a := range s.args {
			args = append(args, plain(a))
		}
		var env arr
		for _, e := range s.env {
			env = append(env, e)
		}
		var hlog arr
		for j, out := range s.healthOut {
			hlog = append(hlog, obj{{"Start", plain(iso(after(start, 30*(j+1))))}, {"End", plain(iso(after(start, 30*(j+1))))}, {"ExitCode", plain(0)}, {"Output", out}})
		}
		portBind := obj{}
		ports := obj{}
		for _, pb := range s.ports {
			portBind = append(portBind, field{pb[0], arr{obj{{"HostIp", netw(pb[1])}, {"HostPort", netw(strings.Split(pb[0], "/")[0])}}}})
			ports = append(ports, field{pb[0], arr{obj{{"HostIp", netw(pb[1])}, {"HostPort", netw(strings.Split(pb[0], "/")[0])}}}})
		}
		labels := obj{
			{"com.docker.compose.config-hash", decoy(r.hex(64))},
			{"com.docker.compose.project", plain(project)},
			{"com.docker.compose.project.working_dir", plain("/srv/" + project)},
			{"com.docker.compose.service", plain(s.service)},
			{"com.docker.compose.version", decoy(fmt.Sprintf("2.%d.%d", r.in(20, 29), r.in(0, 3)))},
		}
		if s.maintainer.val != nil {
			labels = append(labels, field{"maintainer", s.maintainer})
		}
		state := obj{
			{"Status", plain("running")},
			{"Running", plain(true)},
			{"OOMKilled", plain(false)},
			{"Pid", plain(r.in(900, 90000))},
			{"ExitCode", plain(0)},
			{"Error", plain("")},
			{"StartedAt", plain(start.Format("2006-01-02T15:04:05.000000000Z"))},
			{"FinishedAt", plain("0001-01-01T00:00:00Z")},
		}
		if len(hlog) > 0 {
			state = append(state, field{"Health", obj{{"Status", plain("healthy")}, {"FailingStreak", plain(0)}, {"Log", hlog}}})
		}
		c := obj{
			{"Id", decoy(id)},
			{"Created", plain(created.Format("2006-01-02T15:04:05.000000000Z"))},
			{"Path", plain(s.path)},
			{"Args", args},
			{"State", state},
			{"Image", decoy("sha256:" + r.hex(64))},
			{"ResolvConfPath", plain("/var/lib/docker/containers/" + id + "/resolv.conf")},
			{"Name", plain("/" + name)},
			{"RestartCount", plain(r.in(0, 3))},
			{"Driver", plain("overlay2")},
			{"HostConfig", obj{
				{"Binds", arr{plain("/srv/" + project + "/" + s.service + ":/data:rw")}},
				{"NetworkMode", plain(project + "_default")},
				{"PortBindings", portBind},
				{"RestartPolicy", obj{{"Name", plain("unless-stopped")}, {"MaximumRetryCount", plain(0)}}},
				{"ShmSize", plain(67108864)},
				{"Privileged", plain(false)},
			}},
			{"Config", obj{
				{"Hostname", netw(s.service)},
				{"Domainname", plain("")},
				{"User", plain("")},
				{"Env", env},
				{"Cmd", args},
				{"Image", s.imageLabel},
				{"WorkingDir", plain("")},
				{"Labels", labels},
			}},
			{"NetworkSettings", obj{
				{"SandboxID", decoy(r.hex(64))},
				{"SandboxKey", plain("/var/run/docker/netns/" + r.hex(12))},
				{"Ports", ports},
				{"Networks", obj{{project + "_default", obj{
					{"IPAMConfig", null()},
					{"Links", null()},
					{"Aliases", arr{netw(name), netw(s.service)}},
					{"MacAddress", macAddr("02:42:" + r.mac(":", false)[6:])},
					{"NetworkID", decoy(r.hex(64))},
					{"EndpointID", decoy(r.hex(64))},
					{"Gateway", netw(bridge + ".1")},
					{"IPAddress", netw(ip)},
					{"IPPrefixLen", netw(16)},
					{"IPv6Gateway", plain("")},
					{"GlobalIPv6Address", plain("")},
					{"DNSNames", arr{netw(name), netw(s.service), netw(id[:12])}},
				}}}},
			}},
		}
		containers = append(containers, c)
	}

	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("EMR slow since Tuesday night, ward can't chart. Server is "), p(hostIP, netC), p(", ssh as "), p(strings.ToLower(admin.first), contactC), p(". Output of docker inspect below."))
	case 1:
		note = prose(p("mar-sync keeps failing after the password rotation – see health log. Call "), p(admin.first, contactC), p(" on "), p(r.ukMobile(), contactC), p(" if you need the box rebooted."))
	default:
		note = prose(p(fmt.Sprintf("Requested by the ward manager. %d containers, all running, disk at %d%%.", len(specs), r.in(60, 97))))
	}
	return obj{
		{"ticket", decoy(fmt.Sprintf("IT-%05d", r.in(100, 99999)))},
		{"host", netw(fmt.Sprintf("emr01.%s.internal", org.slug))},
		{"docker_version", decoy(fmt.Sprintf("26.%d.%d", r.in(0, 1), r.in(0, 2)))},
		{"note", note},
		{"inspect", containers},
	}
}
