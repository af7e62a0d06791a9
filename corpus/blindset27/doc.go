// Package blindset27 is a BLIND HELD-OUT labelled corpus, the
// twenty-seventh blind set, written from shared/CATEGORIES.md and
// corpus/POLICY_NOTES.md only (plus the corpus package's shared types, the
// plumbing of blindset26, and the package comments of the earlier sets,
// read only to avoid their products, kinds of dump, key languages, answer
// envelopes and opaque formats). Its author did not read leakscope's
// rules, classifier or redactor and did not run the tool, corpusscore or
// any scanner on it before it was finished. It measures how well the tool
// generalises to breach-shaped data nobody tuned it on.
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
// Seven are English-keyed (a Philips Hue bridge's local API state with
// the Hue remote API token, the NetBox REST API, the Oura API v2, the
// LibreLinkUp follower API, the HiBob API, the Life360 API with Tile
// trackers, the Eight Sleep API). Five have keys in languages no earlier
// set used for keys: Tongan (with the ʻokina and macrons), Shona, Marathi
// (Devanagari), Kalaallisut (Greenlandic, ASCII, as Prometheus-style label
// names allow) and Cebuano, in a Neon serverless-driver HTTP query answer
// (command, rowCount, rows as objects, a fields array with type ids), a
// TigerGraph REST++ installed-query answer (version, error, results of
// vertex sets with v_id, v_type and attributes, and edge sets) with its
// requesttoken exchange, a Quickwit search answer (num_hits, hits,
// snippets, elapsed_time_micros, errors), a VictoriaMetrics
// /api/v1/export dump (metric labels, values, timestamps) with a vmalert
// alerts answer, and a turbopuffer v2 namespace query answer (rows with
// $dist and flat attributes, billing, performance). Four are opaque: GDT
// (the German medical device interface) records decoded into
// [field id, content] pairs, POCSAG pager frames decoded by multimon-ng
// into positional arrays, a MessagePack-CSharp cache with integer keys
// decoded into nested arrays, and NFC NDEF messages decoded into
// [TNF, type, id, payload] records with Wi-Fi Simple Config TLVs.
//
//   - dementiacare-hue-bridge: a dementia-friendly lighting installer's
//     support dump of a client's Hue bridge (the job sheet with the
//     client's name, address, diagnosis, falls risk and night waking, next
//     of kin, occupational therapist, home Wi-Fi and its key; N-UPnP
//     discovery; the request line with the whitelisted app key; the
//     remote API token answer; lights with names, types, models, makers,
//     product ids, Zigbee unique ids and firmware; rooms named after the
//     client; config with bridge id, MAC, IP, mask, gateway, model,
//     firmware, API and datastore versions and the whitelist naming the
//     phones; schedules whose commands carry the app key and whose
//     descriptions name a medicine; a rule owned by the app key; motion,
//     temperature and switch sensors with last updates; the installer's
//     notes).
//   - psychclinic-netbox-ipam: an MSP's offboarding export of a
//     community mental-health practice from NetBox (API root, version and
//     token; the site with its address, suite, alarm code and after-hours
//     phone; devices with names, makers, models, part numbers, roles,
//     platforms, serials, asset tags, IPs, descriptions naming staff,
//     config contexts with NTP, syslog, SNMP community and a password
//     policy, out-of-band logins, custom fields with the assigned user,
//     TeamViewer id and password and OS build; interfaces with MACs and
//     VLANs; IP addresses with DNS names; prefixes, VLANs, wireless LANs
//     with a pre-shared key; contacts; journal entries that may name a
//     client's screening score or an old Wi-Fi key; an API token with
//     allowed IPs and a masked display).
//   - nightshift-oura-v2: a hospital occupational-health study of
//     night-shift nurses' sleep, caching Oura API v2 data (the study
//     record with the nurse's name, birth date, e-mail, mobile, ward,
//     shift pattern and phone; the app's client id and secret; the OAuth
//     token answer; personal_info with age, weight, height, biological sex
//     and e-mail; the ring with id, colour, design, firmware, hardware type
//     and size; daily sleep and readiness with contributors; the long
//     sleep with durations, heart-rate and HRV series, breath rate, lowest
//     heart rate, movement and 5-minute phase strings, readiness and
//     temperature deviation; daily activity; SpO2 and breathing
//     disturbance; heart-rate samples with a pagination token; enhanced
//     tags with comments; webhook subscriptions and the verification
//     token; the coordinator's messages).
//   - nightwatch-librelinkup: a supported-living provider's overnight
//     glucose watch on a Raspberry Pi (host name, IP, MAC, hardware, app
//     and API versions, a hashed account id; the LibreLinkUp login with
//     the follower account, two-factor phone and e-mail and auth ticket;
//     connections with residents' names, targets, sensor serials, alarm
//     rules, the last glucose measurement and the phone app's device
//     block; a graph; the resident sheet with birth date, diabetes
//     history, insulin, other conditions, hypo plan and next of kin;
//     Pushover keys; the on-call rota; the alarm log; handover notes).
//   - hotels-hibob-people: a hotel group's HiBob-to-rota sync cache (the
//     service user, its token and Basic header, the rota API key; custom
//     field metadata; employees with work and private e-mail, names,
//     avatar, honorific, short birth date, gender, pronouns, nationality,
//     Slack handle, about text, work block with the manager, home block
//     with mobile and legal gender, address, employment, custom fields
//     under category_/field_ ids with medical notes, adjustments, a locker
//     combination and a food-handler card, emergency contacts, equipment
//     with serials and IMEIs; time-off changes with reasons; a
//     return-to-work task; the sync log).
//   - family-life360-circles: a father's Home Assistant debug capture of
//     the Life360 integration (versions; the login, bearer header and
//     token; users/me with settings; the circle and its subscription;
//     members with names, login e-mail and phone, avatar, PIN,
//     communications and the location block with street address, battery,
//     Wi-Fi and driving state; places, one naming a family member's
//     treatment; Tile trackers with names, models, firmware and auth
//     keys; emergency contacts; circle messages).
//   - insomnia-eightsleep-pod: a sleep-medicine clinic's CBT-I programme
//     cache of a patient's Eight Sleep Pod (client id and secret; the
//     password grant and token answer; users/me with names, e-mail,
//     gender, birth date and the partner the metrics are shared with; the
//     Pod with device id, sensor label, part number, SKU, hardware
//     revision, serial, MAC, firmware, Wi-Fi SSID, IP and MAC, model and
//     hub, heating levels; sleep intervals with stages, score, heart rate,
//     HRV, respiratory rate, toss-and-turns, room and bed temperatures;
//     trends; the sleep physician's notes).
//   - whaleswim-neon-to: a Vavaʻu whale-swim and dive operator's booking
//     app on Neon Postgres with Tongan columns (the endpoint, driver and
//     version; four logged calls with the connection string: divers with
//     names, birth date, age, sex, phone, e-mail, home address, country,
//     lodging, a health statement with illnesses, medicines, weight,
//     height, pregnancy and the signing doctor, the rented dive computer
//     and the guide's note; staff with logins and pgcrypto bcrypt hashes;
//     the boat's Starlink Wi-Fi, key, dish id, IP and last seen; the dive
//     log with the divers, the sea temperature and a note).
//   - outreach-tigergraph-sn: a Manicaland mobile clinic's chronic-care
//     graph with Shona names (the token request with its secret; the
//     query; patients with name, surname, birth date, age, sex, phone,
//     address tuple, a health tuple with illnesses, medicines, blood
//     pressure, blood sugar, weight, height, HIV status, viral load, TB
//     screen, pregnancy and the doctor's note, the nurse and doctor, a
//     phone-verified flag; visit edges with notes; the nurse's tablet and
//     the vehicle router with serials, IMEI, IP, MAC, Wi-Fi and key; staff
//     with sha256-crypt hashes and a minimum-length look-alike).
//   - elderline-quickwit-mr: a Pune elder helpline's call-log search in
//     Quickwit with Marathi fields (the request URL with the searched
//     surname and a Basic header; hits with the caller's name, relation
//     and mobile, the elder's name, age, sex, birth date, address with
//     house, lane, village, taluka, district and PIN, a health block,
//     problem type, the counsellor's note, the counsellor, the desk phone
//     with model, serial, IP, MAC, SIP extension and password, a recording
//     hash; a system hit with the SIP trunk secret; snippets repeating the
//     names).
//   - settlement-victoriametrics-kl: a Greenland settlement health
//     station's telemedicine kit in VictoriaMetrics with Kalaallisut
//     metric and label names (the export request and bearer token; vital
//     sign series whose labels name the patient, birth date, age, sex,
//     phone, house, illness, medicine, the health worker, the device and
//     its serial; the room temperature; station and device info series
//     with Wi-Fi name, IP, gateway, DNS, firmware, MAC and last seen; an
//     up series whose instance carries a password; a vmalert alert with a
//     Kalaallisut description).
//   - bhs-turbopuffer-ceb: a Cebu barangay health station's midwife
//     assistant on turbopuffer with Cebuano attributes (the embedding call
//     whose question names a patient, token counts; the query with the
//     tpuf_ key; rows with names, birthday, age, sex, mobile, sitio,
//     barangay, city and ZIP, illnesses, medicines, blood pressure, blood
//     sugar, weight, height, pregnancy and weeks, vaccines, the health
//     worker and midwife and the text chunk; a device row; a settings row
//     with Wi-Fi, router admin URL and password and an SMS key; the
//     assistant's answer).
//   - cardio-gdt-records: a cardiology practice's GDT share captured by a
//     support tool (header with file server and share; the SMB login and
//     password, the ECG workstation's host name, IP and MAC, the ECG
//     device's model, serial and software version; GDT files with name,
//     time, hash and records: record type and length, receiver and sender
//     ids, charset and GDT version, software maker, name and version,
//     patient number, names, birth date, title, postcode and town, street,
//     sex, height, weight, device code, tests with ids, names, values and
//     units, exam date and time, findings, comments, result lines and the
//     PDF's path on the workstation).
//   - ward-pocsag-decodes: a researcher's SDR capture of a hospital paging
//     channel (decoder and version, the SDR's model and serial, frequency,
//     rate, gain, the laptop's host name; frames of time, mode, capcode,
//     function, kind and message: bleeps with patients, birth dates,
//     scores and results, call-back mobiles, crash calls, pharmacy pages,
//     IT pages with Wi-Fi keys, reset passwords and server IPs, routine
//     pages; error counters and a checksum).
//   - meds-msgpack-cache: a medication-reminder app's MessagePack-CSharp
//     cache decoded to nested arrays (format and schema version; the user
//     with names, e-mail, phone, birth date, height, weight, conditions,
//     allergies; medications with name, strength, instructions,
//     prescriber, prescription number; dose events with notes; the smart
//     dispenser and the phone; caregivers; tokens, push token, install id
//     and user agent; settings with a backup passphrase and an ETag).
//   - carehome-ndef-tags: an auditor's NFC read of a care home's tags
//     (the app, its version, the phone and OS; tags with UID, chip, size,
//     flags and originality signature; door tags with a check-in URI
//     carrying a key and the resident's name and care note; wristbands
//     with a medical ID text and a vCard; a Wi-Fi tag with WSC SSID,
//     network key and MAC or broadcast MAC; the treatment room's cupboard
//     code; an equipment asset tag).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net / example.co.uk and .example, internal hosts
// under .internal and .lan, vendor hosts (API endpoints, the Neon
// database endpoint, CDN avatars) only as the vendors write them; phone
// numbers in US
// 555-01xx, Ofcom 07700 900xxx and 020 7946 0xxx, Bundesnetzagentur 030
// 23125 xxx, and runs of zeros elsewhere (Tonga +676 770 0xxx, Zimbabwe
// +263 77 000 0xxx, India +91 98000 00xxx, Greenland +299 59 00 xx,
// Philippines +63 917 000 0xxx); private and documentation IP ranges
// (public resolvers only as DNS settings); random tokens, most after real
// public formats (pgcrypto $2a$06$, sha256-crypt $5$, Neon npg_
// passwords, turbopuffer tpuf_ keys, NetBox tokens, Hue whitelist keys,
// HiBob service-user tokens, Pushover keys, JWTs, APNs tokens, Tile auth
// keys). Names of people are combinations from invented lists; bulbs,
// sensors, bridges, servers, firewalls, printers, phones, trackers,
// scales, CGMs, Pods, dive computers, tablets, routers, cuffs, oximeters,
// meters, ECGs, SDRs, dispensers and NFC chips are real product names,
// which are not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: password hashes, cleartext passwords (Wi-Fi, SMB,
//     out-of-band, TeamViewer, router admin, SIP, temp and reset
//     passwords), API keys and tokens, bearer, Basic and Token headers,
//     the Hue app key wherever it stands as a value (request line,
//     schedule command address, rule owner), SNMP communities, webhook
//     verification codes, a connection string with its password (also
//     network-layout), TigerGraph secrets, alarm, locker, cupboard and
//     member PINs and codes, a check-in URI carrying its key, Tile auth
//     keys, a backup passphrase, push tokens.
//   - contact: names of anyone (clients, residents, patients, staff,
//     relatives, doctors, nurses, coordinators, counsellors), user names
//     and logins, e-mails, phones, birth dates (also a month-day short
//     birth date and a GDT date), street, house, suite, lane, sitio,
//     suburb, village, taluka, district, barangay, city, state and
//     postcode of an address, one-line addresses, avatars, a search that
//     is a surname and the snippets that repeat it, a circle named after
//     the family.
//   - network-layout: SSIDs, IPs, prefixes, masks, gateways, DNS and NTP
//     servers, VLAN ids, ports, internal host names and URLs (NetBox,
//     Quickwit, VictoriaMetrics, vmalert, PBX, share paths, the Neon
//     endpoint), router admin URLs, allowed-IP lists, a scrape instance.
//   - device-inventory: device names and nicknames (also rooms of a
//     lighting system, Tile names, app#phone whitelist names), makers,
//     models, product ids, types, roles and platforms, serials, asset
//     tags, device ids, IMEIs, tag UIDs and chips, firmware, OS, app and
//     software versions, user agents, TeamViewer ids, last-seen,
//     last-sync, last-heard and sensor last-update times; a device's
//     firmware shaped like an IPv4 address is also a decoy.
//   - health: conditions, diagnoses, ICD-10 codes, medicines, doses and
//     instructions, allergies, vitals, glucose and its targets and alarm
//     thresholds, weights, heights, sleep and readiness scores and their
//     contributors, sleep times, durations, stages and phase strings,
//     HRV, breath and respiratory rate, temperature deviation, steps,
//     activity and calories, SpO2 and breathing disturbance, ECG,
//     spirometry and ergometry results and
//     their test names, HIV status, viral load, TB screens, pregnancy
//     (also false), vaccines, walking aids, falls risk, night waking,
//     workplace adjustments, leave and task notes that name an illness, a
//     family place named after a treatment.
//   - A MAC address (also a bare twelve-digit one, a Zigbee unique id) is
//     AnyOf{network-layout, device-inventory}; sex, gender, honorific,
//     pronouns and age are AnyOf{health, contact}, also as a GDT code.
//   - Decoys: OAuth client ids, token_type values, versions of tools,
//     drivers, servers, APIs and schemas (some shaped like IP addresses),
//     OS builds of servers, hashes, checksums, ETags, signatures and
//     hashed account ids, part numbers and SKUs, a masked token display,
//     country and nationality values, flags (analytics consent, e-mail
//     and phone verified, firmware updated), a ring size, a sleep
//     algorithm version, pagination tokens, password-policy numbers,
//     token counts, room, bed, sea and sensor temperatures, a broadcast
//     MAC, nulls under sensitive-sounding keys.
//   - Plain: record ids, timestamps of records, logins and visits,
//     statuses, enums, counts, units, prices, protocol fields and codes,
//     capcodes, column names in a fields array, the field-id halves of
//     GDT pairs, a settlement
//     alone, relationship words, vendor endpoints.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: notes, messages, descriptions, comments, journal entries,
//     about texts, time-off reasons, sync and alarm logs, GDT findings and
//     comments, pager messages, NDEF texts and vCards, text chunks,
//     questions and answers.
//   - clinical: the health parts of the five language documents (whole
//     vital-sign series in the VictoriaMetrics export) and the sleep
//     physician's notes.
//   - obfuscated: every other leaf of the four opaque dumps; HiBob's
//     category_/field_ custom fields.
//   - language: every other leaf of the five documents with Tongan,
//     Shona, Marathi, Kalaallisut or Cebuano keys.
package blindset27
