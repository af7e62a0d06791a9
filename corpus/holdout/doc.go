// Package holdout generates a held-out test corpus for leakscope: JSON
// documents shaped like leaked databases, with a label for every leaf.
//
// # Purpose
//
// The documents here were written apart from the rules and from the
// training corpus, by someone who read only the labelling policy
// (shared/CATEGORIES.md) and the corpus.Doc and corpus.Label types. Field
// names, nesting, naming conventions, languages and value formats were
// chosen to differ from the ones the classifier was built against, so a
// score on this set estimates how well leakscope generalises to data
// nobody tuned it on.
//
// # Never tune on it
//
// Do not read these documents to write or adjust rules, keyword lists,
// thresholds or tests of the classifier, and do not copy field names or
// values from here into rules/ or classify/. Once the set has been used
// for tuning it measures nothing. Report its scores; fix misses by looking
// at other data, then measure here again.
//
// # What is in it
//
// Generate(seed, n) is deterministic: the same seed and n give the same
// documents, and a shorter run is a prefix of a longer one. Schemas()
// lists the generators: a smart-home vendor's mongoexport, a connected
// scale app's sync blob, an ISP router backup, a SaaS users table, a shop
// order export, a helpdesk export, a hospital encounter export, an
// Elasticsearch telemetry hit, a Spanish CRM, a German HR and insurance
// record, a French patient table, a Brazilian customer table, an
// obfuscated warehouse row, entity-attribute-value rows, a mobile device
// management export and a CI deployment dump.
//
// All values are synthetic: invented names, reserved or fictional phone
// numbers, example domains, private and documentation IP ranges, and
// random tokens that only share their public prefixes with real ones.
//
// # Labelling decisions
//
// Where the policy leaves room, labels follow these choices:
//   - Birth dates, national and tax ids (DNI, CPF, NIR, Steuer-ID,
//     SV-Nummer) are contact: they tell who a person is.
//   - A salutation (Frau, Mme) is labelled like gender: health or contact.
//   - State and province codes of a full postal address are contact;
//     country codes are not sensitive (decoys).
//   - Device nicknames and room names of devices are device-inventory only,
//     even when they hold a first name ("Priya's iPhone").
//   - A firmware or app version shaped like an IPv4 address is
//     device-inventory, not a decoy; versions of servers, consoles and
//     export tools shaped like IPs are decoys.
//   - Lab test names and LOINC codes, abnormal flags, clinic departments,
//     chief complaints and period-start dates are health; reference ranges,
//     specimen ids and units are not.
//   - Hashed API tokens under a token key are credential, like hashed
//     passwords; public keys and certificates are decoys.
//   - Every MAC (including BSSIDs) is any-of network-layout or
//     device-inventory.
//   - Every e-mail address is contact, also of service accounts (SMTP
//     users, cloud service accounts); a VPN gateway's hostname is
//     network-layout; a DHCP lease hostname is network-layout only.
//   - Device flags and states (online, on/off, supervised, compromised,
//     thermostat mode) are not sensitive; thermostat temperatures are
//     decoys of body temperature.
//   - Usernames and logins (PPPoE, DDNS, EAP identities) are contact; a
//     gate code, lock PIN, WPS PIN, activation-lock bypass code or
//     security answer is credential.
//   - A string holding JSON carries the union of what its leaves carry.
//   - Field names held as values in key/value rows are decoys when the
//     value beside them is sensitive or itself a decoy.
//   - Free text is labelled with the union of its sentences; a text that
//     only mentions passwords, tracking or order numbers is a decoy.
//
// Hard kinds: every leaf of a document with non-English keys is language,
// except free text (freetext); obfuscated tables and key/value rows are
// obfuscated; the clinical sections of hospital records are clinical.
package holdout
