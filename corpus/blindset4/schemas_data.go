package blindset4

import (
	"fmt"
	"strings"
)

// Firestore REST export helpers: every value is wrapped in a typed object
// ({"stringValue": ...}, {"integerValue": "..."}, {"mapValue": {"fields":
// ...}}). The leaf's own key only names its type, so these leaves are hard
// kind "obfuscated" (free text keeps "freetext").

func fsStr(l leaf) obj  { return obj{{"stringValue", l}} }
func fsInt(l leaf) obj  { return obj{{"integerValue", l}} }
func fsDbl(l leaf) obj  { return obj{{"doubleValue", l}} }
func fsBool(l leaf) obj { return obj{{"booleanValue", l}} }
func fsTime(l leaf) obj { return obj{{"timestampValue", l}} }
func fsMap(fs obj) obj  { return obj{{"mapValue", obj{{"fields", fs}}}} }
func fsArr(vs ...any) obj {
	return obj{{"arrayValue", obj{{"values", arr(vs)}}}}
}

// kiriman: an Indonesian parcel-locker and courier app's shipment
// documents, exported from Firestore (Indonesian keys).
func kiriman(g *rng) any {
	snd := g.personOf("id")
	rcv := g.personOf("id")
	kur := g.personOf("id")
	model, _ := g.phone()
	jalan := "Jl. " + one(g, "Melati", "Kenanga", "Gatot Subroto", "Diponegoro", "Cempaka Putih") + " No. " + fmt.Sprint(g.in(1, 180))
	kode := fmt.Sprint(g.in(10110, 99999))
	kota := one(g, "Kebayoran Baru, Jakarta Selatan", "Coblong, Bandung", "Tegalsari, Surabaya", "Medan Baru, Medan")
	riwayat, seen := []any{}, uniq{}
	for j := 0; j < g.in(2, 3); j++ {
		riwayat = append(riwayat, fsMap(obj{
			{"waktu", fsTime(decoy(g.isoMs()))},
			{"keterangan", fsStr(seen.draw(func() leaf { return kirimanLog(g, rcv) }))},
		}))
	}
	resi := "KRM" + g.s(num, 12)
	return obfuscated(obj{
		{"name", decoy("projects/kiriman-prod/databases/(default)/documents/pengiriman/" + resi)},
		{"fields", obj{
			{"nomorResi", fsStr(decoy(resi))},
			{"pengirim", fsMap(obj{
				{"nama", fsStr(cont(snd.full()))},
				{"telepon", fsStr(cont(g.phoneID()))},
				{"email", fsStr(cont(g.email(snd)))},
			})},
			{"penerima", fsMap(obj{
				{"nama", fsStr(cont(rcv.full()))},
				{"hp", fsStr(cont(g.phoneID()))},
				{"alamat", fsStr(cont(jalan + ", RT " + fmt.Sprintf("%02d/RW %02d", g.in(1, 15), g.in(1, 12)) + ", " + kota + " " + kode))},
				{"kodePos", fsStr(cont(kode))},
			})},
			{"beratKg", fsDbl(decoy(round1(g.f(0.2, 25))))},
			{"ongkir", fsInt(decoy(fmt.Sprint(g.in(9, 90) * 1000)))},
			{"status", fsStr(plain(one(g, "DIKIRIM", "DI_LOKER", "DITERIMA")))},
			{"loker", fsMap(obj{
				{"idLoker", fsStr(decoy("LKR-" + g.s(uc, 3) + "-" + g.s(num, 3)))},
				{"pin", fsStr(cred(g.s(num, 6)))},
			})},
			{"kurir", fsMap(obj{
				{"nama", fsStr(cont(kur.full()))},
				{"hp", fsStr(cont(g.phoneID()))},
				{"perangkat", fsMap(obj{
					{"model", fsStr(dev(model))},
					{"imei", fsStr(dev(g.imei()))},
					{"versiAplikasi", fsStr(dev(g.ver(3)))},
				})},
			})},
			{"riwayat", fsArr(riwayat...)},
			{"catatan", fsStr(kirimanNote(g))},
			{"fcmToken", fsStr(cred(g.fcm()))},
			{"dibuat", fsTime(decoy(g.isoMs()))},
		}},
		{"createTime", decoy(g.isoMs())},
		{"updateTime", decoy(g.isoMs())},
	})
}

