package blindset10

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/leakscope/leakscope/corpus"
)

// rng is the per-document random source: a PCG seeded with (seed, i).
type rng struct{ *rand.Rand }

func newRng(seed int64, i int) *rng {
	return &rng{rand.New(rand.NewPCG(uint64(seed), uint64(i)))}
}

// in returns an int in [a, b].
func (r *rng) in(a, b int) int { return a + r.IntN(b-a+1) }

// coin is true with probability p.
func (r *rng) coin(p float64) bool { return r.Float64() < p }

func (r *rng) pick(xs ...string) string { return xs[r.IntN(len(xs))] }

// fl returns a float in [a, b] rounded to d decimals.
func (r *rng) fl(a, b float64, d int) float64 {
	m := math.Pow(10, float64(d))
	return math.Round((a+r.Float64()*(b-a))*m) / m
}

func (r *rng) chars(alpha string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alpha[r.IntN(len(alpha))]
	}
	return string(b)
}

const (
	hexLower = "0123456789abcdef"
	hexUpper = "0123456789ABCDEF"
	alnumAll = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upperNum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	b64url   = alnumAll + "-_"
	b64std   = alnumAll + "+/"
	bcryptAl = "./" + alnumAll
)

func (r *rng) hex(n int) string    { return r.chars(hexLower, n) }
func (r *rng) HEX(n int) string    { return r.chars(hexUpper, n) }
func (r *rng) alnum(n int) string  { return r.chars(alnumAll, n) }
func (r *rng) upnum(n int) string  { return r.chars(upperNum, n) }
func (r *rng) digits(n int) string { return r.chars("0123456789", n) }
func (r *rng) b64u(n int) string   { return r.chars(b64url, n) }
func (r *rng) b64(n int) string    { return r.chars(b64std, n) }

func (r *rng) uuid() string {
	h := r.hex(32)
	return h[0:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + r.pick("8", "9", "a", "b") + h[17:20] + "-" + h[20:32]
}

// oid is a MongoDB ObjectId.
func (r *rng) oid() string { return r.hex(24) }

// Time. Epochs fall between 2023-01-01 and 2025-06-30.

const epoch0 = 1672531200

func (r *rng) when() int { return epoch0 + r.IntN(78*7*24*3600) }

func isoAt(sec int) string { return time.Unix(int64(sec), 0).UTC().Format("2006-01-02T15:04:05Z") }

func isoMs(sec int, ms int) string {
	return time.Unix(int64(sec), 0).UTC().Format("2006-01-02T15:04:05") + fmt.Sprintf(".%03dZ", ms)
}

func dateAt(sec int) string { return time.Unix(int64(sec), 0).UTC().Format("2006-01-02") }

// birth is a date of birth between years a and b.
type birth struct{ y, m, d int }

func (r *rng) birth(a, b int) birth { return birth{r.in(a, b), r.in(1, 12), r.in(1, 28)} }

func (b birth) iso() string { return fmt.Sprintf("%04d-%02d-%02d", b.y, b.m, b.d) }
func (b birth) dmy(sep string) string {
	return fmt.Sprintf("%02d%s%02d%s%04d", b.d, sep, b.m, sep, b.y)
}
func (b birth) mdy() string { return fmt.Sprintf("%02d/%02d/%04d", b.m, b.d, b.y) }

// age at 2024.
func (b birth) age() int { return 2024 - b.y }

// Network.

func (r *rng) privIP() string {
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("10.%d.%d.%d", r.IntN(60), r.IntN(255), r.in(2, 250))
	case 1:
		return fmt.Sprintf("192.168.%d.%d", r.IntN(60), r.in(2, 250))
	}
	return fmt.Sprintf("172.%d.%d.%d", r.in(16, 31), r.IntN(255), r.in(2, 250))
}

func (r *rng) docIP() string {
	return fmt.Sprintf("%s.%d", r.pick("192.0.2", "198.51.100", "203.0.113"), r.in(1, 254))
}

func (r *rng) lan() (ip, gw, cidr string) {
	a, b := r.pick("192.168", "10.10", "10.0", "172.20"), r.in(0, 60)
	return fmt.Sprintf("%s.%d.%d", a, b, r.in(20, 240)), fmt.Sprintf("%s.%d.1", a, b), fmt.Sprintf("%s.%d.0/24", a, b)
}

