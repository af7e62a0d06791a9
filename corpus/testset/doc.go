// Package testset is leakscope's second held-out TEST corpus.
//
// It is the final test set. Never use it for tuning: do not read its
// documents or labels while writing rules, do not pick thresholds, weights
// or regular expressions by looking at its scores, and do not copy its
// generators into training or development corpora. Measure on it, report
// the number, change nothing because of it. Once the classifier has been
// tuned against it, it is no longer a test set.
//
// It was written independently of the classifier, its rules and the other
// corpora (only corpus/types.go and shared/CATEGORIES.md were read), from
// breach-shaped sources imagined concretely: a baby-monitor vendor's
// Firebase export, an e-bike app, a smart-lock access log, a mesh Wi-Fi
// backup, a VPN provider's user table, a fertility tracker, a diabetes CGM
// app, a gym chain's member table, a hospital lab FHIR bundle, a dating
// app, a Brazilian telemedicine export, a telco subscriber dump with CDRs,
// a Kubernetes/CI secret dump, a spreadsheet export with lost column names,
// Italian and Dutch support chats and Polish and Swedish e-shops. All
// values are synthetic (invented names, example/.test/.invalid domains,
// fictional or random phone numbers, private and documentation IP ranges,
// random tokens with public prefixes).
//
// Generate(seed, n) is deterministic; Schemas() names the generators.
//
// # Labelling decisions where CATEGORIES.md leaves room
//
//   - Every leaf has a label, nulls included. A null exposes nothing and is
//     labelled not sensitive with Decoy=true (nulls stand only where a
//     sensitive value could have been).
//   - Home coordinates (lat and lon of a saved "home" place) are contact:
//     they locate the person's home as precisely as street + postcode.
//     No other GPS positions are generated.
//   - Date of birth, national id numbers (PESEL, personnummer, CPF, codice
//     fiscale), passport/ID document numbers and a doctor's licence number
//     (CRM) are contact: they say who a person is.
//   - City and postcode are contact only when they belong to a person's
//     address (they always come with a street or with each other); a
//     gym's club name, a dating profile's city and a country code are decoys.
//   - A date is health when it is the date of a bodily or medical event
//     (period start, condition onset, year diagnosed, last HIV test); dates
//     of log entries, readings, observations, orders and accounts are
//     decoys. Last-seen / last-attach times of devices are device-inventory.
//   - A baby's sleep duration and wake-ups are health (sleep); the session
//     start time, clip count and room temperature are decoys. A baby's name
//     and birth date are contact, its sex is AnyOf{health, contact}.
//   - A fertility app's goal ("ttc", "avoid_pregnancy", "track_cycle"),
//     cycle and period lengths and ovulation day are health.
//   - Booleans answering medical questions (PAR-Q "Heart Condition",
//     "Pregnant") are health; ordinary flags are not.
//   - In clinical records the codes and displays of what was measured,
//     prescribed or diagnosed (LOINC, RxNorm, ICD-10, interpretation H/L)
//     and the measured values are health; code system URIs, units, statuses,
//     reference ranges and resource references are not. The medical
//     specialty of a consultation is health. Calories burned, ride heart
//     rate, insulin doses, carbs, temporary basal rates, glucose trend
//     arrows, mood, sexual activity, contraception and a fertility goal
//     ("ttc") are health.
//   - IMSI, ICCID and eSIM EID identify a SIM and are device-inventory;
//     MSISDN and called/calling numbers are contact. Cell ids, LACs, APN
//     names, SGSN IPs and Kubernetes cluster IPs/ports/internal service
//     hostnames are network-layout (a company's network). MCC/MNC are decoys.
//   - Technical login names (PPPoE user, APN user, a service account in a
//     Kubernetes Secret) are labelled AnyOf{credential, contact}: half of a
//     credential pair and a username at once.
//   - Every MAC address, BSSIDs included, is AnyOf{network-layout,
//     device-inventory}, as CATEGORIES.md allows. Gender is AnyOf{health,
//     contact}.
//   - DHCP client hostnames ("LAPTOP-7QH2K1", "ipcam-3fa2c1") are internal
//     hostnames: network-layout only. User-given device names ("Kitchen
//     speaker", "Nursery", "Crib cam") are device nicknames:
//     device-inventory only, even when they hold a first name, following the
//     "Betty's Room" example. Device type, role (router/satellite),
//     manufacturer (OUI vendor), hardware revision, a user agent string and
//     the user's phone/app versions are device-inventory. Mesh backhaul
//     type is network-layout.
//   - Versions of servers, tools, exporters, APIs and schemas are decoys,
//     also when shaped like an IPv4 address (10.4.0.213); a device's own
//     firmware is device-inventory even when shaped like an IP.
//   - Public keys (WireGuard peer/server public keys, a TLS certificate)
//     are decoys; private keys, preshared secrets, WireGuard private keys,
//     a VPN account number (it is the login), SIM Ki/OPc, PIN/PUK, lock and
//     locker codes, door/intercom codes, gym access fob ids, meeting links
//     carrying a password and security-question answers are credentials.
//   - URLs with embedded passwords (DATABASE_URL, rtsp://admin:pw@ip) are
//     credential and network-layout; a router admin URL or an internal
//     service URL without secrets is network-layout.
//   - Env var names, nvram variable names, CI variable keys and spreadsheet
//     header cells are decoys (they name sensitive things but are not).
//   - Product and plan display names in orders (even "Router Wi-Fi 6" or a
//     smart scale) are decoys, as are SKUs, prices, parcel weights and
//     dimensions (höjd_cm, längd_cm), image sizes, counts and record ids
//     (including MRNs, member numbers, contract numbers).
//   - Signal strength (RSSI), channel numbers, MTU and DHCP lease time are
//     decoys.
//   - Free text and JSON held inside a string carry the union of what is in
//     them and are Hard=freetext; a blob with nothing sensitive inside is a
//     decoy (JSON) or plain (prose).
//
// # Hard kinds
//
// fhir-lab-bundle leaves are all clinical; telemed-br marks vitals,
// diagnoses, prescriptions, blood type and allergies clinical and the rest
// language; the Italian, Dutch, Polish and Swedish schemas are language;
// spreadsheet-export, [name, value] pair arrays, Kubernetes env name/value
// rows and GitLab CI variable rows are obfuscated; prose and embedded JSON
// are freetext.
package testset
