package blindset13

import (
	"fmt"
	"strings"
)

// An Angolan satellite-TV and 4G home-internet reseller's subscriber as a
// Couchbase N1QL REST response (requestID, signature, results wrapping each
// document under its bucket name, status, metrics with elapsedTime and
// resultSize), with Angolan Portuguese snake_case keys: cliente with
// telemóvel and morada (bairro, município, província), accessibility
// needs, decoder and smartcard, dish, 4G router with IMEI, SSID, Wi-Fi and
// admin passwords, Multicaixa payments, parental PIN, self-care portal,
// installer, app, and occurrences.

var (
	aoNomes     = []string{"Domingos", "Mateus", "Adelino", "Feliciano", "Kiesse", "Paulino", "Esperança", "Teresa", "Nzinga", "Luzia", "Josefa", "Delfina"}
	aoApelidos  = []string{"Kiala", "Cassoma", "Neto", "Tchissola", "dos Santos", "Mbala", "Sebastião", "Chipenda", "Lukamba", "Bumba"}
	aoBairros   = [][3]string{{"Maianga", "Luanda", "Luanda"}, {"Talatona", "Talatona", "Luanda"}, {"Cazenga", "Cazenga", "Luanda"}, {"Benfica", "Belas", "Luanda"}, {"Comandante Kassanji", "Huambo", "Huambo"}, {"Lobito Velho", "Lobito", "Benguela"}}
	decoders    = []string{"DStv Explora Ultra", "ZAP Box HD+", "DStv HD Single View", "TV Cabo Angola Box 4K", "Strong SRT 7602"}
	fourGRouter = []string{"Huawei B535-232", "Huawei B311-221", "ZTE MF286D", "TP-Link Archer MR600", "Alcatel Linkhub HH71"}
)

func aoTel(r *rng) string {
	return fmt.Sprintf("+244 9%d 000 %03d", r.pickInt(23, 24, 31, 45, 91, 93), r.in(0, 999))
}

