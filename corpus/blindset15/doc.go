// Package blindset15 is a BLIND HELD-OUT labelled corpus, the fifteenth
// blind set, written from shared/CATEGORIES.md and corpus/POLICY_NOTES.md
// only (plus the corpus package's shared types, the plumbing of
// blindset14, and the package comments of the earlier sets, read only to
// avoid their kinds of organisation, field names and dump shapes). Its
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
// Sixteen dumps. Seven are English-keyed, from kinds of organisation the
// earlier sets do not model, in shapes they do not use (a Keycloak realm
// export, UniFi controller API responses, a Matomo Live API export, a
// Terraform state file, an n8n execution with decrypted credentials, a
// Segment tracking batch, a tinytuya support bundle keyed by file paths).
// Five have keys in Estonian, Slovak, Malay, Serbian (Latin script,
// SharePoint-encoded) and Afrikaans, languages no earlier set used for
// keys (a SurrealDB query response, an Apache Solr select response, a
// Neo4j HTTP API response, SharePoint REST OData verbose JSON, Zoho
// Creator report responses). Four are opaque: RFC 6902 JSON Patch
// operations with numeric paths, a Redis XREAD stream dump with
// single-letter fields, a column-major table without names and with a
// shuffled column order, and typed rows whose header holds only types.
//
//   - physio-keycloak-realm: a regional physiotherapy-clinic network's patient portal as a Keycloak realm export: realm settings (password policy, brute-force and token lifespans as decoys), SMTP with host, port, user and password, clients with secrets (one masked), a Google identity provider (client id, GOCSPX secret), the RSA key provider (private key, certificate), an LDAP user-storage component (ldaps URL, bind DN and credential), patients with attributes (phone, birth date, gender, address, referral reason, conditions, height, weight, insurer and policy number, kiosk PIN, avatar, preferred physio, support note, last session summary) and credentials whose secretData is a JSON string with the PBKDF2 hash and salt or the TOTP seed, federated Google identities, a clinician from LDAP.
//   - hostel-unifi-export: a family-run hostel's UniFi Network application export, API responses keyed by endpoint path ("stat/sysinfo", "rest/wlanconf", ...): controller host name, IP and ports, admins with sha512-crypt hashes, WLANs with passphrases, VLANs and iapp keys, LAN and guest networks (subnet, DHCP range, DNS, domain), a PPPoE or static WAN, a port forward to the NVR, adopted APs, gateway and switch (model, type, nickname, serial, firmware, MAC, IP, last seen, inform URL, auth key), known clients (OUI, host name, IP, SSID, AP MAC, nickname, fixed IP, note that may name a guest or a CPAP machine), hotspot vouchers with notes, SSH, SMTP and guest-portal settings, events naming an admin, MACs and firmware versions.
//   - fertility-matomo-visits: a fertility clinic's web analytics saved from Matomo's Live.getLastVisitsDetails with the request URL (token_auth): visits with visitor IP, visitor id and fingerprint, the portal user id (an e-mail), device type, brand, model, OS and browser, screen resolution, city and country, custom dimensions for logged-in patients (treatment path, cycle day), page views whose URL or title carries a reset token, an e-mail or a treatment, site searches and referrer keywords (some naming a condition), a chat widget's first message, form-analytics field names, e-commerce items (consultations and lab tests with SKUs).
//   - telepharmacy-tfstate: an online pharmacy's Terraform state file: outputs (bastion IP, database endpoint, a sensitive admin password), the Postgres instance (user, password, RDS endpoint, port, owner e-mail tag), the bastion (private and public IP, internal DNS name, user data that may export a database URL), security-group rules with /32 CIDRs and descriptions naming a colleague's home broadband, an IAM access key and secret, a random password with its bcrypt hash, a TLS private key with its OpenSSH public key and MD5 fingerprint, an on-call SMS subscription, a Route 53 record, an SSM SecureString, a Lambda environment (database URL, SendGrid key, on-call pharmacist), prescription lockers as IoT things (model, serial, firmware, LAN IP), and a seed object "copied from prod" with a patient, medicine and allergy.
//   - teledermatology-n8n-execution: a teledermatology clinic's intake automation as one n8n execution with its workflow and the instance's decrypted credentials: the webhook request (host, user agent, X-Forwarded-For; the form: name, e-mail, phone, birth date, sex, address, the lesion, its location and duration, skin type, family history, medicines, allergies, pregnancy, free-text concern and additional information, photos with presigned URLs, pixel sizes, SHA-256 and EXIF phone model, GP), the EHR node's answer (record ids, triage priority and suggestion), the SMS node's message (a portal code), header-auth rows of the HTTP node, and credentials (EHR key, Twilio SID and token, SMTP, Postgres, Google OAuth with ya29 and 1// tokens).
//   - rower-segment-batch: a connected rowing-machine maker's Segment tracking batch: identify with traits (name, e-mail, phone, birthday, gender, height, weight, goal weight, resting heart rate, injuries, address, bio, avatar, workout count), Workout Completed events (instructor, calories, average and maximum heart rate, distance, the rower's serial, model and firmware, a heart-rate strap with its MAC, feedback), a support chat, a failed Wi-Fi setup (SSID, router IP, password length) or a password-reset page with the token, each with Segment's context (IP, app version and build, device id, maker, model, advertising id, push token, OS, screen size, network, library version), and the source's write key.
//   - installer-tuya-bundle: a smart-home installer's support bundle for an elderly customer, files keyed by "~/tinytuya/..." paths: the customer, the wizard's access id and secret, the Tuya cloud device list (nickname, id, local key, MAC, UUID, serial, category, product, model, icon URL, DPS mapping), a LAN snapshot with IPs, protocol versions and DPS values under numeric ids (a body-composition scale and a blood-pressure monitor among lamps, plugs, a door sensor and a thermostat), the cloud status of the health devices as {code, value} rows, the router (model, SSID, password, gateway, subnet, admin URL and password), installer's notes.
//   - saun-surrealdb-et: an Estonian smart-sauna controller maker's app backend as a SurrealDB query response (Estonian fields, record ids such as kasutaja:…, relation records): user with name, e-mail, phone, birth year, sex, address with county, argon2id hash, sessions (JWT, IP, phone, OS, app version), the health block the app asks for before unlocking high temperatures (heart disease, diagnosis, blood pressure, medicines, pacemaker, pregnancy, note); saunas (nickname, heater and control-panel model, serial, firmware, MAC, Wi-Fi name, password, IP and gateway, last online, sauna temperatures, child-lock PIN, summer-house address); ownership and sharing with an e-mail; support tickets and replies in Estonian.
//   - vcelari-solr-sk: a Slovak beekeepers' union's member and hive registry as an Apache Solr select response (Slovak dynamic fields, the query a surname, a highlighting section): member with title, name, sex, birth date, e-mail, phone, street, town, postcode, region, login, bcrypt hash, API token, last IP, the sting-allergy block (allergy, anaphylaxis, adrenaline pen, medicines, blood group, note), a general note; hives as child documents with a hive scale (model, serial, IMEI, firmware, last contact, APN) and the colony's weight, honey gain, brood temperature and health (the bees', all decoys); sometimes the local branch's office (chair, phone, Wi-Fi, router, NAS URL and password).
//   - pantang-neo4j-my: a Malaysian postnatal confinement centre as a Neo4j HTTP transactional API response (Malay properties, columns and data rows, node meta, bookmarks): mother (name, age, phone, e-mail, address, husband and his phone, delivery date and method, weight, blood pressure, gestational diabetes, medicines, allergies, breastfeeding, blood group, package and price), baby (name, sex, birth date, birth weight, bilirubin, jaundice, phototherapy, hepatitis B dose, daily milk), nurse, room (Wi-Fi, baby camera model, serial, IP, MAC and RTSP URL with a password, bedside tablet, room temperature); nurses' notes in Malay; portal logins as positional rows.
//   - vozaci-sharepoint-sr: a Serbian road-haulage company's driver list from SharePoint REST in OData verbose JSON (Serbian column names as internal names, "E_x002d_po_x0161_ta"): driver name, birth date, sex, phone, e-mail, address, portal user and password, fuel-card PIN, occupational medical check (blood pressure, eyesight, diabetes, medicines, blood group, fitness to drive, doctor's note), the expanded truck lookup (model, tachograph, serial, GPS tracker, IMEI, firmware, last signal, odometer) and depot lookup (Wi-Fi SSID and password, router IP, VLAN), dispatcher's note, SharePoint metadata, ids, etags and versions.
//   - koshuis-zoho-af: a South African high school's boarding-house register as two Zoho Creator report responses (Afrikaans fields, lookups, composite name and address fields, subforms): learner with salutation, name, grade, room, birth date, sex, cell phone, e-mail, home address, parent and phone, medical aid and member number, allergies, chronic medication, conditions, blood group, height, weight, sports restriction, registered devices (model, type, MAC, last seen), personal Wi-Fi login and password, gate code, house mother's notes and a parent's remark in Afrikaans, record owner; the hostel's access points (name, IP, MAC, SSID, password, VLAN, model, firmware, last seen).
//   - midwife-jsonpatch-ops: a community-midwifery tablet app's offline sync upload as RFC 6902 JSON Patch operations on an opaque document (numeric paths under /p, /v, /d, /a, /n, /m, /h): the woman's name, e-mail, phone and one-line address, obstetric shorthand (G2P1, EDD, Rh, BMI, BP, FHR, SFH, urine, gestation, Hb, anti-D, GDM), allergies and medicines, the partner and his phone, visit and handover notes, the fetal doppler ("SN ...", "fw ...", MAC) and tablet (model, OS, IP), Wi-Fi as "ssid:" and "psk:" values, the midwife's e-mail, bcrypt hash and JWT, move, remove and test ops, semver and build fillers, reference numbers, a SHA-1.
//   - bedside-redis-xread: a hospital bedside-terminal provider's event stream dumped with Redis XREAD ([key, [[id, [field, value, ...]]]], single-letter fields): check-ins (bed, patient, "DOB ...", diet, nil by mouth, allergy, account PIN), calls to relatives' numbers, messages from relatives, meal orders naming diets and allergies, paid TV orders (masked card, order number), terminal heartbeats (model, serial, firmware, MAC, IP, VLAN, SSID, user agent, build, uptime), staff badge logins, system entries with hashes and versions.
//   - schoolscreen-column-major: a school-nursing team's vision and hearing screening session exported column-major without column names and in a shuffled column order: row uuid, pupil, year group, parent's e-mail and phone, visual acuity ("R 6/9 L 6/12"), pure-tone or OAE result, glasses, screener, audiometer model and "SN ...", tablet IP, time, consent flag, a signed letter URL, a session JWT, a version filler, a count, the screener's comment (headaches, a hearing aid and its model, a first name, or nothing).
//   - massage-typed-rows: a massage and sports-therapy chain's nightly export in a typed-row format whose header lists only column types: bookings (id, client name, e-mail, phone, time, minutes, price, treatment, therapist, first-visit flag, intake answers such as "pregnant 24 wks", "on warfarin", "NKA", promo code, masked card, tip, bcrypt hash, therapist's note), device rows (card reader and tablet with model, "SN ...", firmware or OS, IP, MAC; the staff Wi-Fi as "ssid:", "WPA2 key ..." and gateway), a trailer with a SHA-256.
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net, .example, .internal and .lan (and invented
// RDS endpoints under rds.amazonaws.com in database URLs); phone numbers in
// the UK Ofcom drama range 07700 900xxx, US 555-01xx, and runs of zeros
// elsewhere (EE +372 5000 0xxx, SK +421 905 000 xxx, MY +60 12-000 xxxx,
// RS +381 60 000 xxxx, ZA 082 000 xxxx); private and documentation IP
// ranges (public resolvers only as DNS settings); random tokens behind
// real public prefixes (bcrypt, argon2id, sha512-crypt $6$, GOCSPX-,
// ya29., 1//, AKIA, SG., JWT, FCM APA91b, X-Amz-Signature). Names of people
// are combinations from invented lists; device, phone, router, heater,
// hive-scale, camera, tachograph, tracker, doppler, terminal, audiometer,
// card-reader and rowing-machine models are real product names, which are
// not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case. Where both
// are silent, the choice a careful human labeller would make:
//
//   - credential: password hashes (PBKDF2 secretData with its salt,
//     bcrypt, argon2id, sha512-crypt), cleartext passwords (SMTP, LDAP
//     bind, PPPoE, SSH, Wi-Fi, router and NAS admin, portal, database,
//     guest portal), client and API secrets, access keys and their
//     secrets, private keys (Keycloak RSA, TLS PEM), TOTP seeds, JWTs and
//     session tokens, OAuth tokens, push tokens, Tuya local keys, a UniFi
//     device auth key and WLAN iapp key, presigned and signed URLs, a URL
//     or query string with a reset token or token_auth, hotspot vouchers,
//     kiosk, fuel-card, child-lock, account and gate PINs and codes, a
//     staff badge id; a database URL with a password and a host, and an
//     RTSP URL with a password, are also network-layout.
//   - contact: names of anyone (also clinicians, instructors, agents,
//     nurses, screeners, therapists, first names in notes), usernames,
//     handles, PPPoE and IAM user names, an LDAP bind DN and a clinician's
//     DN, e-mails (also of systems and mailers, CATEGORIES.md names
//     e-mail addresses without exception), phones, birth dates and birth
//     years, street, town, postcode, region or county in an address,
//     one-line addresses, avatar URLs, a Solr query holding a surname, a
//     record owner's user name.
//   - network-layout: SSIDs, IPs (LAN, WAN, visitor, X-Forwarded-For,
//     bastion, router), subnets and CIDRs (also 0.0.0.0/0 in a rule),
//     gateways, masks, DNS servers, DHCP ranges, VLAN ids, ports of
//     services and forwards, internal host names and domains, RDS
//     endpoints, LDAP, SMTP and NAS URLs and hosts, router admin URLs, the
//     UniFi inform URL, client host names.
//   - device-inventory: models, makers, types, product names and
//     nicknames of devices (phones, tablets, APs and their names, gateways,
//     lamps, scales, BP monitors, heaters, control panels, hive scales, trucks,
//     tachographs, trackers, cameras, dopplers, terminals, audiometers,
//     card readers, rowing machines, heart-rate straps, lockers), serials,
//     IMEIs, device ids and UUIDs, advertising ids, OUI vendors, firmware,
//     OS, app and browser versions, builds of the user's app, user agents,
//     a photo's EXIF phone model, last-seen / last-online / last-signal
//     times.
//   - health: height, weight, goal weight, BMI, body fat, bone mass,
//     blood pressure, pulse, heart rate, arrhythmia flag, calories, blood
//     group, conditions, diagnoses and ICD-10 codes, referral reasons,
//     medicines, allergies (also "none known"), pregnancy and
//     breastfeeding (also false), delivery date and method, obstetric
//     shorthand, bilirubin, jaundice, phototherapy, vaccines given, daily
//     milk of a baby, visual acuity, hearing results, glasses, fitness to
//     drive, sports restrictions, skin type, lesions and their history,
//     family history, triage priority, diets ordered for a patient, nil by
//     mouth, treatment paths and cycle days of a fertility patient, pages
//     and searches that name a treatment or condition, lab tests and
//     consultations bought.
//   - A MAC address (also a BSSID, an AP's MAC, a MAC in prose) is
//     AnyOf{network-layout, device-inventory}; sex, gender, salutations
//     (Mnr., Mej.) and ages are AnyOf{health, contact}. A device's own
//     firmware shaped like an IPv4 address is device-inventory and Decoy.
//   - Animals are not people: a bee colony's weight, brood temperature
//     and disease are decoys, and a note about the bees alone is a
//     free-text decoy.
//   - Decoys: record ids (UUIDs, ObjectIds, Solr _version_, SharePoint
//     ids, etags and metadata URIs, Neo4j ids and elementIds, SurrealDB
//     record links, Zoho ids, message, execution and workflow ids, stream
//     entry ids), OAuth client ids and a Tuya access id, a masked secret,
//     a Segment write key (a client-side key, like a publishable key),
//     software versions (Keycloak, UniFi controller, Terraform, Matomo, n8n,
//     SDKs, semver fillers), build strings, schema versions, certificates
//     and public keys, key fingerprints, checksums and hashes of files,
//     password policies and lengths, failure factors and token lifespans,
//     flags that sound sensitive (email verified, TOTP enabled, hide SSID,
//     MAC filter, update available, requires new password, email alerts),
//     counts of workouts, screen and photo heights and widths,
//     resolutions, distances, odometers, sauna, room and thermostat
//     temperatures, policy, member and booking numbers, SKUs, promo and
//     referral codes, masked cards, country names and codes, form field
//     names held as values, the name of an SSM secret parameter, an
//     encrypted secret left null.
//   - Plain: statuses, enums, units, plans and packages, prices, timestamps
//     of records and events, a user's last session use, clinic, school,
//     GP practice and insurer names, a city alone (analytics), region
//     alone, locales and time zones, column lists and type headers, patch
//     ops and paths, field names of stream entries, DPS values of lamps,
//     plugs and door sensors, the code half of {code, value} rows, radio
//     channels, RSSI, lease times, TTLs, public vendor URLs.
//   - Under opaque keys the truth is labelled where the value tells by
//     itself or with a prefix or unit ("SN ...", "fw ...", "BP 118/76
//     mmHg", "ssid:", "psk:", "DOB ..."), or its neighbours tell (a name
//     beside its e-mail); timestamps there are plain.
//   - A JSON document held in a string (Keycloak secretData, a seed
//     object, a user-data script) carries the union of what it holds.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: every prose value (support and session notes, voucher and
//     client notes, portal terms, events, chat messages, search keywords,
//     rule descriptions, user data and seed objects, concerns and
//     additional information, SMS bodies, workout feedback, bios, install
//     notes, health notes, tickets and replies, nurses', doctors',
//     dispatchers', house mothers', midwives', screeners' and therapists'
//     notes, relatives' messages, meal orders).
//   - clinical: the referral reason, conditions and body measures of
//     physio-keycloak-realm, the treatment dimensions of
//     fertility-matomo-visits, the lesion, medicines, allergies, pregnancy
//     and triage of teledermatology-n8n-execution, and the medical blocks
//     of the five documents with non-English keys.
//   - obfuscated: every other leaf of the four opaque dumps, the header
//     rows of teledermatology-n8n-execution, and the DPS values and
//     {code, value} rows of installer-tuya-bundle.
//   - language: every other leaf of the five documents with Estonian,
//     Slovak, Malay, Serbian or Afrikaans keys.
package blindset15
