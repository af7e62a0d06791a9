// Package finalset generates the held-out FINAL corpus of leakscope.
//
// THIS SET IS THE FINAL MEASURE. Never use it for tuning: do not read its
// documents or labels while writing rules, do not add its keys or values to
// any dictionary, do not choose thresholds by its scores. Score against it
// only to report how well the classifier generalises, and when a score here
// is disappointing, fix the classifier on other data and come back.
//
// It was written independently of the classifier, its rules and the other
// corpora: from ../../shared/CATEGORIES.md and corpus/types.go only. Its
// documents imitate exports of companies other than the ones the rest of the
// corpus imitates: a robot-vacuum cloud, a GPS pet tracker, a CPAP vendor, a
// hearing-aid fitting tool, a pharmacy chain, a school tablet MDM, a hotel
// PMS, smart-TV telemetry, a TR-069 router dump, a Spanish claims system, a
// German gym, a French telehealth platform, a Portuguese energy utility,
// Japanese- and Korean-romanised customer tables, a password-manager export,
// an Active Directory dump, a chat export, an MQTT capture and a data-lake
// events table. Every value is invented (example domains, documentation and
// private IP ranges, fiction phone ranges where a country has one, random
// tokens behind real public prefixes).
//
// Generate(seed, n) is deterministic: document i comes from a PCG generator
// seeded with (seed, i), so it does not depend on n; schemas are taken in
// turn from an offset chosen by seed.
//
// # Labelling decisions where CATEGORIES.md leaves room
//
// People and identity
//   - Names of anyone (patients, clinicians, vets, prescribers, guardians,
//     managers named in a DN) are contact. A distinguishedName or member DN
//     whose CN is a person is contact; group DNs are not sensitive.
//   - Dates of birth and identity-document numbers (passport, DNI, NIR, NIF)
//     are contact: they say who a person is.
//   - Every username is contact, also a generic "admin"/"root" router login,
//     a service account's sAMAccountName and a PPPoE username.
//   - A city, postcode, state or province inside an address that has a
//     postcode is contact. A lone city (analytics "$city") is a decoy;
//     country codes are decoys.
//   - Gender in any form ("F", "weiblich", "féminin", "josei", "namja", the
//     1/2 codes) is any-of {contact, health}.
//   - Geographic coordinates get no category (none of the five names them)
//     and are not decoys.
//   - Hotel room numbers are not sensitive. Policy, member, loyalty,
//     employee and student numbers, CPE supply-point codes, objectGUID and
//     objectSid are record ids (decoys).
//
// Devices and networks
//   - Every MAC address (BSSID, Bluetooth address, WAN MAC, host MAC) is
//     any-of {network-layout, device-inventory}; in free text the MAC group
//     is dropped when the text already needs one of the two.
//   - Device nicknames that contain a person's or pet's name ("Robô do
//     Tiago", "Pipoca's collar") are device-inventory only, like "Betty's
//     Room" in the policy. Room names on a vacuum map are not devices: they
//     are decoys (a "name" key with no person behind it).
//   - Device-inventory also covers manufacturer, device type ("APAP",
//     "inteligente trifásico"), OS build strings, ICCID, modem IMEI, UDID,
//     advertising id, MQTT client ids, user-agent strings, app versions of
//     the user's own apps, and last-seen style times (last_online,
//     lastUpload, last_checkin, computer lastLogonTimestamp). Creation,
//     activation and enrolment times are decoys; a user's lastLogonTimestamp
//     is a decoy.
//   - A four-part version shaped like an IPv4 address is a decoy under
//     api/schema/template/export/collector/model version keys and
//     device-inventory under firmware keys.
//   - MQTT topics that contain a device id are device-inventory; topics
//     without one are not sensitive.
//   - Network-layout covers every IP (private, documentation, CGNAT WAN,
//     public DNS resolvers configured on a router), subnet masks, DHCP
//     ranges, IPv6 prefixes, internal host names (LDAP computer cn,
//     dNSHostName, SPNs, router host table), proxy host:port, VLAN ids,
//     forwarded and remote-admin ports, the MQTT broker's listener port, the
//     TR-069 ConnectionRequestURL and router admin URLs. Vendor public host
//     names (NTP pool, file CDN links without a token) are not sensitive.
//     Wi-Fi channel, beacon type, standard, MRU and DHCP lease time are
//     decoys.
//
// Credentials
//   - Besides the policy list: card number, CVV and card PIN, payment card
//     vault tokens ("tok_…"), hotel key-card data, guest Wi-Fi vouchers,
//     door/lock/unlock PINs, device local keys, MDM enrolment tokens, FCM
//     push tokens, a meeting link carrying a token, chat webhook URLs and
//     signing secrets. Card brand, last four digits and expiry are decoys.
//   - The security question is a decoy; its answer is a credential.
//
// Health
//   - Health is a person's body: pet weight, pet allergies and breed are not
//     health (pet weight and allergies are labelled decoys).
//   - Therapy settings and results (CPAP mode, pressures, ramp, EPR, usage
//     minutes, AHI, leak), audiogram thresholds, body temperature, NDC codes,
//     drug names, strengths and sigs, "NKDA"/"aucune connue" allergy
//     statements, and booleans for pregnancy, smoking, heart disease,
//     irregular pulse or dependence on vital medical equipment are health.
//   - Dates of clinical events (session, fill, consultation) are decoy
//     timestamps; quantities, days' supply and refills are decoy counts; a
//     therapy "compliant" flag is a decoy (flags are not sensitive).
//
// Structure
//   - A null is never sensitive; under a sensitive-looking key it is a
//     decoy. Empty strings likewise.
//   - A JSON document held in a string is labelled with the union of what its
//     leaves expose (a decoy when it holds only look-alikes).
//   - Free text is labelled with the union of its pieces; prose whose only
//     notable pieces are look-alikes (ticket numbers, build numbers, times)
//     is a decoy; plain chatter is not sensitive.
//   - Key-name leaves (attr_key, the first element of a [name, value] pair,
//     TR-069 "Name") are not sensitive.
//   - Battery level, RSSI, kWh readings, cleaned area and uptime are not
//     sensitive and not decoys.
//
// Hard kinds are set on every leaf of the context, sensitive or not, so
// false positives can be split the same way as misses. One kind per leaf,
// in this order of precedence: freetext, obfuscated (generic columns,
// attr_key/attr_val, [name, value] pairs, name/value objects, JSON held in a
// generic column), clinical (fields of a clinical record, also inside a
// foreign-language document), language (every other leaf of a document
// keyed in Spanish, German, French, Portuguese or romanised Japanese or
// Korean).
package finalset
