package blindset6

import (
	"fmt"
	"strings"
)

// triagem: a Portuguese hospital emergency department's triage episode
// (Manchester triage system) exported from its ED software (European
// Portuguese snake_case): episode, patient and companion, triage
// (flowchart, discriminator, priority colour, nurse, post), vital signs,
// chief complaint, history, usual medication, allergies, pregnancy, the
// triage workstation (hostname, IP, label printer), session of the nurse.
func triagem(g *rng) any {
	u := g.personOf("pt")
	comp := g.personOf("pt")
	nurse := g.personOf("pt")
	fl := one(g,
		[3]string{"Dor torácica", "Dor pré-cordial", "Laranja"},
		[3]string{"Dispneia", "Incapaz de articular frases", "Laranja"},
		[3]string{"Dor abdominal", "Dor moderada", "Amarelo"},
		[3]string{"Indisposição no adulto", "Febre", "Verde"},
		[3]string{"Quedas", "Deformidade", "Amarelo"},
		[3]string{"Cefaleia", "Início súbito", "Laranja"},
		[3]string{"Problemas nos membros", "Dor ligeira recente", "Verde"},
	)
	sys := g.in(95, 195)
	woman := u.female
	var grav leaf
	if woman && g.chance(70) {
		grav = hlth(g.chance(10))
	} else {
		grav = null()
	}
	ant := arr{}
	for _, a := range some(g, g.in(0, 3), "HTA", "DM tipo 2 insulinotratada", "DPOC", "FA hipocoagulada", "Asma", "Insuficiência renal crónica", "Enfarte em 2019") {
		ant = append(ant, hlth(a))
	}
	meds := arr{}
	for _, m := range some(g, g.in(0, 3), "Varfarina 5 mg", "Metformina 1000 mg", "Lisinopril 20 mg", "Salbutamol inal.", "Alprazolam 0,5 mg", "Atorvastatina 20 mg") {
		meds = append(meds, hlth(m))
	}
	host := fmt.Sprintf("urg-triagem%02d.hsm.internal", g.in(1, 4))
	gluc := null()
	if g.chance(50) {
		gluc = hlth(g.in(60, 380))
	}
	return language(obj{
		{"episodio", decoy(g.in(24000000, 24999999))},
		{"admissao", decoy(g.local())},
		{"via_entrada", plain(one(g, "meios próprios", "INEM", "bombeiros", "transferência"))},
		{"utente", obj{
			{"nome", cont(u.full())},
			{"data_nascimento", cont(g.dob())},
			{"sexo", sexOf(fm(u, "F", "M"))},
			{"contacto", cont(g.phonePT())},
			{"morada", obj{
				{"rua", cont(one(g, "Rua de Cedofeita ", "Av. da Boavista ", "Travessa do Carmo ", "Rua Direita ") + fmt.Sprint(g.in(1, 400)) + one(g, "", ", 2.º Esq.", ", r/c"))},
				{"codigo_postal", cont(fmt.Sprintf("%04d-%03d", g.in(1000, 4999), g.n(999)))},
				{"localidade", cont(one(g, "Porto", "Lisboa", "Braga", "Coimbra", "Setúbal"))},
			}},
			{"acompanhante", obj{
				{"nome", cont(comp.full())},
				{"parentesco", plain(one(g, "filho/a", "cônjuge", "vizinho/a", "mãe"))},
				{"telemovel", cont(g.phonePT())},
			}},
		}},
		{"triagem", clinical(obj{
			{"fluxograma", hlth(fl[0])},
			{"discriminador", hlth(fl[1])},
			{"prioridade", hlth(fl[2])},
			{"tempo_alvo_min", plain(map[string]int{"Laranja": 10, "Amarelo": 60, "Verde": 120}[fl[2]])},
			{"hora", decoy(g.local())},
			{"enfermeiro", cont("Enf.ª " + nurse.first + " " + nurse.last)},
			{"posto", plain(fmt.Sprintf("Triagem %d", g.in(1, 4)))},
		})},
		{"sinais_vitais", clinical(obj{
			{"tensao_arterial", hlth(fmt.Sprintf("%d/%d", sys, sys-g.in(30, 70)))},
			{"frequencia_cardiaca", hlth(g.in(50, 140))},
			{"temperatura", hlth(comma(g.f(35.8, 40.1), 1))},
			{"spo2", hlth(g.in(84, 100))},
			{"glicemia_capilar", gluc},
			{"escala_dor", hlth(g.n(11))},
			{"glasgow", hlth(g.in(12, 15))},
		})},
		{"queixa_principal", triagemQueixa(g, u)},
		{"antecedentes", clinical(ant)},
		{"medicacao_habitual", clinical(meds)},
		{"alergias", clinical(hlth(one(g, "Desconhece", "Penicilina", "AINEs", "Marisco", "Sem alergias conhecidas")))},
		{"gravidez", clinical(grav)},
		{"pulseira", obj{
			{"codigo_barras", decoy(g.s(num, 12))},
			{"impressa", decoy(true)},
		}},
		{"encaminhamento", plain(one(g, "Balcão 1 - Medicina", "Ortopedia", "Sala de Emergência", "Área Amarela", "Pequena Cirurgia"))},
		{"posto_trabalho", obj{
			{"hostname", netw(host)},
			{"ip", netw(fmt.Sprintf("10.%d.%d.%d", g.in(20, 30), g.in(100, 120), g.in(10, 200)))},
			{"impressora_etiquetas", dev(one(g, "Zebra ZD421", "Brother QL-820NWB", "Zebra GK420t"))},
			{"versao_aplicacao", decoy(fmt.Sprintf("%d.%d.%d.%d", g.in(2, 3), g.n(9), g.n(9), g.in(1000, 9999)))},
		}},
		{"sessao", obj{
			{"utilizador", cont("enf." + strings.ToLower(nurse.afirst[:1]+nurse.alast))},
			{"token", cred(g.jwt())},
			{"expira_em", plain(3600)},
		}},
		{"observacoes", triagemObs(g)},
	})
}

