package blindset9

import (
	"fmt"
	"strings"
)

// geomjin-jsonapi: a Korean health-checkup centre's result as a JSON:API
// document (romanised Korean snake_case keys; data / attributes /
// relationships / included / meta): examinee in Hangul (birth date, sex,
// mobile, e-mail, address, postcode), body measurements, blood pressure,
// blood test rows with units, ranges and flags, questionnaire (smoking,
// drinking, PHQ-9, past illnesses), the judging doctor's opinion in Korean,
// the employer with its HR contact, the body-composition analyser (model,
// serial, firmware, IP, last contact), the centre's API user.

type koreaAddr struct{ sido, gu, ro, zip string }

func geomjin(g *rng) any {
	pp := g.personOf("ko")
	name := pp.last + pp.first
	doc := g.personOf("ko")
	hr := g.personOf("ko")
	addrs := []koreaAddr{
		{"서울특별시", "마포구", "월드컵북로", "039"}, {"서울특별시", "강남구", "테헤란로", "061"}, {"부산광역시", "해운대구", "센텀중앙로", "480"},
		{"경기도 성남시", "분당구", "판교역로", "135"}, {"대구광역시", "수성구", "달구벌대로", "421"}, {"인천광역시", "연수구", "컨벤시아대로", "219"},
	}
	a := one(g, addrs...)
	hgt := round1(g.f(150, 188))
	wgt := round1(g.f(45, 98))
	sys, dia := g.in(100, 165), g.in(62, 102)

	type lab struct {
		name, unit, ref string
		lo, hi          float64
	}
	labs := []lab{
		{"공복혈당", "mg/dL", "70-99", 72, 180},
		{"총콜레스테롤", "mg/dL", "<200", 140, 290},
		{"HDL 콜레스테롤", "mg/dL", ">=60", 30, 85},
		{"AST(SGOT)", "U/L", "0-40", 12, 95},
		{"ALT(SGPT)", "U/L", "0-35", 8, 120},
		{"감마지티피", "U/L", "11-63", 9, 210},
		{"혈색소", "g/dL", "12-16.5", 10.5, 17.5},
		{"혈청크레아티닌", "mg/dL", "0.5-1.5", 0.5, 1.9},
	}
	var rows arr
	for _, l := range some(g, g.in(3, 6), labs...) {
		v := round1(g.f(l.lo, l.hi))
		flag := one(g, "정상", "정상", "경계", "질환의심")
		rows = append(rows, obj{
			{"hangmok", plain(l.name)},
			{"gyeolgwa", hlth(v)},
			{"danwi", plain(l.unit)},
			{"chamgo_beomwi", plain(l.ref)},
			{"panjeong", hlth(flag)},
		})
	}
	opinion := []piece{p(one(g, "검사 결과 ", "종합 소견: "))}
	switch g.n(4) {
	case 0:
		opinion = append(opinion, p(one(g, "공복혈당장애가 의심되며", "고혈압 전단계로", "지방간이 의심되며"), healthCat), p(" 3개월 후 재검을 권합니다."))
	case 1:
		opinion = append(opinion, p(one(g, "이상지질혈증", "경도 빈혈", "간기능 수치 상승"), healthCat), p("이 있어 가까운 내과 진료를 권합니다. 문의 "), p(g.phoneKR(), contactCat))
	case 2:
		opinion = append(opinion, p("특이 소견 없습니다. 정상 A 판정."))
	default:
		opinion = append(opinion, p(pp.first, contactCat), p("님, "), p(one(g, "우울 척도 점수가 높아", "흡연량이 많아"), healthCat), p(" 상담을 권해 드립니다."))
	}

	fw := fmt.Sprintf("%d.%d.%d", g.in(1, 4), g.n(10), g.n(30))
	analyser := one(g, "InBody 770", "InBody 970", "ACCUNIQ BC720", "BPBIO 750")
	resID := g.uuid()
	compID := fmt.Sprint(g.in(100, 9999))
	devID := fmt.Sprint(g.in(10, 99))
	userID := fmt.Sprint(g.in(1000, 9999))

	return language(obj{
		{"jsonapi", obj{{"version", decoy("1.0")}}},
		{"data", obj{
			{"type", plain("geomjin-gyeolgwa")},
			{"id", decoy(resID)},
			{"attributes", obj{
				{"susinja_ireum", cont(name)},
				{"yeongmun_ireum", cont(strings.ToUpper(pp.alast) + " " + pp.afirst)},
				{"saengnyeonwolil", cont(g.dob())},
				{"seongbyeol", sexOf(fm(pp, one(g, "여", "F"), one(g, "남", "M")))},
				{"hyudaepon", cont(g.phoneKR())},
				{"imeil", cont(g.email(pp))},
				{"juso", cont(fmt.Sprintf("%s %s %s %d, %d동 %d호", a.sido, a.gu, a.ro, g.in(1, 400), g.in(101, 120), g.in(101, 2504)))},
				{"upyeon_beonho", cont(a.zip + g.s(num, 2))},
				{"geomjin_il", plain(g.date())},
				{"geomjin_jongnyu", plain(one(g, "일반건강검진", "종합검진 A형", "채용검진", "특수건강검진"))},
				{"sinche", clinical(obj{
					{"ki_cm", hlth(hgt)},
					{"momugye_kg", hlth(wgt)},
					{"bmi", hlth(bmi(wgt, int(hgt)))},
					{"heori_dulle_cm", hlth(g.in(62, 108))},
					{"siryeok_jwa_u", hlth(fmt.Sprintf("%.1f/%.1f", g.f(0.3, 1.5), g.f(0.3, 1.5)))},
					{"cheongnyeok", hlth(one(g, "정상/정상", "정상/이상", "이상/정상"))},
				})},
				{"hyeorap", clinical(obj{
					{"suchukgi", hlth(sys)},
					{"ijwangi", hlth(dia)},
					{"danwi", plain("mmHg")},
				})},
				{"hyeoraek_geomsa", clinical(rows)},
				{"munjin", clinical(obj{
					{"heubyeon", hlth(one(g, "비흡연", "과거흡연", "현재흡연 하루 반갑"))},
					{"eumju_il_ju", hlth(g.in(0, 5))},
					{"phq9_jeomsu", hlth(g.in(0, 21))},
					{"gwageo_byeongnyeok", stringsOf(hlth, some(g, g.in(0, 2), "고혈압", "당뇨병", "이상지질혈증", "뇌졸중", "갑상선질환", "천식")...)},
					{"munjin_sujeong_hoetsu", decoy(g.in(0, 3))},
					{"gita_uigyeon", prose(one(g,
						[]piece{p("최근 "), p(one(g, "두통이 잦고 잠을 잘 못 잡니다", "가슴 두근거림이 있습니다", "체중이 5kg 줄었습니다"), healthCat), p(".")},
						[]piece{p("결과지는 "), p(g.email(pp), contactCat), p(" 으로 보내주세요.")},
						[]piece{p("없음")},
					)...)},
				})},
				{"panjeong_uisa", cont(doc.last + doc.first)},
				{"jonghap_sogyeon", prose(opinion...)},
				{"tongbo_bangsik", plain(one(g, "모바일", "우편", "이메일"))},
				{"yeyak_beonho", decoy("010" + g.s(num, 8))},
				{"bonin_budam_geumaek", decoy(g.in(0, 350_000))},
			}},
			{"relationships", obj{
				{"hoesa", obj{{"data", obj{{"type", plain("hoesa")}, {"id", decoy(compID)}}}}},
				{"gigi", obj{{"data", obj{{"type", plain("gigi")}, {"id", decoy(devID)}}}}},
				{"deungnok_ja", obj{{"data", obj{{"type", plain("sayongja")}, {"id", decoy(userID)}}}}},
			}},
			{"links", obj{{"self", decoy("https://api.geomjin.example.com/v2/gyeolgwa/" + resID)}}},
		}},
		{"included", arr{
			obj{{"type", plain("hoesa")}, {"id", decoy(compID)}, {"attributes", obj{
				{"hoesa_myeong", plain(one(g, "한빛물산(주)", "(주)새누리정밀", "동해해운", "미래소프트"))},
				{"saeopja_beonho", decoy(fmt.Sprintf("%03d-%02d-%05d", g.n(1000), g.n(100), g.n(100000)))},
				{"damdangja", cont(hr.last + hr.first)},
				{"damdangja_imeil", cont(g.email(hr))},
			}}},
			obj{{"type", plain("gigi")}, {"id", decoy(devID)}, {"attributes", obj{
				{"gijong", dev(analyser)},
				{"jejo_beonho", dev(fmt.Sprintf("%s%08d", one(g, "CC71", "B720", "K9"), g.n(100_000_000)))},
				{"pemweeo", dev(fw)},
				{"ip_juso", netw(g.lanIP("172.20." + fmt.Sprint(g.in(0, 15))))},
				{"majimak_tongsin", dev(g.iso())},
				{"gyojeong_il", plain(g.date())},
			}}},
			obj{{"type", plain("sayongja")}, {"id", decoy(userID)}, {"attributes", obj{
				{"login_id", cont(strings.ToLower(g.personOf("ko").afirst) + g.s(num, 2))},
				{"bimilbeonho", cred(g.bcrypt())},
				{"api_token", cred("gj_live_" + g.s(alnum, 40))},
				{"bimilbeonho_choeso_giri", decoy(10)},
			}}},
		}},
		{"meta", obj{
			{"api_version", decoy(one(g, "2.3.1", "2.4.0.17", "3.0.2"))},
			{"request_id", decoy(g.uuid())},
			{"sangseong", plain(g.iso())},
		}},
	})
}
