package blindset10

import (
	"fmt"
	"strings"
)

// cloudtrail-genomics-lab: a CloudTrail log file ({"Records": [...]}) from
// a clinical genomics lab's AWS account: console logins, access keys,
// security-group changes, S3 data events on report objects, an RDS
// change, EC2 launches, SSM reads and Cognito admin calls, the way
// CloudTrail writes them (with its HIDDEN_DUE_TO_SECURITY_REASONS
// placeholders).

var ctUsers = []string{"jokafor", "m.lindqvist", "priya.n", "svc-lims-deploy", "dbrennan", "tnguyen", "k.haddad", "bioinf-ci"}

func ctIdentity(r *rng, acct, user string, assumed bool) obj {
	if assumed {
		// IAM Identity Center sessions are named after the user's e-mail.
		role := "LabAdmin"
		if r.coin(0.6) {
			role = "AWSReservedSSO_LabAdmin_" + r.hex(16)
			user = emailOf(r, r.pick(usFirst...), r.pick(usLast...))
		}
		return obj{
			{"type", plain("AssumedRole")},
			{"principalId", cont("AROA" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17) + ":" + user)},
			{"arn", cont(fmt.Sprintf("arn:aws:sts::%s:assumed-role/%s/%s", acct, role, user))},
			{"accountId", decoy(acct)},
			{"accessKeyId", cred("ASIA" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))},
			{"sessionContext", obj{
				{"sessionIssuer", obj{{"type", plain("Role")}, {"principalId", decoy("AROA" + r.upnum(17))}, {"arn", plain("arn:aws:iam::" + acct + ":role/" + role)}, {"accountId", decoy(acct)}, {"userName", plain(role)}}},
				{"attributes", obj{{"creationDate", plain(isoAt(r.when()))}, {"mfaAuthenticated", decoy(r.pick("true", "false"))}}},
			}},
		}
	}
	return obj{
		{"type", plain("IAMUser")},
		{"principalId", decoy("AIDA" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17))},
		{"arn", cont(fmt.Sprintf("arn:aws:iam::%s:user/%s", acct, user))},
		{"accountId", decoy(acct)},
		{"userName", cont(user)},
	}
}