func triagemQueixa(g *rng, u person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Refere "), p(one(g, "dor no peito com irradiação para o braço esquerdo", "falta de ar desde ontem", "dor abdominal e vómitos"), healthCat), p(" há "+fmt.Sprint(g.in(1, 12))+" horas."))
	case 1:
		return prose(p("Queda em casa, "), p("dor e deformidade no punho direito", healthCat), p(". Trazido pelo filho."))
	case 2:
		return prose(p("Febre de "), p(fmt.Sprintf("%d,%d ºC", g.in(38, 40), g.n(10)), healthCat), p(" e tosse produtiva. Contactos: "), p(g.phonePT(), contactCat))
	case 3:
		return prose(p(fm(u, "Utente", "Utente") + " recusa indicar queixa, pede para falar com o médico."))
	}
	return prose(p(one(g, "Cefaleia súbita intensa, a pior da vida", "Tonturas e visão turva", "Palpitações após tomar café"), healthCat), p("."))
}

func triagemObs(g *rng) leaf {
	switch g.n(4) {
	case 0:
		return prose(p("Retriado às "+g.iso()[11:16]+" por agravamento, "), p(fmt.Sprintf("SpO2 %d%%", g.in(82, 90)), healthCat), p("."))
	case 1:
		return prose(p("Impressora de pulseiras sem papel, trocado rolo."))
	case 2:
		return prose(p("Acompanhante "), p(g.personOf("pt").first, contactCat), p(" pede informação por SMS."))
	}
	return prose(p("Sem observações."))
}

