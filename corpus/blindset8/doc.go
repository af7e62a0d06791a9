// Package blindset8 is a HELD-OUT labelled corpus, the eighth blind set,
// written in session 7 from shared/CATEGORIES.md and
// corpus/POLICY_NOTES.md only (plus the plumbing of blindset7 and the
// schema lists of the earlier sets, to avoid their kinds of company),
// without reading leakscope's rules or classifier and without running the
// tool on it, to measure how well the tool generalises to breach-shaped
// data nobody tuned it on.
//
// It is a blind measure: never use it for tuning rules, thresholds, key
// lists or value patterns, never copy its field names or values into the
// rules, and never look at its per-leaf misses to decide what to fix. Once
// it has been used for tuning it no longer measures anything.
//
// STUDIED SINCE SESSION 8: its first measures (0.842, then 0.844 micro F1,
// 4.6% of decoys flagged) are in the README; since then its misses have
// been read. corpus/blindset9 took its place.
//
// # Determinism
//
// Generate(seed, n) is deterministic: document i is drawn from a
// math/rand/v2 PCG seeded with (seed, i) only, and uses schema
// i mod len(Schemas()), so any run of 16 or more documents holds every
// schema and document i does not depend on n.
//
// # Schemas
//
// Sixteen dumps from kinds of company not used by the earlier sets. Eight
// have keys in another language: Japanese romaji, Czech, Dutch, Italian,
// Indonesian, French, Swedish and Turkish. Four have opaque, positional or
// row keys: router NVRAM {"k","v"} rows; a PBX backup with a column list
// and positional rows, raw CSV lines and c1../f1../a1.. keys; a lab
// middleware's ASTM lines kept raw plus positional arrays and i0..i7
// keys; an entity-attribute-value table with attr_NN codes. Four are
// English (an esports team, an MDM console, a Kubernetes secrets dump, a
// crowdfunding backer report). Five hold clinical records in part
// (mountain-rescue medical card and injuries, fertility cycles and
// pregnancy, a diving medical certificate, a tattoo health declaration,
// pharmacy prescriptions and measurements). Free text is in Japanese,
// Czech, Dutch, Italian, Indonesian, French, Swedish, Turkish, Spanish,
// German and English. Shapes: MongoDB extended JSON ($oid, $date,
// $numberDecimal), flattened dotted keys with a "/", XML-converted JSON
// ("@attr", "#text"), a Firebase RTDB export (maps keyed by uid, push id
// and date, a key starting with "~"), a DynamoDB Scan with {"S"}, {"N"},
// {"BOOL"}, {"M"}, {"L"}, {"SS"}, {"NULL"} attribute values, a kubectl
// List with base64 data and a JSON document in an annotation, plist-style
// MDM payloads, arrays of arrays.
//
//   - hoteru-pms-kagi: a Japanese hotel / ryokan PMS reservation (romaji
//     snake_case, Mongo extended JSON): guest in kanji, kana and romaji
//     (or a foreign guest), sex, birth date, phone, e-mail, address
//     (postcode, prefecture, city, block), nationality, member number and
//     points, companions with ages, room, stay and price, food allergies,
//     key-card encoder (model, serial, firmware, IP, hostname, port, last
//     contact), key cards with track data, mobile key (token, app version,
//     phone, OS), per-room Wi-Fi (SSID, key, VLAN), payment, front-desk
//     note, clerk's name and login.
//   - horska-sluzba-registr: a Czech mountain-rescue registry of
//     ski-tourers: member, address, emergency contact, medical card (blood
//     group, allergies, medications and doses, chronic disease with ICD-10,
//     height, weight, insurer), insurance, avalanche beacon (maker, model,
//     serial, firmware sometimes IP-shaped, last sync, battery), satellite
//     messenger (IMEI), airbag pack, app (version, phone, OS, push token,
//     bcrypt), rescue operations (number, area, danger level, altitude,
//     injury and ICD-10, GCS, pulse, BP, SpO2, body temperature, rescuer,
//     record in Czech), registration IP, dispatcher note.
//   - vaartuig-telemetrie: a Dutch yacht-charter / marina telematics
//     platform's boat as one flattened row: owner with salutation and
//     address, boat (name, make, type, MMSI, build year, length, draught,
//     weight), AIS transponder, onboard 4G router (model, serial, IMEI,
//     firmware, LAN IP and subnet, DHCP range, WAN IP, SSID, key, admin
//     URL and password, ICCID, APN, data used), portal account (username,
//     argon2id, API key), berth and contract, sensors, crew with phones
//     and a medical remark, skipper's log.
//   - parrocchia-anagrafe: an Italian parish family register as
//     XML-converted JSON: address, phones as @tipo/#text, members (sex,
//     birth date, e-mail, sacraments), visits to the sick (illness,
//     therapy, bedridden, minister), offerings, office PC (model, serial,
//     IP, hostname), oratory Wi-Fi, register software login, priest's
//     note.
//   - kalender-subur-rtdb: an Indonesian fertility / cycle app's Firebase
//     RTDB: profile (name, nickname, e-mail, phone, birth date, photo URL,
//     city, height, weight, blood group), cycles, daily log (basal
//     temperature, cervical mucus, ovulation test, intercourse, mood,
//     sleep, note), pregnancy block (pregnant, LMP, programme,
//     miscarriages, diagnosis), medications, partner with invite code,
//     BLE thermometer (model, MAC, firmware, last sync), phone (model, OS,
//     app version, FCM token), subscription, app config.
//   - club-plongee-fiches: a French diving club's member file (PascalCase):
//     civility, names, birth date, address, phone, e-mail, person to warn,
//     level, dive count, medical certificate (doctor, fitness,
//     contraindications, treatments, BP, pulse, weight, height, BMI,
//     audiogram, comment), dive computers (make, model, serial, firmware,
//     nickname, last sync, Bluetooth MAC), logbook (depth, water
//     temperature, tank pressures, remarks), members' area (login, bcrypt,
//     session token, IP), fee.
//   - tatuering-samtycke-dynamo: a Swedish tattoo studio's consent app as
//     a DynamoDB Scan: customer (names, birth date, age, sex, phone,
//     e-mail, address), health declaration (blood disease, blood
//     thinners, diabetes, epilepsy, pregnant or nursing, hepatitis/HIV,
//     allergies, medications, skin disease, other), motif, artist, price,
//     signature iPad (model, serial, app version, OS, IP, signature hash);
//     a studio item (Wi-Fi, till IP and API key, autoclave).
//   - eczane-sadakat: a Turkish pharmacy chain's loyalty app: customer
//     (names, phone, e-mail, birth date, sex, address in mahalle / sokak /
//     ilçe / il / posta kodu), loyalty card, prescriptions (drug,
//     substance, dose, ICD-10 diagnosis, doctor, barcode, prices),
//     measurements as {tur, deger, birim} rows with the device, app
//     (phone, OS, version, APNs token, bcrypt, session key, login IP),
//     campaign, support requests, branch.
//   - router-nvram-kv: a home router's configuration backup as NVRAM
//     {"k","v"} rows: product id, build, serial, label MAC, hostname,
//     SSIDs and PSKs, LAN IP and mask, DHCP range, WAN IP, gateway, DNS,
//     PPPoE user and password, DDNS host, user and password, admin
//     password and ports, SSH port, WPS PIN, port forwards, static lease
//     and client list with device names and MACs, Samba account, syslog
//     server, look-alike settings; a syslog tail.
//   - pbx-cdr-csv: a Spanish clinic chain's IP-PBX backup: host and
//     version, SIP peers as a column list and positional rows (extension,
//     name, phone model and firmware, IP, port, MAC, SIP secret, voicemail
//     PIN), CDR header and raw CDR lines, IVR rows with the PIN keyed in,
//     voicemail rows with transcriptions in Spanish, trunk (host, user,
//     password, DID, public IP), fail2ban lines.
//   - lis-astm-export: a hospital lab middleware's export: instrument
//     (maker, model, serial, firmware, IP, port, last message), ASTM
//     messages raw (H, P, O, R, L lines) and parsed (patient name, birth
//     date, sex; test code, value, unit, flag), technologist's login and
//     comment in German, Czech or English, QC rows, k/v settings with a
//     database URL.
//   - gym-eav-rows: a climbing gym's CRM as {"e","a","v"} rows with
//     attr_NN codes: member (names, e-mail, phone, birth date, sex,
//     one-line address, emergency contact, bcrypt, door PIN, last visit,
//     visit count), contract, body-composition scan (scanner model and
//     serial, height, weight, body fat, muscle mass, BMR, visceral fat
//     level, phase angle), entrance terminal (model, serial, IP, last
//     seen), app (version, phone, OS, FCM token), wall height and load,
//     trainer's note in German.
//   - esports-team-ops: an esports organisation's export: Discord bot
//     token and webhook URL, roster (handle, real name, e-mail, phone,
//     Discord and Twitch handles, birth date, salary, mouse and keyboard
//     with serial and firmware, rig with hostname, CPU, GPU, OS and build,
//     LAN IP, MAC, anti-cheat hardware id, biometrics and coach's note),
//     bootcamp house (address, manager, Wi-Fi, router admin, WAN IP, VLAN,
//     port forwards), scrim log with server address, chat excerpt.
//   - mdm-fleet-export: a small law firm's MDM export: API client secret,
//     devices (UDID, serial, type, model and identifier, OS and build,
//     nickname, Wi-Fi and Bluetooth MACs, IP, last check-in, FileVault
//     recovery key or activation-lock bypass code, IMEI, SIM number,
//     assigned user), Wi-Fi and VPN profiles, helpdesk tickets, audit log.
//   - k8s-secrets-dump: "kubectl get secrets,configmaps,events -o json":
//     Opaque secret with base64 values (DB user, password and URL, Stripe
//     secret and publishable keys, AWS key pair, JWT signing key, admin
//     e-mail, Slack webhook), SMTP secret whose last-applied annotation
//     holds the password in clear, dockerconfigjson pull secret, TLS or
//     service-account-token secret, ConfigMap (internal hosts, CIDR, DNS,
//     look-alike settings), an Event.
//   - crowdfunding-backers: a smart-bottle campaign's backer report:
//     creator, publishable key, webhook secret, backers (number, name,
//     e-mail, pledge, reward and SKU, add-ons, shipping block in seven
//     countries' formats, parcel weight, survey with water goal, health
//     reason and phone, public comment, paired bottle with serial, BLE
//     MAC, firmware, last sync), export footer with MD5.
//
// All values are synthetic: example.com/.org/.net domains (and .internal,
// .lan and .svc.cluster.local hosts); US 555-01xx, UK 07700 900xxx, German
// 030 23125 xxx, ARCEP 01 99 00 xx xx, Swedish 070-174 06 xx, and
// elsewhere runs of 0000 / 555 0 digits (JP 090-0000-0xxx, CZ +420 600
// 000 xxx, ID +62 812-0000-0xxx, TR +90 532 000 0xxx, ES +34 600 000 xxx,
// IT +39 333 000 0xxx, NL 06 12345 xxx); private and documentation
// addresses (RFC 1918, 192.0.2/24, 198.51.100/24, 203.0.113/24,
// 2001:db8::/32) and the public resolvers 1.1.1.1, 8.8.8.8, 9.9.9.9 as
// DNS settings; random tokens behind real public prefixes (bcrypt $2y$,
// argon2id, FCM APA91b, AKIA, sk_live_, pk_live_, whsec_, JWT, Discord bot
// token, Slack and Discord webhook URLs on their real hosts with random
// paths). Device, phone, router, analyser, beacon, boat, dive-computer and
// scanner models are real product names, which are not personal data.
//
// # Labelling decisions
//
// Labels follow shared/CATEGORIES.md, and corpus/POLICY_NOTES.md where it
// decides a borderline case. Every leaf (string, number, boolean, null) has
// exactly one Label, keyed by its RFC 6901 pointer (~ is ~0, / is ~1).
//
//   - credential: password hashes (bcrypt, argon2id), cleartext portal,
//     router admin, PPPoE, DDNS, register-software, SIP, trunk and Samba
//     passwords, Wi-Fi keys (also in MDM profiles), session tokens and
//     keys, push tokens (FCM, APNs), API keys and client secrets, Discord
//     bot token, Discord and Slack webhook URLs, webhook secret, AWS key
//     pair, Stripe secret key, JWT signing key, service-account JWT, TLS
//     private key, a registry pull secret, a VPN shared secret, FileVault
//     recovery keys and activation-lock bypass codes, hotel key-card track
//     data and mobile keys, door PINs, voicemail PINs, a WPS PIN, the PIN a
//     caller keyed into an IVR, a partner-sharing invite code, database
//     URLs with a password (also network-layout).
//   - contact: names of anyone (guests, companions, clerks, rescuers,
//     doctors, ministers, partners, artists, players, staff, backers,
//     technologists, patients in ASTM "SURNAME^GIVEN"), kana readings of
//     names, e-mails (also role addresses such as support@), phones (also
//     a SIM's number and a trunk DID), usernames and handles (also service
//     and database user names, Discord and Twitch handles, a SIP trunk
//     user, a PPPoE user), photo URLs, dates of birth (also ASTM
//     YYYYMMDD), street, house number, postcode, city and region of an
//     address (prefecture, provincia, state, il / ilçe / mahalle), one-line
//     addresses, an emergency contact line, a raw CDR line (caller name
//     and number).
//   - network-layout: SSIDs, LAN, WAN, pod and public IPs, subnets and
//     CIDRs, netmask, DHCP ranges, gateways, DNS servers, internal
//     hostnames (encoder, PBX, lab middleware, rigs, router, cluster
//     services, a company VPN endpoint, a DDNS name), admin URLs, open
//     ports and port forwards, VLAN ids, a syslog server, game-server
//     addresses.
//   - device-inventory: models, makers, product names and types of
//     devices (key-card encoders, avalanche beacons, satellite messengers,
//     airbag packs, AIS transponders, routers, boats as vehicles, office
//     PCs, thermometers, dive computers, iPads, autoclaves, analysers,
//     SIP phones, scanners, entrance terminals, mice, keyboards, CPUs and
//     GPUs of a player's rig, Macs, iPhones, bottles, pens, BP cuffs),
//     serials, UDIDs, IMEIs, ICCIDs, MMSI, hardware ids, nicknames of
//     devices and boat names, firmware and build ids, app and OS versions
//     and builds, last sync / last seen / last check-in / last message
//     times of devices, a static-lease or client-list entry naming a
//     device.
//   - health: allergies, blood group, medications with dose and
//     frequency, chronic diseases, ICD-10 codes and texts, heights,
//     weights, BMI, BP, pulse, SpO2, GCS, body temperature, injuries,
//     illness and therapy of a parishioner, bedridden (also false), cycle
//     start, length and period days, symptoms, basal temperature, cervical
//     mucus, ovulation test, intercourse, mood, sleep, pregnancy and
//     trying-to-conceive flags (also false), miscarriages, fitness to
//     dive, contraindications, audiogram, yes/no answers of a health
//     declaration (also false), skin disease, lab test codes, values and
//     H/L/N flags, body-composition values, biometrics of players, a daily
//     water goal and a stated health reason for it.
//   - A MAC address (also a router's label MAC and a MAC in a log line) is
//     Label{AnyOf: network-layout, device-inventory}; sex, gender, Dutch
//     and French salutations and ages are Label{AnyOf: health, contact}.
//   - A device's own firmware shaped like an IPv4 address (an avalanche
//     beacon) is device-inventory and Decoy (POLICY_NOTES).
//   - Decoys (Decoy: true): ObjectIds, UUIDs, record, reservation, member,
//     contract, insurance, prescription, request, ticket, backer, player,
//     message, application and guild ids (some shaped like phone numbers:
//     "0419884501", "0653641605"), MRN-like patient and sample ids, QC lot
//     numbers, test codes and values of QC material (not a person), prices,
//     amounts, fees, points, counts (visits, logins, dives, fills, rows,
//     members, apps, cycles, bilge pump runs), ratings and scores, flags
//     (e-mail verified, hidden SSID, SMS consent, visit active), SKUs,
//     barcodes, GLNs, promo and voucher codes, plan codes, approval codes,
//     loyalty card numbers, software, exporter, middleware, PBX and API
//     versions (some IP-shaped), checksums and signature hashes, Stripe
//     publishable keys, TLS and CA certificates, a session cookie's name,
//     public URLs of an app, an NTP server, a CSV header, password minimum
//     lengths and token TTLs, a GTK rekey interval and an empty WEP key,
//     look-alike body data of things (boat length, draught, weight and
//     build year, dive depth, water temperature and tank pressures,
//     altitude and avalanche danger level, wall height and load, parcel
//     weight, autoclave temperature, battery levels, speed over ground,
//     data used, actuation depth, ping), country codes, nulls where a
//     medical remark, an e-mail, an IMEI or a paired device could be.
//   - Plain non-sensitive leaves: statuses, enums, plans, currencies,
//     roles, room numbers and types, dates of stays, visits, sacraments,
//     dives and certificates, created / updated timestamps, a user's last
//     login (POLICY_NOTES), a city alone, APNs, channels, units, lease
//     times, MTU, time zones, monitor refresh rates, DPI, Kubernetes
//     object names, namespaces and kinds, the name half of k/v and
//     attribute rows and of {tur, deger} measurement rows (a measurement
//     type such as "tansiyon" names the value, like bone_mass in
//     POLICY_NOTES), column lists, a tattoo's motif and placement, a dive
//     site, a parish's name.
//   - Free text carries exactly the categories of what it contains (a
//     first name is contact, a symptom, condition or drug is health, a
//     password or code is credential, an IP, SSID or internal host is
//     network-layout, a serial, model or IMEI is device-inventory); a text
//     with nothing of the kind has no category.
//   - Calls the policy does not make, written down here:
//   - base64 does not hide a value: a Kubernetes secret's base64 value
//     carries the label of what it encodes (a password is credential, an
//     internal host network-layout, an e-mail contact, "json" nothing, a
//     publishable key or certificate a decoy).
//   - A JSON document held in a string (last-applied-configuration, the
//     decoded dockerconfigjson) and a raw CSV or ASTM line are one leaf
//     labelled with the union of what they hold.
//   - Values under opaque keys (attr_NN, c1, f2, i4, positional arrays)
//     are labelled by what they are, also when a bare number does not tell
//     by itself (a visceral fat level "8" is health).
//   - A boat is labelled like a vehicle (POLICY_NOTES: device-inventory
//     for make and type), its name like a device nickname, its MMSI like a
//     device id; the AIS class is plain.
//   - The hotel's and the studio's own equipment (encoder, autoclave,
//     till, office PC) is device-inventory like a person's: the policy
//     speaks of "devices someone owns", and the earlier sets label a
//     company's readers and terminals so.
//   - A device nickname that contains a first name ("Honoré's iPhone",
//     "Ordi de Bastien") is device-inventory only, as the policy's
//     "Betty's Room".
//   - Service and database user names (billing_svc, lisapp inside a URL,
//     ci-bot) are contact like any user name (POLICY_NOTES labels even an
//     APN's user name contact).
//   - A partner-sharing invite code, a door PIN and an IVR PIN are
//     credential: each lets someone in; a promo or voucher code is a decoy.
//   - A fertility app's cycle dates, intercourse log and mood are health;
//     religion (sacraments) is in no category and is plain.
//   - An internal phone extension is a decoy, not a phone number.
//   - Left out rather than guessed: passport and national ids, card
//     numbers and last four digits, IBANs, licence numbers, GPS positions,
//     car plates, call signs.
//
// # Hard kinds
//
// One per leaf at most; free text wins over clinical, clinical over
// obfuscated and language.
//
//   - freetext: every prose value (front-desk notes, rescue records and
//     dispatcher notes, the skipper's log, the priest's note, the daily
//     cycle note, certificate comments and dive remarks, "other" of the
//     health declaration, support subjects and messages, router and
//     fail2ban log lines, voicemail transcriptions, lab comments, the
//     trainer's note, coach's notes and chat, MDM tickets, Kubernetes
//     event messages, backers' comments).
//   - clinical: the medical card and injuries of horska-sluzba-registr;
//     cycles, daily log, pregnancy block and medications of
//     kalender-subur-rtdb; the medical certificate of club-plongee-fiches;
//     the health declaration of tatuering-samtycke-dynamo; prescriptions
//     and measurements of eczane-sadakat.
//   - obfuscated: every other leaf of router-nvram-kv, pbx-cdr-csv,
//     lis-astm-export and gym-eav-rows (the lab export's results are
//     obfuscated, not clinical: the set keeps its four opaque dumps
//     apart).
//   - language: every other leaf of the eight documents with Japanese
//     romaji, Czech, Dutch, Italian, Indonesian, French, Swedish or
//     Turkish keys.
package blindset8
