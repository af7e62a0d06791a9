package blindset5

import (
	"fmt"
	"strings"
)

// fibraOS: a Brazilian fibre ISP's field-service work order for an
// installation or repair (Portuguese snake_case keys): customer and
// address, plan, the ONT with its GPON serial, the PPPoE, Wi-Fi and LAN
// configuration the installer left, technician and his phone, materials,
// photos and notes.
func fibraOS(g *rng) any {
	c := g.personOf("br")
	t := g.personOf("br")
	a := g.addrBR()
	vendor := g.n(3)
	ontMaker := []string{"Huawei", "ZTE", "Nokia"}[vendor]
	ontModel := []string{one(g, "EG8145V5", "HG8245Q2", "EG8145X6"), one(g, "F670L", "F6600P"), one(g, "G-1425G-A", "G-2425G-A")}[vendor]
	serial := []string{"HWTC", "ZTEG", "ALCL"}[vendor] + g.s(HX, 8)
	lan := one(g, "192.168.1", "192.168.100", "192.168.0", "10.0.0")
	ssid := g.ssid(c)
	whats := nullDecoy()
	if g.chance(60) {
		whats = cont(g.phoneBR())
	}
	mats := arr{}
	for _, m := range some(g, g.in(1, 3), "CABO-DROP-1F-80M", "CONECTOR-SC-APC", "ONT-"+strings.ToUpper(ontModel), "ROSETA-OPT-2P", "ALCA-PREF-FIBRA") {
		mats = append(mats, obj{{"sku", decoy(m)}, {"qtd", plain(g.in(1, 4))}})
	}
	fotos := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		fotos = append(fotos, obj{
			{"arquivo", plain(fmt.Sprintf("os_%s_%d.jpg", one(g, "cto", "ont", "drop", "fachada"), j+1))},
			{"sha256", decoy(g.sha256())},
			{"bytes", plain(g.in(180000, 3900000))},
		})
	}
	model, osv := g.phone()
	return language(obj{
		{"ordem_servico", decoy(fmt.Sprintf("OS-%d-%06d", g.in(2023, 2024), g.n(1000000)))},
		{"tipo", plain(one(g, "instalacao", "reparo", "mudanca_endereco"))},
		{"status", plain(one(g, "concluida", "pendente_cliente", "concluida"))},
		{"agendado_para", decoy(g.local())},
		{"cliente", obj{
			{"nome_completo", cont(c.full())},
			{"telefone", cont(g.phoneBR())},
			{"whatsapp", whats},
			{"email", cont(g.email(c))},
			{"endereco", obj{
				{"logradouro", cont(a.street)},
				{"numero", cont(fmt.Sprint(g.in(1, 3000)))},
				{"complemento", cont(one(g, "apto 42", "casa 2", "bloco C apto 1104", "fundos"))},
				{"bairro", cont(one(g, "Vila Mariana", "Savassi", "Boa Viagem", "Batel", "Icaraí"))},
				{"cidade", cont(a.city)},
				{"uf", cont(a.region)},
				{"cep", cont(a.zip)},
			}},
		}},
		{"plano", obj{
			{"nome", plain(one(g, "Fibra 300 Mega", "Fibra 500 Mega", "Fibra 1 Giga + Wi-Fi 6"))},
			{"valor_mensal", decoy(comma(g.f(89, 199), 2))},
		}},
		{"ont", obj{
			{"fabricante", dev(ontMaker)},
			{"modelo", dev(ontModel)},
			{"serial_gpon", dev(serial)},
			{"mac", macAddr(g.mac())},
			{"firmware", dev(one(g, "V5R020C10S"+fmt.Sprint(g.in(100, 300)), "V9.0.11P"+fmt.Sprint(g.in(1, 9))+"N"+fmt.Sprint(g.in(1, 30)), "3FE49568HJKL"+fmt.Sprint(g.in(10, 99))))},
			{"olt", netw(fmt.Sprintf("olt-%s-%02d.rede.lan", one(g, "spo-zn", "bhz-ct", "rec-bv"), g.in(1, 20)))},
			{"pon", plain(fmt.Sprintf("0/%d/%d", g.in(1, 16), g.n(16)))},
			{"sinal_rx_dbm", plain(comma(-g.f(15, 26), 2))},
		}},
		{"configuracao", obj{
			{"pppoe_usuario", cont(strings.ToLower(c.afirst) + "." + g.s(num, 6) + "@fibra")},
			{"pppoe_senha", cred(g.s(lc+num, 8))},
			{"vlan", netw(one(g, 10, 100, 600, 1010))},
			{"ip_wan", netw(g.docIP())},
			{"ipv6_prefixo", netw(fmt.Sprintf("2001:db8:%x:%x00::/56", g.n(0xffff), g.n(0xff)))},
			{"wifi", obj{
				{"ssid_24", netw(ssid)},
				{"ssid_5", netw(ssid + "_5G")},
				{"senha", cred(g.passphrase())},
				{"canal_5", plain(one(g, 36, 44, 149, 157))},
			}},
			{"lan", obj{
				{"ip", netw(lan + ".1")},
				{"mascara", netw("255.255.255.0")},
				{"dhcp_inicio", netw(lan + ".2")},
				{"dhcp_fim", netw(lan + ".254")},
			}},
			{"acesso_remoto", obj{
				{"url", netw(fmt.Sprintf("http://%s:%d", g.docIP(), one(g, 8080, 8443, 7547)))},
				{"senha_admin", cred(one(g, g.s(alnum, 10), "Fibr@"+g.s(num, 4)))},
			}},
		}},
		{"tecnico", obj{
			{"nome", cont(t.full())},
			{"matricula", decoy("T" + g.s(num, 5))},
			{"celular", cont(g.phoneBR())},
			{"aparelho", obj{
				{"modelo", dev(model)},
				{"so", dev(osv)},
				{"app_versao", dev(g.ver(3))},
			}},
		}},
		{"materiais", mats},
		{"fotos", fotos},
		{"observacoes", fibraObs(g, c, lan)},
		{"assinatura_sha1", decoy(g.sha1())},
		{"finalizada_em", decoy(g.local())},
	})
}