func tvsatCouchbase(r *rng) any {
	ni := r.IntN(len(aoNomes))
	genero := "M"
	if ni >= 6 {
		genero = "F"
	}
	nome := aoNomes[ni] + " " + r.pick(aoApelidos...) + " " + r.pick(aoApelidos...)
	partes := strings.Fields(nome)
	b := aoBairros[r.IntN(len(aoBairros))]
	lan := "192.168." + fmt.Sprint(r.pickInt(1, 8, 3))
	ssid := r.pick("UNITEL-", "Movicel_", "Africell-", "CASA_") + strings.ToUpper(r.hexs(4))
	router := r.pick(fourGRouter...)
	tec := r.pick(aoNomes...) + " " + r.pick(aoApelidos...)
	tel := aoTel(r)
	cartao := r.digits(10)

	var pags arr
	for k := 0; k < r.in(1, 3); k++ {
		pags = append(pags, obj{
			{"referencia_multicaixa", decoy(fmt.Sprintf("%03d %03d %03d", r.in(0, 999), r.in(0, 999), r.in(0, 999)))},
			{"entidade", decoy(r.pickInt(10116, 11233, 541))},
			{"valor_kz", plain(r.pickInt(7500, 12900, 18500, 26000))},
			{"data", plain(r.day(2024, 2024))},
		})
	}
	var ocs arr
	for k := 0; k < r.in(1, 2); k++ {
		ocs = append(ocs, obj{
			{"n_ocorrencia", decoy(r.digits(7))},
			{"aberta_em", plain(r.iso(2024, 2024))},
			{"descricao", r.pickProse(
				func() leaf {
					return prose(p("Cliente sem sinal desde a chuva. Técnico "), p(tec, contactC), p(" realinhou a antena, cartão "), p(cartao, devC), p(" re-emparelhado."))
				},
				func() leaf {
					return prose(p("Internet lenta. Router "), p(router, devC), p(" com IP WAN "), p(fmt.Sprintf("10.%d.%d.%d", r.in(130, 160), r.in(0, 254), r.in(2, 250)), netC), p(", alterada a senha do wifi para "), p(r.pick("kwanza", "mukua", "palanca")+r.digits(4), credC), p("."))
				},
				func() leaf {
					return prose(p("Filha ligou do "), p(aoTel(r), contactC), p(": a mãe está "), p(r.pick("acamada depois do AVC", "quase cega, precisa de audiodescrição", "em diálise 3x por semana"), healthC), p(", pedir visita de manhã."))
				},
				func() leaf { return prose(p("Pedido de mudança de pacote para o mês seguinte.")) },
			)},
			{"estado", plain(r.pick("fechada", "aberta", "pendente"))},
		})
	}

	doc := obj{
		{"tipo", plain("assinante")},
		{"n_contrato", decoy(fmt.Sprintf("AO-%d-%06d", r.in(2019, 2024), r.in(0, 999999)))},
		{"cliente", obj{
			{"nome_completo", cont(nome)},
			{"primeiro_nome", cont(partes[0])},
			{"genero", sexOf(genero)},
			{"data_nasc", cont(r.day(1945, 2002))},
			{"telemovel", cont(tel)},
			{"telemovel_alt", func() leaf {
				if r.chance(0.5) {
					return nullDecoy()
				}
				return cont(aoTel(r))
			}()},
			{"email", cont(r.mail(ascii(partes[0]) + "." + ascii(partes[len(partes)-1])))},
			{"morada", obj{
				{"rua", cont(fmt.Sprintf("Rua %s, casa n.º %d", r.pick("Amílcar Cabral", "Rainha Ginga", "Comandante Che Guevara", "da Missão", "Direita"), r.in(1, 300)))},
				{"bairro", cont(b[0])},
				{"municipio", cont(b[1])},
				{"provincia", cont(b[2])},
				{"ponto_referencia", cont(r.pick("perto da igreja tocoísta", "atrás do mercado", "junto à escola primária", "em frente à bomba da Sonangol")).free()},
			}},
			{"necessidades_especiais", func() leaf {
				if r.chance(0.6) {
					return plain("")
				}
				return hlth(r.pick("deficiência visual - ativar audiodescrição", "surdo - legendas sempre ligadas", "mobilidade reduzida - instalar no rés-do-chão"))
			}()},
		}},
		{"pacote", plain(r.pick("ZAP Max", "ZAP Mais", "DStv Compacto", "Internet 4G 50GB + TV"))},
		{"descodificador", obj{
			{"modelo", dev(r.pick(decoders...))},
			{"n_serie", dev(r.digits(4) + r.upper(2) + r.digits(6))},
			{"n_cartao", dev(cartao)},
			{"versao_sw", fwIP(r.ipVer())},
			{"ultimo_contacto", dev(r.iso(2024, 2024))},
			{"pin_parental", cred(r.digits(4))},
			{"resolucao_altura", decoy(r.pickInt(720, 1080, 2160))},
		}},
		{"antena", obj{{"diametro_cm", decoy(r.pickInt(60, 80, 90, 120))}, {"satelite", plain(r.pick("Intelsat 20", "SES-5", "Eutelsat 7B"))}, {"lnb", dev(r.pick("Inverto Black Ultra", "Strong SRT L780", "Universal KU"))}}},
		{"router_4g", obj{
			{"modelo", dev(router)},
			{"imei", dev("86" + r.digits(13))},
			{"fw", dev(fmt.Sprintf("%d.0.%d.%d(H%dSP%dC%d)", r.in(10, 11), r.in(1, 5), r.in(1, 99), r.in(100, 300), r.in(1, 20), r.in(1, 999)))},
			{"ssid", netw(ssid)},
			{"senha_wifi", cred(r.alnum(12))},
			{"ip_lan", netw(lan + ".1")},
			{"ip_wan", netw(fmt.Sprintf("10.%d.%d.%d", r.in(130, 160), r.in(0, 254), r.in(2, 250)))},
			{"apn", plain(r.pick("internet.unitel.co.ao", "internet.movicel.co.ao"))},
			{"utilizador_admin", cont("admin")},
			{"senha_admin", cred(r.pick("Zap", "Casa", "Admin") + "@" + r.digits(4))},
			{"dados_usados_gb", decoy(r.f1(0, 200))},
		}},
		{"pagamentos", pags},
		{"portal", obj{
			{"utilizador", cont(strings.ToLower(ascii(partes[0])) + r.digits(3))},
			{"palavra_passe_sha256", cred(r.sha256())},
			{"ultimo_ip", netw(r.wanIP())},
			{"tentativas_falhadas", decoy(r.in(0, 6))},
		}},
		{"instalacao", obj{{"data", plain(r.day(2019, 2024))}, {"tecnico", cont(tec)}, {"tecnico_tel", cont(aoTel(r))}, {"cabo_m", decoy(r.in(5, 40))}}},
		{"app", obj{{"versao", dev(fmt.Sprintf("%d.%d.%d", r.in(3, 5), r.in(0, 20), r.in(0, 9)))}, {"so", dev(r.osVer())}, {"token_push", cred(r.fcm())}, {"versao_api", decoy(r.ver())}}},
		{"ocorrencias", ocs},
		{"criado_em", plain(r.iso(2019, 2024))},
	}
	return language(obj{
		{"requestID", decoy(r.uuid())},
		{"signature", obj{{"*", plain("*")}}},
		{"results", arr{obj{{"assinantes", doc}}}},
		{"status", plain("success")},
		{"metrics", obj{
			{"elapsedTime", plain(fmt.Sprintf("%.4fms", r.f2(2, 80)))},
			{"executionTime", plain(fmt.Sprintf("%.4fms", r.f2(2, 80)))},
			{"resultCount", decoy(1)},
			{"resultSize", decoy(r.in(2000, 6000))},
		}},
	})
}
