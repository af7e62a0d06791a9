// Package blindset is a held-out BLIND corpus for leakscope: breach-shaped
// JSON documents from sources the rest of the corpus does not model, written
// without looking at the rules, the classifier or the other corpora.
//
// It is a measure of generalisation only. Never use it for tuning: do not
// read its documents or failures to add rules, keywords, patterns or
// thresholds. Once a rule is written because of a blindset miss, the set is
// no longer blind and its numbers mean nothing.
//
// Generate(seed, n) is deterministic: document i depends only on seed and i
// (math/rand/v2 PCG seeded with (seed, i)); a document's schema is drawn from
// Schemas(). Every leaf, including nulls, has a Label keyed by its RFC 6901
// JSON Pointer.
//
// Labelling decisions where ../../../shared/CATEGORIES.md left room:
//
//   - Every MAC address, BSSIDs included, is AnyOf{network-layout,
//     device-inventory}; every gender/sex of a person is AnyOf{health, contact}.
//   - Pets are not people: a pet's name, sex, weight, diagnosis, treatment,
//     blood group and heart rate are decoys. The pet owner is contact.
//   - A baby's or pupil's body data (weight, length, feeds in ml/kcal/protein,
//     sleep, allergies, medication at school) is health; children are people.
//   - Driving behaviour (harsh braking, speeding seconds, trip scores,
//     distance) is not sensitive and is marked decoy; so are pace-like club
//     data (bib number, shirt size, lap counts).
//   - A car's VIN (FIN, sasi_no) and model in a connected-car / telematics
//     record are device-inventory (serial number and model of an owned
//     connected device); the telematics unit's IMEI, SIM ICCID and firmware
//     too. Odometer, list price and model year are decoys.
//   - An access-card UID and a door PIN are credentials (a way to get in); a
//     mobile door key JWT too. A door's zone label is a decoy, not a device
//     nickname; a reader's model, serial and firmware are device-inventory.
//   - A browser user agent of an e-mail open event is device-inventory (it
//     names the OS version and often the phone model); the open-event IP is
//     network-layout.
//   - Every e-mail address is contact, including role addresses of a company
//     (support@, newsletter@); a webhook URL without a secret is a decoy.
//   - Device ports, captive-portal and printer web-admin URLs, print-server
//     hostnames and public DNS resolvers in a device's config are
//     network-layout.
//   - Postal addresses are always emitted with street, city and postcode
//     together; each part is contact, the ISO country code is a decoy.
//   - A JSON document held in a string is one leaf labelled with the union
//     of what is inside (Hard obfuscated).
//   - The value leaf of a [name, value] pair or {name, value} row is Hard
//     obfuscated; the name leaf is plain (not sensitive, not decoy).
//   - Every leaf of a document with non-English keys is Hard language unless
//     it is freetext, clinical or obfuscated (one kind per leaf; the more
//     specific wins).
//   - A null under a sensitive-sounding key is a decoy. Created/updated
//     timestamps are plain; last-seen / last-sync times of a device are
//     device-inventory.
//   - Free text is tagged by what it contains; free text with nothing
//     sensitive (an IP-shaped reference number, a parcel weight) is a decoy.
//   - A dentist's tooth number under a treatment, and the treatment text, are
//     health (Hard clinical): they describe the patient's body.
//   - Fields the policy is silent on and no answer is clearly right (date of
//     birth, GPS position, licence plate, IBAN, national id) are not emitted,
//     except a null licence plate, which is plain.
package blindset
