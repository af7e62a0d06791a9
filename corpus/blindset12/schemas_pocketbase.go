package blindset12

import (
	"fmt"
	"strings"
)

// A Portuguese university's social-services office (serviços de ação
// social): halls-of-residence residents with the student health office's
// appointments, as its PocketBase API lists them (page / perPage /
// totalItems / totalPages / items, each with collectionId,
// collectionName, a 15-character id, created / updated with milliseconds
// and Z, relations under "expand" including a back-relation
// consultas_via_residente). Keys in European Portuguese (telemovel,
// palavra_passe, utilizador, morada, concelho, freguesia, nee), snake_case.

var (
	ptNomesF = []string{"Inês", "Beatriz", "Mariana", "Leonor", "Carolina", "Matilde", "Rita", "Joana", "Catarina", "Sofia"}
	ptNomesM = []string{"João", "Tiago", "Rodrigo", "Diogo", "Afonso", "Duarte", "Gonçalo", "Tomás", "Francisco", "Martim"}
	ptApel   = []string{"Ferreira", "Pereira", "Costa", "Martins", "Rodrigues", "Sousa", "Fernandes", "Gonçalves", "Carvalho", "Teixeira", "Mendes", "Pinto", "Azevedo", "Lopes"}
	ptLocais = []struct{ rua, cp, loc, conc, dist string }{
		{"Rua do Souto", "4700-329", "Braga", "Braga", "Braga"}, {"Rua Direita", "3500-116", "Viseu", "Viseu", "Viseu"},
		{"Av. 25 de Abril", "2910-440", "Setúbal", "Setúbal", "Setúbal"}, {"Largo do Pelourinho", "7000-644", "Évora", "Évora", "Évora"},
		{"Rua da Liberdade", "9000-000", "Funchal", "Funchal", "Madeira"}, {"Travessa do Castelo", "6200-000", "Covilhã", "Covilhã", "Castelo Branco"},
		{"Rua de São Bento", "8000-000", "Faro", "Faro", "Faro"},
	}
	ptMotivos = []struct{ motivo, cid, diag string }{
		{"ansiedade em época de exames", "F41.1", "Perturbação de ansiedade generalizada"}, {"odinofagia e febre", "J03.9", "Amigdalite aguda"},
		{"insónia", "G47.0", "Insónia"}, {"contraceção", "Z30.0", "Aconselhamento sobre contraceção"},
		{"entorse no futsal", "S93.4", "Entorse do tornozelo"}, {"humor deprimido", "F32.1", "Episódio depressivo moderado"},
		{"crise de asma", "J45.9", "Asma"}, {"vacinação", "Z23", "Necessidade de vacinação"},
	}
	ptFechad = []string{"Salto XS4 One", "Salto Neo Cylinder", "dormakaba Quantum Pixel", "Assa Abloy VingCard Essence"}
	ptDisp   = []struct{ tipo, modelo string }{{"portátil", "Lenovo IdeaPad 5"}, {"portátil", "MacBook Air M2"}, {"consola", "PlayStation 5"}, {"telemóvel", "Xiaomi Redmi Note 12"}, {"tablet", "iPad 10.ª geração"}, {"smart TV", "Samsung Crystal UHD 43\""}, {"coluna", "Amazon Echo Dot (5.ª)"}}
)

func (r *rng) ptTlm() string {
	return fmt.Sprintf("+351 9%d0 000 %03d", r.pick4(1, 2, 3, 6), r.in(0, 999))
}

func pbID(r *rng) string { return strings.ToLower(r.from("abcdefghijklmnopqrstuvwxyz0123456789", 15)) }

func pbMeta(r *rng, coll, collID string) obj {
	return obj{
		{"collectionId", plain(collID)},
		{"collectionName", plain(coll)},
		{"id", decoy(pbID(r))},
		{"created", plain(r.when(2023, 2024).Format("2006-01-02 15:04:05.000Z"))},
		{"updated", plain(r.when(2024, 2024).Format("2006-01-02 15:04:05.000Z"))},
	}
}

