// Package blindset26 is a BLIND HELD-OUT labelled corpus, the
// twenty-sixth blind set, written from shared/CATEGORIES.md and
// corpus/POLICY_NOTES.md only (plus the corpus package's shared types, the
// plumbing of blindset25, and the package comments of the earlier sets,
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
// Seven are English-keyed (the Nuki Web API with the Nuki Bridge HTTP
// API, the NinjaOne public API v2, the Tidepool platform API, a TP-Link
// Omada Software Controller with its Open API, the Deputy resource API,
// the Healthie GraphQL API, a Clue data export). Five have keys in
// languages no earlier set used for keys: Tatar (Cyrillic with Tatar
// letters), Uyghur (Arabic script), Dzongkha (Tibetan script), Lingala
// (ASCII, as App Search field names require) and Fijian (ASCII bin names
// of at most fifteen bytes, as Aerospike requires), in a CrateDB HTTP
// _sql answer (cols, col_types, rows; OBJECT columns), a Pinecone query
// and fetch answer (matches with flat metadata), a Deno KV kv.list() dump
// (key parts, value, versionstamp, a KvU64), an Elastic App Search search
// answer ({raw} and {snippet} wrappers, _meta) and Aerospike REST Client
// batch and scan answers (bins, generation, ttl, digests). Four are
// opaque: a Modbus TCP register scan as [unit, function code, start
// register, values] blocks, an ISO 7816-4 PC/SC trace of a Belgian eID
// read with its BER-TLV files decoded into [tag, length, value] triples,
// MQTT-SN v1.2 frames with predefined topic ids only, and IEEE
// 11073-20601 personal-health-device APDUs with nomenclature codes.
//
//   - rentalhost-nuki-web: a Tyrolean holiday-apartment host's
//     channel-manager connector cache (the property with its address,
//     phone and guest Wi-Fi; the Nuki Web API token and OAuth grant with a
//     Basic client header; the account; smart locks with ids, types,
//     nicknames, config, advanced config, state and encoded firmware and
//     hardware versions; authorisations with guests' and cleaners' names
//     and keypad codes; account users; the activity log; the Bridge's IP,
//     port, token, ids, versions, scan results and a Home Assistant
//     callback URL with its webhook id; bookings with guests' names,
//     e-mails, phones, codes and messages; the host's note).
//   - physio-ninjaone-rmm: an MSP's pull of a Cumbrian physiotherapy
//     practice (client-credentials exchange; the organisation with
//     locations and custom fields holding the office Wi-Fi, its key and
//     the router admin URL; devices with system, DNS and NetBIOS names,
//     IPs, MACs, public IP, OS, build, model, serials, BIOS version, domain,
//     last logged-in user and last contact; device custom fields with the
//     primary user, BitLocker recovery key and LAPS password; volumes;
//     network interfaces with gateway and DNS; end users; alerts; tickets
//     that may name a patient's operation, a printer IP, a temporary
//     password or a MAC).
//   - t1d-tidepool-api: a paediatric diabetes educator's export script
//     (the login with Basic credentials and session token; the child's
//     profile with birthday, diagnosis, sex, target devices and notes;
//     targets; shares and a pending invitation key; uploads with pump
//     makers, models, serials and uploader versions; CGM and meter
//     readings with deduplicator hashes, boluses, wizard records, basals,
//     pump and CGM settings, food, activity, reported states and device
//     events; the family's and the nurse's notes; the clinic's address).
//   - hostel-omada-controller: an IT contractor's bundle for a Portland
//     hostel (controller version, omadac id and URL; web login, token and
//     session cookie; Open API client grant; the site's device account;
//     gateway, switch and access points with MACs, models, firmware,
//     hardware versions, IPs, serials and last seen; clients with names,
//     host names, types, OS, IPs, SSIDs, APs, VLANs and 802.1X identity;
//     SSIDs with VLANs and pre-shared keys; LAN networks with subnets,
//     domains and DHCP; the PPPoE WAN; a port forward; hotspot vouchers
//     and local users; admins; the event log; the controller's
//     certificate and private key).
//   - homecare-deputy-api: an Australian in-home aged-care provider's
//     Deputy sync (custom field definitions; employees with salutation,
//     gender, birth date, kiosk PIN, contact, address and emergency
//     contact joins, and f01.. custom field data with medical conditions,
//     next of kin and a flu vaccination; clients as operational units
//     with address and access notes; rosters with comments and meta data;
//     timesheets; leave with reasons; memos with key-safe codes; training;
//     the staff app's installs with push tokens).
//   - nutrition-healthie-graphql: a virtual dietitian practice's chart
//     sync (API key; the client with names, birth date, gender, sex,
//     pronouns, contact, address, tags, group, dietitian, insurance,
//     medications, allergies, ICD-10 diagnoses, intake answers as label /
//     answer rows, a SOAP note, metric and food entries, video links,
//     messages and sign-in IPs; the webhook URL and secret).
//   - fertility-clue-export: a fertility clinic portal's copy of a
//     patient's Clue export (upload note; the account with birthday,
//     height, weight, cycle averages, goal, birth control and conditions;
//     app installs with push tokens; sessions with IP and user agent; the
//     Clue Connect partner; reminders; date / type / value measurements
//     of period, pain, temperature, sex, tests, cervical fluid,
//     medication, mood, weight and notes; the cycle history).
//   - pretrip-crate-tt: a Naberezhnye Chelny fleet's pre-trip medical
//     checks in CrateDB (Basic credentials; the node version; checks with
//     the driver's name, patronymic, birth date, age, sex, phone and
//     address, the examination with blood pressure, pulse, temperature,
//     breath alcohol, complaints, chronic illnesses, medicines, the
//     nurse's note and the nurse, the kiosk with name, model, serial,
//     software version, IP, MAC, last contact, breathalyser and tonometer,
//     and the verdict; kiosk users with yescrypt hashes; settings rows).
//   - eldervisit-pinecone-ug: a Zeytinburnu Uyghur association's home
//     visits to elderly members (the embedding call; the Pinecone API key;
//     matches with the member's name, birth date, age, sex, phone,
//     address, family contact, illnesses, medicines, blood pressure, blood
//     sugar, weight, loaned monitor and serial, the volunteer, the note
//     text and a chunk token count; a volunteer record with a passlib
//     hash; the office settings record).
//   - vhw-denokv-dz: a Bhutanese village-health-worker NCD screening app
//     on Deno Deploy (deploy token; health workers with Django argon2
//     hashes; villagers with name, birth date, age, sex, phone, a
//     phone-verified flag, village, gewog, dzongkhag and house number, the
//     screening with blood pressure, blood sugar, weight, height, waist,
//     tobacco, alcohol, diagnoses, medicines and note; a tablet with
//     model, serial, IMEI, app version, last seen, IP and MAC; a counter;
//     settings with Wi-Fi, the DHIS2 server and its login, an SMS key).
//   - labo-appsearch-ln: a Kinshasa laboratory's reception search (the
//     private key and the public search key; the patient's name as the
//     query; results with name and family name (raw and snippet), birth
//     date, age, sex, phone, street, quarter, commune, city, doctor, lab
//     worker, symptoms, malaria and HIV tests, haemoglobin, blood sugar,
//     blood group, blood pressure, weight, pregnancy, medicines, remarks,
//     the analyser with serial and IP, a file number and a phone-verified
//     flag; equipment with router, Wi-Fi and printer; staff with Drupal 7
//     hashes).
//   - footcare-aerospike-fj: a Western Division diabetes foot-care
//     outreach (Basic credentials; server version; patient bins with name,
//     family name, birth day, age, sex, phone, village, district,
//     province, relative and phone, diabetes history, HbA1c, blood sugar,
//     blood pressure, weight, height, a wound map, medicines, note, nurse,
//     doctor; device bins with nickname, kind, model, serial, firmware,
//     IP, MAC, last seen, Wi-Fi and its password, room temperature; staff
//     bins with sha512-crypt hashes; digests and a pagination token).
//   - coldchain-modbus-regs: a GP surgery's vaccine-fridge monitoring
//     through a cellular Modbus gateway (the gateway's uptime, signal,
//     board temperature, host name, serial, LAN MAC, product, mobile IP,
//     operator, IMSI, ICCID, IMEI, firmware; each fridge controller's
//     probes, set point, alarms, model, firmware, label, cabinet model and
//     serial; the alarm dialler's recipients and numbers, SMS PIN, APN and
//     its login, SMS centre number, alarm text and last alarm; the network
//     block with IP, mask, gateway, DNS, ports, Wi-Fi and web login).
//   - edregister-eid-apdu: an emergency-department self-check-in kiosk
//     reading a Belgian eID (reader name and serial, kiosk host name and
//     IP; SELECT and READ BINARY exchanges; identity file with card and
//     chip numbers, validity, municipality, masked national number,
//     surname, given names, initial, nationality, birth place and date,
//     sex, photo hash; address file; VERIFY with the PIN block; the
//     kiosk's triage answers, emergency contact, mobile, HIS endpoint and
//     token, network, hardware and the nurse's remark).
//   - poolsafe-mqttsn-frames: a leisure centre's drowning-detection
//     wristbands (gateway IP, broker host and port; SEARCHGW, GWINFO,
//     CONNECT with client ids, PUBLISH and PUBACK, PINGREQ, PINGRESP,
//     DISCONNECT; band assignments with the swimmer's name, age,
//     guardian's phone, medical note and locker code, and a desk test
//     assignment; band status with firmware, heart rate and water
//     temperature; alarms; pager logins with PINs; the gateway's Wi-Fi
//     and broker credentials; messages to lifeguards).
//   - bpmonitor-11073-apdus: a maternity unit's home blood-pressure
//     monitoring relay (app version, phone model and OS, IP, upload token
//     and endpoint; the patient's name, birth date, gestation, due date,
//     midwife and her phone; AARQ with system ids, AARE, configuration
//     reports, MDS attributes with manufacturer, model, serial, firmware,
//     hardware revision and certification data, scan reports with blood
//     pressure, pulse, weight, body fat and glucose, confirmations,
//     release; patient and midwife messages).
//
// All values are synthetic: e-mail and URL hosts under example.com /
// example.org / example.net and .example, internal hosts under
// .internal, .local and .lan (vendor API hosts appear only in plain
// leaves); phone numbers in US 555-01xx, Ofcom 07700 900xxx, ACMA
// 0491 570 1xx and (03) 7010 xxxx, Bundesnetzagentur 030 23125 xxx, and
// runs of zeros elsewhere (Austria +43 660 000 0xxx, Tatarstan
// +7 917 000-0x-xx, Istanbul 0532 000 00 xx, Bhutan 1700 0xxx, Kinshasa
// 081 000 0xxx, Fiji 700 0xxx, Belgium 0470 00 0x xx); private and
// documentation IP ranges (public resolvers only as DNS settings); random
// tokens in shapes no earlier set lists, most after real public formats
// (yescrypt $y$, sha512-crypt $6$, passlib $pbkdf2-sha512$, Drupal 7 $S$,
// Django argon2$argon2id$, Omada AT- / RT- tokens and TPOMADA_SESSIONID,
// Healthie gh_live_, Pinecone pcsk_, Deno Deploy ddp_, App Search
// private- and search- keys, Nuki Bridge tokens, eID PIN blocks, APNs and
// FCM push tokens, JWTs, PEM keys). Names of people are combinations from
// invented lists; lock, bridge, computer, pump, CGM, access point, router,
// phone, tablet, kiosk, breathalyser, tonometer, monitor, analyser,
// printer, glucometer, gateway, fridge, controller, card reader, scale
// and cuff models are real product names, which are not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md to the letter, and
// corpus/POLICY_NOTES.md where it settles a borderline case:
//
//   - credential: password hashes, cleartext passwords (portal, device
//     account, PPPoE, LAPS, Wi-Fi, web, broker, DHIS2, APN, Aerospike and
//     CrateDB Basic pairs), API keys, client secrets, access, refresh and
//     session tokens, cookies, Basic, Bearer and OAuth headers, webhook
//     secrets and a webhook URL carrying its id, keypad codes, kiosk,
//     pager, SMS and eID PINs, key-safe and locker codes, hotspot
//     vouchers, invitation keys, BitLocker recovery keys, push tokens, a
//     video link with its passcode, a PEM private key.
//   - contact: names of anyone (hosts, guests, cleaners, staff, patients,
//     relatives, nurses, doctors, volunteers, swimmers), user names and
//     logins (also DB, APN, broker and web logins), e-mails, phones, birth
//     dates, street, house, flat, quarter, commune, village, gewog,
//     dzongkhag, district, province, city, state and postcode of an
//     address, one-line addresses, a search query that is a name, the
//     snippets that repeat it, an operational unit named after a client.
//   - network-layout: SSIDs, IPs (private and public), subnets, masks,
//     gateways, DNS servers, DHCP ranges, VLAN ids, ports, domains,
//     internal host names and URLs, router admin URLs, the broker host.
//   - device-inventory: device ids, nicknames, names and types, makers,
//     models, serials, IMEIs, IMSIs, ICCIDs, system ids, radio node ids,
//     firmware, BIOS, OS, app and uploader versions, user agents, PC and
//     NetBIOS names, volume serials, last-seen and last-contact times; a
//     device's firmware shaped like an IPv4 address is also a decoy.
//   - health: conditions, ICD-10 codes and names, medicines and doses,
//     allergies, vitals, glucose and its trend, insulin doses, ratios,
//     sensitivities, basal rates and targets, carbohydrates, activity
//     energy, weights, heights, waist, body fat, HbA1c and other results,
//     blood groups, tobacco and alcohol use, complaints, verdicts of a
//     medical check, cycle data, tracking measurements, goals, birth
//     control, gestation and due date, pregnancy (also "no"), wound data,
//     leave and roster notes that name an illness, vaccination status.
//   - A MAC address is AnyOf{network-layout, device-inventory}; sex,
//     gender, salutation, pronouns and age are AnyOf{health, contact}.
//   - Decoys: OAuth client ids, token_type, connector, controller,
//     server, export and tool versions (some shaped like IP addresses),
//     API versions, omadac id, hashes, checksums, digests, deduplicator
//     hashes, certification data, photo hash, card and chip numbers, the
//     masked national number, nationality and country codes, NPI numbers,
//     booking confirmation codes, lab file numbers, flags (email verified,
//     has password, key escrowed, MAC filter, update available, phone
//     verified), sign-in counts, token counts, password lengths, a
//     public search key, a public certificate, pagination tokens, room,
//     board, probe and water temperatures, the carrier's SMS centre
//     number, a desk's test assignment, nulls under sensitive keys.
//   - Plain: record ids, timestamps of records, logins and visits,
//     statuses, enums, counts, units, prices, protocol fields and codes,
//     question texts, the name halves of rows, cities alone (birth place,
//     card municipality), company and clinic names, vendor endpoints.
//   - Free text carries exactly the categories of what it contains; text
//     with nothing of the kind has none.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: notes, messages, comments, memos, alerts, tickets, log
//     lines, reminders, alarm texts, the pool messages, the note chunks.
//   - clinical: the health parts of the five language documents and
//     their clinicians' notes, Healthie's SOAP note.
//   - obfuscated: every other leaf of the four opaque dumps; Deputy's
//     f01.. custom field values, Healthie's label / answer rows, Clue's
//     date / type / value rows, the CrateDB settings rows.
//   - language: every other leaf of the five documents with Tatar,
//     Uyghur, Dzongkha, Lingala or Fijian keys.
package blindset26