func (r *rng) mac(sep string, upper bool) string {
	al := hexLower
	if upper {
		al = hexUpper
	}
	parts := make([]string, 6)
	for i := range parts {
		parts[i] = r.chars(al, 2)
	}
	return strings.Join(parts, sep)
}

// Secrets.

func (r *rng) bcrypt(v string) string {
	return "$" + v + "$" + r.pick("10", "11", "12") + "$" + r.chars(bcryptAl, 53)
}

func (r *rng) argon() string {
	return "$argon2id$v=19$m=65536,t=3,p=4$" + r.b64(22) + "$" + r.b64(43)
}

func (r *rng) jwt() string {
	return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + r.b64u(r.in(60, 140)) + "." + r.b64u(43)
}

func (r *rng) fcm() string { return r.b64u(11) + ":APA91b" + r.b64u(134) }

func (r *rng) apns() string { return r.hex(64) }

func (r *rng) akia() string { return "AKIA" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16) }

func (r *rng) awsSecret() string { return r.b64(40) }

// presigned is an S3 presigned URL: a link that works without a login.
func (r *rng) presigned(bucket, key string) string {
	return fmt.Sprintf("https://%s.s3.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240311%%2Fap-southeast-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240311T081500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=%s",
		bucket, key, r.akia(), r.hex(64))
}

// Devices.

func (r *rng) android() string { return r.pick("Android 12", "Android 13", "Android 14") }
func (r *rng) ios() string     { return r.pick("iOS 16.7.5", "iOS 17.3.1", "iOS 17.4.1", "iOS 17.5") }

func (r *rng) androidPhone() string {
	return r.pick("Samsung SM-A546E", "Samsung SM-S918B", "Xiaomi Redmi Note 12", "OPPO CPH2565", "vivo V2247", "TECNO KI7", "Infinix X6831", "realme RMX3710", "HUAWEI nova 11")
}

func (r *rng) iphone() string {
	return r.pick("iPhone14,5", "iPhone15,2", "iPhone13,2", "iPhone 13", "iPhone 15 Pro")
}

func (r *rng) chromeUA() string {
	return fmt.Sprintf("Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Mobile Safari/537.36",
		r.in(11, 14), r.pick("SM-A546E", "Redmi Note 12", "CPH2565", "V2247", "SM-A145F"), r.in(118, 124), r.in(5800, 6300), r.in(40, 200))
}

func (r *rng) desktopUA() string {
	return r.pick(
		fmt.Sprintf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36", r.in(118, 124)),
		fmt.Sprintf("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15", r.in(1, 4)),
		fmt.Sprintf("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0", r.in(115, 124), r.in(115, 124)),
	)
}

func emailOf(r *rng, parts ...string) string {
	var xs []string
	for _, p := range parts {
		p = strings.ToLower(strings.NewReplacer(" ", "", "'", "", "-", "").Replace(p))
		if p != "" {
			xs = append(xs, p)
		}
	}
	local := strings.Join(xs, r.pick(".", "_", ""))
	if r.coin(0.4) {
		local += fmt.Sprint(r.in(1, 99))
	}
	return local + "@" + r.pick("example.com", "example.org", "example.net", "mail.example.com")
}

// pickPair picks one pair (script, romanised) from a list of alternating values.
func (r *rng) pickPair(xs ...string) (string, string) {
	i := r.IntN(len(xs)/2) * 2
	return xs[i], xs[i+1]
}

// label helpers used by many schemas.

func anyMac() []string { return []string{corpus.NetworkLayout, corpus.DeviceInventory} }

func lower(s string) string { return strings.ToLower(s) }

// epochTimeStr renders an epoch as "2024-03-14 10:15:00".
func epochTimeStr(sec int) string {
	s := isoAt(sec)
	return s[:10] + " " + s[11:19]
}

func (r *rng) pickLeaf(ls ...leaf) leaf { return ls[r.IntN(len(ls))] }

func (r *rng) pick2(xs ...int) int { return xs[r.IntN(len(xs))] }

func (r *rng) pick2f(xs ...float64) float64 { return xs[r.IntN(len(xs))] }
