// Package blindset2 is a small HELD-OUT corpus, written independently of
// the rules and classifier, to measure how well leakscope generalises to
// breach-shaped data nobody tuned it on.
//
// It is a blind measure: never use it for tuning rules, thresholds, key
// lists or value patterns, never copy its field names into the rules, and
// never look at its per-leaf failures to decide what to fix. Once it has
// been used for tuning it no longer measures anything.
//
// Generate(seed, n) is deterministic: document i is built from a math/rand/v2
// PCG seeded with (seed, i) and uses schema i mod len(Schemas()), so every
// schema appears in any run of at least 12 documents.
//
// Twelve schemas, each from a different kind of company: a smart-thermostat
// vendor (camelCase), a Portuguese telehealth app, a German ISP's customer
// and router table, an Italian food-delivery app, a French hospital's
// admissions (PascalCase), a developer SaaS with API keys and sessions, a
// fitness-band sync log, a hotel Wi-Fi captive portal (kebab-case), a
// home-security camera cloud, a bank-like support-ticket export, a legacy CRM
// dump with obfuscated columns and key/value rows, and a Spanish smart scale.
// All values are synthetic: example domains, fictional phone ranges (555-01xx,
// +44 7700 900xxx, +33 1 99 00), private and documentation IPs (RFC 1918,
// 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32) and random tokens.
//
// Labelling decisions, following shared/CATEGORIES.md:
//
//   - Every leaf has a Label; non-sensitive leaves have no categories. Ids,
//     timestamps, counts, flags, enums, prices, locales, schema/API/portal
//     versions (also IP-shaped ones), px sizes, parcel weights, token_type
//     "Bearer", expires_in, token_count and password_min_length are Decoy.
//     Room and target temperatures of a thermostat are plain (not health).
//   - Firmware, hardware, app and phone-OS versions, models, serials, device
//     ids, nicknames (also "Ana's Bedroom"), device type and last-seen /
//     last-online / last-sync times are device-inventory.
//   - Every MAC (device, router, Bluetooth) is AnyOf network-layout |
//     device-inventory; a BSSID is network-layout. Gender/sex is AnyOf
//     health | contact.
//   - Wi-Fi passphrases, customer-portal passwords, password hashes (bcrypt,
//     argon2id, md5/sha1 hex under a password key), TOTP seeds, session ids
//     and cookies, JWTs, OAuth tokens (ya29., 1//, Atza|), cloud keys (AKIA +
//     secret), sk_live_/ghp_/xoxb-/whsec_ secrets, a PEM private key, a
//     video-room join URL carrying a token, a hotel Wi-Fi voucher code and a
//     security-question answer are credential. A promo code is a decoy.
//   - An RTSP URL with admin:password@ip is credential + network-layout.
//   - Internal hostnames (*.internal), IPs, subnets, DHCP ranges, DNS servers,
//     gateways, admin URLs, open ports (each a number), VLAN ids and SSIDs are
//     network-layout; a CIDR under an obfuscated key too.
//   - Names (also of doctors and bank agents), e-mails (also of people a
//     camera was shared with), phones, handles, avatar URLs, street, house
//     number, postcode and city are contact.
//   - Health: vitals, body composition, height, weight, BMI, sleep, steps,
//     calories, protein, SpO2, heart rate, blood type, pregnancy, ICD-10
//     codes and labels, medications, allergies (also food allergies in the
//     delivery app), reasons for consultation, nursing notes.
//   - Free text (ticket bodies, rider notes, consultation reasons, nursing
//     notes) carries exactly the categories of what is written in it; a body
//     with nothing sensitive has none.
//   - Hard: "freetext" for prose; "clinical" for the French hospital's
//     medical fields and ICD-10 codes; "obfuscated" for every leaf of the CRM
//     dump; "language" for leaves under Portuguese, German, Italian, French
//     or Spanish keys (the whole German ISP and Spanish scale documents). A
//     leaf gets one hard kind; freetext and clinical win over language.
//   - Fields the policy does not decide (date of birth, user agents, Wi-Fi
//     channel/RSSI, hospital ward, insurer, router restart time, hostnames
//     that are both device names and network names) are left out rather than
//     guessed.
package blindset2
