package blindset15

import (
	"fmt"
	"strings"
)

// telepharmacyTfstate: an online pharmacy's Terraform state file (format
// version 4) left in a public bucket: outputs (a bastion IP, the admin
// password marked sensitive), resources with their instance attributes:
// the Postgres instance (user, password, endpoint, port, owner tag), the
// bastion (private and public IP, internal DNS name, user data exporting a
// database URL), security-group rules with CIDRs and ports and the
// colleague whose home broadband each opens, an IAM access key, a random
// password and its bcrypt hash, a TLS private key with its public key and
// MD5 fingerprint, an on-call SMS subscription, a Route 53 record, an SSM
// parameter, a Lambda's environment, prescription lockers registered as
// IoT things, and a seed object copied from production.
func telepharmacyTfstate(r *rng) any {
	co := r.pick("rxnow", "pillpost", "medidrop", "scriptly")
	dom := co + ".example"
	region := r.pick("eu-west-2", "eu-west-1")
	vpcCidr := fmt.Sprintf("10.%d.0.0/16", r.in(10, 90))
	vpc := strings.TrimSuffix(vpcCidr, ".0.0/16")
	privIP := fmt.Sprintf("%s.%d.%d", vpc, r.in(1, 3), r.in(4, 250))
	pubIP := r.wanIP()
	dbHost := fmt.Sprintf("%s-prod.%s.%s.rds.amazonaws.com", co, r.from("abcdefghijklmnopqrstuvwxyz0123456789", 12), region)
	dbUser := r.pick("rxadmin", "pharm_app", co+"_owner")
	dbPass := r.alnum(20)
	first, last := r.ukName()
	ownerMail := strings.ToLower(ascii(first)+"."+ascii(last)) + "@" + dom
	account := r.digits(12)
	arn := func(svc, res string) leaf {
		return decoy(fmt.Sprintf("arn:aws:%s:%s:%s:%s", svc, region, account, res))
	}
	res := func(typ, name string, attrs obj, extra ...field) obj {
		prov := "aws"
		if i := strings.Index(typ, "_"); typ[:i] == "random" || typ[:i] == "tls" {
			prov = typ[:i]
		}
		provider := plain(`provider["registry.terraform.io/hashicorp/` + prov + `"]`)
		inst := obj{{"schema_version", decoy(r.in(0, 2))}, {"attributes", attrs}, {"sensitive_attributes", arr{}}}
		if r.chance(0.5) {
			inst = append(inst, field{"private", decoy("eyJ" + r.b64(r.in(40, 90)) + "=")})
		}
		inst = append(inst, extra...)
		return obj{{"mode", plain("managed")}, {"type", plain(typ)}, {"name", plain(name)}, {"provider", provider}, {"instances", arr{inst}}}
	}

	resources := arr{
		res("aws_db_instance", "main", obj{
			{"identifier", plain(co + "-prod")},
			{"engine", plain("postgres")},
			{"engine_version", decoy(r.pick("15.4", "14.10", "16.1"))},
			{"instance_class", plain(r.pick("db.t4g.medium", "db.m6g.large"))},
			{"allocated_storage", plain(r.pickInt(50, 100, 200))},
			{"username", cont(dbUser)},
			{"password", cred(dbPass)},
			{"address", netw(dbHost)},
			{"port", netw(5432)},
			{"db_subnet_group_name", plain(co + "-private")},
			{"vpc_security_group_ids", arr{decoy("sg-0" + r.hexs(16))}},
			{"storage_encrypted", plain(true)},
			{"backup_retention_period", plain(r.pickInt(7, 14))},
			{"arn", arn("rds", "db:"+co+"-prod")},
			{"tags", obj{{"Owner", cont(ownerMail)}, {"CostCenter", plain("CC-" + r.digits(3))}, {"DataClass", plain("PHI")}}},
		}),
		res("aws_instance", "bastion", obj{
			{"ami", decoy("ami-0" + r.hexs(16))},
			{"instance_type", plain("t3.micro")},
			{"private_ip", netw(privIP)},
			{"public_ip", netw(pubIP)},
			{"private_dns", netw("ip-" + strings.ReplaceAll(privIP, ".", "-") + "." + region + ".compute.internal")},
			{"key_name", plain(r.pick("ops-2023", "bastion-key", "deploy"))},
			{"subnet_id", decoy("subnet-0" + r.hexs(16))},
			{"user_data", tfUserData(r, dbUser, dbPass, dbHost)},
			{"tags", obj{{"Name", netw("bastion-" + r.pick("prod", "eu", "01"))}}},
		}),
	}

	ingress := arr{}
	for k := 0; k < r.in(1, 3); k++ {
		f, _ := r.ukName()
		cidr := r.wanIP() + "/32"
		ingress = append(ingress, obj{
			{"from_port", netw(22)},
			{"to_port", netw(22)},
			{"protocol", plain("tcp")},
			{"cidr_blocks", arr{netw(cidr)}},
			{"description", r.pickProse(
				func() leaf { return prose(p(f, contactC), p(" home broadband")) },
				func() leaf { return prose(p("office VPN egress")) },
				func() leaf { return prose(p(f+"'s", contactC), p(" flat (BT Fibre, "), p(cidr, netC), p(")")) },
				func() leaf { return prose(p("CI runners")) },
			)},
			{"self", plain(false)},
		})
	}
	resources = append(resources, res("aws_security_group", "bastion_ssh", obj{
		{"name", plain("bastion-ssh")},
		{"vpc_id", decoy("vpc-0" + r.hexs(16))},
		{"ingress", ingress},
		{"egress", arr{obj{{"from_port", plain(0)}, {"to_port", plain(0)}, {"protocol", plain("-1")}, {"cidr_blocks", arr{netw("0.0.0.0/0")}}, {"description", plain("")}}}},
		{"arn", arn("ec2", "security-group/sg-0"+r.hexs(16))},
	}))

	resources = append(resources, res("aws_iam_access_key", "ci", obj{
		{"id", cred("AKIA" + r.upper(16))},
		{"user", cont(r.pick("github-ci", "deploy-bot", "terraform-ci"))},
		{"secret", cred(r.from(alnumSet+"+/", 40))},
		{"status", plain("Active")},
		{"create_date", plain(r.iso(2022, 2024))},
		{"encrypted_secret", nullDecoy()},
	}))

	adminPass := r.from(alnumSet+"!#%&*", 24)
	resources = append(resources, res("random_password", "admin", obj{
		{"id", plain("none")},
		{"length", decoy(24)},
		{"special", plain(true)},
		{"min_numeric", decoy(2)},
		{"result", cred(adminPass)},
		{"bcrypt_hash", cred(r.bcrypt())},
	}))

	if r.chance(0.6) {
		fp := make([]string, 16)
		for i := range fp {
			fp[i] = r.hexs(2)
		}
		resources = append(resources, res("tls_private_key", "deploy", obj{
			{"algorithm", plain("RSA")},
			{"rsa_bits", plain(4096)},
			{"private_key_pem", cred("-----BEGIN RSA PRIVATE KEY-----\n" + r.from(alnumSet+"+/", 64) + "\n" + r.from(alnumSet+"+/", 64) + "\n-----END RSA PRIVATE KEY-----\n")},
			{"public_key_openssh", decoy("ssh-rsa AAAAB3NzaC1yc2E" + r.from(alnumSet+"+/", 120) + "\n")},
			{"public_key_fingerprint_md5", decoy(strings.Join(fp, ":"))},
			{"public_key_fingerprint_sha256", decoy("SHA256:" + r.from(alnumSet+"+/", 43))},
		}))
	}

	oncall, oncallLast := r.ukName()
	resources = append(resources, res("aws_sns_topic_subscription", "oncall_sms", obj{
		{"protocol", plain("sms")},
		{"endpoint", cont(r.ukE164())},
		{"topic_arn", arn("sns", co+"-pager")},
		{"confirmation_was_authenticated", plain(false)},
		{"arn", arn("sns", co+"-pager:"+r.uuid())},
	}))

	resources = append(resources, res("aws_route53_record", "vpn", obj{
		{"name", netw("vpn." + co + ".internal")},
		{"type", plain("A")},
		{"ttl", plain(300)},
		{"records", arr{netw(fmt.Sprintf("%s.0.%d", vpc, r.in(4, 30)))}},
		{"zone_id", decoy("Z0" + r.upper(18))},
	}))

	resources = append(resources, res("aws_ssm_parameter", "twilio", obj{
		{"name", decoy("/" + co + "/prod/twilio_auth_token")},
		{"type", plain("SecureString")},
		{"value", cred(r.hexs(32))},
		{"version", plain(r.in(1, 9))},
		{"arn", arn("ssm", "parameter/"+co+"/prod/twilio_auth_token")},
	}))

	resources = append(resources, res("aws_lambda_function", "refill_reminder", obj{
		{"function_name", plain(co + "-refill-reminder")},
		{"runtime", plain(r.pick("python3.12", "nodejs20.x"))},
		{"memory_size", plain(r.pickInt(128, 256, 512))},
		{"source_code_hash", decoy(r.from(alnumSet+"+/", 43) + "=")},
		{"environment", arr{obj{{"variables", obj{
			{"DATABASE_URL", multi(fmt.Sprintf("postgres://%s:%s@%s:5432/%s", dbUser, dbPass, dbHost, co), credC, netC)},
			{"SENDGRID_API_KEY", cred("SG." + r.b64(22) + "." + r.b64(43))},
			{"LOG_LEVEL", plain(r.pick("info", "debug"))},
			{"ONCALL_PHARMACIST", prose(p(oncall+" "+oncallLast+" "+r.ukMobileIntl(), contactC))},
			{"REMINDER_TEMPLATE_ID", decoy("d-" + r.hexs(32))},
		}}}}},
	}))

	for k := 0; k < r.in(1, 2); k++ {
		site := r.pick("leeds-kirkstall", "york-monks-cross", "bradford-forster", "wakefield-westgate")
		serial := "CLV-" + r.upper(2) + r.digits(6)
		resources = append(resources, res("aws_iot_thing", "locker_"+strings.ReplaceAll(site, "-", "_"), obj{
			{"name", dev("rx-locker-" + site + "-" + fmt.Sprint(r.in(1, 9)))},
			{"thing_type_name", dev("prescription-locker")},
			{"default_client_id", dev("rx-locker-" + r.hexs(8))},
			{"attributes", obj{
				{"model", dev(r.pick("Cleveron 401", "Cleveron 501", "KEBA KePol FS-4"))},
				{"serial", dev(serial)},
				{"firmware", dev(r.ver())},
				{"lan_ip", netw(r.lanIP())},
				{"site", plain(strings.ReplaceAll(site, "-", " "))},
			}},
			{"version", plain(r.in(1, 20))},
			{"arn", arn("iot", "thing/rx-locker")},
		}))
	}

	if r.chance(0.7) {
		resources = append(resources, res("aws_s3_object", "seed_patients", obj{
			{"bucket", plain(co + "-fixtures")},
			{"key", plain("seed/patients.json")},
			{"content_type", plain("application/json")},
			{"content", tfSeed(r)},
			{"etag", decoy(r.md5())},
		}))
	}

	return obj{
		{"version", plain(4)},
		{"terraform_version", decoy(r.pick("1.7.4", "1.6.6", "1.8.2", "1.5.7"))},
		{"serial", decoy(r.in(40, 900))},
		{"lineage", decoy(r.uuid())},
		{"outputs", obj{
			{"bastion_ip", obj{{"value", netw(pubIP)}, {"type", plain("string")}}},
			{"db_endpoint", obj{{"value", netw(dbHost + ":5432")}, {"type", plain("string")}}},
			{"admin_password", obj{{"value", cred(adminPass)}, {"type", plain("string")}, {"sensitive", plain(true)}}},
			{"api_url", obj{{"value", plain("https://api." + dom)}, {"type", plain("string")}}},
		}},
		{"resources", resources},
		{"check_results", null()},
	}
}

func tfUserData(r *rng, user, pass, host string) leaf {
	if r.chance(0.5) {
		return prose(p("#!/bin/bash\nyum install -y postgresql15\necho 'export PGURL="), p(fmt.Sprintf("postgres://%s:%s@%s:5432/rx", user, pass, host), credC, netC), p("' >> /etc/profile.d/rx.sh\n"))
	}
	return prose(p("#!/bin/bash\nyum update -y\nsystemctl enable --now amazon-ssm-agent\n"))
}

func tfSeed(r *rng) leaf {
	first, last := r.ukName()
	street, town, pc := r.ukAddr()
	return prose(p(`[{"name":"`), p(first+" "+last, contactC), p(`","dob":"`), p(r.day(1940, 2000), contactC), p(`","address":"`), p(street+", "+town+" "+pc, contactC), p(`","rx":"`), p(r.drug(), healthC), p(`","allergies":"`), p(r.allergy(), healthC), p(`","note":"copied from prod for testing"}]`))
}
