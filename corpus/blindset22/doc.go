// Package blindset22 is a BLIND HELD-OUT labelled corpus, the
// twenty-second blind set, written from shared/CATEGORIES.md and
// corpus/POLICY_NOTES.md only (plus the corpus package's shared types, the
// plumbing of blindset21, and the package comments of the earlier sets,
// read only to avoid their kinds of dump, products, languages and token
// formats). Its author did not read leakscope's rules, classifier or
// redactor and did not run the tool, corpusscore or any scanner on it. It
// measures how well the tool generalises to breach-shaped data nobody
// tuned it on.
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
// Seven are English-keyed (an OpenWrt router read through LuCI's ubus
// JSON-RPC, a Dexcom API v3 pull, a Snipe-IT hardware API page, a Zammad
// ticket search with assets, Wazuh agents and alerts.json lines, the Open
// Dental REST API, a Frigate NVR's HTTP API). Five have keys in languages
// no earlier set used for keys: Tajik (Cyrillic), Odia (Odia script),
// Wolof, Samoan and Pashto (Perso-Arabic script with Pashto letters), in a
// Ninox REST API read, AppSheet API "Find" responses, Caspio REST API v2
// records, a Stackby API rowlist and a Lark Base (Bitable) records list.
// Four are opaque: pypdf get_fields() output of filled AcroForm/XFA PDFs
// (fields keyed by fully qualified widget names, values under "/V"),
// Universal Analytics Measurement Protocol hits decoded from query
// strings (cd1.., cm1.., el, dl), a modem diagnostic keyed by AT commands
// holding raw response lines, and a KNX bridge's state cache (positional
// gateway and device arrays, group objects keyed by "main/middle/sub"
// group addresses, a positional telegram log).
//
//   - vetclinic-openwrt-ubus: a rural wireless ISP's router at a
//     veterinary practice, read by the ISP's support script through the
//     /ubus endpoint (the script's header with technician and customer
//     contact; session login with the all-zero session as a look-alike,
//     root password and the session id repeated in every call; system
//     board with model, board name, kernel and release; interface dump
//     with LAN and WAN addresses, masks, next hop and DNS servers; DHCP
//     leases with host names, IPs and MACs; uci wireless with SSIDs and
//     keys; uci network with the PPPoE login and password and the TR-069
//     ACS URL and credentials; a port forward; logread lines with DHCP,
//     pppd, dropbear and a practice manager's name; the NOC's
//     authorized_keys line as a look-alike).
//   - t1dcamp-dexcom-v3: a diabetes summer camp's nurse dashboard syncing
//     one camper through the Dexcom API v3 (app client id and secret,
//     OAuth access token as a JWT, refresh token, token_type; the camp's
//     camper record: name, birth date, sex, weight, diagnosis year,
//     insulin delivery device, carb ratio, allergies, address, guardian
//     with phone and e-mail, Share follower; dataRange, egvs with values,
//     trends and rates, events with insulin, carbs, exercise and illness,
//     devices with transmitter id and generation, display device and app,
//     last upload and the alert settings' glucose thresholds; the nurse's
//     log text; record versions and flags as look-alikes).
//   - carehome-snipeit-assets: a care-home group's asset register through
//     the Snipe-IT /api/v1/hardware endpoint (the Passport bearer JWT;
//     rows of pendant alarms, bed-exit sensors, hearing aids, tablets,
//     phones, medication trolleys and falls mats with nickname, asset
//     tag, serial, model, model number, category, manufacturer, notes,
//     assigned residents and staff with user names, names and e-mails,
//     custom fields with MAC, IP, IMEI, unlock PIN and the resident's
//     needs; order numbers, warranty, counters and action flags as
//     look-alikes).
//   - ivf-zammad-tickets: a fertility clinic's patient-support desk
//     through the Zammad ticket search with expand and all (the Token
//     header; Ticket with number, title, cycle type, patient number and
//     consultant; TicketArticles with from, to, subject, bodies of the
//     patient's e-mail, an internal note and the nurse's reply, message
//     ids, md5s and an attachment; Users with logins, names, e-mails,
//     phones, address and a note; avatar hashes, counters and flags as
//     look-alikes).
//   - pharmacy-wazuh-alerts: a small pharmacy chain's Wazuh manager
//     collected after a ransomware scare (the responder; the API URL,
//     user and JWT; agents with names, IPs, OS and version, keep-alive and
//     merged-config sums; alerts.json lines of an ssh brute force, a
//     Windows logon with its event data, the dispensing application's log
//     line naming a patient and a drug, a sudo command with a database
//     password, a file-integrity change on a prescription scan named after
//     the patient; the enrolment password and client.keys lines; rule
//     compliance codes, alert ids, SIDs and hashes as look-alikes).
//   - dental-opendental-api: a dental practice's Open Dental data read by
//     a reminder vendor through the REST API (the ODFHIR developer and
//     customer keys; patient with names, gender, birth date, address,
//     phones, e-mail, chart number, premedication flag and medical urgent
//     note; medications, allergies, problems with ICD-10 codes,
//     procedures with codes, teeth and surfaces, an appointment with its
//     note, a commlog; the preference rows PrefName / ValueString with the
//     image share path, SMTP server and password).
//   - gym-frigate-nvr: a 24-hour gym's Frigate NVR read through its API
//     (the contractor's header; config with the MQTT broker and password,
//     the Coral detector, go2rtc streams carrying camera credentials,
//     cameras with ONVIF host, port, user and password, detect sizes and
//     zones, the GenAI provider key; stats; the ONVIF device information
//     with maker, model, firmware, serial, hardware id and MAC; events
//     with face-recognition sub labels naming members and GenAI
//     descriptions of what the camera saw; event ids, model hashes,
//     versions, pixel sizes and flags as look-alikes).
//   - isp-ninox-tg: a Dushanbe home-internet provider's subscriber base
//     in Ninox with Tajik field names (records with id, sequence,
//     createdAt / By, fields: name, birth date, sex, phone, e-mail,
//     street, house, city, postcode, tariff, contract number, PPPoE login
//     and password, VLAN, static IP, a medical-priority block, a note;
//     the subscribers' ONTs with model, serials, MAC, firmware, SSID, Wi-Fi
//     key, admin password, OLT address and PON port, last online; service
//     requests with subject and description; settings rows with the
//     RADIUS secret, OLT login and an SMS gateway token).
//   - eyecamp-appsheet-or: an Odisha charitable eye hospital's cataract
//     camp app on AppSheet with Odia column headers (_RowNumber, Row ID;
//     patient's name, age, sex, father's or husband's name, mobile, house,
//     village, block, district, PIN code, photo path, the examination
//     block with visual acuity, diagnosis, ICD-10, blood pressure, sugar,
//     IOL power, surgery and the doctor's note, the volunteer's remark;
//     the camp's devices; settings rows with Wi-Fi, router, an SMS API key
//     and the coordinator; the AppSheet access key).
//   - ecole-caspio-wo: a Dakar private primary school's registry on
//     Caspio with Wolof field names in ASCII (client-credentials token;
//     pupils with names, birth date, sex, class, address, parent's name,
//     phone and e-mail, the health block with condition, medicine,
//     allergy, weight, height, blood group and the doctor's note, the
//     teacher's note in Wolof; the school's devices; settings rows with
//     Wi-Fi, router, a mobile-money API key and the director).
//   - ncd-stackby-sm: a Samoan church women's committee's diabetes and
//     blood-pressure outreach register in Stackby with Samoan column names
//     (rows of id and field with rowId; names, birth date, sex, phone,
//     e-mail, fale, village and district, church, the screening block
//     with weight, height, BMI, blood pressure, blood sugar, diabetes,
//     medicine, smoking and the nurse's note, a remark; the glucometers,
//     BP monitors, tablets and MiFi; settings rows with Wi-Fi, MiFi admin,
//     the Stackby api-key and the coordinator).
//   - maternity-larkbase-ps: a Jalalabad maternity clinic's antenatal
//     register in a Lark Base with Pashto field names (tenant access
//     token, app id and tokens; items with record_id and fields: name,
//     father's or husband's name, age, phone, house, street, district,
//     city, the pregnancy block with weeks, LMP, blood pressure,
//     haemoglobin, weight, blood group, gravida/para, risk and the
//     midwife's note, the midwife as a person field, the card photo
//     attachment, a note; the clinic's devices; settings rows with Wi-Fi,
//     MiFi admin, app secret, an SMS key and the person in charge).
//   - schooltrip-acroform-fields: a secondary school's residential-trip
//     consent forms dumped with pypdf (batch, tool and version, run by;
//     per file the name, sha256, page count, producer and the fields by
//     qualified widget name with "/FT", "/T", "/V" and checkbox states:
//     pupil, birth date, tutor group, payment reference, parent, phone,
//     e-mail, address, GP, conditions, medication, allergies, diet, the
//     child's phone model and number, a medical device, the free-text
//     "anything else", swimming distance, cost, date, signature initials,
//     a barcode).
//   - glp1-ga-collect: a weight-loss telehealth site's Universal
//     Analytics hits captured by a privacy researcher (protocol fields v,
//     _v, a, t, _s, dl, ul, de, dt, sr, vp, _u, cid, tid, _gid, gtm, z,
//     uip, ua; event fields ec, ea, el, ev; custom dimensions and metrics
//     carrying BMI, sex, weight, condition, drug, region, e-mail, birth
//     date, name, a bearer token; URLs with an e-mail and a reset token;
//     a chat message captured by the widget's auto-tracking).
//   - telecare-atcmd-dump: a home telecare hub's cellular-module
//     diagnostic keyed by AT command (ATI, CGMI, CGMM, CGMR, CGSN, CIMI,
//     QCCID, CPIN, CNUM, COPS, CSQ, CGDCONT, QIACT, CPBR, CMGL with SMS
//     headers and texts from the alarm centre and family, and the maker's
//     $ARC, $PIN, $WIFI, $HB, $FW, $CNT commands).
//   - smarthome-knx-groups: a KNX bridge's state cache from a flat adapted
//     for a wheelchair user (bridge log lines; gateway array with IP,
//     port, individual address, tunnelling and authentication passwords,
//     serial and model; bus devices as [individual address, serial, order
//     number, version]; group objects by address with [DPT, value],
//     display texts with a family name, a carer and a care reminder;
//     telegram rows; the cloud link with its token).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net and .example, internal hosts under .internal
// and .lan; phone numbers in US 555-01xx, Ofcom 07700 900xxx and 020 7946
// 0xxx, and runs of zeros elsewhere (TJ +992 90 000 0xxx, IN
// +91 70000 0xxxx, SN +221 77 000 00 xx, WS +685 75 000xx, AF
// +93 70 000 0xxx); private and documentation IP ranges; random tokens
// behind real public shapes (ubus session ids, Dexcom and Snipe-IT JWTs,
// Zammad tokens, Wazuh JWTs, agent keys and enrolment passwords, Open
// Dental ODFHIR keys, Azure OpenAI keys, Ninox bearer keys, AppSheet V2-
// access keys, Caspio client secrets and tokens, Stackby api-keys, Lark
// t- tenant tokens and cli_ app ids, KNX tunnelling passwords) and
// invented ones (smsod_, wave_sn_prod_, afsms-). Names of people are
// combinations from invented lists; device, router, camera, CGM, pump,
// modem, KNX and analyser models are real product names, which are not
// personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: passwords (also in URLs, command lines and AT
//     responses), Wi-Fi keys, session ids, API keys and tokens of every
//     format above, OAuth client secrets, access and refresh tokens,
//     JWTs, bearer, Token and ODFHIR headers, agent keys, enrolment
//     passwords, RADIUS secrets, unlock PINs, key-safe codes, installer
//     PINs, reset tokens in URLs, camera credentials in stream URLs.
//   - contact: names of anyone (patients, pupils, parents, campers,
//     residents, members, staff, technicians), user names and logins
//     (also root and service users), e-mails, phones (also of an alarm
//     centre and a practice), birth dates, address parts (street, house,
//     village, block, district, quartier, fale, city with postcode,
//     one-line addresses), photo paths, face-recognition labels, a file
//     path named after a patient.
//   - network-layout: SSIDs, IPs, masks, next hops, DNS servers, host
//     names and agent names, admin and API URLs, ports of services,
//     VLAN ids, OLT addresses and PON ports, the ACS URL, an SMB share
//     path, an SMTP server, a PDP context address.
//   - device-inventory: models, board names, makers, categories and types
//     of devices, serials, asset tags, GPON serials, IMEIs, IMSIs and
//     ICCIDs, firmware, kernel and OS versions, user agents, transmitter
//     ids and generations, display devices, device nicknames, last-seen,
//     last-sync and last-upload times.
//   - health: glucose values, trends and alert thresholds, insulin,
//     carbs, exercise and illness events, carb ratio, body metrics,
//     vitals, lab values, diagnoses and ICD-10 codes, dental procedure
//     codes, teeth and surfaces, medications and doses, allergies,
//     conditions, disability and medical devices of a subscriber,
//     pregnancy data, smoking, blood group, premedication.
//   - A MAC address is AnyOf{network-layout, device-inventory}; sex,
//     gender and age are AnyOf{health, contact}.
//   - A device's own firmware shaped like an IPv4 address is
//     device-inventory and Decoy.
//   - Decoys: ids shaped like tokens, phones or versions (the all-zero
//     ubus session, Frigate event ids, Zammad numbers and message ids,
//     Wazuh alert ids, SIDs, record and row ids, Lark open ids and file
//     tokens, registration and contract numbers, KNX individual
//     addresses, Analytics client ids and cache busters), hashes (avatar,
//     md5 / sha1 / sha256, config sums, model hashes), the public SSH key,
//     OAuth client ids and app ids, token_type, versions of software and
//     schemas, compliance codes, flags, counters, pixel and screen sizes,
//     signal levels, cable lengths, country names, nulls under
//     sensitive-sounding keys.
//   - Plain: statuses, enums, timestamps of records and events, units,
//     prices, interface names, a district or region alone, the name
//     halves of rows, checkbox states.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: log lines, notes, remarks, ticket titles, subjects and
//     bodies, alert full_log lines, GenAI descriptions, SMS texts, form
//     free text, chat messages captured by analytics.
//   - clinical: the health blocks and clinicians' notes of the five
//     language documents.
//   - obfuscated: every other leaf of the four opaque dumps, the Open
//     Dental preference rows and the settings rows (name, value) of the
//     five language documents.
//   - language: every other leaf of the five documents with Tajik, Odia,
//     Wolof, Samoan or Pashto keys.
package blindset22