func residenciaPocketbase(r *rng) any {
	fem := r.chance(0.55)
	nome := r.pick(ptNomesM...)
	gen := "masculino"
	if fem {
		nome, gen = r.pick(ptNomesF...), "feminino"
	}
	if r.chance(0.05) {
		gen = "não binário"
	}
	ap1, ap2 := r.pick(ptApel...), r.pick(ptApel...)
	loc := ptLocais[r.IntN(len(ptLocais))]
	num := r.digits(5)
	user := "a" + num + "@alunos.example.org"
	vlan := r.in(100, 400)
	netPfx := fmt.Sprintf("10.%d.%d", r.in(16, 60), r.in(0, 254))

	var disp arr
	var macs arr
	for _, i := range r.Perm(len(ptDisp))[:r.in(1, 3)] {
		d := ptDisp[i]
		m := r.mac(":", false)
		macs = append(macs, macAddr(m))
		disp = append(disp, obj{{"tipo", dev(d.tipo)}, {"modelo", dev(d.modelo)}, {"mac", macAddr(m)}, {"registado_em", plain(r.day(2023, 2024))}})
	}
	var consultas arr
	for k := 0; k < r.in(0, 2); k++ {
		m := ptMotivos[r.IntN(len(ptMotivos))]
		var notas leaf
		switch r.IntN(3) {
		case 0:
			notas = prose(p("Estudante refere "), p(m.motivo, healthC), p(". Encaminhada para "), p(r.pick("psicologia", "médico de família", "urgência do hospital"), healthC), p("."))
		case 1:
			notas = prose(p("Contactar mãe ("), p(r.ptTlm(), contactC), p(") só com autorização."))
		default:
			notas = prose(p("Sem intercorrências."))
		}
		sys, dia := r.bp()
		c := append(pbMeta(r, "consultas", "pbc_3981440211"),
			field{"residente", decoy(pbID(r))},
			field{"data", plain(r.when(2024, 2024).Format("2006-01-02 15:04:05.000Z"))},
			field{"especialidade", hlth(r.pick("medicina geral", "psicologia", "enfermagem", "nutrição"))},
			field{"motivo", hlth(m.motivo)},
			field{"cid10", hlth(m.cid)},
			field{"diagnostico", hlth(m.diag)},
			field{"prescricao", hlth(r.pick("Paracetamol 1 g 8/8h", "Ibuprofeno 400 mg 12/12h", "Sertralina 50 mg", "Melatonina 2 mg", "—", "Amoxicilina + ác. clavulânico 875/125"))},
			field{"tensao_arterial", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			field{"peso_kg", hlth(r.f1(45, 100))},
			field{"n_processo", decoy(r.digits(7))},
			field{"profissional", cont(r.pick("Dra. ", "Dr. ", "Enf.ª ") + r.pick(ptNomesF...) + " " + r.pick(ptApel...))},
			field{"notas", notas},
		)
		consultas = append(consultas, clinical(c))
	}
	quarto := append(pbMeta(r, "quartos", "pbc_1125843985"),
		field{"residencia", plain(r.pick("Residência Combatentes", "Residência Lagoa", "Residência Pólo II", "Residência Monte da Caparica"))},
		field{"bloco", plain(r.pick("A", "B", "C"))},
		field{"n_quarto", decoy(fmt.Sprint(r.in(1, 4)*100 + r.in(1, 40)))},
		field{"fechadura_modelo", dev(r.pick(ptFechad...))},
		field{"fechadura_n_serie", dev(r.upper(2) + r.digits(8))},
		field{"fechadura_fw", fwIP(r.ipVer())},
		field{"fechadura_ult_sinc", dev(r.when(2024, 2024).Format("2006-01-02 15:04:05.000Z"))},
		field{"renda_mensal", decoy(fmt.Sprintf("%d.%02d", r.in(80, 320), r.pick4(0, 50)))},
	)
	item := append(pbMeta(r, "residentes", "pbc_2279338944"),
		field{"nome_completo", cont(nome + " " + ap1 + " " + ap2)},
		field{"n_estudante", decoy(num)},
		field{"data_nasc", cont(r.day(1998, 2006))},
		field{"genero", sexOf(gen)},
		field{"telemovel", cont(r.ptTlm())},
		field{"email_inst", cont(user)},
		field{"email_pessoal", cont(r.mail(ascii(nome) + ascii(ap2)))},
		field{"morada", cont(fmt.Sprintf("%s, %d", loc.rua, r.in(1, 300)))},
		field{"codigo_postal", cont(loc.cp)},
		field{"localidade", cont(loc.loc)},
		field{"concelho", cont(loc.conc)},
		field{"distrito", cont(loc.dist)},
		field{"curso", plain(r.pick("Eng. Informática", "Enfermagem", "Gestão", "Arquitetura", "Ciências da Comunicação", "Medicina Veterinária"))},
		field{"ano_curricular", plain(r.in(1, 5))},
		field{"bolseiro_dges", decoy(r.chance(0.6))},
		field{"n_cartao_ua", decoy(r.digits(9))},
		field{"media_acesso", decoy(fmt.Sprintf("%d,%d", r.in(10, 19), r.in(0, 9)))},
		field{"palavra_passe_alterada_em", plain(r.when(2024, 2024).Format("2006-01-02 15:04:05.000Z"))},
		field{"palavra_passe_min", decoy(r.pick4(8, 10, 12))},
		field{"nee", hlth(r.pick("", "dislexia", "PHDA", "diabetes tipo 1", "epilepsia", "baixa visão", "perturbação do espetro do autismo")).clin()},
		field{"alergias", hlth(r.pick("nenhuma", "marisco", "frutos secos", "penicilina", "pólen")).clin()},
		field{"contacto_emergencia", obj{{"nome", cont(r.pick(ptNomesF...) + " " + ap1)}, {"telemovel", cont(r.ptTlm())}, {"parentesco", plain(r.pick("mãe", "pai", "avó", "irmão"))}}},
		field{"eduroam_utilizador", cont(user)},
		field{"eduroam_palavra_passe", cred(r.alnum(r.in(10, 14)))},
		field{"palavra_passe_hash", cred(r.argon())},
		field{"rede", obj{
			{"ssid", netw(r.pick("SAS-Residencias", "ResNet-", "eduroam") + r.pick("", "", "-"+r.upper(2)))},
			{"vlan", netw(vlan)},
			{"ip_atribuido", netw(fmt.Sprintf("%s.%d", netPfx, r.in(2, 250)))},
			{"gateway", netw(netPfx + ".1")},
			{"macs_registados", macs},
			{"limite_dispositivos", decoy(r.pick4(3, 4, 5))},
		}},
		field{"dispositivos", disp},
		field{"observacoes", r.pickProse(
			func() leaf { return prose(p("Pediu mudança de quarto por causa do ruído.")) },
			func() leaf {
				return prose(p("Mãe ligou do "), p(r.ptTlm(), contactC), p(", estudante "), p(r.pick("com crises de pânico", "internada no hospital com apendicite", "a fazer quimioterapia"), healthC), p("."))
			},
			func() leaf {
				return prose(p("Router do quarto com IP fixo "), p(fmt.Sprintf("%s.%d", netPfx, r.in(2, 250)), netC), p(" bloqueado (DHCP rogue)."))
			},
		)},
		field{"quarto", decoy(pbID(r))},
		field{"expand", obj{
			{"quarto", quarto},
			{"consultas_via_residente", consultas},
		}},
	)
	// "nee" may be empty: an empty health field says nothing.
	for i, f := range item {
		if f.key == "nee" && f.val.(leaf).val == "" {
			item[i].val = plain("")
		}
	}
	return language(obj{
		{"page", plain(1)},
		{"perPage", plain(30)},
		{"totalItems", plain(r.in(1, 900))},
		{"totalPages", plain(r.in(1, 30))},
		{"items", arr{item}},
	})
}