func fibraObs(g *rng, c person, lan string) leaf {
	switch g.n(7) {
	case 0:
		return prose(p("Cliente pediu para trocar a senha do Wi-Fi para "), p(g.passphrase(), credCat), p("."))
	case 1:
		return prose(p(fmt.Sprintf("Drop passado pelo poste %d, ONT instalada na sala, sinal -18,9 dBm.", g.in(2, 40))))
	case 2:
		return prose(p("Roteador antigo ("), p(one(g, "TP-Link Archer C6", "Intelbras W5-1200F", "D-Link DIR-842"), deviceCat), p(") devolvido ao cliente."))
	case 3:
		return prose(p("Cliente idoso e cadeirante, ", healthCat), p("acesso pela garagem."))
	case 4:
		return prose(p("Liberada porta 8080 para o DVR em "), p(g.lanIP(lan), netCat), p("."))
	case 5:
		f := g.personOf("br")
		return prose(p("Falar com a filha, "), p(f.first, contactCat), p(", no "), p(g.phoneBR(), contactCat), p("."))
	}
	return prose(p("Cliente ausente, cachorro bravo no quintal, reagendar."))
}

// portaria: a Brazilian gated-condominium concierge app's unit record
// (Portuguese camelCase keys): residents with access tags and gate PINs,
// visitors with QR codes, parcels, the gatehouse devices (IP cameras,
// facial-recognition readers, intercom), the manager, app session,
// incidents.
func portaria(g *rng) any {
	a := g.addrBR()
	moradores := arr{}
	mor := []person{}
	for j := 0; j < g.in(1, 2); j++ {
		m := g.personOf("br")
		mor = append(mor, m)
		moradores = append(moradores, obj{
			{"nome", cont(m.full())},
			{"celular", cont(g.phoneBR())},
			{"email", cont(g.email(m))},
			{"fotoUrl", cont("https://cdn.portaria.example.com/faces/" + g.uuid() + ".jpg")},
			{"tipo", plain(one(g, "proprietario", "inquilino", "dependente"))},
			{"tagAcesso", cred(one(g, "E28011606000", "300833B2DDD9") + g.s(HX, 12))},
			{"senhaPortao", cred(g.s(num, one(g, 4, 6)))},
			{"faceId", decoy(g.uuid())},
		})
	}
	vis, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		v := g.personOf("br")
		in := g.epoch()
		var saida leaf = null()
		if g.chance(60) {
			saida = decoy(isoAt(in + g.in(300, 14400)))
		}
		vis = append(vis, obj{
			{"nome", cont(v.full())},
			{"autorizadoPor", cont(one(g, mor...).first)},
			{"entrada", decoy(isoAt(in))},
			{"saida", saida},
			{"qrCode", cred("VIS-" + g.opaque(24))},
			{"observacao", seen.draw(func() leaf { return portariaObs(g, mor[0]) })},
		})
	}
	enc := arr{}
	for j := 0; j < g.in(0, 2); j++ {
		enc = append(enc, obj{
			{"codigoRastreio", decoy(g.s(uc, 2) + g.s(num, 9) + "BR")},
			{"transportadora", plain(one(g, "Correios", "Loggi", "Jadlog", "Mercado Envios"))},
			{"pesoKg", decoy(round1(g.f(0.1, 18)))},
			{"retirada", plain(g.chance(50))},
		})
	}
	lan := one(g, "192.168.10", "10.10.0", "172.16.5")
	devs := arr{}
	for _, d := range some(g, g.in(1, 3),
		[3]string{"camera_ip", "Intelbras VIP 1230 B", "Portaria Entrada"},
		[3]string{"camera_ip", "Hikvision DS-2CD1043G2-I", "Garagem Subsolo"},
		[3]string{"leitor_facial", "Control iD iDFace", "Eclusa Pedestres"},
		[3]string{"interfone", "Intelbras TVIP 3000", "Hall Bloco B"},
	) {
		ip := g.lanIP(lan)
		pw := g.s(alnum, 8)
		o := obj{
			{"tipo", dev(d[0])},
			{"modelo", dev(d[1])},
			{"apelido", dev(d[2])},
			{"ip", netw(ip)},
			{"mac", macAddr(g.mac())},
			{"senha", cred(pw)},
		}
		if d[0] == "camera_ip" {
			o = append(o, field{"rtspUrl", tag(fmt.Sprintf("rtsp://admin:%s@%s:554/cam/realmonitor?channel=1&subtype=0", pw, ip), credCat, netCat)})
		}
		o = append(o, field{"ultimaComunicacao", dev(g.iso())})
		devs = append(devs, o)
	}
	sind := g.personOf("br")
	ocs, seen2 := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		ocs = append(ocs, obj{
			{"titulo", seen2.draw(func() leaf { return portariaTitulo(g) })},
			{"descricao", seen2.draw(func() leaf { return portariaOcorrencia(g, lan) })},
			{"registradaEm", decoy(g.isoMs())},
		})
	}
	return language(obj{
		{"condominio", obj{
			{"nome", plain(one(g, "Residencial Jardim das Acácias", "Condomínio Parque Ipê", "Edifício Mirante do Vale"))},
			{"logradouro", cont(fmt.Sprintf("%s, %d", a.street, g.in(10, 2000)))},
			{"cidade", cont(a.city)},
			{"cep", cont(a.zip)},
			{"totalUnidades", decoy(g.in(40, 400))},
		}},
		{"unidade", obj{
			{"bloco", cont(one(g, "A", "B", "C", "Torre 2"))},
			{"apto", cont(fmt.Sprint(g.in(1, 24)*100 + g.in(1, 8)))},
		}},
		{"moradores", moradores},
		{"visitantes", vis},
		{"encomendas", enc},
		{"dispositivos", devs},
		{"sindico", obj{
			{"nome", cont(sind.full())},
			{"telefone", cont(g.phoneBR())},
		}},
		{"app", obj{
			{"sessionToken", cred(g.opaque(48))},
			{"versao", dev(g.ver(3))},
			{"plataforma", dev(one(g, "android", "ios"))},
			{"googleMapsKey", cred(g.googleKey())},
		}},
		{"ocorrencias", ocs},
	})
}

