// Package blindset20 is a BLIND HELD-OUT labelled corpus, the twentieth
// blind set, written from shared/CATEGORIES.md and corpus/POLICY_NOTES.md
// only (plus the corpus package's shared types, the plumbing of
// blindset19, and the package comments of the earlier sets, read only to
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
// Seven are English-keyed (a Jenkins job read through its JSON API with
// the console text and a credentials.xml converted with xmltodict,
// Suricata EVE JSON events, osquery scheduled-query results shipped by
// Fleet, a Twilio Messages list, WP-CLI JSON output of a WordPress /
// WooCommerce shop, Prometheus Alertmanager webhook deliveries with the
// running configuration, Cal.com booking webhooks). Five have keys in
// languages no earlier set used for keys: Somali, Burmese (Myanmar
// script), Khmer (Khmer script), Quechua and Urdu (Perso-Arabic script),
// in a KoboToolbox API v2 data response, a SeaTable rows API response, a
// Budibase table export, mdbtools `mdb-json` lines of a Microsoft Access
// file and a Power Automate run history of the Excel Online "List rows
// present in a table" action. Four are opaque: ANSI X12 837P claims parsed
// into positional segment arrays, Tabula's JSON of tables extracted from
// a PDF (cells with geometry and text only), IPFIX flow records keyed by
// information-element numbers, and fixed-width records sliced into
// byte-range keys.
//
//   - audiology-jenkins-build: a hearing-aid clinic chain's Jenkins, saved
//     by an attacker's script (the job's JSON API with build parameters,
//     causes naming the user, changeSet authors and e-mails, the console
//     text as lines naming the fitting-portal database URL, agent IPs,
//     docker logins and a seed-data line with a patient's audiogram; the
//     agent nodes with host, port, credentials id and labels;
//     credentials.xml through xmltodict with Jenkins-encrypted {AQAAAB...}
//     secrets, the same secrets decrypted by the script console, an SSH
//     private key, a GitHub fine-grained token, a SonarQube token and a
//     JFrog key; the users with hashed API tokens and jbcrypt password
//     hashes; the attacker's Basic header with a Jenkins API token; plugin
//     and server versions, the instance identity public key, an agent's
//     SSH host key, commit ids, artifact fingerprints and a masked-password
//     count as look-alikes).
//   - allergyclinic-suricata-eve: an allergy and immunology clinic's
//     Suricata sensor log (EVE events: flow ids and community ids, source
//     and destination IPs and ports, alert signatures, HTTP host, URL,
//     user agent and a captured request body of a spirometer gateway with
//     a patient's FEV1 / FVC and a Basic header, an alert whose payload
//     holds a portal login, DHCP with client MAC, assigned IP, mask,
//     routers, DNS servers and hostname, DNS answers for internal names,
//     TLS with JA3 / JA3S hashes, fileinfo naming a patient and a test
//     with sha256 and size, an MQTT connect of the vaccine-fridge logger
//     with client id, user and password, stats; the sensor's hardware,
//     serial, version, home net and management IP; an analyst's note).
//   - community-nursing-osquery: a community-nursing agency's laptops as
//     osquery scheduled-query results written by Fleet (host identifier,
//     calendar time, unix time and counter, decorations; snapshot and
//     differential rows of system_info with the laptop's nickname, model
//     and serial, os_version, interface_addresses, wifi_status with the
//     SSID and BSSID of a patient's home, users, logged-in users, USB
//     devices such as BP cuffs and pulse oximeters with serials,
//     shell_history with secrets typed on the command line, recent files
//     named after patients and their conditions, chrome extensions, a
//     battery whose "health" is a look-alike; the Fleet block with server
//     URL, versions, enroll secret and orbit node key; a ticket note).
//   - refill-twilio-messages: an online pharmacy's refill-reminder SMS
//     traffic as a page of the Twilio Messages API (SM / MM / MG sids,
//     account sid, from / to numbers, bodies with names, medicines, a
//     pregnancy, verification codes, delivery addresses and parcel
//     weights, statuses, error codes, prices, segment counts, subresource
//     URIs), a Lookup result, the reminder service's config with the API
//     key SID and secret, auth token, status-callback URL with basic auth
//     and an OTP-length look-alike, and an operations note).
//   - mobility-wpcli-dump: a mobility-aid and compression-garment shop's
//     WordPress read with WP-CLI --format=json (wp user list with logins,
//     display names, e-mails, roles and registration dates; user_pass as
//     WordPress 6.8 $wp$2y$ bcrypt or legacy $P$; user meta rows with
//     billing and shipping parts, session_tokens as PHP-serialised arrays
//     with hashed tokens, IPs and user agents, hashed application
//     passwords, capability strings, a biography naming a condition; wp
//     option get for admin e-mail, mail server password, the WooCommerce
//     Stripe settings with an rk_live_ key and a publishable key, a
//     password-strength look-alike; wp config list rows with database
//     user, password, host and salts; WooCommerce orders with customer
//     note, line items with SKUs, compression class, ankle and calf
//     measurements and shipping weight; the WooCommerce REST key rows with
//     the hashed consumer key, cs_ secret and truncated key).
//   - assisted-alertmanager-hook: an assisted-living remote-monitoring
//     provider's Alertmanager webhook deliveries captured by a debugging
//     receiver (version, group key, status, receiver, group and common
//     labels, alerts with instance host:port, job, resident, room, device
//     model and serial, gateway MAC, annotations with summaries naming
//     heart rates, falls and blood glucose, generator URLs on the internal
//     Prometheus, fingerprints, the receiver's Bearer header), `amtool
//     config show` converted to JSON (SMTP smarthost, auth user and
//     password, a basic-auth webhook, a Pushover user key and token, an
//     on-call URL with a token path, an Opsgenie key, inhibit rules), the
//     Prometheus remote-write block with a Grafana Cloud glc_ token, and a
//     note).
//   - dietitian-calcom-hooks: a dietitian and eating-disorder practice's
//     Cal.com webhook log (triggerEvent, createdAt, payload with the event
//     type, title, organizer with e-mail and time zone, attendees with
//     names, e-mails, phones and locale, booking-form responses whose
//     labels name sensitive fields, with height, weight, conditions,
//     medications, a tracker model and a free-text goal, a description
//     and cancellation reasons, video location with a passcode, metadata
//     with the video call URL, uid and iCalUID, a cal_live_ API key, the
//     webhook secret (or a placeholder) and a Google Calendar client id and
//     secret in the receiver settings, the signature header).
//   - dhiigkar-kobo-so: a Hargeisa / Burao mobile hypertension and
//     diabetes outreach's KoboToolbox API v2 data with Somali question
//     names under group paths ("xogta_bukaanka/magaca": name, father's
//     and grandfather's names, sex, age, birth year, phone, district,
//     neighbourhood and house, blood pressure, sugar, weight, height,
//     diseases, medicines, pregnancy, smoking and khat, the nurse's note;
//     Kobo meta: _id, _uuid, instanceID, formhub uuid, _submitted_by,
//     _submission_time, _geolocation, _attachments with download URLs,
//     _validation_status; the enumerator's phone model, deviceid and
//     Collect version; the outreach Wi-Fi and the API token).
//   - maternity-seatable-my: a Mandalay maternity clinic's SeaTable base
//     read through the rows API with Burmese column names (mothers: name,
//     husband's name, age, birth date, phone, street and house, ward,
//     township and city, gravida and para, weeks of pregnancy, blood group,
//     blood pressure, haemoglobin, weight, allergies, the doctor as a link
//     cell, delivery note; column metadata with pixel widths; staff with
//     Viber ids, phones, e-mails and passwords; clinic devices: doppler and
//     CTG models, serials, IPs, firmware and last connection; settings
//     rows: Wi-Fi, router, Viber bot token, a KBZPay merchant key; row _id
//     and _creator as look-alikes).
//   - eyecamp-budibase-km: a Battambang / Siem Reap eye-camp NGO's Budibase
//     export with Khmer column names (patients: Khmer and Latin names, sex,
//     age, phone, village, commune, district and province, visual acuity,
//     intraocular pressure, cataract grade, diabetes and blood pressure,
//     glucose, surgery and lens, allergy, the optometrist's note;
//     volunteers with logins, e-mails and bcrypt hashes; devices:
//     autorefractor, vision screener and tablet with nicknames, serials,
//     firmware, IPs, MACs and last seen; settings with Wi-Fi, router, an
//     ABA PayWay API key and a Bakong JWT; _id, _rev, tableId, appId and
//     version strings as look-alikes).
//   - hampiwasi-mdbjson-qu: a highland Cusco health post's Microsoft Access
//     file read with mdbtools mdb-json, one object per row, Quechua column
//     names (runakuna: name, surnames, birth date, sex, age, community,
//     annex, house and district, phone; visits: weight, height,
//     haemoglobin, blood pressure, pregnancy, illness, medicine, the
//     technician's note in Quechua and Spanish; llamk'aqkuna: staff with
//     logins, salted SHA-1 passwords and look-alike counts; antena: the
//     radio-internet links with IPs, gateway, SSID, key and the radio's
//     model, serial, MAC, firmware and last seen).
//   - homenursing-flow-ur: a Lahore / Karachi home-nursing agency's Power
//     Automate run history of Excel Online "List rows present in a table"
//     with Urdu column headers (@odata.etag, ItemInternalId; patients with
//     name, father's / husband's name, sex, age, mobile, house, street,
//     block, area and city, diagnosis, medicines, blood pressure, sugar,
//     weight, allergy, the nurse, the device's model and serial, fee, the
//     nurse's remark; nurses with mobile, e-mail, login and plaintext
//     password; a Compose action with a JazzCash integrity salt and
//     password, an Azure SAS token, the office Wi-Fi and IP; the flow's
//     HTTP trigger URL with its sig).
//   - dme-x12-segments: a home-medical-equipment supplier's ANSI X12 837P
//     claims parsed into arrays of segments, each a positional array
//     (ISA with authorisation and security information, ST, NM1 and PER
//     for the submitter, billing provider with an NPI, HL, NM1 / N3 / N4
//     for the subscriber, DMG birth date and sex, payer, CLM, HI diagnosis
//     codes, NTE notes naming the device serial, usage or oxygen
//     saturation, REF, the ordering doctor, LX / SV1 lines with HCPCS
//     codes, DTP, SE) under a positional transfer header with the EDI
//     gateway's host, port, user, password and file sha256.
//   - visitrota-tabula-cells: a home-care agency's weekly visit rota and
//     client sheet printed to PDF and extracted with Tabula into JSON
//     (extraction method, page, geometry: top, left, width, height, right,
//     bottom; data rows of cells each with geometry and text only: a
//     header row, client name, address, phone, key-safe code, diagnosis
//     and medicines, spanning note rows naming the carer, relatives and
//     care needs, empty spanned cells; sometimes a second table with the
//     client's telecare devices, models, serials, the hub's IP and the
//     home Wi-Fi with its key).
//   - clinic-ipfix-elements: a small clinic's edge router exporting IPFIX,
//     decoded by a collector that keeps information-element numbers as
//     keys ("8", "12", "7", "11", "56", "80", "4", "1", "2", "152",
//     "153", enterprise "35632.x" elements): source and destination IPs,
//     ports, MACs, protocol, byte and packet counts, flow start and end,
//     interface ids, VLAN, DHCP client names, DNS queries, HTTP hosts and
//     URLs with tokens and a patient portal query; the template set and
//     the exporter's options record).
//   - pharmacy-fixedwidth-slices: a pharmacy benefit clearing batch of
//     fixed-width records read by a script that slices each line into keys
//     named by byte range ("0:2", "2:12", ...), with the header (sender,
//     FTP user and password), patient records (name, birth date, sex,
//     address, phone), claim records (drug, strength, quantity, days
//     supply, sig, diagnosis, prescriber and an NPI look-alike), comment
//     records, store terminal records (IP, MAC, serial, model, firmware
//     shaped like an IP), a trailer with a hash, and the raw line kept
//     beside the slices under "_").
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net and .example, internal hosts under .internal
// and .lan and .local (a Power Automate trigger keeps its Logic Apps host
// with a random path and sig; kf.kobotoolbox.org, googleusercontent.com,
// grafana.net and opsgenie.com appear only in plain or decoy leaves);
// phone numbers in US 555-01xx, Ofcom 07700 900xxx, 01632 960xxx and
// 0117 496 0xxx, and runs of zeros elsewhere (SO +252 63 000 0xxx, MM
// +95 9 000 00xxx, KH +855 12 000 xxx, PE +51 900 000 xxx, PK +92 300
// 0000xxx);
// private and documentation IP ranges (public resolvers only as DNS
// settings); random tokens behind real public prefixes (Jenkins {AQAAAB},
// #jbcrypt:, Jenkins API tokens 11 + hex, github_pat_, squ_, AKCp,
// sk-proj-, $wp$2y$, $P$, rk_live_, pk_live_, cs_, SK and Twilio secrets,
// glc_, Pushover u / a keys, cal_live_, Viber bot tokens, Azure SAS sig,
// Kobo "Token", salted sha1$, bcrypt, JWT, an OpenSSH private key) and
// invented ones (kbz_mk_, aba_pw_, jc_salt_, flt_enr_, nrs_live_). Names of people are
// combinations from invented lists; device, phone, router, sensor,
// spirometer, doppler, autorefractor and CPAP models are real product
// names, which are not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: passwords (also in URLs, command lines, console lines,
//     PHP-serialised options and PDF cells), Wi-Fi keys, password hashes
//     (bcrypt, $wp$2y$, phpass, salted SHA-1), hashed session tokens,
//     Jenkins-encrypted and decrypted secrets, API keys and tokens (every
//     prefixed format above, SMTP and X12 security information), signed
//     URLs (SAS sig, Power Automate sig), webhook secrets, Basic and
//     Bearer headers, private keys, JWTs, enroll secrets and node keys,
//     verification codes, key-safe codes.
//   - contact: names of anyone (patients, mothers, husbands, carers,
//     nurses, agents, developers, enumerators), e-mails, phones, user
//     names and logins (also WordPress logins, Jenkins user ids, database,
//     registry, SMTP, MQTT and SFTP users, home directories, Viber ids,
//     Kobo usernames), birth dates and birth years, address parts (street,
//     house, block, ward, township, neighbourhood, village, commune,
//     community, annex, district and province with a house, city with
//     postcode, state inside an address, one-line addresses).
//   - network-layout: SSIDs, IPs, masks, CIDRs and home-net lists,
//     gateways and DNS servers, internal host names and URLs (also git
//     remotes and JDBC URLs), router admin URLs, host:port instances,
//     server ports, VLAN ids, DHCP and DNS host names.
//   - device-inventory: models, makers, product names and types of
//     devices, serials, device ids, hardware UUIDs, firmware, OS and app
//     versions (also ODK Collect), user agents, device nicknames,
//     last-seen and last-connected times.
//   - health: body metrics, vitals, spirometry, audiograms, glucose,
//     haemoglobin, visual acuity and eye pressure, diagnoses and ICD-10
//     codes, conditions, medicines and doses, allergies (also "none"),
//     pregnancy (also "no"), gravida / para, blood group, falls, compression
//     class and leg measurements of a person.
//   - A MAC address is AnyOf{network-layout, device-inventory}; sex,
//     gender and age are AnyOf{health, contact}.
//   - A device's own firmware shaped like an IPv4 address is
//     device-inventory and Decoy.
//   - Decoys: record ids shaped like tokens, e-mails or phones (Twilio
//     SM / MM / MG and account sids, Kobo uuids, SeaTable ids and
//     e-mail-shaped creator ids, Budibase ids and _rev, Cal.com uid and
//     iCalUID, community ids, Alertmanager fingerprints and group keys,
//     NPIs, NDCs, merchant ids), hashes (commit ids, artifact
//     fingerprints, sha256 of files, JA3 / JA3S, TLS fingerprints,
//     signatures), public keys, versions of tools, plugins, servers and
//     schemas, OAuth client ids and publishable keys, placeholders and
//     blank ISA passwords, flags (usernameSecret, send_resolved,
//     require_tls, testmode, valid, locked, MQTT credential flags),
//     password-length, OTP-length, failed-login and token-count
//     look-alikes, a battery's "health", parcel and shipping weights,
//     SKUs, DHCP 0.0.0.0 addresses, country codes, pixel heights and
//     widths, column and question labels that name a sensitive field,
//     nulls under sensitive-sounding keys.
//   - Plain: statuses, enums, timestamps of records and events, counts,
//     units, cities alone, record numbers, the name halves of rows.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: console and script-output lines, commit messages, shell
//     commands, captured payloads, SMS bodies, notes, remarks,
//     annotations, booking descriptions and reasons, customer notes, NTE
//     segments, collector log lines.
//   - clinical: the visit blocks of the five language documents and the
//     booking-form health answers of the Cal.com log.
//   - obfuscated: every other leaf of the four opaque dumps, and the
//     WordPress user-meta and wp-config rows, the SeaTable settings rows
//     and the Jenkins build parameter rows.
//   - language: every other leaf of the five documents with Somali,
//     Burmese, Khmer, Quechua or Urdu keys.
package blindset20
