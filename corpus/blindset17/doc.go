// Package blindset17 is a BLIND HELD-OUT labelled corpus, the seventeenth
// blind set, written from shared/CATEGORIES.md and corpus/POLICY_NOTES.md
// only (plus the corpus package's shared types, the plumbing of
// blindset16, and the package comments of the earlier sets, read only to
// avoid their kinds of organisation, field names, key languages and dump
// shapes). Its author did not read leakscope's rules, classifier or
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
// Sixteen dumps. Seven are English-keyed, from kinds of organisation the
// earlier sets do not model, in shapes they do not use (the ansible json
// stdout callback with gathered facts, a Grafana dashboard snapshot with
// its data sources, a Zabbix configuration export, a sports-watch data
// export keyed by zip path, a webhook receiver's log of an e-commerce
// orders/create delivery, a Microsoft Graph $batch response, a ServiceNow
// Table API result with display values). Five have keys in Maltese,
// Galician, Armenian (Armenian script), Irish and Azerbaijani, languages
// no earlier set used for keys (a phpMyAdmin JSON export, Hasura event
// trigger payloads, a Kintone records.json response, an RxDB exportJSON
// dump, a Node-RED user directory). Four are opaque: an Arrow record batch
// in Arrow's JSON integration format with lost column names, an
// NSKeyedArchiver plist, a forensic carver's SQLite/WAL records with
// positional values, a BLE GATT table keyed by UUIDs.
//
//   - occhealth-ansible-facts: an occupational-health screening centre's workstations (ECG, audiometry, spirometry) as `ansible -m setup` output with the json callback: plays and tasks, per host the ansible_facts (IPv4/IPv6, default route with gateway, MAC, mask, prefix, DNS and search domain, FQDN, Dell product name, serial, UUID, board serial, BIOS, machine id, OS and kernel versions, Python version, SSH host public keys, remote user, home and GECOS, environment with a Postgres URL or PGPASSWORD or a proxy, mounts with a CIFS share and its user name), custom local facts (the attached instrument's model, serial and firmware, the last export's file name naming the employee and the finding, portal URL and API key, Wi-Fi, password-length and failed-login look-alikes, a config hash), then the tail of the sync log (uploaded results naming the employee, retries to internal IPs) and the play stats.
//   - paedcgm-grafana-snapshot: a paediatric diabetes team's Grafana export: snapshot key and delete key, snapshot name with the child's first name, dashboard with templating (the child's name as the selected patient), panels with gridPos h/w, plugin versions, thresholds and snapshotData frames (sensor glucose, time in range, GMI, daily insulin; pump and CGM models, serials, firmware, last upload and the uploading phone), a markdown care-team panel, an annotation; data sources (internal Postgres URL, DB user and decrypted password, Nightscout relay with an API secret hash, sometimes Loki with basic auth), org users with avatar URLs, a service-account token, contact points with e-mails and a Slack webhook.
//   - carehome-zabbix-export: a care-home group's Zabbix configuration.export of one home: host group, hosts (nurse-call gateway, Wi-Fi controller, CCTV recorder or falls-sensor hub) with internal host names, SNMP or agent interfaces (IP, port, SNMPv3 security name and passphrases or a {$SNMP_COMMUNITY} placeholder), user macros (API token, Wi-Fi SSID and PSK, guest VLAN, RTSP URL with a password, MQTT user and password, a password-length macro), items with uuids, and hand-filled inventories (type, name, vendor, model, serial, MAC, firmware or software version, location, contact, manager's name, e-mail and phone, site street, town and postcode, country, notes naming residents with their conditions or a vendor support PIN).
//   - wearable-gdpr-export: a sports-watch maker's data export keyed by the file path in the zip (one path carries the user's e-mail): profile (user name, e-mail, names, handle, birth date, photo URL, verified flag, password-change date), biometric settings (gender, weight in grams, height, VO2max, lactate threshold, activity level, sleep and wake time), nights of sleep (stages, respiration, awakenings, stress, scores, SpO2), HRV status and baselines, weigh-ins with body composition, devices (watch and Wi-Fi scale: models, part numbers, serials, unit ids, nicknames, firmware, update flag, last used, the scale's MAC and SSID), a daily summary, activities with heart rate, calories, steps and a description, running shoes as gear, connected-app OAuth 1 tokens with the consumer key, menstrual-cycle data, and the store customer record with address, phone and last login IP.
//   - ostomy-shopify-webhook: an ostomy and continence-supplies shop's webhook log: headers (topic, HMAC, shop domain, webhook id, API version, X-Forwarded-For) and the orders/create body (e-mail, phone, browser IP, order, cart and checkout tokens, order-status URL with its key, customer with verified flag and order count, default, billing and shipping addresses, client details with user agent, browser height and width and session hash, line items with SKUs, grams and properties such as cut-to-fit stoma size and stoma type, total weight, note, note attributes with stoma type, surgery date and the stoma nurse), then the app's config (API key, secret, admin token, storefront token, webhook secret, API version).
//   - counselling-msgraph-batch: a counselling service's tenant read by a backup script: the client-credentials request (client id and secret), the token response, and a Graph $batch response with users (names, phones, UPN, mail, street, city, postcode, county, sAMAccountName, password-policy, password-profile and last-password-change look-alikes, immutable id), Intune managed devices (device name, OS and version, model, maker, serial, IMEI, phone number, carrier, Wi-Fi MAC without separators, Azure AD device id, last sync, encryption and jailbreak flags), a counsellor's calendar view (opaque event ids, subjects and previews naming clients and what they are seen for, attendees, organiser, Teams join links, a skiptoken next link), one user's authentication methods (phone, Authenticator device and app version, a null password) and a 403 error with request ids.
//   - campus-servicenow-incidents: a university service desk's incidents from the Table API with sysparm_display_value=all, every field a {display_value, value[, link]} triple: number, sys_id, caller, opener and assignee references (names, sys_ids as values), short description, description, work notes and comments as journal text (a temporary password, a lab instrument's IP and service login, an eduroam MAC and DHCP IP, a RADIUS user name, a disability adviser, an assistive-software need, phones), the laptop as configuration item, the asset's serial and MAC, the student's accessibility needs, callback number, VPN user name, student id, password-reset count and MFA flag, location, sys fields.
//   - spizerija-phpmyadmin-mt: a Maltese community pharmacy's web shop and dispensary database as a phpMyAdmin JSON export (header, database, tables with all values as strings): klijenti (name, e-mail, mobile, street, locality, postcode, birth date, sex, phpass hash, verified flag, registration IP, a null reset token), ricetti (doctor, medicine, dose, frequency, condition, expiry, file hash, a file name naming the patient and the medicine, note), ordnijiet (product code, total, parcel grams, tracking number, one-line delivery address, courier, status, note, IP, user agent), kejl_pressjoni (the blood-pressure kiosk's readings with pulse, weight, height, the kiosk serial and the pharmacist), apparati (the kiosk's nickname, model, serial, firmware, MAC, IP, last online), utenti (user names, MD5 password hashes, API tokens, minimum password length, last IP) and konfigurazzjoni as cavetta/valur rows (SMTP host, user and password, Stripe secret and publishable keys, shop Wi-Fi and password, printer IP, schema version, currency).
//   - camino-hasura-events-gl: a Galician Camino de Santiago baggage-transfer and pilgrim-assistance service's Hasura event trigger payloads (session variables, op, data.old / data.new, trace context, event id, delivery info, trigger, table): a pilgrim INSERT (names with two surnames, e-mail, mobile, birth date, sex, address jsonb with rúa, concello, código postal, provincia and country, nationality, a health jsonb with allergies, medication, injuries, blood group and notes, emergency contact, argon2id hash, FCM token, phone model, OS and app version, minimum password length), a stage booking (INSERT, or UPDATE with old and new: stage, lodging, rucksack count and weight, price, discount code, status, a note about insulin or a CPAP in the rucksack), an assistance incident (a volunteer, a condition, phones) and a van UPDATE (driver and mobile, tracker model, IMEI, firmware and last connection, on-board Wi-Fi and password, router IP).
//   - isp-kintone-hy: a Yerevan home-internet provider's subscriber CRM from a Kintone app with Armenian field codes, as logged by an integration (request URL, API token header, request id) with the records.json response: every field a {"type", "value"} pair: record number, creator and modifier (login and name), subscriber, phone and e-mail (LINK), verified flags, one-line address, birth date, sex, tariff and tariff code, monthly fee, PPPoE login and password, router model, serial, MAC, firmware, WAN IP, LAN subnet, VLAN, admin URL, Wi-Fi name and password, update flag, login count, last seen, contract status and hash, a disability group and a health note (home oxygen, dialysis, poor sight) for priority repairs, the contract scan's file name and fileKey, and the repair-ticket subtable with the technician and a note.
//   - gaelscoil-rxdb-ga: an Irish-medium primary school's teacher tablet database as an RxDB exportJSON dump (name, instanceToken, encrypted flag, password hash, collections with schemaHash and docs carrying _rev, _meta.lwt, _deleted, _attachments) with ASCII Irish field names: daltaí (name, birth date, sex, class, street, town, Eircode, county, guardians with phone and e-mail, medical needs with conditions, medicines, allergies and a care plan, photo URL, a note about a custody order or speech therapy), attendance with the reason for absence, teachers (e-mail, user name, bcrypt hash, phone), class iPads (nickname, model, serial, iPadOS version, MAC, IP, last seen) and the settings (Wi-Fi and password, server URL, API key, refresh token, schema version, minimum passcode length).
//   - smartflat-nodered-az: a Baku ambient-assisted-living installer's backup of an elderly resident's Node-RED user directory, keyed by file path: .config.runtime.json (instance id, credential secret), package.json (node versions), the decrypted flows_cred.json (MQTT user and password, Telegram bot token, Home Assistant long-lived token, e-mail login), the global context with Azerbaijani keys (resident with patronymic, phone, e-mail, address, birth date, sex, age; health with diagnoses, medicines and doses, allergy, last blood pressure, pulse, weight and a note; devices keyed by room with nickname, model, serial, firmware, IP, MAC, last seen, battery and update flag; network with Wi-Fi name and password, router IP and admin URL, subnet, DNS and public IP; notification contacts with a relative and the doctor, SMS key; the last event with a fall or door alert) and a flow context (motion counter, room temperature, night mode).
//   - roadshow-arrow-json: a workplace health-check roadshow's daily upload as an Arrow record batch in the JSON integration format with lost column names: a random subset of columns in random order, schema fields with types, nullability and writer metadata, then per column VALIDITY, OFFSET and DATA: record ids, names, e-mails, phones, "128/84 mmHg", "72 bpm", "5.2 mmol/L", "27.4 kg/m²", "HbA1c 48 mmol/mol", smoking status, ICD-10 codes with text, sex, timestamps, the tablet's serial, IP, MAC and user agent, the nurse's login e-mail and JWT, consent flags, app and schema version fillers, checksums, batch ids, counts, a note column.
//   - cycle-app-nskeyedarchiver: a cycle-tracking and fertility app's state from an iPhone backup, as an NSKeyedArchiver archive converted to JSON ($version, $archiver, $top, the flat $objects table with NS.keys / NS.objects CF$UID references and class descriptions): profile (names, e-mail, birthday, partner's name and e-mail, height, weight, avatar URL with pixel sizes, goal), cycles (start, length, period days, symptoms, basal temperatures), pregnancy, medications, the clinic doctor, notes, session tokens, the phone's model id, iOS and app version and APNs token, the paired thermometer (name, serial, peripheral UUID, firmware, MAC), sync settings (server, API and schema versions, last sync, LAN IP, home Wi-Fi, ETag, install id) and flags.
//   - telegp-sqlite-carved: a video-GP app's database recovered from a second-hand Android phone by a carver (tool, source file with sha256, page size, then records with page, offset, origin, per-page sha1, serial-type header and positional values): the user (e-mail, phone, bcrypt, name, birth date), consultations (GP's name, complaint, ICD-10 code with text, prescription, video-room URL with a token), the device (model, Android version, app version, FCM token, IP, MAC), chat messages, home vitals ("127/70 mmHg", "78 bpm", "SpO2 91%", "36.4 °C") and shared-preference name/value rows (Google refresh token, last SSID, API base, schema version, build, ETag, sync cursor, install uuid, OAuth client id).
//   - scale-ble-gatt-dump: a smart body-composition scale maker's bug attachment from a BLE explorer: session (explorer, the engineer's phone and Android version, the engineer, export id), the peripheral (id, MAC, advertised name, RSSI, bonded flag, advertisement with manufacturer data) and its GATT table keyed by service and characteristic UUIDs with props, parsed values and some raw hex: device name and appearance, Device Information (maker, model, serial, firmware, hardware revision, system id), User Data (first and last name, e-mail, age, birth date, gender, height, weight, user index), Weight Scale and Body Composition measurements, battery, the vendor provisioning service (the JSON written with SSID and passphrase, a cloud binding token, protocol version); then log lines (connecting to the MAC, an indication with the weight, a provisioning failure with the SSID and an IP, a user selected by first name).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net and .example, internal hosts under .internal
// and .lan (a Teams join link and a Slack webhook keep their real public
// hosts with random paths); phone numbers in the UK Ofcom drama ranges
// 07700 900xxx and 020 7946 0xxx, US 555-01xx, and runs of zeros elsewhere
// (MT +356 9900 0xxx, ES +34 600 000 xxx, AM +374 77 000 xxx, IE +353 85
// 000 0xxx, AZ +994 50 000 xx xx); private and documentation IP ranges
// (public resolvers only as DNS settings); random tokens behind real
// public prefixes (bcrypt, argon2id, phpass $P$, MD5 hex, JWT, sk_live_,
// pk_live_, shpat_, shpss_, glsa_, 1//, FCM APA91b, APNs hex, Telegram bot
// tokens, Azure client secrets with 8Q~). Names of people are combinations
// from invented lists; device, phone, router, scale, instrument, pump,
// tracker and NVR models are real product names, which are not personal
// data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case. Where both
// are silent, the choice a careful human labeller would make (noted):
//
//   - credential: password hashes (bcrypt, argon2id, phpass, MD5 hex under
//     a password key), the RxDB database password hash, cleartext
//     passwords (DB, SMTP, MQTT, PPPoE, Wi-Fi, Loki, SNMPv3 passphrases, a
//     lab instrument's service password, a temporary password in a work
//     note), Wi-Fi PSKs (also inside the JSON written to the scale), API
//     keys and tokens (portal, Kintone, Grafana service account, Nightscout
//     API secret hash, Zabbix macro token, SMS, Telegram bot, Home
//     Assistant, school app, Stripe secret, Shopify admin token and API
//     secret), webhook and credential secrets, OAuth access, refresh and
//     OAuth 1 token secrets, Azure client secrets, JWTs, FCM and APNs
//     push tokens, a cloud binding token, a vendor support PIN. Judgement
//     calls: a Grafana snapshot key, its delete key and the snapshot URL
//     (a bearer link to the child's data); Shopify's order token, cart
//     and checkout tokens, the order-status URL with its key and the
//     session hash (session ids; a hashed session token is credential per
//     POLICY_NOTES); Teams join links and video-room URLs with a token
//     (a way in). An RTSP URL or a database URL with a password and an
//     internal host, and the Wi-Fi provisioning JSON, are also
//     network-layout.
//   - contact: names of anyone (patients, employees, pupils, pilgrims,
//     residents, subscribers, clinicians, counsellors, supervisors,
//     agents, technicians, volunteers, drivers, engineers, relatives; first
//     names in notes, legend names and snapshot titles), user names and
//     logins (also DB, service and SNMPv3 security names, the CIFS user in
//     mount options, PPPoE logins, a Linux home directory that carries the
//     user name, Kintone creator codes), e-mails, phones, birth dates,
//     street, town and postcode (and county, province, state or region
//     inside an address), one-line addresses, profile-photo and avatar
//     URLs, file names that name a person (a contract scan, an export, a
//     prescription).
//   - network-layout: SSIDs, IPs (private, public, IPv6 link-local, a
//     browser or registration IP, X-Forwarded-For), masks, prefix lengths,
//     broadcast and network addresses, CIDRs, gateways, DNS servers and
//     search domains, internal host names and domains, internal URLs
//     (portal, data sources, router admin, school server), UNC shares,
//     VLAN ids, service ports of internal hosts (SNMP 161, agent 10050).
//   - device-inventory: models, makers, product names and types of
//     devices (also the instrument attached to a PC, a pump and a CGM, a
//     watch, a scale, a thermometer, a tracker, iPads, phones), serials,
//     board serials, SMBIOS and machine ids, Azure AD device ids, unit
//     ids, BLE peripheral UUIDs and system ids, IMEIs, device nicknames
//     ("Nənənin yataq otağı", "iPad Rang 3 – 07", "<name>'s Forerunner
//     265"), BIOS, firmware and hardware versions, phone OS and app
//     versions, user agents, last-seen, last-used, last-upload,
//     last-connection and last-sync times of a device. Judgement call:
//     a shared clinic workstation's OS, kernel and Python versions are
//     decoys, like the server builds in POLICY_NOTES; the OS version of a
//     person's phone, tablet or managed laptop is device-inventory.
//   - health: height, weight (also in grams), BMI, body fat, water, bone
//     and muscle mass, visceral fat, metabolic age, blood pressure, pulse
//     and heart rates, HRV and its baselines, SpO2, respiration,
//     temperature, glucose readings, time in range, GMI, HbA1c,
//     cholesterol, insulin totals, sleep durations, stages, scores and
//     the usual sleep and wake times, steps, calories, intensity minutes,
//     stress and body-battery levels, VO2max and lactate threshold,
//     activity level, conditions, diagnoses and ICD-10 codes with text,
//     disability groups, medicines, doses and frequencies, allergies
//     (also "none" answers), blood groups, injuries, smoking status,
//     pregnancy (also false), cycle lengths, period days, symptoms and
//     basal temperatures, stoma type and size, a surgery date, an
//     assistive-software need, file names and log lines that name a
//     finding. Judgement calls: sleep start and end timestamps are plain
//     timestamps (the durations beside them are health); a fertility goal
//     ("trying to conceive") is health.
//   - A MAC address (also dashed, upper-case, or without separators as
//     Intune returns it) is AnyOf{network-layout, device-inventory}; sex,
//     gender and age are AnyOf{health, contact}.
//   - Decoys: record, event, trace, request, export and install ids
//     (UUIDs, Grafana uids, ServiceNow sys_ids, Graph event ids and
//     skiptokens, Kintone fileKeys, RxDB instance tokens), hashes and
//     checksums (config, file, contract, page and source hashes, schema
//     hashes, ETags, an HMAC signature, manufacturer data), SSH host public
//     keys, versions of tools, libraries, servers, APIs, plugins, schemas
//     and workstation OSes, IP-shaped firmware versions (which keep
//     device-inventory), OAuth client and consumer ids, the Shopify API
//     key and storefront token, a Stripe publishable key, token_type
//     "Bearer", a {$SNMP_COMMUNITY} placeholder, flags that sound
//     sensitive (verified, encrypted, jailbroken, basicAuth, FIPS, bonded,
//     update available, MFA enrolled, HealthKit enabled), password-length,
//     password-policy and password-change look-alikes, failed-login,
//     reset and login counts, order counts, SKUs, product and tariff
//     codes, part numbers, tracking numbers, discount codes, parcel and
//     rucksack weights, browser and panel heights and widths, avatar
//     pixel sizes, running shoes' models (a shoe is not a device), country
//     codes and nationalities, a null under a sensitive-sounding key.
//   - Plain: statuses, enums, roles, flags that do not sound sensitive,
//     timestamps of records, events and logins, prices, units, locales and
//     time zones, counters, offsets and validity bits, CF$UID references
//     and class names, serial types of carved records, key halves of
//     name/value rows, field types of Kintone and Arrow, lodging and stage
//     names, a town alone, record ids that do not look like secrets
//     (numeric ids, student ids, patient ids), SQL text of panels, room
//     temperatures.
//   - A JSON document held in a string (the provisioning payload written
//     to the scale) carries the union of what is inside.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: every prose value (sync-log lines, care-team and
//     annotation notes, inventory notes and host descriptions, activity
//     descriptions, order notes, calendar subjects and previews, incident
//     descriptions, journal entries, Maltese, Galician, Armenian, Irish
//     and Azerbaijani notes, care plans and reasons for absence, Arrow and
//     carved notes, complaints and messages, explorer log lines).
//   - clinical: the CGM and summary frames of paedcgm-grafana-snapshot,
//     and the medical blocks of the five documents with non-English keys.
//   - obfuscated: every other leaf of the four opaque dumps, and the
//     cavetta/valur settings rows of spizerija-phpmyadmin-mt.
//   - language: every other leaf of the five documents with Maltese,
//     Galician, Armenian, Irish or Azerbaijani keys.
package blindset17
