// Package blindset25 is a BLIND HELD-OUT labelled corpus, the
// twenty-fifth blind set, written from shared/CATEGORIES.md and
// corpus/POLICY_NOTES.md only (plus the corpus package's shared types, the
// plumbing of blindset24, and the package comments of the earlier sets,
// read only to avoid their kinds of dump, products, key languages, formats
// and token formats). Its author did not read leakscope's rules,
// classifier or redactor and did not run the tool, corpusscore or any
// scanner on it before it was finished. It measures how well the tool
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
// Seven are English-keyed (a SimpliSafe home-security system's Home
// Assistant diagnostics with a simplipy debug capture, the Jamf Pro API
// of a hospital-at-home programme, the Gusto payroll API of a home-care
// agency, the Dentally dental practice API, the WHOOP Developer API v1,
// a wireless ISP's UISP CRM and network API, the Zoom API of a
// teletherapy practice). Five have keys in languages no earlier set used
// for keys: Kannada (Kannada script), Tigrinya (Ge'ez script), Sesotho,
// Breton (ASCII-folded, as the index requires) and Turkmen (ASCII-folded
// top-level fields, Turkmen letters inside JSON fields), in a DataStax
// Astra DB Data API answer, a Chroma collection get() answer (column
// oriented: ids, documents, metadatas), a Vespa query answer, an Azure AI
// Search answer (@odata.context, @search.score, @search.highlights) and
// a Milvus RESTful v2 entities/query answer. Four are opaque: a WAMP v2
// message trace from a Crossbar.io router (positional frames with numeric
// message codes and positional arguments), SMPP 3.4 PDUs decoded into
// positional header, mandatory-parameter and TLV arrays, a Garmin FIT
// file decoded without its profile (global message numbers, field
// definition numbers, raw scaled integers), and a batchexecute capture in
// Google's JSPB wire format (field n at index n-1).
//
//   - homesec-simplisafe-diag: a security installer's support bundle
//     (the integration's diagnostics with "**REDACTED**" placeholders as
//     look-alikes; the OAuth token answer with access, refresh and id
//     tokens; the subscription with the monitored address, phone, cross
//     street, dispatch notes that may tell a resident's condition or a
//     gate code, the verbal safe word, emergency contacts; the base
//     station, cameras with nicknames, models and Wi-Fi; sensors with
//     serials, types and nicknames; master, duress and user PINs; the
//     base station's IP and MAC; the event log; the installer's note).
//   - hospitalhome-jamf-pro: a hospital-at-home programme's device audit
//     (API client secret and token; loaner iPads with serial, UDID, MACs,
//     IP, IMEI, ICCID, cellular number, OS, model, the patient as user,
//     extension attributes with enrolled condition, home address, home
//     Wi-Fi, monitoring kit, Guided Access passcode and nurse notes;
//     a nurse's MacBook with FileVault recovery key and a LAPS password;
//     configuration profiles with the kit Wi-Fi and a passcode policy;
//     webhook, LDAP and SMTP accounts).
//   - homecare-gusto-payroll: a home-care agency's payroll sync cache
//     (OAuth tokens and client secret; company with office address;
//     admins; caregivers with names, e-mails, phones, birth dates, home
//     addresses, jobs, custom fields for TB test, hepatitis B, work
//     restrictions and a client's lockbox code; masked bank accounts;
//     a payroll; the webhook; a sync log that may tell a sick reason).
//   - dental-dentally-api: a UK dental practice's imaging bridge (bearer
//     token; X-ray sensor with serial and IP-shaped firmware, workstation
//     and image share with its password; the SMS gateway key and secret;
//     site; practitioners; patients with title, gender, contact details,
//     address, emergency contact and medical alert; medical-history
//     question / answer rows; appointments with reasons and notes;
//     treatment-plan items with teeth).
//   - sportsclinic-whoop-v1: a sports-medicine clinic's athlete cache
//     (client secret; per athlete OAuth tokens, profile, body measurement,
//     recovery, sleep and workout scores, pagination tokens as
//     look-alikes; the clinic's block with coach, strap, phone and injury
//     notes; the webhook receiver).
//   - wisp-uisp-crm-nms: a rural wireless ISP's migration dump (instance
//     token and app key; CRM client with contacts, address, client-zone
//     login, attributes with a medical-priority text and a router admin
//     password, the office note; the service; network devices: the CPE
//     radio and the customer's router with ids, MACs, host names, models,
//     firmware, last seen, IPs and the AP; the provisioning template with
//     Wi-Fi, PPPoE, RADIUS, VLAN, LAN, DHCP, DNS, admin URL and a Cisco
//     type 8 hash; a ticket with its activity).
//   - teletherapy-zoom-api: a teletherapy practice's compliance pull
//     (Server-to-Server OAuth secret and token; therapists with phones,
//     photos and client versions; meetings whose topic and agenda name the
//     client and the work, passcodes, join and start URLs, meeting numbers
//     and UUIDs as look-alikes; Dashboard participants with e-mail,
//     device, public and internal IPs, PC name, MAC, disk id, OS,
//     microphone, camera and a connection "health" look-alike; cloud
//     recordings with passcodes and a transcript excerpt; phone call
//     logs; the webhook app's tokens).
//   - dialysis-astra-kn: a Mysuru home-haemodialysis trust's Data API
//     calls (AstraCS token; patients with relative, birth date as $date,
//     age, sex, phone, address, clinical block with sessions, the dialysis
//     machine with IP-shaped firmware, last contact, IP and MAC, home
//     Wi-Fi, carer, note and the $vectorize text; a staff document with a
//     Werkzeug pbkdf2 hash; settings pairs).
//   - maternity-chroma-ti: a Mekelle maternity and ultrasound clinic's
//     collection get() (x-chroma-token; mothers with three-part names,
//     birth date, age, sex, phone, zone, town, sub-city, tabia and house,
//     pregnancy, weight, height, BP, blood type, condition, drug,
//     ultrasound finding, machine, doctor and husband; a user with a
//     passlib bcrypt-sha256 hash; settings with Wi-Fi, PACS and an SMS
//     token; documents that may tell all of it).
//   - homecare-vespa-st: a Maseru home-based-care NGO's search (Vespa
//     Cloud data-plane token; clients with village, council, district and
//     postcode, health struct with HIV, TB, diabetes, ARVs, viral load,
//     carer, tablet, worker, photo with pixel sizes, notes and the text
//     chunk; a staff document with a Werkzeug scrypt hash; settings map).
//   - festival-azsearch-br: a central-Brittany music festival's first-aid
//     post (admin api-key; casualties with birth date, age, sex, phone,
//     address, clinical complex field, NFC wristband, first-aider and
//     radio, tablet, doctor, notes and highlights; a user with a Nextcloud
//     argon2id hash; the site network document).
//   - cottongin-milvus-tk: a Mary-province cotton gin's heat-stress
//     programme (Bearer user:password; workers with patronymic, birth
//     date, age, sex, phone, address and health JSON fields, wristband,
//     notes; readings of skin temperature and heart rate beside air
//     temperature; a user; settings with Wi-Fi, MQTT broker and a
//     Mosquitto password line, a router's Cisco type 9 hash).
//   - supportedliving-wamp-frames: a supported-living block's building
//     bus (ticket or WAMP-CRA salt and signature; the peer address;
//     environment sensors, fall radar, door entry with fob UIDs, nurse
//     calls, medicine cabinets; the resident record with conditions, GP,
//     next of kin and resuscitation decision; the network configuration;
//     the device list).
//   - sexualhealth-smpp-pdus: a sexual-health clinic's SMS bind (system
//     id and password; endpoints; results, call-back requests, treatment
//     and PrEP reminders, login codes; delivery receipts quoting the start
//     of a message; patients' replies).
//   - cardiacrehab-fit-decoded: a cardiac-rehabilitation portal's upload
//     (file name with the patient's name, uploader IP, session cookie,
//     user agent, physiotherapist's login and note; the watch and chest
//     strap with serials and software versions; user profile with name,
//     sex, age, height, weight, resting and maximum heart rate; heart
//     rate records, RR intervals, developer SpO2 values; session
//     calories and heart rates).
//   - carehome-jspb-rpc: a care-home group's family app (XSRF token and
//     session cookie; the resident with names, birth date, conditions,
//     medicines, allergy, next of kin and resuscitation decision; the
//     family feed; relatives' phones with push tokens; the lounge kiosk
//     with Wi-Fi, IP, gateway, admin PIN and MAC).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net and .example, internal hosts under .internal
// (Zoom join and start URLs keep the vendor's meeting host with random
// meeting numbers and tokens; vendor API hosts appear only in plain
// leaves); phone numbers in US 555-01xx, Ofcom 07700 900xxx and
// 0113 496 0xxx, ARCEP 06 39 98 xx xx, and runs of zeros elsewhere
// (Karnataka +91 99000 0xxxx, Tigray +251 914 000 xxx, Lesotho
// +266 6200 0xxx, Turkmenistan +993 65 00 0xxx); private and
// documentation IP ranges (public resolvers only as DNS settings); random
// tokens in shapes no earlier set lists, most after real public formats
// (Werkzeug
// pbkdf2:sha256 and scrypt, passlib $bcrypt-sha256$, Mosquitto $7$,
// Cisco type 8 $8$ and type 9 $9$, Nextcloud 3|$argon2id$, AstraCS,
// vespa_cloud_, Chroma ck-, Azure AI Search admin keys, Auth0 v1.M
// refresh tokens, Jamf FileVault personal recovery keys, Vonage keys and
// secrets, WAMP tickets and CRA signatures, JSPB "at" XSRF tokens, SMPP
// passwords, Milvus user:password bearers). Names of people are
// combinations from invented lists; camera, sensor, tablet, phone, watch,
// strap, radio, router, radio-link, dialysis, ultrasound and X-ray sensor
// models are real product names, which are not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: password hashes, cleartext passwords (Wi-Fi, router,
//     share, LAPS, webhook, LDAP, SMTP, PPPoE, SMPP, CPE), API keys and
//     secrets, access, refresh, id and session tokens, cookies, XSRF
//     tokens, passcodes of meetings and recordings, join and start URLs
//     carrying them, webhook and verification tokens, alarm, duress, user,
//     kiosk and Guided Access PINs, the verbal safe word, lockbox and
//     gate codes, FileVault recovery keys, WAMP tickets, CRA salt and
//     signature, NFC wristband and door fob UIDs, one-time login codes,
//     push tokens, bearer user:password pairs.
//   - contact: names of anyone (patients, residents, carers, relatives,
//     clinicians, staff, customers, athletes, casualties), user names and
//     system ids, e-mails, phones, birth dates, photo URLs, street, house,
//     cross street, village, council, tabia, sub-city, zone, district,
//     city, state, county and postcode of an address, one-line addresses,
//     an upload's file name holding the patient's name, a UISP site named
//     after the customer.
//   - network-layout: SSIDs, IPs, CIDRs, gateways, DNS servers, VLAN ids,
//     ports, DHCP ranges, internal host names and URLs, router admin URLs,
//     workstation names, share paths, peer addresses.
//   - device-inventory: device nicknames, names and types, models and
//     model identifiers, makers' product names, serials, UDIDs, IMEIs,
//     ICCIDs, device ids, firmware, OS, app and client versions, user
//     agents, microphones and cameras, PC names, disk ids, last-seen,
//     last-contact and last-sync times; a device's firmware shaped like
//     an IPv4 address is also a decoy.
//   - health: conditions, diagnoses, ICD-10 codes, drugs and doses,
//     allergies, vitals, weights, heights, BMI-like measures, sleep,
//     heart rate and HRV, SpO2, skin temperature, strain and energy,
//     dialysis sessions, pregnancy (also false), gravida and para, blood
//     type, viral load, test results, treatment plans and teeth,
//     questionnaire answers, work restrictions, resuscitation decisions,
//     casualty reasons, intoxication, pain scores, hospital transfer.
//   - A MAC address is AnyOf{network-layout, device-inventory}; sex,
//     gender, title and age are AnyOf{health, contact}, also as a code.
//   - Decoys: record, registration, contract, personnel and referral
//     numbers, meeting numbers and UUIDs, PMIs, OAuth client and account
//     ids, Vonage API keys, token_type, versions of tools, servers and
//     schemas, build labels, hashes, checksums and ETag-like versions,
//     CRCs, pagination tokens, masked bank accounts, EINs, GDC numbers,
//     flags, counters and token counts, pixel sizes, appointment
//     durations, "**REDACTED**" placeholders, minimum password lengths,
//     room, machine, system, air and sensor temperatures, water pressure,
//     a bale weight, a connection-quality "health", nulls under
//     sensitive-sounding keys.
//   - Plain: statuses, enums, timestamps of records, logins and visits,
//     protocol fields, units, prices, relationships, roles, the name
//     halves of rows, search queries, vendor endpoints.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none. An SMPP delivery receipt quotes
//     the start of a message and carries the categories of the pieces it
//     quotes whole.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: notes, messages, agendas, topics, transcripts, SMS bodies,
//     receipts, note highlights, text chunks, error texts.
//   - clinical: the health blocks of the five language documents.
//   - obfuscated: every other leaf of the four opaque dumps; the
//     name / value rows of Jamf, Gusto, Dentally and UISP; the settings
//     pairs of the Kannada document.
//   - language: every other leaf of the five documents with Kannada,
//     Tigrinya, Sesotho, Breton or Turkmen keys.
package blindset25
