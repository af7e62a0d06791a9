// Package blindset21 is a BLIND HELD-OUT labelled corpus, the twenty-first
// blind set, written from shared/CATEGORIES.md and corpus/POLICY_NOTES.md
// only (plus the corpus package's shared types, the plumbing of
// blindset20, and the package comments of the earlier sets, read only to
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
// Seven are English-keyed (a MikroTik RouterOS v7 REST dump with an
// `/export show-sensitive`, a Bitwarden organisation read through its
// Public API, a Project Haystack grid in Hayson JSON from a building
// management system, an OpenClinica 4 clinical-data response in ODM JSON,
// MaintainX work orders from its REST API, a FortiAnalyzer JSON-RPC log
// search with a FortiOS configuration fragment, Freshdesk v2 tickets with
// conversations). Five have keys in languages no earlier set used for
// keys: Lao (Lao script), Telugu (Telugu script), Kyrgyz (Cyrillic),
// Malagasy and Māori, in an AITable (APITable) datasheet records
// response, a SheetDB API read of a Google Sheet, csvkit `csvjson` output
// of an Excel workbook, a Teable records API response and a Grist records
// API response. Four are opaque: VistA FileMan globals extracted from
// YottaDB into JSON (numeric subscripts, caret-delimited pieces), a Google
// Visualization API (gviz) table of a sheet without a header row (columns
// A.., cells {v, f}), Knack object records (field_N beside field_N_raw),
// and an ejabberd Mnesia dump converted term-for-term into positional
// arrays.
//
//   - hospice-routeros-rest: a hospice's MikroTik router read by a
//     contractor's script through the RouterOS v7 REST API (system
//     resource and routerboard with board name, serial and firmware;
//     interfaces with MACs and byte counters; IP addresses and networks;
//     DHCP leases with client MACs, host names, last seen and comments
//     naming a room's syringe driver, oxygen concentrator and its patient;
//     Wi-Fi configurations with SSIDs and security profiles with
//     passphrases; users with their groups and allowed addresses; PPP
//     secrets of on-call nurses; hotspot users for relatives; WireGuard
//     interface private key, listen port and peers with public keys,
//     endpoints and comments; SNMP community; the log with DHCP, login and
//     Wi-Fi lines; the `/export show-sensitive` text; the script's Basic
//     header; the licence software id, certificate fingerprints and
//     serial numbers, the collector's version, public keys and
//     "true"/"false" strings as look-alikes; `.id` values, byte counts
//     and MTUs plain).
//   - gpfed-bitwarden-public: a GP federation's Bitwarden organisation
//     pulled with the organisation API key (the token request with
//     client_id organization.<uuid> and client_secret, the bearer token;
//     members with names, e-mails, external ids, two-factor flags, status
//     and type codes; groups and collections named after practices;
//     events with type codes, acting user ids, item ids, device type
//     codes and IP addresses; the password, two-step and send policies
//     with length and iteration look-alikes; `bw list items` of one shared
//     collection with logins, passwords, TOTP seeds, URIs on the clinical
//     system and router admin, secure notes naming a patient and her
//     medication, custom fields with a door code and a Wi-Fi key;
//     revision dates, item and folder ids as look-alikes).
//   - carehome-haystack-hayson: a dementia care home's building
//     management system read from its SkySpark / Niagara Haystack API as
//     Hayson grids (meta with ver and the query; cols; rows of refs with
//     display names naming residents' rooms, equip and point markers,
//     kinds, units, cur values of temperatures, humidity, CO2, door and
//     bed-exit states; controllers with model, vendor, serial, firmware
//     shaped like an IP, IP address, BACnet device instance and network,
//     MAC and last heartbeat; connectors with URIs, user names and
//     passwords, an MQTT broker with its password, a weather API key; the
//     nurse-call integration's points naming a resident's falls and
//     wandering; notes by engineers; room temperatures, CO2, his sizes,
//     BACnet vendor ids, protocol revisions, versions and flags as
//     look-alikes).
//   - trial-openclinica-odmjson: a multi-site heart-failure drug trial's
//     OpenClinica 4 REST response in ODM JSON (@-prefixed attributes:
//     FileOID, CreationDateTime, ODMVersion; ClinicalData with StudyOID
//     and MetaDataVersionOID; SubjectData with the participant id, the
//     secondary label holding initials and birth year, the enrolment date,
//     sex and status; study events, forms with their status and version;
//     item groups and ItemData rows of coded ItemOIDs whose @Value is
//     height, weight, NYHA class, ejection fraction, NT-proBNP, vitals,
//     conditions, concomitant medications, adverse events with free text,
//     pregnancy test, the study-drug kit number; audit logs with user
//     names, e-mails, IPs and reasons for change; the participant
//     portal's access code and the API user's key; the randomisation
//     number, kit, lot and specimen numbers, the BP cuff and its serial,
//     form and kit versions as look-alikes).
//   - biomed-maintainx-workorders: a regional hospital's biomedical
//     engineering team's MaintainX account read through the REST API
//     (work orders with title, description naming the patient on the
//     pump, the ward and the drug library, priority, status, assignees
//     with names and e-mails, the requester's phone, the asset: infusion
//     pump, ventilator, defibrillator or patient monitor with model,
//     manufacturer, serial, firmware, asset tag, IP address, MAC and VLAN,
//     last seen on the network; procedure fields with electrical safety
//     readings, battery capacity, flow-rate accuracy and run hours as
//     look-alikes; parts with SKUs and prices; comments; the webhook
//     secret and the API bearer token; the drug-library server's service
//     account password).
//   - telerad-fortianalyzer-logs: a teleradiology group's FortiAnalyzer
//     JSON-RPC log search (the request with its session id, the
//     response's data with event / vpn / webfilter / traffic logs: logid,
//     devid, devname, vd, user, group, remip, tunnelip, srcip, dstip,
//     dstport, reason, msg, duration, sentbyte, rcvdbyte, a PACS viewer URL
//     naming a patient and an examination, the radiologist's client
//     version and OS, FortiClient serial and EMS ids) and a FortiOS
//     configuration fragment pasted into the ticket (local users with
//     ENC SH2 password hashes and FortiToken serials, an LDAP server with
//     its bind DN and password, a RADIUS secret, the SSL-VPN portal with
//     its port and tunnel range, an IPsec phase-1 PSK, the admin trusted
//     hosts); log ids, device ids, signature hashes and build numbers as
//     look-alikes).
//   - stairlift-freshdesk-tickets: a stairlift and through-floor-lift
//     servicing company's Freshdesk account read with the v2 API (tickets
//     with subject, description_text naming the user, her condition, her
//     address, phone and key-safe code, requester and responder ids,
//     status and priority codes, custom fields with the lift's model,
//     serial, install date and rail length, tags; the requester contact
//     with name, e-mail, phone, mobile, address and next of kin; the
//     user's own weight beside the lift's load rating; conversations with
//     body text of the engineer's notes and the customer's replies,
//     attachment URLs with signed query strings; satisfaction ratings;
//     time entries; agents with their signatures; the Basic header with
//     the agent's API key; rail lengths, load ratings, contract numbers,
//     escalation and spam flags and SKUs as look-alikes).
//   - prosthetics-aitable-lo: a Vientiane prosthetics and orthotics
//     centre's AITable (APITable) datasheets read through the Fusion API
//     with Lao field names (code, success, message; data with total,
//     pageNum, pageSize, records of recordId, createdAt, updatedAt and
//     fields: patient's name, sex, age, birth year, phone, village,
//     district, province, cause and level of amputation, weight, height,
//     stump condition, diabetes, the prosthesis model, component serials,
//     the technician's note in Lao and English; staff with logins,
//     passwords and e-mails; the centre's devices: 3D scanner, tablet and
//     router with serials, firmware, IPs, last seen and a staff remark;
//     settings rows with the Wi-Fi, the router, an AITable usk token and a
//     BCEL OnePay merchant key; recordIds, attachment tokens and pixel
//     sizes, the prosthetic foot's size as look-alikes).
//   - thalassemia-sheetdb-te: a Hyderabad thalassaemia support society's
//     transfusion register, a Google Sheet read through the SheetDB API
//     with Telugu column headers and every value a string (patients:
//     name, father's name, sex, age, mobile, house, village, mandal,
//     district and PIN code, blood group, weight, pre-transfusion Hb,
//     ferritin, chelation drug and dose, spleen, transfusion count, HIV /
//     HCV status, next transfusion, the
//     volunteer's remark; donors with blood group, mobile, UPI id and
//     last donation; the society's tablets and router; settings with the
//     sheet's service-account e-mail, private key id and PEM key, the
//     SheetDB basic-auth login, the Wi-Fi and a PhonePe salt key;
//     register, blood-bag and donor numbers and donation counts as
//     look-alikes).
//   - sanatorium-csvjson-ky: an Issyk-Kul lakeside sanatorium's guest and
//     treatment workbook read with csvkit (in2csv per sheet, csvjson),
//     Kyrgyz column names in Cyrillic and csvkit's typed values (guests:
//     surname, name, patronymic, sex, birth date, age, phone (as text or,
//     typed by csvkit, as a number), e-mail, home address with street,
//     house, city and postcode,
//     diagnosis, ICD-10 code, blood pressure, pulse, weight, height,
//     treatment course, kumis and mud sessions, diet, the doctor's note;
//     staff with logins and passwords; equipment with the physiotherapy
//     devices' models and serials; the office network sheet with Wi-Fi,
//     router and NVR with an RTSP URL; settings with a Yandex OAuth y0_
//     token and an MBank merchant key; the workbook's sha256, voucher
//     numbers, booking codes, login counts, device wattage and a
//     password-length setting as look-alikes).
//   - fianakaviana-teable-mg: a Fianarantsoa maternal-health and
//     family-planning NGO's Teable base read through the records API with
//     Malagasy field names (records with id, fields, autoNumber,
//     createdTime, lastModifiedTime, createdBy; women: name, first name,
//     age, birth date, phone, fokontany, commune, district, pregnancy,
//     weeks, blood pressure, weight, haemoglobin, malaria test,
//     contraceptive method and next injection, HIV status, the midwife's
//     note, a photo of her card behind a presigned URL; midwives with
//     phones, e-mails and passwords; tablets with model, serial, IMEI,
//     Android and browser version, last sync and a note; settings with
//     the office Wi-Fi, router, a Teable token and an MVola consumer key
//     and secret; record ids, attachment tokens, pixel sizes and login
//     counts as look-alikes).
//   - whanau-grist-mi: a Rotorua kaupapa Māori health provider's whānau
//     ora register in a Grist document read through the records API with
//     te reo Māori column ids (Grist drops the macrons: Ingoa, Whanau,
//     Wahi_Noho...; records of id and fields: name, iwi, birth date, sex,
//     phone, e-mail, street, suburb, town and postcode, NHI-free health
//     notes: diabetes, HbA1c, blood pressure, smoking, weight, medications,
//     kaimahi (worker) with e-mail and Grist login, the kaiāwhina's note in
//     te reo and English; the van's devices: tablet, BP monitor, POC
//     HbA1c analyser and the van's 4G router with serials, firmware, MACs
//     and last seen; the office and van networks; a Grist API key and a
//     Slack xoxp- user token; manualSort, visit counts, card numbers and a
//     password-length setting as look-alikes).
//   - vista-yottadb-globals: a veterans' community clinic's VistA
//     database, FileMan globals extracted from YottaDB into JSON by a
//     migration script, keyed by global name and numeric subscripts only
//     (patient file zero nodes "NAME^SEX^DOB", .11 address pieces, .13
//     phones, problem list, allergies, vitals "date^patient^type^^value",
//     outpatient prescriptions and sig text, progress-note text lines;
//     new-person file with names, initials, e-mails, hashed access and
//     verify codes, electronic signature hash; device file with printer
//     names, IPs and ports; RPC broker listener port and the kernel
//     system parameters with the domain and a mail relay; file header
//     nodes with counts, routine checksums, the station number and the
//     extractor's version as look-alikes).
//   - clinicsheet-gviz-table: a community physiotherapy team's caseload
//     sheet fetched through the Google Visualization query endpoint
//     (version, reqId, status, sig; table with cols of id A.. and empty
//     labels because the header row was not detected, rows of cells with
//     v and sometimes f: the header row as data, clients' names, phones,
//     addresses, referral diagnosis, weight, falls, walking aid, key-safe
//     code, the therapist's note, "Date(2024,2,5)" dates; a block further
//     down with the team's tablets and the base's Wi-Fi and router; the
//     sig, session counts, mileage and case reference numbers as
//     look-alikes).
//   - concussion-knack-records: a youth ice-hockey league's concussion
//     clinic Knack app read with the REST API (total_pages, current_page,
//     total_records, records with id and field_N beside field_N_raw:
//     player's name as {first, last}, e-mail as {email}, phone as
//     {formatted, number}, address as {street, city, state, zip}, birth
//     date, sex, height, weight, baseline and post-injury symptom scores,
//     reaction time, diagnosis, return-to-play stage, the athletic
//     trainer's note; parents; the clinic's iPads with serials and iPadOS
//     versions; the app's REST API key and application id, a Make webhook
//     URL and secret; record ids, jersey numbers, stick flex and ice
//     times as look-alikes).
//   - nursechat-ejabberd-mnesia: a district nursing team's self-hosted
//     ejabberd server, its Mnesia backup converted term-for-term to JSON
//     (records as positional arrays headed by the table name: passwd with
//     plaintext or SCRAM stored key, server key, salt and iterations;
//     roster items with JIDs, nicknames, subscription and groups; vcards
//     as XML strings with FN, TEL, EMAIL and PHOTO; offline messages
//     whose XML bodies name patients, wounds, insulin doses and door
//     codes; last activity with status texts; sessions with resource, IP
//     and port; MUC rooms with their options and room password; push
//     sessions with the phone's push token and app; OAuth tokens; the
//     ejabberd.yml fragment with the host, listener ports, the SQL
//     password and certfile path; routes naming the Erlang node; the
//     capabilities cache with its ver hashes; timestamps as {mega, sec,
//     micro} triples, ephemeral ports, SCRAM iteration counts, counters
//     and the schema version as look-alikes).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net and .example, internal hosts under .internal,
// .lan, .local and .home.arpa; phone numbers in US 555-01xx, Ofcom 07700
// 900xxx, and runs of zeros elsewhere (LA +856 20 0000 0xxx, IN
// +91 90000 0xxxx, KG +996 700 000 xxx, MG +261 34 00 000 xx, NZ
// +64 21 000 0xxx, 09 000 0xxx); private and documentation IP ranges;
// random tokens behind real public prefixes (RouterOS and WireGuard keys,
// Bitwarden organization client ids and secrets, FortiOS ENC SH2 hashes,
// OpenClinica API keys, Freshdesk API keys, AITable usk tokens, Google
// service-account keys, Yandex y0_ OAuth tokens, Slack xoxp- user tokens,
// Grist 40-hex API keys, Knack REST keys, SCRAM-SHA-1 stored and server
// keys, Bitwarden EncStrings, JWT, FCM, signed S3-style query strings)
// and invented ones (mxk_ MaintainX-style keys, whk_, bcel_mk_, mbk_api_,
// mvola_ck_ / mvola_cs_, phpe_salt_, teable_, hay_tok_, VistA code
// hashes). Names of people are combinations from invented lists;
// device, router, pump, ventilator, lift, scanner and analyser models are
// real product names, which are not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: passwords (also in exports, XML, URLs and notes),
//     Wi-Fi passphrases, password hashes (bcrypt, FortiOS SH2, SCRAM
//     stored and server keys with their salt, VistA access / verify and
//     e-signature hashes), API keys and tokens of every format above,
//     OAuth client secrets, bearer and Basic headers, session ids, private
//     keys (WireGuard, PEM), TOTP seeds, door and key-safe codes, portal
//     access codes, SNMP communities, RADIUS and IPsec secrets, room
//     passwords, push tokens, signed URLs.
//   - contact: names of anyone (patients, residents, participants,
//     players, parents, nurses, doctors, engineers, agents, volunteers),
//     initials beside a birth year, e-mails, phones, user names, logins,
//     JIDs, UPI ids, birth dates and birth years, address parts (street,
//     house, village, fokontany, mandal, suburb, district and province
//     with a house, city with postcode, state inside an address,
//     one-line addresses), profile photo URLs.
//   - network-layout: SSIDs, IPs, masks, networks and CIDRs, gateways
//     and DNS servers, DHCP host names, internal host names and URLs,
//     router admin URLs, open and listener ports, VLAN ids, tunnel
//     ranges, BACnet network numbers, trusted-host lists, remote IPs.
//   - device-inventory: models, makers, product names and types of
//     devices, serials, asset tags, device ids and nicknames, firmware,
//     OS and app versions, user agents, FortiToken and FortiClient
//     serials, last-seen and last-heartbeat times.
//   - health: body metrics, vitals, cardiac measures, lab values
//     (NT-proBNP, Hb, ferritin, HbA1c), diagnoses and ICD-10 codes,
//     conditions, amputation cause and level, medications and doses,
//     allergies, pregnancy (also "no"), HIV and malaria results,
//     contraception, falls, wandering, symptom scores, return-to-play
//     stage, smoking, blood group.
//   - A MAC address is AnyOf{network-layout, device-inventory}; sex,
//     gender and age are AnyOf{health, contact}.
//   - User names are contact even when they belong to a service or a
//     role (svc_..., the LDAP bind DN, ejabberd, admin); an Erlang node
//     name (ejabberd@chat01) is an internal host name, network-layout.
//   - Bitwarden's numeric device-type codes and FortiOS's devtype and
//     osname are device-inventory (device type); a walking aid, a
//     kumis intake and a concussion reaction time are health.
//   - Encrypted key material (Bitwarden EncStrings, FortiOS ENC values)
//     is credential.
//   - A device's own firmware shaped like an IPv4 address is
//     device-inventory and Decoy.
//   - Decoys: record ids shaped like tokens, phones or e-mails
//     (RouterOS .id, Bitwarden item and event ids, recordIds, Teable ids,
//     Knack ids, stanza ids), hashes (gviz sig, FortiGate checksums, file
//     sha256, ETags), public keys, OAuth client ids, versions of software
//     and schemas, flags ("true"/"false" strings, twoFactorEnabled,
//     disabled), password-length, iteration and KDF look-alikes, SKUs,
//     prices, machine measurements (electrical safety readings, flow
//     accuracy, run hours, rail length, load rating, room temperatures),
//     pixel sizes, country codes, nulls under sensitive-sounding keys.
//   - Plain: statuses, enums, timestamps of records and events, counts,
//     units, interface names, cities alone, the name halves of rows.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: log lines, exports, comments, notes, ticket subjects
//     and conversation bodies, secure notes, chat message bodies, status
//     texts, progress-note lines, adverse-event text, pasted
//     configuration.
//   - clinical: the ItemData and the audited old / new values of the
//     OpenClinica response, and the health blocks and clinicians' notes
//     (technician's, doctor's, midwife's, kaiāwhina's) of the five
//     language documents.
//   - obfuscated: every other leaf of the four opaque dumps, the
//     Bitwarden custom-field rows, the Haystack point rows and the
//     settings rows (name, value) of the five language documents.
//   - language: every other leaf of the five documents with Lao, Telugu,
//     Kyrgyz, Malagasy or Māori keys.
package blindset21
