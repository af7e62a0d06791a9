package blindset7

import "fmt"

// ead: a Brazilian distance-learning college's enrolment, from its
// MongoDB (Brazilian Portuguese camelCase keys): the student with social
// name, mother's name and address, the special-needs accommodation with
// its medical report, proctored exams (IP, user agent, webcam, flags,
// signed recording link), the login, the mobile app, the fees, and the
// tutoring chat.
func ead(g *rng) any {
	al := g.personOf("br")
	mae := g.womanOf("br")
	mae.last, mae.alast = al.last, al.alast
	a := g.addrBR()
	tut := g.personOf("br")
	webcam := one(g, "Logitech C920 HD Pro", "Logitech Brio 100", "Microsoft LifeCam HD-3000", "Multilaser WC051")
	social := nullDecoy()
	if g.chance(15) {
		social = cont(one(g, "Kaio", "Luana", "Rafa", "Alex") + " " + al.last)
	}
	atend := obj{{"possui", hlth(false)}}
	if g.chance(45) {
		lau := one(g,
			[2]string{"TDAH – CID-10 F90.0", "tempo adicional de 60 min"},
			[2]string{"Dislexia – CID-10 F81.0", "ledor e tempo adicional"},
			[2]string{"Deficiência auditiva bilateral – CID-10 H90.3", "intérprete de Libras"},
			[2]string{"Baixa visão – CID-10 H54.2", "prova ampliada (fonte 24)"},
			[2]string{"TEA nível 1 – CID-10 F84.0", "sala individual"},
		)
		med := g.personOf("br")
		atend = obj{
			{"possui", hlth(true)},
			{"laudo", hlth(lau[0])},
			{"recurso", hlth(lau[1])},
			{"medicoLaudo", cont("Dr(a). " + med.full())},
			{"arquivoSha256", decoy(g.sha256())},
		}
	}
	provas := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		provas = append(provas, obj{
			{"idProva", decoy(g.oid())},
			{"disciplina", plain(one(g, "Gestão de Pessoas", "Estatística Aplicada", "Direito do Trabalho", "Comportamento Organizacional"))},
			{"inicio", plain(g.isoMs())},
			{"nota", plain(round1(g.f(2, 10)))},
			{"proctoring", obj{
				{"ip", netw(one(g, g.docIP(), g.privIP()))},
				{"userAgent", dev(g.userAgent())},
				{"webcam", dev(webcam)},
				{"resolucao", plain(one(g, "1280x720", "1920x1080", "640x480"))},
				{"rostoNaoDetectado", decoy(g.n(9))},
				{"trocasDeAba", decoy(g.n(5))},
				{"gravacaoUrl", cred(g.signedURL("proctoring-gravacoes.example.com", "provas/"+g.s(hx, 24)+".webm"))},
			}},
		})
	}
	ipCasa := g.docIP()
	msgs, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		de := al.first
		if j%2 == 1 {
			de = tut.first
		}
		msgs = append(msgs, obj{
			{"de", cont(de)},
			{"enviadaEm", plain(g.iso())},
			{"texto", seen.draw(func() leaf { return eadMsg(g, al, tut, webcam, ipCasa) })},
		})
	}
	model, os := g.phone()
	return language(obj{
		{"_id", obj{{"$oid", decoy(g.oid())}}},
		{"matricula", decoy(fmt.Sprintf("%d%07d", g.in(2021, 2025), g.n(9999999)))},
		{"curso", plain(one(g, "Tecnólogo em Gestão de RH", "Licenciatura em Pedagogia", "Bacharelado em Administração", "Tecnólogo em Logística"))},
		{"polo", plain(one(g, "Polo Campinas Centro", "Polo Recife Boa Vista", "Polo Curitiba Batel"))},
		{"aluno", obj{
			{"nomeCompleto", cont(al.full())},
			{"nomeSocial", social},
			{"email", cont(g.email(al))},
			{"celular", cont(g.phoneBR())},
			{"dataNascimento", cont(g.dob())},
			{"nomeMae", cont(mae.full())},
			{"genero", sexOf(fm(al, "feminino", "masculino"))},
			{"fotoPerfil", cont("https://cdn.ead.example.com/avatars/" + g.s(hx, 20) + ".png")},
			{"endereco", obj{
				{"logradouro", cont(a.street)},
				{"numero", cont(fmt.Sprint(g.in(1, 2500)))},
				{"bairro", cont(one(g, "Cambuí", "Boa Vista", "Batel", "Savassi", "Tatuapé"))},
				{"cidade", cont(a.city)},
				{"uf", cont(a.region)},
				{"cep", cont(a.zip)},
			}},
		}},
		{"atendimentoEspecial", clinical(atend)},
		{"provas", provas},
		{"acesso", obj{
			{"login", cont(g.handle(al))},
			{"senhaHash", cred(g.argon())},
			{"tokenSessao", cred(g.jwt())},
			{"ultimoAcesso", plain(g.iso())},
			{"tentativasFalhas", decoy(g.n(6))},
			{"mfaAtivo", decoy(g.chance(20))},
		}},
		{"app", obj{
			{"versao", dev(fmt.Sprintf("4.%d.%d", g.n(30), g.n(10)))},
			{"modeloAparelho", dev(model)},
			{"so", dev(os)},
			{"pushToken", cred(g.fcm())},
		}},
		{"financeiro", obj{
			{"mensalidade", decoy(comma(g.f(89, 420), 2))},
			{"bolsa", plain(one(g, "ProUni 50%", "nenhuma", "FIES", "desconto convênio 20%"))},
			{"linhaDigitavel", decoy(fmt.Sprintf("34191.%05d %05d.%06d %05d.%06d %d %014d", g.n(99999), g.n(99999), g.n(999999), g.n(99999), g.n(999999), g.in(1, 9), g.n(99999999)))},
			{"vencimento", plain(g.date())},
		}},
		{"mensagensTutoria", msgs},
	})
}

func eadMsg(g *rng, al, tut person, webcam, ip string) leaf {
	switch g.n(7) {
	case 0:
		return prose(p("Boa noite professora, não consegui fazer a prova ontem porque "), p(one(g, "estava internada com dengue", "tive uma crise de enxaqueca", "estava no hospital com pneumonia"), healthCat), p(". Posso fazer a segunda chamada?"))
	case 1:
		return prose(p("Oi "), p(al.first, contactCat), p(", reabri a prova para amanhã até 23h59. Abraço, "), p(tut.first, contactCat))
	case 2:
		return prose(p("Minha senha não funciona, tentei "), p(g.password(), credCat), p(" e nada."))
	case 3:
		return prose(p("Meu número mudou, agora é "), p(g.phoneBR(), contactCat), p(". Pode atualizar?"))
	case 4:
		return prose(p("A câmera não é reconhecida no notebook, é uma "), p(webcam, deviceCat), p("."))
	case 5:
		return prose(p("Obrigado pelo retorno, deu tudo certo!"))
	}
	return prose(p("Estou acessando da rede da empresa ("), p(ip, netCat), p(") e o proctoring bloqueia a prova."))
}