// rastreador: a Brazilian truck-fleet tracking platform's vehicle document
// (Brazilian Portuguese camelCase, mongoexport): vehicle, tracker (maker,
// model, IMEI, ICCID, firmware, APN login, server IP and port, last
// report), driver with keypad password and phone, last positions, events
// with operator notes, platform operator login, driver app.
func rastreador(g *rng) any {
	d := g.personOf("br")
	op := g.personOf("br")
	k := g.n(3)
	maker := []string{"Suntech", "Queclink", "Teltonika"}[k]
	model := []string{"ST4315U", "GV300W", "FMB920"}[k]
	fw := []leaf{
		dev(fmt.Sprintf("%d.%d.%d", g.in(1, 2), g.in(0, 4), g.in(10, 40))),
		fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 2), g.n(10), g.n(30), g.in(1, 9))),
		dev(fmt.Sprintf("03.%02d.%02d.Rev.%02d", g.in(25, 29), g.n(20), g.in(1, 20))),
	}[k]
	pos := arr{}
	for j := 0; j < g.in(1, 3); j++ {
		pos = append(pos, obj{
			{"dataHora", obj{{"$date", decoy(g.isoMs())}}},
			{"velocidade", decoy(g.in(0, 98))},
			{"ignicao", plain(g.chance(70))},
			{"hodometro", decoy(g.in(100000, 900000))},
			{"temperaturaBau", decoy(round1(g.f(-18, 8)))},
		})
	}
	ev, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		ev = append(ev, obj{
			{"tipo", plain(one(g, "BOTAO_PANICO", "EXCESSO_VELOCIDADE", "VIOLACAO_BAU", "BATERIA_DESCONECTADA", "PARADA_NAO_PROGRAMADA"))},
			{"quando", obj{{"$date", decoy(g.isoMs())}}},
			{"obs", seen.draw(func() leaf { return obsFrota(g, d) })},
		})
	}
	mdl, os := g.phone()
	return language(obj{
		{"_id", obj{{"$oid", decoy(g.oid())}}},
		{"empresa", plain(one(g, "Transportes Rodoleve Ltda", "Frigo Sul Logística", "TransCerrado"))},
		{"veiculo", obj{
			{"prefixo", decoy(fmt.Sprintf("CAM-%03d", g.in(1, 400)))},
			{"marcaModelo", plain(one(g, "Volvo FH 540", "Scania R450", "Mercedes-Benz Actros 2651", "VW Constellation 24.280"))},
			{"anoModelo", decoy(g.in(2012, 2024))},
			{"capacidadeKg", decoy(g.in(8, 32) * 1000)},
		}},
		{"rastreador", obj{
			{"fabricante", dev(maker)},
			{"modelo", dev(model)},
			{"imei", dev(g.imei())},
			{"iccid", dev(g.iccid("55"))},
			{"firmware", fw},
			{"operadora", plain(one(g, "Vivo", "Claro", "TIM"))},
			{"apn", plain(one(g, "rodoleve.vivo.com.br", "m2m.claro.com.br", "frota.tim.br"))},
			{"apnUsuario", cont(fmt.Sprintf("frota%04d", g.n(10000)))},
			{"apnSenha", cred(g.s(alnum, 10))},
			{"ipServidor", netw(g.docIP())},
			{"portaServidor", netw(g.in(5000, 6100))},
			{"ultimaComunicacao", obj{{"$date", dev(g.isoMs())}}},
			{"tensaoBateriaV", decoy(round1(g.f(11.8, 28.4)))},
			{"sinalGsm", plain(g.in(5, 31))},
		}},
		{"motorista", obj{
			{"nome", cont(d.full())},
			{"celular", cont(g.phoneBR())},
			{"email", cont(g.email(d))},
			{"matricula", decoy(g.in(1000, 9999))},
			{"senhaTeclado", cred(g.s(num, 6))},
			{"jornadaHoje", obj{
				{"conducaoMin", plain(g.in(0, 600))},
				{"pausas", plain(g.in(0, 5))},
			}},
		}},
		{"ultimasPosicoes", pos},
		{"eventos", ev},
		{"central", obj{
			{"operador", cont(op.first + " " + op.last)},
			{"login", cont(strings.ToLower(op.afirst + "." + strings.Fields(op.alast)[0]))},
			{"senhaMd5", cred(g.md5())},
		}},
		{"appMotorista", obj{
			{"modeloCelular", dev(mdl)},
			{"so", dev(os)},
			{"versaoApp", dev(fmt.Sprintf("5.%d.%d", g.n(20), g.n(30)))},
			{"pushToken", cred(g.fcm())},
		}},
		{"versaoPlataforma", decoy(fmt.Sprintf("%d.%d.%d", g.in(7, 9), g.n(30), g.n(100)))},
	})
}

func obsFrota(g *rng, d person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Motorista "), p(d.first, contactCat), p(" acionou pânico por engano, confirmado por ligação no "), p(g.phoneBR(), contactCat), p("."))
	case 1:
		return prose(p("Motorista relata "), p(one(g, "dor no peito", "tontura e pressão alta", "crise de hipoglicemia"), healthCat), p(", parou no posto do km 212. SAMU acionado."))
	case 2:
		return prose(p("Rastreador sem comunicação, técnico trocou chip ICCID "), p(g.iccid("55"), deviceCat), p("."))
	case 3:
		return prose(p("Parada em local não autorizado por 40 min, sem ocorrência."))
	}
	return prose(p("Reconfigurado servidor para "), p(g.docIP()+":5010", netCat), p(" via SMS."))
}