func kirimanLog(g *rng, rcv person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Paket diterima oleh "), p(rcv.first, contactCat), p(" (keluarga)."))
	case 1:
		return prose(p("Paket masuk loker, PIN "), p(g.s(num, 6), credCat), p(" dikirim via SMS."))
	case 2:
		return prose(p("Paket tiba di gudang transit."))
	case 3:
		return prose(p("Gagal antar, penerima tidak di tempat."))
	}
	return prose(p("Kurir menghubungi "), p(g.phoneID(), contactCat), p(", tidak diangkat."))
}

func kirimanNote(g *rng) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Titip di pos satpam, hubungi "), p(g.phoneID(), contactCat), p("."))
	case 1:
		return prose(p("Isi obat "), p(one(g, "insulin, harus dingin", "metformin dan amlodipin", "inhaler asma"), healthCat), p(", jangan dibanting."))
	case 2:
		return prose(p("Barang pecah belah."))
	case 3:
		return prose(p("Pagar kode "), p(g.s(num, 4), credCat), p(", taruh di teras."))
	}
	return prose(p("Kirim ke kantor, lantai 3."))
}

// consentLog: a page of an identity provider's audit log of OAuth consent
// grants (PascalCase keys), with the grant material a debug flag left in.
func consentLog(g *rng) any {
	vals := arr{}
	for j := 0; j < 2; j++ {
		u := g.personOf(one(g, "en", "pl", "sv", "no"))
		model, osv := one(g, "Windows 11", "macOS 14.5", "iOS 17.5", "Android 14"), one(g, "Edge 124.0.2478", "Chrome 125.0.6422", "Safari 17.5", "Firefox 126.0")
		clientID := g.uuid()
		grant := obj{
			{"ClientId", decoy(clientID)},
			{"AuthorizationCode", cred("0.A" + g.s(urlb64, 90))},
			{"RedirectUri", plain("https://" + one(g, "calsync", "expensebot", "signflow") + ".example.com/oauth/callback")},
			{"AccessToken", cred(g.jwt())},
			{"RefreshToken", cred("0.A" + g.s(urlb64, 120))},
			{"TokenType", decoy("Bearer")},
			{"ExpiresIn", plain(one(g, 3599, 4199, 5399))},
			{"Scope", plain("openid " + one(g, "Mail.Read", "Calendars.ReadWrite", "Files.Read.All") + " offline_access")},
			{"CodeVerifier", cred(g.s(urlb64, 43))},
		}
		if g.chance(50) {
			grant = append(grant, field{"ClientSecret", cred(g.s(alnum+"~._-", 40))})
		}
		vals = append(vals, obj{
			{"Id", decoy(g.uuid())},
			{"ActivityDateTime", decoy(g.isoMs())},
			{"ActivityDisplayName", plain(one(g, "Consent to application", "Add delegated permission grant"))},
			{"InitiatedBy", obj{{"User", obj{
				{"Id", decoy(g.uuid())},
				{"DisplayName", cont(u.full())},
				{"UserPrincipalName", cont(strings.ToLower(u.afirst) + "." + strings.ToLower(u.alast) + "@contoso.example.com")},
				{"IpAddress", netw(one(g, g.docIP(), g.ip6(), g.privIP()))},
			}}}},
			{"TargetResources", arr{obj{
				{"DisplayName", plain(one(g, "CalSync Pro", "ExpenseBot", "SignFlow"))},
			}}},
			{"AdditionalDetails", obfuscated(arr{
				obj{{"Key", decoy("User-Agent")}, {"Value", dev(g.userAgent())}},
				obj{{"Key", decoy("AppId")}, {"Value", decoy(clientID)}},
				obj{{"Key", decoy("ClientIP")}, {"Value", netw(g.docIP())}},
			})},
			{"Grant", grant},
			{"Result", plain(one(g, "success", "success", "failure"))},
			{"Device", obj{
				{"OperatingSystem", dev(model)},
				{"Browser", dev(osv)},
				{"DeviceId", dev(g.uuid())},
				{"IsCompliant", decoy(g.chance(60))},
			}},
			{"ReviewerComment", consentComment(g)},
		})
	}
	return obj{
		{"@odata.context", plain("https://graph.example.com/v1.0/$metadata#auditLogs/directoryAudits")},
		{"@odata.nextLink", decoy("https://graph.example.com/v1.0/auditLogs/directoryAudits?$skiptoken=" + g.s(hx, 32))},
		{"value", vals},
	}
}

