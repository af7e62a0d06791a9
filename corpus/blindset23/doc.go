// Package blindset23 is a BLIND HELD-OUT labelled corpus, the
// twenty-third blind set, written from shared/CATEGORIES.md and
// corpus/POLICY_NOTES.md only (plus the corpus package's shared types, the
// plumbing of blindset22, and the package comments of the earlier sets,
// read only to avoid their kinds of dump, products, key languages and
// token formats). Its author did not read leakscope's rules, classifier or
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
// Seven are English-keyed (the Cisco Meraki Dashboard API v1, the Particle
// Cloud API keyed by request line, the DrChrono API, the Help Scout
// Mailbox API v2, the BambooHR API, the Polar AccessLink API v3 with its
// kebab-case keys, the ecobee thermostat API). Five have keys in languages
// no earlier set used for keys: Belarusian (Cyrillic), Gujarati (Gujarati
// script), Haitian Creole, Kurmanji Kurdish (Latin) and Luxembourgish, in
// an OrientDB REST query answer, a Dgraph DQL response, a WatermelonDB
// sync pull, a Replicache pull response and Ragic HTTP API sheets. Four
// are opaque: Quickbase JSON API records with bare field ids and no field
// list, Wufoo Entries API rows (Field1..FieldN), Oracle APEX_COLLECTIONS
// rows spooled with SQLcl's JSON format (C001..C008, N001, D001), and
// Apache Druid SQL answers in resultFormat "array" without a header.
//
//   - urgentcare-meraki-dashboard: an urgent-care clinic's network pulled
//     by its managed-service provider (the script header with operator
//     and an Azure Storage connection string; the API key; network;
//     devices with nickname, serial, MAC, model, product type, LAN IP,
//     firmware, public coordinates of the clinic as look-alikes, last
//     report, and the appliance's WAN IP, gateway and DNS; SSIDs with a
//     RADIUS server and secret or a PSK, VLAN ids; appliance VLANs with
//     subnets, reserved ranges and a fixed assignment keyed by MAC;
//     clients with MAC, IP, VLAN, host name, OS, maker, 802.1X user, last
//     seen; admins; syslog and webhook servers; the MSP's ticket note that
//     may name a patient, a diagnosis or a monitor's IP and MAC).
//   - fallpendant-particle-cloud: a fall-detection pendant maker's support
//     capture of Particle Cloud responses keyed by "GET /v1/..." (CLI
//     token; pendant and hub devices with id, nickname, last IP, last
//     heard and handshake, serial, ICCID, IMEI, mobile secret, system and
//     product firmware, owner, notes on the wearer; customers; the webhook
//     with its bearer header; events with vitals, diagnostics and a fall or
//     SOS event as JSON or text).
//   - sportsortho-drchrono-v4: a sports-medicine practice's patient pulled
//     by a referral integration (OAuth tokens, client id and secret;
//     patient with birth date, gender, phones, address, emergency contact,
//     photo URL, insurance numbers and flags; problem with ICD-10,
//     medication with dose, frequency and RxNorm, allergy and reaction;
//     appointment with reason, vitals and codes; clinical note sections
//     and a CloudFront-signed PDF link; doctor, current user and the
//     check-in iPad).
//   - homesleep-helpscout-convos: a home sleep-test kit provider's support
//     mailbox (app id and secret, token; a conversation with subject,
//     preview, assignee, customer, custom fields as rows, threads with the
//     patient's e-mail, an internal note and the agent's reply, an
//     attachment with pixel sizes; closedByUser "unknown" look-alikes; the
//     customer profile with gender, age, photo, e-mails, phones, address).
//   - busfleet-bamboohr-api: a regional bus operator's HR data (API key;
//     directory with its field list; a coach operator with birth date,
//     gender, address, supervisor, pay rate, CDL class, CPAP compliance,
//     depot door PIN; emergency contacts, DOT medical certification,
//     issued tablet and phone; time-off requests with notes; onboarding
//     comment with the depot SSID and a fixed IP; the webhook with an
//     internal URL and private key).
//   - firecrew-polar-accesslink: a fire service's crew-fitness programme
//     (client id and secret, token; user with birth date, gender, weight,
//     height; physical information with heart rates, thresholds and
//     VO2max; exercises with device, calories, heart rate and zones; a
//     sleep night and nightly recharge; the coordinator's note, kit sizes
//     as look-alikes, the synced phone, the H10 strap with its MAC, the
//     upload kiosk's host, IP and VLAN, the webhook secret).
//   - hvac-ecobee-thermostats: an HVAC contractor's copy of a customer's
//     thermostats (identifier, nickname, model code, location with the
//     home address and phone, runtime with connect and disconnect times
//     and temperatures as look-alikes, an IP-shaped firmware, remote
//     sensors with capability rows, settings with the access code, alerts;
//     the contractor's API key and tokens; the commissioning record with
//     homeowner, Wi-Fi name and password, thermostat IP and MAC, router
//     model and admin URL, and a note that may tell a household member's
//     condition).
//   - rehab-orientdb-be: a Belarusian children's rehabilitation centre in
//     OrientDB (@type, @rid, @version, @class, @fieldTypes; the child with
//     patronymic, birth date, sex, address, guardian and the medical block
//     with diagnosis, ICD-10, disability, weight, height, blood group,
//     allergy, drugs, epilepsy, orthoses and the doctor's note; therapy
//     sessions; the centre's devices; a settings record of pairs; a staff
//     user with a yescrypt hash).
//   - homelab-dgraph-gu: a Gujarat diagnostic lab's home sample collection
//     in Dgraph (uid, dgraph.type; patient with father's or husband's
//     name, age, sex, birth date, mobile, address, health block; an order
//     with tests, results, flags, the doctor's note, the customer's
//     comment, a UPI id, the referring doctor, the phlebotomist and her
//     phone, the cold-box logger; settings as key / value nodes with a
//     Brevo key and a Razorpay key id and secret; a portal user with a
//     Drupal 7 hash; extensions with a txn hash).
//   - ajansante-watermelon-ht: a Haitian community-health-worker app's
//     WatermelonDB sync pull (patient with mother's name, birth date, age,
//     sex, phone, address, directions to the house and health columns;
//     visits with vitals, symptoms, malaria test and notes; the worker's
//     phone with IMEI, SIM number and Expo push token; settings rows with
//     Wi-Fi, router, sync server and a Telnyx key; the worker's account
//     with an apr1 hash and an express-session cookie).
//   - fizyo-replicache-ku: a Duhok physiotherapy centre's Replicache pull
//     (put / del operations keyed "table/id"; patient with father's name,
//     birth date, age, sex, phone, address, photo with pixel sizes and the
//     health block; sessions with pain scores; devices; settings entries;
//     a staff user with a sha256-crypt hash and a session token).
//   - hippo-ragic-lb: a Luxembourg therapeutic-riding association's Ragic
//     sheets keyed by path (riders with _index_title_, birth date, sex,
//     parent, phones, address, emergency contact, medical fields, the
//     therapist's note and a sessions subtable; the horse's name, weight
//     and age as look-alikes; equipment with IP, MAC, firmware and last
//     seen; settings records with Wi-Fi, router admin URL and a Mailchimp
//     key; the export block with the API key).
//   - homeaccess-quickbase-fids: a home-accessibility and occupational
//     therapy service's Quickbase records under bare field ids (the
//     QB-USER-TOKEN header; a client with owner user object, names,
//     e-mail, phone, address object, condition, "Weight ... lb", mobility
//     aid, medication, key-safe code, the OT's note, fillers and a SHA-1;
//     installed devices with model, "SN ...", MAC, IP, router-default SSID
//     and its key, "FW ...", "Last check-in ...", lock code, price, notes).
//   - seniortech-wufoo-entries: a tech-help-for-seniors charity's Wufoo
//     entries (the API key as user name and Wufoo's documented "footastic"
//     password; requests with name, e-mail, phone, address subfields,
//     device, OS, router, SSID and Wi-Fi key, account e-mail and password,
//     accessibility checkboxes, the problem in the client's words, the
//     router address, a confirmation number and form version; volunteers'
//     visit reports).
//   - paratransit-sqlcl-apex: a dial-a-ride service's APEX collections
//     (column list; a rider with name, phone, one-line address, power
//     chair or mobility need, medical need, e-mail, yescrypt hash; trips
//     with pickup, destination, driver, van, mobility, a note and a
//     phone-shaped confirmation number; the bus's tablet, IMEI, IP,
//     router, firmware, SSID, PSK and MAC, odometer; settings rows with a
//     Telnyx key, an SMTP password and an internal host; MD5 checksums).
//   - mvno-druid-arrays: a UK MVNO's Druid SQL answers (the internal
//     router host; subscriber rows with MSISDN, IMSI, ICCID, IMEI,
//     handset, plan, name, e-mail, address, Priority Services Register
//     need, static IP, memorable word, counters; xDR rows with UE IP,
//     cell, APN, byte counts, user agent, RSRP; SIM inventory with PUKs;
//     care-desk notes).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net, .example and .internal; phone numbers in US
// 555-01xx and Ofcom 07700 900xxx, and runs of zeros elsewhere (BY
// +375 29 000-0x-xx, IN +91 90000 0xxxx, HT +509 3000 0xxx, IQ
// +964 750 000 0xxx, LU +352 691 000 xxx); private and documentation IP
// ranges; random tokens behind real public shapes that no earlier set
// lists (yescrypt $y$, sha256-crypt $5$, Drupal 7 $S$, Apache $apr1$,
// Azure Storage AccountKey connection strings, CloudFront Key-Pair-Id
// signatures, Expo push tokens, express-session s%3A cookies, Brevo
// xkeysib-, Mailchimp -usNN, Telnyx KEY..._, Quickbase user tokens,
// Wufoo API keys, Infobip keys, Razorpay rzp_live_ key ids and secrets,
// Meraki, Particle, BambooHR, DrChrono, Help Scout, Polar, ecobee and
// Ragic keys and tokens) and one invented (ksms_). Names of people are
// combinations from invented lists; device, router, phone, thermostat,
// pendant, wheelchair, lift and camera models are real product names,
// which are not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: password hashes (yescrypt, sha256-crypt, Drupal 7,
//     apr1), cleartext passwords (Wi-Fi, router admin, SMTP, an account's
//     password given on a form or typed into a scam), API keys, app and
//     client secrets, access and refresh tokens, bearer and QB-USER-TOKEN
//     headers, webhook and signing secrets, RADIUS secrets, a storage
//     connection string, a signed PDF link, push tokens, session cookies
//     and tokens, a Particle mobile secret, door, gate, key-safe, lock and
//     thermostat access codes, memorable words, PUKs.
//   - contact: names of anyone (patients, children, parents, carers,
//     clinicians, agents, drivers, volunteers, staff, admins), user names
//     and 802.1X users, e-mails, phones (also a SIM's number and an
//     MSISDN), birth dates, patronymics and father's names, street, house,
//     flat, society, quarter, city, postcode and state of an address,
//     one-line addresses, photo URLs, a UPI id, a Ragic record title that
//     is a name.
//   - network-layout: SSIDs, IPs, subnets, gateways, DNS servers, DHCP
//     ranges, VLAN ids, RADIUS and syslog hosts and ports, client host
//     names, internal host names and URLs, router admin URLs.
//   - device-inventory: device nicknames, models and model codes, makers,
//     product and device types, serials, device ids, IMEIs, IMSIs, ICCIDs,
//     firmware, OS and app versions, user agents, last-seen, last-heard,
//     last-sync, connect and disconnect times of devices, issued assets.
//   - health: diagnoses and ICD-10 codes, conditions, disability, drugs
//     with dose and frequency, RxNorm codes, allergies and reactions,
//     vitals, weight, height, BMI, pain scores, smoking, blood group,
//     pregnancy (also false), epilepsy (also false), lab test names,
//     results and flags, heart rates, zones, thresholds, VO2max, calories,
//     sleep and recharge data, steps, falls and posture, mobility aids,
//     CPAP compliance, DOT medical findings, a dialysis destination, a
//     Priority Services Register need. A power wheelchair's model is
//     device-inventory and health.
//   - A MAC address is AnyOf{network-layout, device-inventory}; sex,
//     gender and age are AnyOf{health, contact}. A device's own firmware
//     shaped like an IPv4 address is device-inventory and Decoy.
//   - Decoys: record, chart, case, study, file, badge, order, batch,
//     confirmation and insurance numbers, NPI and registration numbers,
//     thermostat revisions, OAuth client ids, app ids, Razorpay key ids,
//     token_type, versions of scripts, schemas and forms, semver fillers
//     under opaque keys, MD5, SHA-1 and txn hashes, flags, counters, pixel
//     sizes, attachment sizes, kit and uniform sizes, room and cold-box
//     temperatures, humidity, battery, odometer, byte counts, RSRP, public
//     coordinates of the clinic, a city with its state alone, Help Scout's
//     "unknown" closedByUser, Wufoo's "footastic", a horse's name, weight
//     and age, an empty SSN field, nulls under sensitive-sounding keys.
//   - Plain: statuses, enums, timestamps of records, visits and logins,
//     units, prices, pay rates, reference ranges, plans, APNs, cell ids,
//     column lists, the name halves of rows.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: notes, ticket subjects, previews and bodies, event texts,
//     comments, directions, problem descriptions, visit reports,
//     care-desk notes.
//   - clinical: the health blocks and columns, test results and the
//     clinicians' notes of the five language documents.
//   - obfuscated: every other leaf of the four opaque dumps, the Help
//     Scout custom-field rows, the ecobee capability rows and the settings
//     rows (name, value) of the five language documents.
//   - language: every other leaf of the five documents with Belarusian,
//     Gujarati, Haitian Creole, Kurmanji or Luxembourgish keys.
package blindset23