func ctRecord(r *rng, acct string) obj {
	user := r.pick(ctUsers...)
	t := r.when()
	region := r.pick("us-east-1", "us-west-2", "eu-west-1")
	base := func(src, name string, assumed bool, ip leaf, ua leaf) obj {
		return obj{
			{"eventVersion", decoy(r.pick("1.08", "1.09"))},
			{"userIdentity", ctIdentity(r, acct, user, assumed)},
			{"eventTime", plain(isoAt(t))},
			{"eventSource", plain(src)},
			{"eventName", plain(name)},
			{"awsRegion", plain(region)},
			{"sourceIPAddress", ip},
			{"userAgent", ua},
		}
	}
	tail := obj{
		{"requestID", decoy(r.uuid())},
		{"eventID", decoy(r.uuid())},
		{"readOnly", plain(false)},
		{"eventType", plain("AwsApiCall")},
		{"managementEvent", plain(true)},
		{"recipientAccountId", decoy(acct)},
	}
	ip := netw(r.docIP())
	cliUA := dev(fmt.Sprintf("aws-cli/2.%d.%d Python/3.11.%d Linux/5.15.0-%d-generic exe/x86_64.ubuntu.22 prompt/off command/%s", r.in(9, 15), r.in(0, 30), r.in(1, 8), r.in(80, 105), r.pick("s3.cp", "ec2.run-instances", "iam.create-access-key")))
	switch r.IntN(8) {
	case 0:
		rec := base("signin.amazonaws.com", "ConsoleLogin", false, ip, dev(r.desktopUA()))
		return append(rec,
			field{"requestParameters", null()},
			field{"responseElements", obj{{"ConsoleLogin", plain(r.pick("Success", "Success", "Failure"))}}},
			field{"additionalEventData", obj{{"LoginTo", plain("https://console.aws.amazon.com/console/home?region=" + region)}, {"MobileVersion", plain("No")}, {"MFAUsed", decoy(r.pick("Yes", "No"))}}},
			field{"eventID", decoy(r.uuid())},
			field{"eventType", plain("AwsConsoleSignIn")},
			field{"recipientAccountId", decoy(acct)},
		)
	case 1:
		target := r.pick(ctUsers...)
		rec := base("iam.amazonaws.com", "CreateAccessKey", false, ip, cliUA)
		rec = append(rec,
			field{"requestParameters", obj{{"userName", cont(target)}}},
			field{"responseElements", obj{{"accessKey", obj{
				{"accessKeyId", cred(r.akia())},
				{"status", plain("Active")},
				{"userName", cont(target)},
				{"createDate", plain(isoAt(t))},
			}}}},
		)
		return append(rec, tail...)
	case 2:
		cidr := r.pick(r.docIP()+"/32", "0.0.0.0/0", "203.0.113.0/24", r.privIP()+"/32")
		port := r.pick("22", "5432", "3389", "8443")
		var desc leaf
		switch r.IntN(3) {
		case 0:
			desc = prose(p("home office - "), p(r.pick("Dr Okafor", "Maren Lindqvist", "Tuan Nguyen"), contactC))
		case 1:
			desc = prose(p("temp access for sequencer vendor, remove after install"))
		default:
			desc = prose(p("bastion "), p(r.pick("bastion-01.lab.internal", "jump.gx.internal"), netC))
		}
		rec := base("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", true, ip, plain("console.ec2.amazonaws.com"))
		rec = append(rec, field{"requestParameters", obj{
			{"groupId", decoy("sg-0" + r.hex(16))},
			{"ipPermissions", obj{{"items", arr{obj{
				{"ipProtocol", plain("tcp")},
				{"fromPort", netw(atoi(port))},
				{"toPort", netw(atoi(port))},
				{"ipRanges", obj{{"items", arr{obj{{"cidrIp", netw(cidr)}, {"description", desc}}}}}},
			}}}}},
		}}, field{"responseElements", obj{{"requestId", decoy(r.uuid())}, {"_return", plain(true)}}})
		return append(rec, tail...)
	case 3:
		pt := fmt.Sprintf("PT-%05d", r.in(1, 99999))
		var key leaf
		switch r.IntN(3) {
		case 0:
			key = hlth(fmt.Sprintf("reports/2024/%02d/%s_%s_%s.pdf", r.in(1, 12), pt, r.pick("BRCA1-BRCA2", "Lynch-panel", "CFTR", "HFE", "TP53"), r.pick("positive", "VUS", "pathogenic", "negative")))
		case 1:
			key = plain(fmt.Sprintf("raw/run_%s/%s_S%d_L001_R1_001.fastq.gz", r.digits(6), r.upnum(8), r.in(1, 96)))
		default:
			key = hlth(fmt.Sprintf("carrier-screening/%s/%s_%s.vcf.gz", r.pick("prenatal", "ivf", "couple"), pt, r.pick("SMN1_carrier", "HBB_carrier", "GJB2_carrier")))
		}
		rec := base("s3.amazonaws.com", r.pick("PutObject", "GetObject"), true, netw(r.privIP()), dev(r.pick("[aws-sdk-java/1.12.565 Linux/5.10.199 OpenJDK_64-Bit_Server_VM/17.0.9]", "[Boto3/1.34.11 md/Botocore#1.34.11 ua/2.0 os/linux#5.10.210 lang/python#3.11.6]")))
		rec = append(rec,
			field{"requestParameters", obj{{"bucketName", plain("gx-clinical-reports")}, {"Host", plain("gx-clinical-reports.s3." + region + ".amazonaws.com")}, {"key", key}}},
			field{"responseElements", null()},
			field{"additionalEventData", obj{{"SignatureVersion", plain("SigV4")}, {"CipherSuite", plain("TLS_AES_128_GCM_SHA256")}, {"bytesTransferredIn", decoy(r.in(0, 9000000))}, {"x-amz-id-2", decoy(r.b64(76))}}},
			field{"eventType", plain("AwsApiCall")},
			field{"managementEvent", plain(false)},
			field{"eventCategory", plain("Data")},
			field{"requestID", decoy(r.HEX(16))},
			field{"eventID", decoy(r.uuid())},
		)
		return rec
	case 4:
		rec := base("rds.amazonaws.com", "ModifyDBInstance", true, ip, cliUA)
		rec = append(rec,
			field{"requestParameters", obj{{"dBInstanceIdentifier", plain("lims-prod")}, {"masterUserPassword", decoy("HIDDEN_DUE_TO_SECURITY_REASONS")}, {"applyImmediately", plain(true)}}},
			field{"responseElements", obj{
				{"dBInstanceIdentifier", plain("lims-prod")},
				{"masterUsername", cont(r.pick("lims_admin", "postgres", "gxadmin"))},
				{"endpoint", obj{{"address", netw("lims-prod.c" + r.hex(10) + "." + region + ".rds.amazonaws.com")}, {"port", netw(5432)}}},
				{"engineVersion", decoy(r.pick("15.5", "14.10", "16.1"))},
				{"allocatedStorage", decoy(r.pick("200", "500"))},
				{"pendingModifiedValues", obj{{"masterUserPassword", decoy("****")}}},
			}},
		)
		return append(rec, tail...)
	case 5:
		privIP := r.privIP()
		rec := base("ec2.amazonaws.com", "RunInstances", true, ip, cliUA)
		rec = append(rec,
			field{"requestParameters", obj{{"instanceType", plain(r.pick("r6i.4xlarge", "c6i.8xlarge", "t3.medium"))}, {"imageId", decoy("ami-0" + r.hex(16))}, {"keyName", plain(r.pick("bioinf-key", "lab-ops"))}}},
			field{"responseElements", obj{{"instancesSet", obj{{"items", arr{obj{
				{"instanceId", decoy("i-0" + r.hex(16))},
				{"privateIpAddress", netw(privIP)},
				{"privateDnsName", netw("ip-" + strings.ReplaceAll(privIP, ".", "-") + ".ec2.internal")},
				{"subnetId", decoy("subnet-0" + r.hex(16))},
				{"networkInterfaceSet", obj{{"items", arr{obj{{"macAddress", macAddr(r.mac(":", false))}, {"privateIpAddress", netw(privIP)}}}}}},
			}}}}}}},
		)
		return append(rec, tail...)
	case 6:
		rec := base("ssm.amazonaws.com", "GetParameter", true, netw(r.privIP()), dev("aws-sdk-go-v2/1.24.1 os/linux lang/go#1.21.6 md/GOOS#linux api/ssm#1.44.7"))
		rec = append(rec,
			field{"requestParameters", obj{{"name", decoy(r.pick("/lims/prod/db_password", "/lims/prod/api_token", "/portal/prod/jwt_secret"))}, {"withDecryption", plain(true)}}},
			field{"responseElements", null()},
		)
		rec = append(rec, tail...)
		rec[len(rec)-4] = field{"readOnly", plain(true)}
		return rec
	default:
		rec := base("cognito-idp.amazonaws.com", "AdminCreateUser", true, ip, plain("aws-internal/3 aws-sdk-java/1.12.550"))
		rec = append(rec,
			field{"requestParameters", obj{
				{"userPoolId", decoy(region + "_" + r.alnum(9))},
				{"username", decoy("HIDDEN_DUE_TO_SECURITY_REASONS")},
				{"userAttributes", decoy("HIDDEN_DUE_TO_SECURITY_REASONS")},
				{"desiredDeliveryMediums", arr{plain("EMAIL")}},
			}},
			field{"responseElements", obj{{"user", obj{{"username", decoy("HIDDEN_DUE_TO_SECURITY_REASONS")}, {"enabled", plain(true)}, {"userStatus", plain("FORCE_CHANGE_PASSWORD")}}}}},
		)
		return append(rec, tail...)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func cloudtrail(r *rng) any {
	acct := "1" + r.digits(11)
	var recs arr
	for k := 2; k > 0; k-- {
		recs = append(recs, ctRecord(r, acct))
	}
	return obj{{"Records", recs}}
}