func consentComment(g *rng) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Käyttäjä myönsi luvan vahingossa, soitettu numeroon "), p(g.phoneUK(), contactCat), p("."))
	case 1:
		return prose(p("Known app, approved by security."))
	case 2:
		return prose(p("Illicit consent grant suspected, attacker IP "), p(g.docIP(), netCat), p(", tokens revoked."))
	case 3:
		return prose(p("Uživatel "), p(g.email(g.personOf("en")), contactCat), p(" potvrdil souhlas."))
	}
	return prose(p("Verified publisher, auto-approved."))
}

// vnShop: a Vietnamese e-commerce shop's user collection as a mongoexport
// line (Vietnamese keys without diacritics, extended JSON).
func vnShop(g *rng) any {
	u := g.personOf("vi")
	addrs := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		addrs = append(addrs, obj{
			{"so_nha", cont(fmt.Sprintf("%d/%d", g.in(1, 400), g.in(1, 40)))},
			{"duong", cont(one(g, "Nguyễn Trãi", "Lê Lợi", "Điện Biên Phủ", "Hai Bà Trưng", "Trần Hưng Đạo"))},
			{"phuong", cont(one(g, "Phường Bến Nghé", "Phường 7", "Phường Thảo Điền", "Phường Hàng Bạc"))},
			{"quan", cont(one(g, "Quận 1", "Quận 3", "Quận Bình Thạnh", "Quận Hoàn Kiếm"))},
			{"thanh_pho", cont(one(g, "TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng"))},
			{"mac_dinh", decoy(j == 0)},
		})
	}
	orders, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		orders = append(orders, obj{
			{"ma_don", decoy(fmt.Sprintf("DH%d%06d", g.in(23, 25), g.n(1000000)))},
			{"sku", decoy(one(g, "AT", "QJ", "GD", "MP") + "-" + g.s(num, 5) + "-" + one(g, "S", "M", "L", "XL"))},
			{"ten_san_pham", plain(one(g, "Áo thun cotton basic", "Quần jean ống suông", "Nồi chiên không dầu 5L", "Sữa rửa mặt trà xanh"))},
			{"gia", obj{{"$numberDecimal", decoy(fmt.Sprint(g.in(49, 2500) * 1000))}}},
			{"ghi_chu", seen.draw(func() leaf { return vnOrderNote(g, u) })},
		})
	}
	return language(obj{
		{"_id", obj{{"$oid", decoy(g.oid())}}},
		{"ho_ten", cont(u.fullVI())},
		{"email", cont(g.email(u))},
		{"so_dien_thoai", obj{{"$numberLong", cont("8428555001" + g.s(num, 2))}}},
		{"mat_khau", cred(g.md5())},
		{"muoi", cred(g.s(alnum, 16))},
		{"gioi_tinh", sexOf(fm(u, "nu", "nam"))},
		{"ngay_sinh", obj{{"$date", cont(g.dob() + "T00:00:00.000Z")}}},
		{"dia_chi", addrs},
		{"don_hang", orders},
		{"thiet_bi", obj{
			{"user_agent", dev(g.userAgent())},
			{"ip_dang_nhap", netw(one(g, g.docIP(), g.ip6()))},
			{"fcm", cred(g.fcm())},
			{"lan_cuoi_dang_nhap", obj{{"$date", plain(g.isoMs())}}},
		}},
		{"refresh_token", cred(g.jwt())},
		{"diem_thuong", obj{{"$numberInt", decoy(fmt.Sprint(g.in(0, 9000)))}}},
		{"xac_thuc_email", decoy(g.chance(70))},
		{"ngay_tao", obj{{"$date", decoy(g.isoMs())}}},
		{"__v", decoy(g.in(0, 5))},
	})
}

func vnOrderNote(g *rng, u person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Giao giờ hành chính, gọi "), p(g.phoneVN(), contactCat), p(" trước khi đến."))
	case 1:
		return prose(p("Gói quà giúp mình nhé."))
	case 2:
		return prose(p("Người nhận: "), p(u.fullVI(), contactCat))
	case 3:
		return prose(p("Mình đang "), p("mang thai", healthCat), p(", giao hàng nhẹ tay giúp."))
	}
	return prose(p("Để ở bảo vệ chung cư, mã cổng "), p(g.s(num, 4), credCat))
}
