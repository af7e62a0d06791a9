// Package blindset12 is a BLIND HELD-OUT labelled corpus, the twelfth
// blind set, written in session 11 from shared/CATEGORIES.md and
// corpus/POLICY_NOTES.md only (plus the plumbing of blindset11 and the
// package comments of the earlier sets, read only to avoid their kinds of
// organisation, field names and dump shapes). Its author did not read
// leakscope's rules, classifier or redactor and did not run the tool or
// any scanner on it. It measures how well the tool generalises to
// breach-shaped data nobody tuned it on.
//
// It is a blind measure: never use it for tuning rules, thresholds, key
// lists or value patterns, never copy its field names or values into the
// rules, and never look at its per-leaf misses to decide what to fix. Once
// it has been used for tuning it no longer measures anything.
//
// STUDIED SINCE SESSION 11: its one blind measure (0.839 leaf micro F1,
// path 0.864, 7.4% of decoys flagged) is in the README; since then its
// misses have been read. corpus/blindset13 takes its place.
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
// Sixteen dumps. Six are English-keyed, from mainstream kinds of
// organisation stored in shapes the earlier sets do not use (PowerShell
// ConvertTo-Json, ClickHouse FORMAT JSON, Salesforce SOQL, Strapi v4,
// Zendesk sideloads, Svix message lists). Six have keys in regional
// Spanish, German, French or Portuguese (Chile, Austria, Switzerland,
// Québec, Brazil, Portugal) in Django REST Framework, Odoo JSON-RPC,
// Directus, Dataverse Web API, Oracle ORDS and PocketBase responses. Four
// are opaque: an Apache Pinot result table with generic columns and typed
// rows, a key-minified app state with base-36 codes, a dictionary-encoded
// columnar backup, and a JSON-LD graph with numbered predicates.
//
//   - msp-rmm-psjson: a managed-service provider's RMM inventory of a client workstation as PowerShell ConvertTo-Json (WMI names, /Date()/ dates, collapsed arrays, an @{...} overflow string; NICs with IPs, gateway, DNS, IP-shaped driver versions; netsh Wi-Fi profiles with keys; BitLocker recovery password; printers; local admins; remote-access password; custom fields with "/" and "~" in names; alerts; technician notes).
//   - smartlock-clickhouse-json: a smart deadbolt / video-doorbell maker's support analytics as ClickHouse FORMAT JSON (meta, one wide row: lock with BLE MAC and nickname, owner, home address, Wi-Fi bridge Map with SSID, BSSID, IPs and IP-shaped firmware, Nested access codes as parallel arrays, guests, doorbell RTSP URL, app push token, order SKU and parcel weight, events, last ticket).
//   - virtualcare-salesforce-soql: an employer-sponsored virtual urgent-care platform's video visit as a Salesforce SOQL response (patient contact, portal user, provider, chief complaint, self-reported vitals, diagnoses and prescriptions as child queries, video-room join URL and token, browser diagnostics with ICE candidates and TURN server, SOAP note, chat).
//   - hiit-studio-strapi: a boutique HIIT-studio chain's member from a Strapi v4 API (data/attributes nesting, avatar media with thumbnail, PAR-Q, body-composition scans with segmental lean mass and the analyser's IP, heart-rate strap, class heart rates and calories, key fob UID, locker combination, app password hash, door check-ins with controller IPs, notes).
//   - meshwifi-zendesk-sideload: a mesh-Wi-Fi / parental-control router maker's helpdesk ticket with sideloaded comments and users (via from/to, custom_fields {id, value} rows, bodies naming SSIDs, passwords, IPs, port forwards, MACs, children and a CGM app, metadata client and IP, user photo, RMA address with parcel weight).
//   - glp1-clinic-svix-messages: a GLP-1 weight-loss telehealth clinic's outbound webhooks as a Svix message list (endpoint signing secret and internal URL; intake with body metrics, conditions, pregnancy; lab results with LOINC codes; compounding-pharmacy shipment; weekly check-ins from a smart scale; video-visit link; signature headers).
//   - mutual-diat-drf-cl: a Chilean occupational-accident insurer's work-accident reports from a Django REST Framework API (Chilean Spanish keys: trabajador with comuna / región, empleador and prevencionista, relato, atención médica with CIE-10, vitals, rest days, testigos, reloj control with IP and MAC, app account with a Django PBKDF2 hash, commuting vehicle).
//   - betreuung24-odoo-jsonrpc-at: an Austrian 24-hour live-in care agency's Odoo JSON-RPC batch (Austrian German x_ fields, many2one [id, name] pairs, false for empty: client with Anrede, Stiege / Top, Pflegegeldstufe, diagnoses, home Wi-Fi key, key-safe code; medication plan; carers' rotations and handover notes; alarm wristbands, fall sensors, tablet and router with admin password).
//   - smarthome-elektro-directus-ch: a Swiss electrical contractor's smart-home project from Directus (Swiss German keys: Bauherr with Natel and Kanton, Loxone Miniserver with MAC-shaped serial, IP-shaped firmware, cloud DNS and admin password, UniFi network with VLAN and PSK, door and alarm codes, devices per room, remarks, Rapporte).
//   - pma-clinique-dataverse-qc: a Québec assisted-reproduction clinic's Dataverse contacts (cpma_ columns in Québécois French, FormattedValue annotations, gendercode integers; AMH, FSH, infertility diagnosis, partner's semen analysis, IVF cycles with drugs and embryo counts; Power Pages identity hash; nurse notes).
//   - monitoramento-alarme-ords-br: a Brazilian alarm-monitoring central's customer from Oracle ORDS (Brazilian prefix-style columns: address with bairro / UF / CEP, passphrase and duress code, medical remark for dispatch, Wi-Fi, emergency contacts, zones, panel and DVR with DDNS, ports and password, operators' event log; tp_pessoa "F" meaning pessoa física).
//   - residencia-sas-pocketbase-pt: a Portuguese university's halls of residence and student health office from PocketBase (European Portuguese keys: telemóvel, morada, concelho, distrito, NEE, eduroam password, room lock with IP-shaped firmware, residence network with VLAN and registered MACs, consultations with CID-10).
//   - fevertrack-pinot-rows: a family fever-tracking thermometer app's household from an Apache Pinot result table (columns c00..c09, rows typed by their first cell: household, members with weight and conditions, thermometer, app sessions with IP, user agent and JWT, readings with temperatures, symptoms, medicines, notes).
//   - inhaler-app-minified-keys: a smart-inhaler companion app's persisted state with every key replaced by a fixed base-36 code (profile with diagnosis, height, weight, smoking; asthma action plan; inhaler sensors with BLE MACs; puff tuples; ACT and peak-flow check-ins; care team; sharing; home hub with Wi-Fi key; tokens; phone).
//   - visitor-kiosk-dictcol: an office visitor-management kiosk backup in a dictionary-encoded columnar format (one shared string dictionary, tables t0..t2 of integer references: visits with names, e-mails, phones, hosts, health screening, temperature, photo, Wi-Fi voucher and front-desk notes; kiosks and badge printers with IPs and MAC; settings pairs with PSK, webhook, API key and PIN).
//   - travel-assist-jsonld-graph: a travel insurer's medical-repatriation case as JSON-LD with opaque x:pNN predicates (insured person, policy, case with diagnosis, ICD-10, vitals, fitness to fly and transport mode, treating doctor, next of kin, assistance-app install with push and refresh tokens and IP, hotel Wi-Fi, flight with seat and baggage weight).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net, .internal, .local and .lan; phone numbers in
// 555-01xx (US, Canada) or runs of zeros (CL +56 9 x000 xxxx, AT +43 6x0
// 000 xxxx, SK / RO, CH +41 7x 000, BR (xx) 9x000-0xxx, PT +351 9x0 000
// xxx, ES +34 600 000 xxx) and Ofcom's 07700 900xxx; private and
// documentation IP ranges, and public resolvers as DNS settings; random
// tokens behind real public prefixes (bcrypt, argon2id, Django PBKDF2,
// ASP.NET Identity, FCM APA91b, JWT, whsec_, vk_live_). Names of people
// are combinations from invented lists; device, phone, lock, scanner,
// sensor, printer and router models are real product names, which are
// not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case.
//
//   - credential: password hashes, cleartext passwords (Wi-Fi, router,
//     UniFi, SIP, app, unattended remote access, eduroam), BitLocker
//     recovery passwords, access-code PINs, door, alarm, duress, key-safe
//     and kiosk PINs, a monitoring passphrase, a locker combination, key
//     fob UIDs, push, access and refresh tokens, JWTs, tokened join URLs,
//     webhook signing secrets and webhook URLs, API keys, an RTSP URL with
//     a password (also network-layout), a Wi-Fi voucher, a backup code.
//   - contact: names of anyone (also clinicians, agents, operators,
//     carers, witnesses, an agent's first name in a signature), usernames
//     (also domain\user and "admin"), e-mails, phones (also a SIM's number
//     in an alarm wristband and a pharmacy's phone), dates of birth,
//     addresses (street, number, flat, Stiege / Top, comuna, bairro,
//     concelho, city with postcode, state / region / canton / UF inside an
//     address, one-line addresses), profile photo URLs, a project title
//     holding the client's surname.
//   - network-layout: SSIDs, IPs, masks, CIDRs, gateways, DNS and DHCP
//     servers, VLAN ids, ports, internal host and domain names (also a
//     Windows computer name and a logon server), DDNS names, admin and
//     controller URLs, ICE candidates and TURN servers, printer ports.
//   - device-inventory: models, makers, types and nicknames of devices
//     (also a commuting car or bicycle, NICs, monitors,
//     printers, USB drives), serials (also a Loxone serial shaped like a
//     MAC without separators), IMEIs, P2P cloud ids, firmware, BIOS,
//     driver and OS versions, app versions, user agents, phone models,
//     last-seen / last-sync / last-boot / last check-in times of devices.
//   - health: body metrics and composition, vitals (also temperatures,
//     peak flow, ACT score), diagnoses and ICD-10 / CIE-10 / CID-10 codes,
//     conditions, complaints, injuries, medications with dose and sig,
//     allergies (also "none"), pregnancy (also false), fertility data,
//     semen analysis, lab test names, LOINC codes and values, PAR-Q
//     answers, care level (Pflegegeldstufe), mobility, diet, smoking,
//     symptoms, side effects, a consultation's specialty, transport mode
//     and fitness to fly of a patient.
//   - A MAC address (also a BSSID or a BLE address, and in free text) is
//     AnyOf{network-layout, device-inventory}; sex, gender, salutations
//     (Herr, Frau), gendercode integers and ages are AnyOf{health,
//     contact}.
//   - A device's own firmware shaped like an IPv4 address is
//     device-inventory and Decoy.
//   - Decoys: record ids (several phone- or token-shaped), etags, order,
//     contract, policy, badge, tracking and NPI numbers, SKUs, parcel and
//     baggage weights, model and construction years, counts, battery
//     levels, sizes, prices, flags (email_verified, fw_update_available,
//     password changed), minimum password lengths, software, agent,
//     signature and form versions, hashes and signatures, OAuth client
//     ids, "Bearer", country codes, tp_pessoa "F", nulls where an e-mail
//     or a key could be.
//   - Plain: statuses, enums, units, reference ranges, timestamps of
//     records, logins and events, cities without a postcode, employers,
//     clinics, pharmacies, hotels, schema metadata, column names, header
//     and name cells, dictionary references.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none. A Zendesk HTML body repeats the
//     plain body's labels.
//   - Under opaque keys a bare number (a puff count) is not sensitive;
//     values are written so they tell (units on temperatures and weights,
//     "ACT 13").
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: every prose value (notes, tickets, comments, chats,
//     alerts, accounts of accidents, handovers, remarks, work reports,
//     goals, a PowerShell @{...} overflow string).
//   - clinical: the medical blocks of virtualcare-salesforce-soql,
//     glp1-clinic-svix-messages, mutual-diat-drf-cl,
//     betreuung24-odoo-jsonrpc-at, pma-clinique-dataverse-qc,
//     monitoramento-alarme-ords-br and residencia-sas-pocketbase-pt.
//   - obfuscated: every other leaf of the four opaque dumps, and the
//     {id, value} custom-field rows of meshwifi-zendesk-sideload.
//   - language: every other leaf of the six documents with Spanish,
//     German, French or Portuguese keys.
package blindset12
