// Package blindset24 is a BLIND HELD-OUT labelled corpus, the
// twenty-fourth blind set, written from shared/CATEGORIES.md and
// corpus/POLICY_NOTES.md only (plus the corpus package's shared types, the
// plumbing of blindset23, and the package comments of the earlier sets,
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
// Seven are English-keyed (the Kisi access-control REST API, the ezyVet
// veterinary API v1, the Samsara fleet API keyed by request path, the
// Aeries SIS API v5, Hubitat Elevation's Maker API and hub pages, a
// 1Password 1PUX export, the Guidewire ClaimCenter Cloud API). Five have
// keys in languages no earlier set used for keys: Malayalam (Malayalam
// script), Punjabi (Gurmukhi), Igbo (ASCII-folded), Guarani (ASCII, as
// Weaviate requires) and Faroese, in a Qdrant points/scroll answer, a
// Gremlin Server (JanusGraph) answer in GraphSON 3.0 without embedded
// types, Xata table queries, Weaviate REST objects with a GraphQL
// nearText answer and an EdgeDB (Gel) EdgeQL-over-HTTP answer. Four are
// opaque: a Power BI publish-to-web querydata answer in the DSR wire
// format (Query1.ColumnN, positional "C" rows with "R" and "Ø" bitmasks,
// ValueDicts), R jsonlite::serializeJSON of a list holding a header-less
// data.frame (V1..V22, type / attributes / value only), NCPDP
// Telecommunication D.0 pharmacy claims keyed by data-element ids, and
// Sidekiq retry, dead and scheduled sets with positional job arguments.
//
//   - medoffice-kisi-api: a medical office building's Kisi bundle (the
//     KISI-LOGIN header; organisation and place with the building address;
//     controller with serial, MAC, IP, IP-shaped firmware, netmask,
//     gateway, DNS and VLAN; readers; locks named after doors as
//     look-alikes; members with e-mail, photo URL, card number and UID,
//     keypad PIN and a manager's note that may tell a condition or a
//     phone; unlock events with actor, message, IP and app user agent;
//     webhook and SCIM secrets; the IT vendor's note).
//   - vetclinic-ezyvet-v1: a vet hospital's integration log (OAuth client
//     id, secret and token; the owner with contact-detail name / value
//     rows and address; the animal, consult, health status, plan and
//     invoice line, whose weights, temperatures, heart rates, sex, birth
//     date, problems and drugs are the pet's and so look-alikes; the
//     owner note that may tell the owner's condition or a gate code; the
//     vet's history; a staff user; the lab analyser's serial, IP, port,
//     MAC, firmware and HL7 listener; the webhook).
//   - linehaul-samsara-api: a carrier's TMS sync cache (Samsara token, a
//     database URL with password; vehicles with nickname, VIN, gateway
//     serial, make and model; drivers with phone, username, licence
//     number, mailing address, ELD rule sets, medical attribute rows and
//     notes; vehicle stats with GPS and odometer; gateways with firmware,
//     the Wi-Fi hotspot SSID and password, dash cams and the driver-app
//     phone; driver messages; the webhook with its secret).
//   - district-aeries-v5: a district's roster sync (AERIES-CERT; the
//     student with names, sex, birth date, phones, e-mails, mailing and
//     residence address, network login and a photo with pixel sizes;
//     contacts with comments; the health office's condition, medication,
//     screenings and fitness test; supplemental rows with an initial
//     password, lunch PIN and locker combination; the Chromebook).
//   - eldercare-hubitat-maker: a family's hub for an older parent (hub
//     details with IP, MAC, gateway, DNS, subnet, IP-shaped firmware;
//     Maker API token and endpoints; devices with nicknames, models and
//     attributes: lock codes as a JSON string of names and codes, a phone,
//     a bed sensor's heart rate, snoring and AHI, a scale, plugs, sensors,
//     a Wi-Fi relay's IP and MAC; a device's attribute rows; events; rules
//     that remind the parent of medication; the home Wi-Fi).
//   - family-1password-1pux: a family's 1PUX export (account; vault; a
//     login with TOTP and a security answer, a wireless router with base
//     station, IP, AirPort ID, SSID and passwords, an identity, a medical
//     record, an SSH key with its public key and fingerprint as
//     look-alikes, a server, a secure note; the Secret Key and a service
//     account token). Section fields are {title, value} rows.
//   - autoclaim-guidewire-cc: an auto claim with its included resources
//     (bearer and partner keys; claim with loss description, location,
//     the FNOL phone, app and IP; contacts with e-mail, phones, address,
//     birth date, gender, licence; the injury incident with body part,
//     ICD-10, height, weight, pre-existing condition; the vehicle with VIN
//     and telematics unit; adjuster notes; a document hash).
//   - palliative-qdrant-ml: a Kerala palliative-care network's retrieval
//     store (api-key; patient points with house name, locality, district,
//     PIN, phone, birth date, age, sex, bystander, a clinical block,
//     loaned equipment, home Wi-Fi, tablet, nurse, note and the embedded
//     text chunk; a staff user with an argon2i hash; settings pairs).
//   - sugarcamp-gremlin-pa: a Ludhiana diabetes-camp NGO's graph (HMAC
//     token; the query holds a patient's mobile; patient with husband's or
//     father's name, birth date, age, sex, address and years of diabetes;
//     check-up with sugars, HbA1c, BP, weight, height, BMI, eye and foot
//     findings, drugs and the doctor's note; glucometer with Bluetooth
//     address; volunteer with a pbkdf2-sha512 hash and phone; camp
//     settings with Wi-Fi, server and an SMS key).
//   - chemist-xata-ig: a south-eastern Nigerian pharmacy chain's POS
//     tables (xau_ key; customers with father's name, phone, birth date,
//     age, sex, address, health block with genotype and pregnancy, notes;
//     prescriptions; staff with an Apache Shiro hash and phone; POS
//     terminals; settings records with Flutterwave secret and public keys,
//     an Africa's Talking key and Wi-Fi).
//   - usf-weaviate-gn: a Paraguayan family-health unit's maternal-care
//     search (bearer and Cohere keys; pregnant patients with address,
//     phone, weeks, weight, height, BP, blood type, condition and drugs;
//     tablet and doppler; the unit's Wi-Fi; a user with a SCRAM-SHA-256
//     verifier; a GraphQL nearText answer).
//   - trawler-edgedb-fo: a Faroese fishing company's crew (nbwt_ secret;
//     crew with birth date, sex, phone, e-mail, address, next of kin,
//     health block, seafarer's medical certificate, login with a {PKCS5S2}
//     hash, phone with MAC and IP, a remark; the vessel with VSAT IP,
//     subnet, gateway, VLAN, crew Wi-Fi, router and its admin URL and
//     password; call sign and IMO number as look-alikes).
//   - domcare-powerbi-dsr: a home-care agency's published report (visits
//     with client name, address, phone, key-safe code, carer name and
//     phone, medication task, duration and mileage as look-alikes, the
//     carer's phone model and app version, a visit note; office assets
//     with nickname, model, serial, IP, MAC, last seen, user and OS).
//   - fallsstudy-rds-json: a falls-prevention study (participants' code,
//     name, birth date, sex factor, age, phone, address, height, weight,
//     timed-up-and-go, grip, falls, drugs, diagnoses, sensor serial, MAC,
//     IP-shaped firmware, last sync, consent, note, visit date and carer
//     e-mail; the REDCap URI and token; session info).
//   - pharmacy-ncpdp-d0: an independent pharmacy's claim archive (switch
//     host, port, user and password; transmissions with source IP and
//     workstation; patient, cardholder, NDC, prescriber, ICD-10 and
//     measurement segments; responses; the pharmacist's note).
//   - dental-sidekiq-dead: a dental practice app's job sets (the Redis URL
//     with password; reminders with phone, first name and procedure; SMS
//     with body and a Plivo token; eligibility with birth date and name;
//     imaging sync with sensor, serial, workstation and IP; a medical
//     history JSON; a webhook with secret; a password-reset token; error
//     messages that may hold an e-mail or an IP).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net, .example, .internal, .lan and .home.arpa
// (the Hubitat cloud relay is the only real host in a sensitive leaf, with
// a random token); phone numbers in US 555-01xx, Ofcom 07700 900xxx, ACMA
// 0491 570 xxx, and runs of zeros elsewhere (Kerala +91 94000 0xxxx,
// Punjab +91 98000 0xxxx, Nigeria +234 803 000 0xxx, Paraguay
// +595 981 000 xxx, Faroes +298 21 00 xx); private and documentation IP
// ranges; random tokens behind real public shapes no earlier set lists
// (passlib $pbkdf2-sha512$, Atlassian {PKCS5S2}, Apache $shiro1$,
// PostgreSQL SCRAM-SHA-256$, $argon2i$, KISI-LOGIN, samsara_api_, Aeries
// certificates, Xata xau_, Flutterwave FLWSECK- and FLWPUBK-, Africa's
// Talking atsk_, EdgeDB nbwt_, 1Password A3- Secret Keys and ops_ service
// tokens, JanusGraph HMAC tokens, Hubitat Maker API tokens, MSG91 keys,
// Plivo tokens, REDCap tokens, OpenSSH private keys, Rails reset tokens).
// Names of people are combinations from invented lists; device, router,
// phone, lock, sensor, analyser, glucometer, concentrator, terminal,
// tablet, truck and car models are real product names, which are not
// personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: password hashes, cleartext passwords (Wi-Fi, router,
//     NAS, switch, portal, initial account passwords), API keys, client
//     secrets, access and bearer tokens, webhook and signing secrets,
//     database and Redis URLs with passwords (also network-layout), TOTP
//     seeds, security answers, private keys, 1Password Secret Keys, lock,
//     keypad, gate, garage, alarm, key-safe and lunch PINs, locker
//     combinations, access-card numbers and UIDs, lock-code JSON (also
//     contact), reset tokens, session tokens.
//   - contact: names of anyone (patients, owners, drivers, students,
//     parents, carers, clinicians, adjusters, staff, volunteers, crew,
//     next of kin), user names and network logins, e-mails, phones, birth
//     dates, driving-licence numbers, photo URLs, street, house name and
//     number, locality, district, state, city and postcode of an address,
//     one-line addresses, a Gremlin query holding a mobile number.
//   - network-layout: SSIDs, IPs, subnets, netmasks, gateways, DNS, VLAN
//     ids, ports, internal host names and URLs (webhooks, listeners,
//     endpoints), router admin URLs, workstation names.
//   - device-inventory: device nicknames and labels, models, makers,
//     types, serials, VINs, IMEIs, hub and Zigbee ids, firmware, OS and
//     app versions, user agents, last-seen, last-sync and last-upload
//     times; a device's firmware shaped like an IPv4 address is also a
//     decoy.
//   - health: conditions, diagnoses, ICD-10 codes, NDC drug codes, drugs
//     with dose and frequency, allergies, vitals, glucose, HbA1c, weight,
//     height, BMI, body fat, fitness-test results, vision and hearing
//     screening, sleep-sensor readings, pain scores, pregnancy (also
//     false), blood type and genotype, injuries and body parts, falls,
//     grip and gait measures, medical restrictions, procedures.
//   - A MAC address is AnyOf{network-layout, device-inventory}; sex,
//     gender and age are AnyOf{health, contact}, also as a code or factor
//     level index.
//   - Decoys: record, claim, policy, member, order, asset, case and
//     registration numbers, NPIs, OAuth client ids and partner ids,
//     Flutterwave public keys, token_type, versions of tools, schemas and
//     servers, hashes and checksums, public SSH keys and fingerprints,
//     flags, counters, pixel sizes, password strength and entropy, a
//     minimum password length, door names, a pet's name, sex, birth date,
//     weight, temperature, heart rate, problem, plan and drugs, vehicle
//     model years, odometers, fuel, speed, shirt sizes, power and energy
//     readings, room temperatures, factor levels, the 1Password
//     "password" designation, nulls under sensitive-sounding keys.
//   - Plain: statuses, enums, timestamps of records, logins and visits,
//     coordinates, prices, units, ELD rule sets, typekeys, dictionary
//     indexes, the name halves of rows.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: notes, messages, comments, event texts, rule actions,
//     error messages, SMS bodies, text chunks.
//   - clinical: the health blocks of the five language documents.
//   - obfuscated: every other leaf of the four opaque dumps; the
//     name / value rows of ezyVet, Samsara, Aeries, Hubitat and 1Password;
//     the settings rows of the Malayalam and Igbo documents.
//   - language: every other leaf of the five documents with Malayalam,
//     Punjabi, Igbo, Guarani or Faroese keys.
package blindset24
