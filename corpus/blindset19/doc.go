// Package blindset19 is a BLIND HELD-OUT labelled corpus, the nineteenth
// blind set, written from shared/CATEGORIES.md and corpus/POLICY_NOTES.md
// only (plus the corpus package's shared types, the plumbing of
// blindset18, and the package comments of the earlier sets, read only to
// avoid their kinds of dump, products, languages and token formats). Its
// author did not read leakscope's rules, classifier or redactor and did
// not run the tool, corpusscore or any scanner on it. It measures how well
// the tool generalises to breach-shaped data nobody tuned it on.
//
// It is a blind measure: never use it for tuning rules, thresholds, key
// lists or value patterns, never copy its field names or values into the
// rules, and never look at its per-leaf misses to decide what to fix. Once
// it has been used for tuning it no longer measures anything.
//
// # Determinism
//
// Generate(seed, n) is deterministic: document i is drawn from a
// math/rand/v2 PCG seeded with (seed, i) only, and uses schema
// i mod len(Schemas()), so any run of 16 or more documents holds every
// schema and document i does not depend on n. Every leaf (string, number,
// boolean, null) has exactly one Label, keyed by its RFC 6901 pointer
// (~ is ~0, / is ~1).
//
// # Schemas
//
// Sixteen dumps of products and formats the earlier sets do not use.
// Seven are English-keyed (a self-managed GitLab job with its trace and
// CI/CD variables, an eero mesh network read with an API client, a SENAITE
// LIMS JSON API page, an Apple Health export.xml through xmltodict, a
// Chatwoot conversation, a ThingsBoard tenant export, a HashiCorp Vault
// dump). Five have keys in languages no earlier set used for keys: Hausa,
// Sinhala (Sinhala script), Nepali (Devanagari), Kinyarwanda and Kazakh
// (Cyrillic), in a Cloudflare D1 `wrangler d1 execute --json` output, a
// Google Apps Script web-app response keyed by sheet headers, Meteor DDP
// WebSocket frames, a RapidPro API v2 pull and a 1C:Enterprise OData feed.
// Four are opaque: a `protoc --decode_raw` body keyed by field numbers, a
// Trino client response with _colN columns and positional rows, SAP
// RFC_READ_TABLE output whose rows are delimited WA strings, and
// python-matter-server diagnostics keyed by endpoint/cluster/attribute
// numbers.
//
//   - portal-gitlab-ci-job: a telehealth patient-portal vendor's self-managed GitLab collected by an incident responder (collector with a ${...} placeholder; project with an internal SSH URL; the Jobs API job: user with username, Gravatar avatar and internal profile URL, commit with author e-mail and a message naming a colleague, pipeline sha, runner and runner-manager IPs, system id, versions; the job trace as log lines with printenv output: CI job token glcbt-, registry host and password, DATABASE_URL, runner host name, a PRIVATE-TOKEN glpat- curl, deploy IP and host; CI/CD variables as {key, value} rows with masked/protected flags: dckr_pat_, npm_, sntrys_, hvs., dop_v1_, glpat-, an invented rxp_live_ e-prescribing key, a kubeconfig file with a server IP and a service-account JWT, an OpenSSH private key, known_hosts with the deploy IP, a Sentry DSN, a Mapbox pk. token, an SSH public deploy key, OIDC client id, app version, password-length and TTL look-alikes, a support e-mail and SMS sender number; a registry Basic header; the responder's note).
//   - family-eero-network: a family's eero mesh saved with an unofficial API client by a son helping his parents (account with name, e-mail, phone and national number, verified and MFA flags, etag; network name and password, guest network, gateway, public and WAN lease IPs, mask, DHCP range, DNS servers, Thread network with name, PAN id, extended PAN id, network key and operational dataset, speeds, ISP, target and minimum firmware, update flags; eero nodes with serial, location, model, model number, OS version, MACs, Ethernet addresses, BSSIDs, IP, last heartbeat; client devices with MAC, maker, IPs, nickname, hostname, last active, type, model, private-MAC flag and null Amazon nickname and serial; a child's profile; port forward and reservation; the son's note to support).
//   - pathlab-senaite-api: a private pathology lab's SENAITE LIMS JSON API page (AnalysisRequest?complete=yes) pulled for an audit (paging; items with uid, URLs on the lab's internal host, client, ordering GP and CC e-mails, senaite.patient MRN, name parts, birth date with estimated flags, age, sex and gender, address, phone, sample type and dates, clinical information, ICD-10; analyses with keyword, title, result, formatted result, flag, reference range, eGFR and age interim fields, analyst, instrument model, serial and firmware, method; lab remarks; the requests session cookie, the auditor and the reason).
//   - afib-applehealth-xml: an Apple Health export.xml converted with xmltodict and attached to a heart-rhythm app's support e-mail (ticket with sender, body naming the watch, its serial, watchOS, resting heart rate and an anticoagulant, the form's phone model, iOS and app version; attachment sha256; Me with birth date, biological sex, blood type, skin type and cardio-fitness medications; typed Records as @type / @value rows (body mass, height, BMI, body fat, heart rate, resting heart rate, HRV, SpO2, steps, respiratory rate, AFib burden, irregular rhythm events, sleep stages, blood glucose, energy, distance, flights, menstrual flow) with source name (the watch's and phone's nicknames or an app), source version, HKDevice description and MetadataEntry @key / @value rows with sync identifiers; a blood-pressure Correlation; a Workout with duration, METs, weather temperature and humidity decoys, statistics and route file; ActivitySummary days with goals; ClinicalRecord stubs with FHIR version and resource paths).
//   - robovac-chatwoot-convo: a robot-vacuum maker's support conversation from the Chatwoot API (meta with labels, widget browser and OS, the contact with name, e-mail, phone, avatar, app user identifier, city and country, sign-up IP, custom attributes with robot model, serial, firmware, app version, order number and SKU; the assignee; messages: the customer typing the Wi-Fi name and password, router model and IP, her e-mail, phone and a child's asthma, an error code, a private agent note with the cloud device id, MAC, local IP, firmware and an app token, advice without anything sensitive, an activity message naming the agent, a forwarded order e-mail with the shipping address; attachments with signed blob URLs and pixel width and height; HMAC-verified flag).
//   - fallradar-thingsboard: a home-care alarm provider's ThingsBoard export for one elderly client (customer with name, e-mail, phone, street, city, state, zip and a description with the condition, the key-safe code and the daughter's name and phone; devices (fall radars, presence sensor, door contact, pendant, hub) with serial-named device names, types, room labels, access tokens or MQTT basic credentials as a JSON string, attributes from server, client and shared scopes as {key, value} rows: activity and connect times, IP-shaped firmware, serial, model, hardware revision, MAC, IP, SSID, Zigbee IEEE address, room and mount heights in cm, alert phone, hub Wi-Fi password, alarm-centre endpoint and LTE IMEI; telemetry with heart and breathing rate, presence, room temperature, battery; alarms: falls with time on the floor and an operator's note, device offline; an export JWT and the LAN base URL; the installer's note).
//   - menopause-vault-dump: a menopause telehealth start-up's HashiCorp Vault contents left by a departing engineer (token lookup with the hvs. token id, accessor, OIDC display name, entity id, policies and bound CIDR; KV v2 secrets with custom metadata (owner e-mails, rotation notes): a patient API with Postgres URL, host, user and password, JWT signing and field encryption keys, Algolia app id, admin and search-only keys, Datadog, Postmark (a UUID-shaped token), PagerDuty and Slack signing secrets, Zoom SDK key and secret, OIDC client id and secret, hf_, lin_api_ and ATATT Atlassian tokens, Sentry DSN and TTL, cost and length look-alikes; the office Wi-Fi and guest Wi-Fi, router admin URL, user and password, VPN endpoint and subnet; AWS break-glass with account id, root e-mail, password, TOTP seed and recovery codes; AppRole role id, secret id and accessor with bound CIDRs; dynamic database credentials; sys/health; an operator init output with unseal keys and the root token; a readme).
//   - kano-chemist-d1-ha: a Kano community pharmacy chain's chronic-care refill service dumped with wrangler d1 execute --json, Hausa column names (marasa_lafiya: name, father's name, family name, sex, birth date, age, phone, e-mail, street, area, city, postcode, state, conditions with ICD-10 in Hausa, medicines with Hausa dosing, drug allergy, weight, height, blood pressure, glucose, pregnancy 0/1, blood group, the pharmacist's note; maaikata: staff with scrypt hashes, roles, failed-login counts and locked flags; naurori: shop devices with Hausa nicknames, models, serials, MACs, IPs, app and OS versions, last seen, FCM tokens and update flags; saituna: mabudi / daraja settings rows with Wi-Fi, an invented TL SMS key, a Paystack secret and public key, router URL, shop phone, password-length and schema-version look-alikes; odar: orders with an items JSON string, totals, phone-shaped receipt numbers and Hausa delivery notes; D1 meta blocks).
//   - tea-estate-appsscript-si: an up-country tea estate's worker welfare clinic register served by a Google Apps Script web app, rows keyed by Sinhala sheet headers (worker number, division, name, sex (a header with "/"), age, birth date, phone, line-room or town address with town and postcode, weight, height, blood pressure, haemoglobin, pregnancy yes / no, conditions and medicines in Sinhala, the estate medical assistant's note, updated by; under-five nutrition sheet with child's and mother's names, birth date, weight, height, MUAC and growth status; SMS log with numbers and Sinhala messages; script properties with SMS gateway user id and key, Drive folder and deployment ids, spreadsheet id, clinic Wi-Fi, tablet model, serial and IP, admin e-mail, script version).
//   - jim-meteor-ddp-ne: a Kathmandu / Pokhara gym and body-composition studio's Meteor app captured as DDP WebSocket frames, Nepali field and collection names in Devanagari (runtime config with Meteor release, autoupdate version, app id and the gym Wi-Fi in public settings; connected session id; login with e-mail and SHA-256 password digest; resume token; the trainer's users document leaking a bcrypt hash and hashed login tokens; members with name, surname, gender, Bikram Sambat birth date in Devanagari numerals, age, mobile, e-mail, ward, tole and district, height, weight, blood group, health problems and medicines, membership plan and fee, trainer and a Nepali note; InBody scans with body fat, muscle mass, visceral fat, BMI, BMR, body water and the scanner's model, serial, IP-shaped firmware and IP; a changed weight; eSewa / Khalti payments; the Google login-service configuration with its GOCSPX- secret).
//   - anc-rapidpro-runs-rw: a Rwandan maternal-health SMS programme's RapidPro API v2 pull (settings with the Token API key; runs of an antenatal flow whose result keys are Kinyarwanda (names, age, birth date, address by village, cell, sector and district, weight, height, blood pressure, months of pregnancy, symptoms as typed, husband's phone, HIV test, insurance) with value, category, node, time, name and raw input; contacts with tel and WhatsApp URNs, groups naming a pregnancy or diabetes, Kinyarwanda fields (district, sector, cell, village, last menstrual period, due date, community health worker, last weight, ANC card number); Kinyarwanda messages in and out; the Android relayer channel with its SIM number, phone model, Android version and last seen).
//   - emkhana-1c-odata-kk: an Almaty / Astana private polyclinic's 1C:Enterprise OData feed with Kazakh object and attribute names (the integrator's request with a Basic header; patients with Ref_Key, DataVersion, Description as surname, name and patronymic, birth date, sex, phone, e-mail, one-line address, blood group, allergy, chronic diseases, height, weight, pregnancy and a note; doctors with specialty and phone; visit documents with complaints, ICD-10 code and name, blood pressure, pulse, temperature, prescription lines, sum, responsible user and a comment; home BP monitors and glucometers with model, serial, app version, last sync and MAC; an SMS journal in Kazakh; constants with the SMS gateway key, Wi-Fi name and password, the 1C platform version shaped like an IP, configuration version and minimum password length).
//   - smartband-protoc-raw: a budget smart band's cloud sync captured with mitmproxy and decoded with protoc --decode_raw into JSON keyed by field numbers (flow with header pairs: bearer token, app version, user agent with the phone model, device id, request id; user with id, nickname, e-mail, birthday as an int, gender, height, weight, goal weight, stride; band with model, MAC, IP-shaped firmware, serial, battery, last sync, phone model and Android version; daily summaries with steps, distance, calories, heart rates, sleep stages, SpO2 and stress; heart-rate samples; refresh token, expiry, "Bearer", FCM token; app version, build, locale, schema version, client IP; reminders whose free text names a medicine or a relative's phone; payload sha256, record uuid, counter).
//   - fibre-cpe-trino-rows: a fibre ISP's Trino query over TR-069 ACS parameter dumps saved from the client protocol (query id, info URI on the coordinator's internal host, a random subset of _col0.._colN columns with types, positional rows: account id, subscriber name, e-mail, mobile, one-line address, plan and price, CPE model, GPON serial, firmware, WAN MAC and IP, LAN CIDR, DHCP range, SSIDs, Wi-Fi key and broadcast flag, PPPoE user (e-mail-shaped) and password, ACS connection-request user and password, inform interval, remote admin URL, open ports, DNS servers as an array, VLAN id, last inform, uptime, host count, update flag, config sha256, provisioning code, spec version, device summary, a null session token, a note; stats; the analyst's query text and client).
//   - homehd-sap-rfc-table: a home-haemodialysis equipment distributor's SAP ECC tables read with pyrfc's RFC_READ_TABLE (connection with sysid, client, internal application-server host, RFC user and a masked password; reads with QUERY_TABLE, DELIMITER, OPTIONS, FIELDS and DATA rows whose only key is WA: KNA1 patients as customers, ADR6 e-mails, EQUI machines with material, serial, maker and model, EQKT texts, QMEL notifications with alarms and symptoms, MARA consumables with parcel weights, a Z table with diagnosis, dry weight, prescription, vascular access and nephrologist, a Z table with the monitoring modem's SSID, key, IP and IMEI; each WA carries the union of its parts, column descriptions naming sensitive fields are decoys).
//   - matter-server-diag: a smart-home installer's support bundle for a family's Matter fabric (Home Assistant system info; python-matter-server diagnostics with fabric, schema and SDK versions and credential-set flags; nodes with commissioning and interview times and attributes keyed "endpoint/cluster/attribute": vendor, product, node label, location country, hardware and software versions, manufacturing date, serial, unique id; Wi-Fi or Thread network ids; interfaces with MAC or extended address and IPv4 / IPv6 addresses; Thread network name, PAN id, extended PAN id and mesh-local prefix; NOC and root public key as base64 TLV; on/off, contact, lock, temperature and humidity values; the installer's sheet with the MT: QR payload, manual pairing code, Thread dataset, Wi-Fi credentials, border router and a note with an old lock user code).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net and .example, internal hosts under .internal
// (a GitLab avatar keeps secure.gravatar.com with a random hash; vendor
// hosts such as sentry.io and googleusercontent.com appear only in decoy
// leaves); phone numbers in US 555-01xx, Ofcom 07700 900xxx, and runs of
// zeros elsewhere (NG +234 803 000 0xxx, LK +94 77 000 0xxx, NP +977 980
// 000 0xxx, RW +250 78 000 0xxx, KZ +7 701 000 0xxx); private and
// documentation IP ranges (public resolvers only as DNS settings); random
// tokens behind real public prefixes (glpat-, glcbt-, dckr_pat_, npm_,
// sntrys_, hvs., dop_v1_, hf_, lin_api_, ATATT, GOCSPX-, sk_live_,
// pk_live_, pk., bcrypt, scrypt, FCM APA91b, JWT, MT:) and invented ones
// (rxp_live_, rr_at_, TL..., kz...). Names of people are combinations from
// invented lists; device, phone, router, radar, scanner, analyser,
// dialysis machine and band models are real product names, which are not
// personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: passwords (also in URLs, printenv lines, kubeconfig,
//     chat messages and notes), Wi-Fi PSKs and guest keys, password hashes
//     (bcrypt, scrypt) and a SHA-256 login digest, session ids and cookies
//     (SENAITE __ac, DDP session), resume and hashed login tokens, API keys
//     and tokens (all the prefixed formats above, Algolia admin, Datadog,
//     Postmark, PagerDuty, Slack signing, Zoom SDK secret, SMS gateways,
//     RapidPro, ThingsBoard access tokens and MQTT passwords), OAuth client
//     secrets, JWTs and Basic / Bearer headers, private keys, Vault tokens,
//     unseal keys, AppRole secret ids, TOTP seeds and recovery codes,
//     signed blob URLs, push tokens, Thread network keys and operational
//     datasets (also network-layout), Matter QR and manual pairing codes,
//     a key-safe code, an old lock user code.
//   - contact: names of anyone (patients, customers, staff, agents,
//     clinicians, relatives, children, community health workers), e-mails
//     (also role addresses), phones (also a national number without
//     spaces, a relayer SIM, tel: and whatsapp: URNs), user names and
//     logins (also DB, RFC, Vault display names, MQTT device users, PPPoE
//     and ACS users), birth dates (also Bikram Sambat in Devanagari and as
//     an int), address parts (street, area, ward, tole, district, village,
//     cell, sector, city with postcode, region inside an address, one-line
//     addresses), profile photo and avatar URLs.
//   - network-layout: SSIDs, IPs (LAN, WAN, IPv6 link-local and mesh-local),
//     masks, CIDRs and bound CIDRs, DHCP ranges, gateways and DNS servers,
//     Thread names, PAN and extended PAN ids and prefixes, internal host
//     names and URLs (GitLab, registry, LIMS, Vault, Trino, 1C, SAP), admin
//     URLs, open and forwarded ports, VLAN ids, known_hosts entries.
//   - device-inventory: models, makers, product names and types of
//     devices, serials, device ids, IMEIs, Zigbee and Thread addresses,
//     nicknames and room labels, firmware, OS and app versions (also
//     watchOS and iOS as Apple Health source versions, HKDevice strings),
//     user agents, last-seen, heartbeat, interview, inform and sync times.
//   - health: body metrics and composition, vitals, sleep, steps, calories,
//     activity and its goals, SpO2, AFib burden, glucose, HbA1c, lab test
//     names, keywords, results and out-of-range flags, diagnoses and ICD-10
//     codes, conditions, medicines and dosing, allergies (also "none"),
//     blood group, skin type, pregnancy (also false or 0), months of
//     pregnancy, last period and due date, HIV test answers and
//     categories, growth status and MUAC, a fall alarm and time on the
//     floor, contact groups naming a pregnancy or a disease, medical
//     equipment a subscriber depends on.
//   - A MAC address is AnyOf{network-layout, device-inventory}; sex,
//     gender and age are AnyOf{health, contact}.
//   - A device's own firmware shaped like an IPv4 address is
//     device-inventory and Decoy.
//   - Decoys: record ids that look like tokens or phones (UUIDs, Meteor
//     ids, SENAITE uids, 1C DataVersion, Chatwoot source ids,
//     receipt and message numbers, AWS account ids), hashes (commit shas,
//     config and payload sha256, etags), public keys and certificates
//     (SSH deploy key, Matter NOC and root key), versions of tools,
//     servers, SDKs, schemas and the 1C platform, OAuth client ids and
//     AppRole role ids, publishable and search-only keys, Sentry DSNs,
//     placeholders and masked passwords, token_type "Bearer", flags
//     (verified, masked, private MAC, update available, credentials set,
//     locked), failed-login counts, password-length, TTL and cost
//     look-alikes, SKUs, order numbers, prices and fees, room and mount
//     heights, room and weather temperatures, country codes, column
//     descriptions that name a sensitive field, query text, nulls under
//     sensitive-sounding keys.
//   - Plain: statuses, enums, timestamps of records and events, counts,
//     units, cities alone, the MRN, names of the half of key/value rows.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language, except that clinicians' notes inside clinical
// blocks are clinical (POLICY_NOTES).
//
//   - freetext: job trace lines, commit messages, notes, chat and SMS
//     messages, ticket bodies, reminders, comments, symptoms as typed.
//   - clinical: the SENAITE patient fields and analyses, and the medical
//     blocks of the Hausa, Sinhala, Nepali and Kazakh documents.
//   - obfuscated: every other leaf of the four opaque dumps, the GitLab
//     variable rows, the Apple Health typed and metadata rows, the
//     ThingsBoard attribute rows and the D1 settings rows.
//   - language: every other leaf of the five documents with Hausa,
//     Sinhala, Nepali, Kinyarwanda or Kazakh keys.
package blindset19