func portariaObs(g *rng, m person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Liberado pelo morador "), p(m.first, contactCat), p(" por interfone."))
	case 1:
		return prose(p("Cuidadora da D. "), p(one(g, "Francisca", "Luzia", "Conceição"), contactCat), p(", vem 3x por semana por causa do Alzheimer.", healthCat))
	case 2:
		return prose(p("Prestador de serviço (ar-condicionado), só até 17h."))
	case 3:
		return prose(p("Fisioterapeuta domiciliar, paciente em recuperação de AVC.", healthCat))
	}
	return prose(p("Entregador iFood, deixar na portaria."))
}

func portariaTitulo(g *rng) leaf {
	return prose(p(one(g, "Câmera offline", "Barulho após 22h", "Portão travado", "Senha vazada", "Pacote extraviado")))
}

func portariaOcorrencia(g *rng, lan string) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Câmera da garagem sem imagem, pinga em "), p(g.lanIP(lan), netCat), p(" mas RTSP não abre."))
	case 1:
		return prose(p("Barulho de festa no bloco B até 2h da manhã."))
	case 2:
		return prose(p("Senha do portão vazou no grupo do WhatsApp, trocar para "), p(g.s(num, 4), credCat), p(" a partir de segunda."))
	case 3:
		return prose(p("Morador do 804 passou mal no elevador, SAMU chamado, suspeita de hipoglicemia.", healthCat))
	}
	return prose(p("Pacote entregue no apartamento errado, morador devolveu."))
}
