// Package blindset16 is a BLIND HELD-OUT labelled corpus, the sixteenth
// blind set, written from shared/CATEGORIES.md and corpus/POLICY_NOTES.md
// only (plus the corpus package's shared types, the plumbing of
// blindset15, and the package comments of the earlier sets, read only to
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
// earlier sets do not model, in shapes they do not use (`meshtastic
// --info` output, a Postman collection with its environment, `docker
// inspect`, a `mosquitto_sub -F %J` retained-topic dump with Zigbee2MQTT
// payloads, a SCIM 2.0 list, bulk request and bulk response, a regipy
// registry-hive dump, an OPNsense config.xml converted with xmltodict).
// Five have keys in Latvian, Slovene, Bulgarian (Cyrillic), Welsh and
// Albanian, languages no earlier set used for keys (a Contentful Delivery
// API response with locale-wrapped fields, a FaunaDB v4 HTTP response
// with @ref / @ts / @date wire types, a dexie-export-import IndexedDB
// export, a Smartsheet sheet with cells keyed by column id, Frappe REST
// documents with a child table). Four are opaque: decoded EU Digital
// COVID Certificate claims under CWT numbers and DCC short codes, a Thrift
// TJSONProtocol message with numbered fields and typed values, jCal and
// jCard positional property arrays, an SNMP walk keyed by numeric OIDs.
//
//   - trailrace-meshtastic-ops: an ultra-trail race's safety team's bundle: the HQ gateway's `meshtastic --info` output (owner, node number, firmware, hardware model; nodes in mesh keyed by "!xxxxxxxx" with long and short names, MACs, public keys, last heard, battery; preferences with Wi-Fi SSID and PSK, static IPv4 config as little-endian integers, rsyslog server, Bluetooth PIN, private and admin keys; MQTT module with broker, user and password; channels with PSKs, the default "AQ==" key; the primary channel URL), the tracker-to-runner table (bib, runner, mobile, emergency contact, medical note, blood group, tracker model, serial and SKU, shirt size) and text messages received on the mesh (retirements, medical calls, checkpoint Wi-Fi, phone numbers).
//   - imaging-postman-collection: an outpatient MRI / CT centre's Postman collection (v2.1) for its RIS API with the production environment, attached to a vendor ticket: OAuth client-credentials request (inline or templated secret), saved token response, patient search with surname and DOB in the URL and query rows, a booking whose raw JSON body holds the patient and the MRI safety screening (pacemaker, implants, weight, eGFR, claustrophobia, pregnancy, contrast allergy, clinical question), a referral upload whose file path names patient and exam, an Orthanc find with basic auth and a hard-coded IP split into host parts, response headers (Set-Cookie, X-Request-Id, Server), environment values (internal base URL, auth URL, client id and secret, access token, PACS host and port, SMTP user and password, tester e-mail, webhook, token TTL).
//   - hospice-docker-inspect: `docker inspect` of a hospice's self-hosted server pasted into an IT ticket: the EMR database (Postgres or MariaDB env with user and passwords, image versions), OpenEMR (DB host, users, passwords, SMTP URL with password, Twilio SID and token, session secret, password-length setting), sometimes a medication-administration sync job (internal registry image, FHIR base, SendGrid key, AWS keys, on-call e-mail, a health-check log naming a patient and a syringe-driver drug), a nurse-call bridge (gateway IP, port, user, password, model, serial, Slack webhook) or a label-printer agent (IPP URI, model, serial, GitHub token); ids, image digests, compose labels and hashes, port bindings, bridge IPs, gateways, MACs, DNS names, the ticket note.
//   - epilepsy-home-mqtt-retained: a smart-home integrator's backup of a family's MQTT broker as mosquitto_sub JSON records (tst, topic, qos, retain, payloadlen, payload): Zigbee2MQTT bridge state and info (version, coordinator IEEE and revision, PAN id and extended PAN id, MQTT server, user and password, dongle serial path, frontend token, network key shown as HIDDEN), the device list (IEEE addresses, network addresses, nicknames naming the child's room, models, vendors, build ids, date codes), device states with last seen and OTA versions, Home Assistant discovery, a bed seizure monitor's bridge (last alarm with duration, peak heart rate, lowest SpO2, rescue medication, numbers notified; vitals; status with model, serial, firmware, IP, MAC, SSID, API key, Home Assistant token) and the carers' notes topic.
//   - orchestra-scim-provisioning: a symphony orchestra's identity-provider-to-rostering SCIM 2.0 debug dump keyed by request line ("GET /Users?...", "POST /Bulk"): users with userName, name parts and honorific, nickname, profile and photo URLs, work and home e-mails, mobile, home address, groups, certificates, the enterprise extension (employee number, cost centre, manager) and the orchestra's extension (instrument, chair, occupational-health block with audiogram thresholds, noise-induced hearing loss, tinnitus, hearing protection, adjustments, OH nurse; dietary allergy; notes; emergency contact; rostering PIN; push devices with model, OS, app version and APNs token), meta with ETags; a bulk POST with a password, a PATCH setting a phone and a tinnitus flag, the bulk response with an error naming the user; the connector's bearer token.
//   - chiro-reception-regexport: a chiropractic clinic's reception PC imaged after an intrusion, dumped with regipy (hives with sha256, subkeys with paths and timestamps, value rows of name, value, value_type, is_corrupted): Winlogon auto-logon user, domain and DefaultPassword, OS product, version and build, registered owner, Wi-Fi profiles and network signatures (SSID, DNS suffix, gateway MAC), the practice software's DB server, user and password, SMS gateway key and X-ray share, TightVNC passwords and port, computer and host name, DHCP IP, mask, gateway, DNS and domain, a USB stick's serial in its USBSTOR path, a printer's IP port and driver, Word's recent files named after patients and their conditions, Explorer search terms, the Outlook profile with an encrypted IMAP password, a PuTTY session; the examiner's note.
//   - holidaypark-opnsense-config: a holiday and park-home site's OPNsense config.xml as xmltodict JSON under a support note: system users (bcrypt hashes, API key and secret, OTP seed, e-mail), web GUI and SSH ports, DNS servers, interfaces with LAN, guest and CCTV VLAN addresses and subnets, PPPoE user and base64 password, VLAN tags, DHCP ranges and static maps (MACs, IPs, host names, descriptions naming a resident's dialysis machine, telecare hub or CPAP modem), captive portal zone, WireGuard server private key, port and tunnel, peers with pre-shared keys and nicknames, monit SMTP user and password, Unbound host overrides, syslog target, the revision user@IP, model versions and uuids as decoys.
//   - dziesmu-svetki-contentful-lv: a Latvian song and dance festival's participant registry from the Contentful Delivery API with locale=* (ASCII Latvian camelCase field ids, every field wrapped in {"lv-LV": ...}, sys link objects, includes): participant with name, birth date, sex, phone, e-mail, address with novads, voice group, costume and shoe sizes, health block (chronic disease, allergies, medicines, blood group, note in Latvian), dormitory, app login (user name, bcrypt, FCM token, phone model, OS, app version), message to the organisers; the collective with its leader, rehearsal address, hall Wi-Fi and sound-desk IP; medical-point visits (complaint, pulse, blood pressure, temperature, medic, note); photo assets named after the participant with image width and height; the delivery token.
//   - tandem-padalstvo-fauna-sl: a Soča-valley tandem-paragliding operator's FaunaDB v4 response (Slovene field names with č / š / ž, @ref / @ts / @date): bookings with the passenger (often a tourist: name, birth date, sex, phone, e-mail, address, country), weight and height, health declaration (heart disease, epilepsy, pregnancy, spinal injuries, medicines, note in Slovene), flight (date, take-off, pilot ref, duration, video, price, discount code), payment (masked card, payment intent), a presigned consent-form URL, the pilot's note; pilots with phone, e-mail, weight, vario (model, serial, firmware) and satellite tracker (model, IMEI, last signal); the settings document (base address, Wi-Fi, router IP, NVR RTSP URL with password, Stripe secret and publishable keys, SMS key, admin user with argon2id hash, password-length setting).
//   - telk-dexie-bg: a Bulgarian medical-expert commission's (ТЕЛК) offline tablet database exported with dexie-export-import (Cyrillic table and field names, table schemas and row counts, typeson "$types"): persons (name, patronymic, surname, birth date, sex, phone, e-mail, oblast, town, postcode, street), assessments (decision number, diagnoses with ICD-10 codes and Bulgarian texts, leading diagnosis, percentage of lasting incapacity, contraindicated work, medicines, height, weight, blood pressure, chair, note in Bulgarian, a scanned decision named after the person with its sha256), the tablet (model, serial, OS, app version, MAC, IP, last sync), settings as key/value rows (API URL and token, Wi-Fi and password, SMTP password, password-length setting), users (user name, bcrypt, failed-login count).
//   - rygbi-smartsheet-cy: a Welsh community rugby club's player-welfare sheet from the Smartsheet API (Welsh column titles; cells keyed only by numeric column id with value and displayValue): name, position, shirt number, birth date, mobile, e-mail as a contact cell, one-line address, height, weight, blood group, allergies, medication, concussion date, return-to-play stage, SCAT6 score, physio notes in Welsh, next of kin and phone, GPS vest model and serial, kit size, gym door code, paid flag, photo URL; the sheet summary (physio-room Wi-Fi and password, router IP, ultrasound machine and serial, physio's name, player count); discussion comments in Welsh with their authors.
//   - trekking-frappe-sq: an Albanian Alps trekking agency's Frappe REST dump: a booking (Albanian custom fields beside Frappe's own: owner, modified_by, docstatus, idx) with the lead client (name, birth date, sex, phone, e-mail, address, country), itinerary, price, promo code, guide and phone, satellite communicator (model, IMEI, last active), note in Albanian, _comments and _assign as JSON strings, and the participants child table (parent, parentfield, idx; name, age, sex, weight, height, chronic disease, allergies, medicines, fitness level, emergency contact, insurer, medical note); the agency settings single (office Wi-Fi and password, router IP and admin URL, Twilio SID and token, SMTP password, Stripe secret and publishable keys, schema version); the guide's User record (e-mail, names, user name, mobile, image, last IP, API key, masked API secret).
//   - coachline-dcc-scans: a Baltic coach line's boarding-app upload of scanned EU Digital COVID Certificates with one-letter keys: scanner (model, serial, Android version, build, IP, depot SSID, driver's user name, app version), scans (time, result, key id, booking reference, seat, passenger phone, CWT claims "1", "4", "6", "-260" with the DCC: names and transliterations, DOB, vaccination tg / vp / mp / ma / dn / sd / dt, test tt / ma / sc / tr / tc, recovery fr / df / du, country, issuer, certificate id; a driver's remark), sync config (internal trust-list URL, API key, trust-list hash).
//   - homevent-thrift-json: a home mechanical-ventilation service's nightly upload captured in Thrift TJSONProtocol ([version, method, type, seqid, {numbered fields}] with {"str"}, {"i32"}, {"i64"}, {"dbl"}, {"tf"}, {"rec"}, {"lst"}, {"map"}): ventilator (serial, model, firmware, IMEI, IP, APN, ICCID, IDL version), patient (reference, name, DOB, phone, one-line address, ICD-10 diagnosis, "68.4 kg"), prescribed settings as a map (VT, PEEP, IPAP, EPAP, RR, FiO2, Ti), sessions with usage, AHI, lowest SpO2, leak and respiratory rate, alarms, clinician (name, e-mail, role), home connectivity (SSID, PSK, gateway, MAC, cloud JWT, RSSI), a clinical or support note, a checksum and library version.
//   - slt-jcal-jcard: a paediatric speech-and-language therapist's CalDAV / CardDAV data as jCal and jCard arrays under a sync app's terse settings (DAV URL, basic-auth header, iPad model id, OS version, user, ETags by href): calendar name with the therapist's first name, visits (UIDs in e-mail form, times, summary naming the child and the disorder, home address or school, description, parent as attendee with cn and mailto, organizer, categories, video link with its password, alarms), children's cards (name, structured name, birthday, gender, phones as tel: URIs, parent's e-mail, structured address, parent, diagnosis category, note about hearing aids or communication aids, photo URL, revision, UID).
//   - gp-surgery-snmpwalk: a GP surgery's SNMP inventory walk as JSON keyed by numeric OIDs with {"type", "value"}: the run (tool version, v2c community, SNMPv3 user and keys, target CIDR, note), the core switch (sysDescr with model and firmware, sysObjectID, uptime, sysContact with the IT person's name and e-mail, sysName, location, interfaces and MACs as Hex-STRING, IP and mask, default route, ARP table, VLAN names, entity serial and model, engine id), and some of: a printer (description, BRW-plus-MAC host name, model, serial, page count, toner part number, MAC), a UPS (maker, model, firmware, agent version, status), a NAS (host name, model, serial, DSM version, disk model, installed packages), a wireless controller (SSIDs, AP names, models, IP-shaped firmware, MACs, clients' MACs, IPs and 802.1X user names).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net, .example, .internal and .lan (the Meshtastic
// channel URL keeps the real public host with a random key); phone numbers
// in the UK Ofcom drama ranges 07700 900xxx and 029 2018 0xxx, US
// 555-01xx, Bundesnetzagentur 030 23125 xxx, and runs of zeros elsewhere
// (LV +371 2000 0xxx, SI +386 40 000 xxx, BG +359 888 000 xxx, AL +355 69
// 000 0xxx, LT +370 6000 0xxx, PL +48 500 000 xxx); private and
// documentation IP ranges (public resolvers only as DNS settings); random
// tokens behind real public prefixes (bcrypt, argon2id, sha512-crypt,
// JWT, AKIA, SG., sk_live_, ghp_, AC, key-, FCM APA91b, X-Amz-Signature).
// Names of people are combinations from invented lists; device, phone,
// router, tracker, ventilator, printer, NAS, UPS, switch and AP models are
// real product names, which are not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case. Where both
// are silent, the choice a careful human labeller would make:
//
//   - credential: password hashes (bcrypt, argon2id, sha512-crypt),
//     cleartext passwords (DB, SMTP, MQTT, PPPoE, Wi-Fi, VNC, SNMPv3,
//     Orthanc, nurse-call, portal), Wi-Fi PSKs, Meshtastic channel PSKs,
//     private and admin keys and the channel URL that carries them,
//     WireGuard private and pre-shared keys, OPNsense API keys and
//     secrets, OTP seeds, Bluetooth PINs, door codes and rostering PINs,
//     API keys and tokens (SendGrid, Stripe secret, Twilio auth token,
//     GitHub, Mailgun-style SMS keys, Home Assistant and Z2M frontend
//     tokens, Contentful delivery token, Frappe API key), JWTs, session
//     secrets and cookies, OAuth client secrets, APNs and FCM push tokens,
//     bearer and basic Authorization values, presigned URLs, Slack-style
//     webhook URLs, video-meeting links with a password, an SNMP
//     community. A URL or env value with a password and an internal host
//     (SMTP URL, RTSP URL) is also network-layout.
//   - contact: names of anyone (patients, runners, musicians, managers,
//     carers, clinicians, pilots, guides, drivers, examiners, first names
//     in notes and signatures), user names (also DB and service accounts,
//     the Frappe Administrator's e-mail, a domain\user logon), e-mails
//     (also as mailto: URIs and in CalDAV attendees), phones (also tel:
//     URIs), birth dates, street, town and postcode of an address and
//     one-line addresses, region and novads inside an address, profile
//     and photo URLs and file names, file names and URLs that name a
//     person, an honorific (AnyOf with health), a household named by its
//     surname.
//   - network-layout: SSIDs, IPs (also as Meshtastic little-endian
//     integers and as the dotted parts of a Postman host), masks and
//     prefix lengths, CIDRs, gateways, DNS servers, DHCP ranges, VLAN
//     tags, ports, internal host names, domains and registry hosts,
//     container host names, aliases and DNS names, Zigbee PAN ids,
//     extended PAN ids and network addresses, internal base and admin
//     URLs, UNC shares, printer IP ports, the AD/NetBIOS domain, client
//     host names.
//   - device-inventory: models, makers, product names and types of
//     devices, serials (also inside a USBSTOR path or a serial-by-id
//     path), IMEIs, ICCIDs, node numbers and ids, IEEE addresses, device
//     nicknames (also "Sweep 2 – Sian", "<child>'s room motion"),
//     firmware, build ids, date codes and OS versions of a person's or a
//     site's own devices, app versions of a user's phone, last-heard,
//     last-seen, last-signal and last-sync times, the MQTT topic of a
//     named device, an AP's firmware shaped like an IP (also a decoy).
//   - health: height, weight, blood pressure, pulse and heart rate,
//     SpO2, respiratory rate, temperature, sleep stage, blood group,
//     conditions, diagnoses and ICD-10 codes with texts, disability
//     percentage and contraindications, medicines and doses, allergies
//     (also "none" / "nav" / "asnjë" answers), pregnancy (also false),
//     seizure events, durations and rescue medication, MRI safety answers
//     and clinical questions, exams ordered, audiogram thresholds,
//     tinnitus and hearing protection, concussion dates, return-to-play
//     stages and SCAT scores, ventilator settings and session statistics,
//     DCC vaccination, test and recovery codes and results, complaints,
//     file names and search terms that name a condition, hearing and
//     communication aids.
//   - A MAC address (also in Hex-STRING or dashed form, a BSSID-like
//     gateway MAC) is AnyOf{network-layout, device-inventory}; sex,
//     gender, honorifics and ages are AnyOf{health, contact}.
//   - Decoys: record ids (UUIDs, Contentful, Fauna, Smartsheet and
//     Frappe ids, container, network, endpoint and sandbox ids, Postman
//     ids, packet ids, certificate ids, booking references, decision and
//     case numbers, ticket numbers), iCalendar UIDs in e-mail form, image
//     digests, config hashes, sha256 / sha1 of files, hives and trust
//     lists, ETags, public keys and certificates, the Meshtastic default
//     key "AQ==", Z2M's "HIDDEN" network key, a masked API secret,
//     templated placeholders ("{{access_token}}"), OAuth client ids,
//     Twilio account SIDs, Stripe publishable keys, versions of tools,
//     libraries, servers, schemas and config models, latest available
//     firmware, update-available flags, password-length and expiry
//     settings, failed-login counts, bib and shirt numbers, kit, costume
//     and shoe sizes, SKUs and toner part numbers, promo codes, masked
//     cards and payment intents, country codes, image widths and heights,
//     participant counts, the DCC schema version, the SNMP engine id and
//     sysObjectID, a null under a sensitive-sounding key.
//   - Plain: statuses, enums, roles, flags that do not sound sensitive,
//     timestamps of records and events, a user's last login, prices,
//     units, locales and time zones, channel names and radio settings,
//     battery levels, uptime, counters, key and name halves of rows,
//     property names and value types of jCal, registry and SNMP rows,
//     DCC vaccination dates and issuers, test centres, public vendor URLs,
//     places alone (a take-off, a town without a street).
//   - A JSON document held in a string (a Postman body, a saved response,
//     Frappe's _comments and _assign) carries the union of what is inside.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: every prose value (race messages, ticket and support
//     notes, health-check output, carers' notes, occupational-health
//     notes, bulk errors, Latvian, Slovene, Bulgarian, Welsh and Albanian
//     notes and comments, drivers' remarks, ventilator notes, calendar
//     summaries and descriptions, vCard notes, SNMP run notes).
//   - clinical: the occupational-health block and the tinnitus patch of
//     orchestra-scim-provisioning, and the medical blocks of the five
//     documents with non-English keys.
//   - obfuscated: every other leaf of the four opaque dumps, the
//     key/value rows (headers, query, form and environment rows, auth
//     rows) and JSON-string bodies of imaging-postman-collection, the
//     registry value rows of chiro-reception-regexport, the settings rows
//     of telk-dexie-bg and the JSON strings of trekking-frappe-sq.
//   - language: every other leaf of the five documents with Latvian,
//     Slovene, Bulgarian, Welsh or Albanian keys.
package blindset16
