// Package blindset18 is a BLIND HELD-OUT labelled corpus, the eighteenth
// blind set, written from shared/CATEGORIES.md and corpus/POLICY_NOTES.md
// only (plus the corpus package's shared types, the plumbing of
// blindset17, and the package comments of the earlier sets, read only to
// avoid their kinds of dump, products, languages and field names). Its
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
// Seven are English-keyed (an Okta System Log page, a Google Colab
// notebook, a Google Takeout with Fit data, `tailscale status --json`
// with `tailscale debug prefs`, an Element (Matrix) room export, an nmap
// XML scan converted with xmltodict, an OpenMRS REST encounter). Five have
// keys in languages no earlier set used for keys: Uzbek (Latin), Macedonian
// (Cyrillic), Tamil (Tamil script), isiZulu and Mongolian (Cyrillic), in a
// NeDB datafile, a RethinkDB export, a pouchdb-dump stream, a Convex
// snapshot and a Payload CMS REST response. Four are opaque: a DHIS2
// tracker export with 11-character uids for every attribute and data
// element, an Azure Log Analytics v1 query result with Column1..N columns
// and positional rows, a Sparkplug B MQTT capture whose metrics carry only
// numeric aliases, and Coda API rows keyed by column ids.
//
//   - homehealth-okta-syslog: a home-health staffing agency's Okta System Log pulled by an incident responder after a phishing report (puller metadata with a ${...} placeholder; LogEvents with actor e-mail and name, user agent, OS, device type, Okta Verify device with nickname and OS version, client and IP-chain IPs, geo context, externalSessionId, credentialType "PASSWORD", debug data with dtHash, risk and behaviours, OAuth client id, SMS phone number, targets; the responder's triage note).
//   - bariatric-colab-notebook: a bariatric surgery service's outcomes notebook saved from Google Colab (markdown with the analyst and the DB host; code with a PostgreSQL URL with a password, an API key, a patient e-mail, `!cat .env` with AWS, SendGrid and DB secrets, a ping of the DB host, an MSSQL URL; a DataFrame head of patients with BMI, weights, HbA1c and comorbidities; scale-cloud measures; a PNG; an ODBC traceback through /home/<user>; Colab executionInfo with the analyst's name and photo, output heights; kernel metadata with the Python version).
//   - physio-googlefit-takeout: a physiotherapy client's Google Takeout left on the clinic's file server, keyed by archive path (Profile.json with names, e-mail, gender, birthday; Fit "All Data" files whose fitValue entries only tell by the dataTypeName beside them: heart rate, steps, weight, sleep segments, SpO2, blood pressure, calories; data source ids naming the band or phone; a session with aggregate metric rows and the user's description; access-log activity with IP and user agent; the share link and its password).
//   - family-tailscale-status: `tailscale status --json` and `tailscale debug prefs` saved by a son setting up remote help for his parents (node public keys, 100.64/10 and fd7a: tailnet addresses, LAN and WAN endpoints, advertised subnet routes, MagicDNS names, OS and last-seen of each node, users with avatars, a "Health" list of warnings, the private node key and network-lock key in Persist, the operator user, a setup note with a pre-auth key and the home Wi-Fi).
//   - cfr-matrix-export: a village community-first-responder crew's room exported from Element as JSON (member events with display names and mxc avatars, text messages about call-outs with vitals, medication and an address, key safes, defib cabinet and lockbox codes, an AED's model and serial, the station Wi-Fi, the car's MiFi; replies, an image with h/w, a reaction, an undecrypted event with its device id).
//   - dental-nmap-xmltodict: an incident responder's nmap scan of a dental practice's LAN converted with xmltodict (scan arguments with the CIDR, a DHCP discover prescript, hosts with IPs, MACs and vendors, PTR names, open ports, server software versions, device types, http-title and ssl-cert output naming models, hostnames and an e-mail, default logins that worked, SMB OS discovery, OS guesses, last boot, TCP sequence values).
//   - malawi-openmrs-encounter: a Malawian health centre's OpenMRS REST encounter (v=full: patient identifiers, names, sex, age, birth date, address with area, city, district and region, phone and landmark attributes; vitals with CIEL concepts; coded answers: pregnancy, malaria RDT, tobacco; chief complaint; clinician's note; diagnosis with ICD-10; drug orders with dose and frequency; providers; REST links carrying the server's internal address).
//   - uyshifokor-nedb-uz: a Tashkent home-doctor call service's NeDB datafile as an array of lines with Uzbek keys (patient with patronymic, {"$$date"} birth date, sex, phone and address with district, mahalla and street; the reason with a stairwell code; the examination with vitals, ICD-10 diagnosis, medicines, allergy, pregnancy and the doctor's note; the doctor's tablet; payment with a card token; the patient app with model, OS, version, push token and IP; a settings line with the SMS gateway login and password; $$indexCreated and $$deleted lines).
//   - plivanje-rethinkdb-mk: a Skopje children's swimming school's `rethinkdb export` keyed by file name, Macedonian keys in Cyrillic (child with birth date, sex, height, weight and photo; parents; address; medical certificate, allergies, asthma, medicines, epilepsy, the doctor's remark; turnstile card UID and locker combination; promo code; parent app with bcrypt, phone model, version, push token; coaches' notes; the table's .info; turnstile, router with Wi-Fi and admin password, chlorine sensor).
//   - siddha-pouchdb-ta: a Madurai Siddha medicine clinic's pouchdb-dump stream, Tamil keys in Tamil script (patients with initial and name, age, sex, mobile, e-mail, door number, street, town and PIN; height, weight, BP, naadi, sugar, blood group, conditions with ICD-10, medicines with dose and timing, allergy, the doctor's note; UPI reference; appointment with the WhatsApp reminder; settings with Wi-Fi, tablet, CouchDB sync URL with a password, SMS key; _rev hashes).
//   - solarhome-convex-zu: a KwaZulu-Natal pay-as-you-go solar-home-system provider's Convex snapshot keyed by file, isiZulu keys (customers with names, phone, address with township and postcode, sex, birth date, health block for priority reconnection, USSD PIN, agent's note; devices with serial, model, SKU, IMEI, ICCID, firmware, nickname, last seen, battery, unlock code, modem IP; payments with the 20-digit token; generated_schema lines).
//   - ger-air-payload-mn: an Ulaanbaatar ger-district clean-air programme's Payload CMS REST response, Mongolian keys in Cyrillic (head of household with ovog, phone, e-mail; address with district, khoroo, street, yard; members with birth dates, sex, weight, height, respiratory diagnoses and treatment; indoor air monitor with MAC, firmware, last connection and PM2.5; 4G router with IMEI, SIM number, Wi-Fi and admin passwords, IPs, DNS; field worker's note; photo with its height; the registering staff user with an API key and its index).
//   - anc-dhis2-tracker: a Zambian district's antenatal-care tracked entities from the DHIS2 tracker API without display names (attributes and dataValues under uids: names, phones, one-line address, "Female", G/P, "120/80 mmHg", Hb, fundal height, FHR, weight and MUAC with units, drugs, test results, ICD-10 with text, the capture tablet, bare counts, flags, dates, codes and version fillers; storedBy user names; midwives' notes; the export URL and a d2pat_ API token).
//   - gp-msp-kusto-columns: a GP surgery's MSP's Log Analytics query result with default column names (sign-ins: time, UPN, name, IP, app, result code and message, deviceDetail and location as JSON strings, an SMS MFA phone, session and correlation GUIDs, an analyst's comment; Intune: device name, model, OS, bare Wi-Fi MAC, Entra device GUID, user, last contact, compliance, jailbreak flag, counts).
//   - infusion-sparkplug-aliases: a hospital ward's MQTT capture of Sparkplug B payloads after the BIRTH messages, metrics known only by alias (edge gateway IP, MAC, IP-shaped firmware, ward SSID and PSK; pumps' model, serial, firmware, patient name, MRN, weight, drug, rate, VTBI, programming nurse, battery, alarm, bed, access code, a nurse's note; STATE messages; ${...} placeholders in the capture config).
//   - respite-coda-columns: a respite-holiday charity's Coda doc read through the API with column ids (guests: name, e-mail, phones, one-line address, mobility, condition, medicines, allergy, diet, carer, room, deposit, flags, dates, version filler, notes; venue rows: a label cell beside the Wi-Fi line, a key-safe code, an SMS token, the minibus iPad; a sync token).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net and .example, internal hosts under .internal,
// .lan and .local (a Colab photo keeps lh3.googleusercontent.com, vendor
// hosts such as okta.com, coda.io and tailscale.com appear only in
// non-sensitive leaves); phone numbers in US 555-01xx, Ofcom 07700 900xxx,
// and runs of zeros elsewhere (UZ +998 90 000, MK +389 70 000, IN +91 90000
// 0, ZA +27 71 000 0, MN +976 8800 0, ZM +260 97 000 0, MW +265 99 000 0);
// private, CGNAT (tailnet) and documentation IP ranges (public resolvers
// only as DNS settings); random tokens behind real public prefixes
// (bcrypt, FCM APA91b, AKIA, SG., tskey-auth-, privkey:,
// nlpriv:, d2pat_). Names of people are combinations from invented lists;
// device, phone, router, pump, camera, printer, NAS and solar-kit models
// are real product names, which are not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: passwords in URLs, .env lines, SMS gateways, routers and
//     free text, Wi-Fi PSKs, bcrypt hashes, session ids (Okta
//     externalSessionId), API keys and tokens (scale cloud, SendGrid, AWS
//     pair, SMS, Twilio, DHIS2 d2pat_, Payload apiKey and its HMAC index),
//     Tailscale pre-auth, private node and network-lock keys, push tokens,
//     card tokens, share links with a token and their password, default
//     logins found by nmap, key-safe, lockbox, defib cabinet, stairwell,
//     locker, USSD and pump access codes, card UIDs, solar unlock codes and
//     prepaid tokens, a temporary password in an analyst's comment.
//   - contact: names of anyone (patients, staff, clinicians, nurses,
//     carers, agents, relatives), e-mails, phones (also a router SIM's
//     number and an SMS MFA phone), user names and handles (Matrix ids,
//     DHIS2 storedBy, OpenMRS creator, Tailscale operator, a Linux home
//     directory), birth dates, address parts (street, door number,
//     mahalla, district, khoroo, yard, township, city with postcode,
//     region inside an address, one-line addresses, a landmark), profile
//     photo and avatar URLs (also Matrix mxc avatars).
//   - network-layout: IPs (LAN, WAN, tailnet, modem), CIDRs and advertised
//     routes, internal host and domain names (also MagicDNS names, PTR
//     names, NetBIOS names and workgroups), admin URLs, open ports, SSIDs,
//     DNS servers, MQTT broker and OpenMRS / DHIS2 server URLs, the
//     scanned CIDR in nmap's arguments.
//   - device-inventory: models, makers (MAC vendors) and types of devices
//     (Okta device type, nmap device types and OS classes), serials,
//     IMEIs, ICCIDs, device ids (Okta Verify, Matrix device ids, Entra
//     device ids inside deviceDetail), nicknames, firmware, OS and app
//     versions (also Tailscale's client on the user's laptop), user agents,
//     OS guesses and last boot of scanned hosts, data-source ids naming a
//     band or phone, last-seen / last-sync times.
//   - health: vitals, body measures, sleep, steps, calories, SpO2,
//     diagnoses and ICD-10 codes, conditions, medicines with dose and
//     frequency, allergies (also "none"), pregnancy (also false), obstetric
//     history, test results, mobility, diet for a medical reason, a
//     fitness certificate's verdict, the Siddha pulse reading, medical
//     equipment a customer depends on, infusion drug, rate and volume,
//     patient weight on a pump.
//   - A MAC address (also bare, as Log Analytics returns Intune's) is
//     AnyOf{network-layout, device-inventory}; sex, gender and age are
//     AnyOf{health, contact}.
//   - A device's own firmware shaped like an IPv4 address is
//     device-inventory and Decoy.
//   - Decoys: record ids that look like tokens (Okta, Convex, NeDB and
//     OpenMRS ids, DHIS2 event uids, Matrix event and room ids, Tailscale
//     node ids, GUIDs under opaque columns, cell ids), public keys (node
//     keys, SSH host keys, Matrix sender keys), ciphertext, hashes (dtHash,
//     archive sha256, _rev, TCP sequence values, an index function),
//     versions of tools, servers, kernels and exporters (also semver
//     fillers under opaque keys), OAuth client ids, vendor URLs, ${...}
//     placeholders, credentialType "PASSWORD", a login-failure message,
//     flags (verified, jailbroken, update available), failed-login counts,
//     minimum password length, image and output heights, PNG data, SKUs,
//     promo codes, payment references, licence numbers, battery levels,
//     PM2.5, CO2 and water temperature, country codes, data sources that
//     name no device, a "Health" list of connection warnings, nulls under
//     sensitive-sounding keys.
//   - Plain: statuses, enums, event types, timestamps of records and
//     events (also users' last activity and timestamps under opaque keys),
//     uuids of concepts and uids naming attributes, counts, units, cities
//     and regions of a geo-IP lookup, bare numbers under opaque keys, an
//     MRN, names of the half of key/value rows.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none. Code lines and outputs of a
//     notebook are free text.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language, except that clinicians' notes inside clinical
// blocks are clinical (POLICY_NOTES).
//
//   - freetext: notes, messages, triage and setup notes, script output,
//     notebook lines, descriptions, reminders, comments, landmarks.
//   - clinical: the OpenMRS obs, diagnoses and orders, and the medical
//     blocks of the five language documents.
//   - obfuscated: every other leaf of the four opaque dumps, and the
//     fitValue and aggregate rows of the Google Fit files.
//   - language: every other leaf of the five documents with Uzbek,
//     Macedonian, Tamil, isiZulu or Mongolian keys.
package blindset18
