package blindset14

import "fmt"

// igreja-membros-redash-br: a Brazilian evangelical church's membership
// query run in Redash and saved as its query_result JSON (SQL text,
// columns with friendly names, rows with Portuguese column names): members
// with CPF, address, cell group and leader, tithe and Pix key, children's
// check-in code and allergies, app login, prayer requests.

var (
	brNomesF    = []string{"Ana Paula", "Juliana", "Fernanda", "Patrícia", "Camila", "Luciana", "Débora", "Raquel"}
	brNomesM    = []string{"João Pedro", "Lucas", "Rafael", "Marcelo", "Thiago", "Anderson", "Gabriel", "Eduardo"}
	brSobrenome = []string{"da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Ribeiro", "Almeida", "Nascimento"}
	brRuas      = []string{"Rua das Acácias", "Av. Brasil", "Rua Sete de Setembro", "Travessa São José", "Rua Dom Pedro II", "Alameda dos Ipês"}
	brBairros   = [][4]string{{"Jardim Paulista", "São Paulo", "SP", "01"}, {"Boa Viagem", "Recife", "PE", "51"}, {"Savassi", "Belo Horizonte", "MG", "30"},
		{"Centro", "Curitiba", "PR", "80"}, {"Itapuã", "Salvador", "BA", "41"}, {"Taguatinga", "Brasília", "DF", "72"}}
	brMinist = []string{"Louvor", "Infantil", "Recepção", "Mídia", "Intercessão", "Jovens", "Ação Social"}
)

func (r *rng) brCel() string {
	return fmt.Sprintf("+55 %d 90000-0%03d", r.pickInt(11, 21, 31, 41, 61, 71, 81), r.in(0, 999))
}

var igrejaCols = [][3]string{
	{"id", "ID", "integer"}, {"nome_completo", "Nome Completo", "string"}, {"cpf", "CPF", "string"}, {"data_nascimento", "Data Nascimento", "date"},
	{"sexo", "Sexo", "string"}, {"celular", "Celular", "string"}, {"email", "Email", "string"}, {"endereco", "Endereço", "string"},
	{"bairro", "Bairro", "string"}, {"cidade", "Cidade", "string"}, {"uf", "UF", "string"}, {"cep", "CEP", "string"},
	{"data_batismo", "Data Batismo", "date"}, {"ministerio", "Ministério", "string"}, {"celula", "Célula", "string"}, {"lider_celula", "Líder Célula", "string"},
	{"ultimo_dizimo", "Último Dízimo", "float"}, {"chave_pix", "Chave Pix", "string"}, {"kids_codigo_checkin", "Kids Código Checkin", "string"},
	{"kids_alergias", "Kids Alergias", "string"}, {"senha_app", "Senha App", "string"}, {"app_dispositivo", "App Dispositivo", "string"},
	{"ultimo_ip", "Último IP", "string"}, {"pedido_oracao", "Pedido Oração", "string"},
}

func igrejaRow(r *rng) obj {
	female := r.chance(0.55)
	nome := r.pick(brNomesM...)
	if female {
		nome = r.pick(brNomesF...)
	}
	sob := r.pick(brSobrenome...)
	full := nome + " " + sob
	b := brBairros[r.IntN(len(brBairros))]
	email := r.mail(ascii(nome) + "." + ascii(sob))
	cel := r.brCel()
	var pix leaf
	switch r.IntN(3) {
	case 0:
		pix = cont(email)
	case 1:
		pix = cont(cel)
	default:
		pix = cont(fmt.Sprintf("%s.%s.%s-%s", r.digits(3), r.digits(3), r.digits(3), r.digits(2)))
	}
	kids, alerg := null(), null()
	if r.chance(0.5) {
		kids = cred(r.letters(1) + r.digits(3))
		alerg = hlth(r.pick("amendoim", "leite e derivados", "dipirona", "picada de abelha", "corante vermelho"))
	}
	return obj{
		{"id", decoy(r.in(100, 9999))},
		{"nome_completo", cont(full)},
		{"cpf", cont(fmt.Sprintf("%s.%s.%s-%s", r.digits(3), r.digits(3), r.digits(3), r.digits(2)))},
		{"data_nascimento", cont(r.day(1950, 2006))},
		{"sexo", sexOf(map[bool]string{true: "F", false: "M"}[female])},
		{"celular", cont(cel)},
		{"email", cont(email)},
		{"endereco", cont(fmt.Sprintf("%s, %d%s", r.pick(brRuas...), r.in(10, 2400), r.pick("", ", ap 32", ", casa 2", ", bloco B ap 104")))},
		{"bairro", cont(b[0])},
		{"cidade", cont(b[1])},
		{"uf", cont(b[2])},
		{"cep", cont(fmt.Sprintf("%s%03d-%03d", b[3], r.in(0, 999), r.in(0, 999)))},
		{"data_batismo", plain(r.day(1990, 2024))},
		{"ministerio", plain(r.pick(brMinist...))},
		{"celula", plain("Célula " + r.pick("Monte Sião", "Betel", "Filadélfia", "Esperança"))},
		{"lider_celula", cont(r.pick(brNomesM...) + " " + r.pick(brSobrenome...))},
		{"ultimo_dizimo", plain(r.f2(20, 900))},
		{"chave_pix", pix},
		{"kids_codigo_checkin", kids},
		{"kids_alergias", alerg},
		{"senha_app", cred(r.md5())},
		{"app_dispositivo", dev(r.phoneModel())},
		{"ultimo_ip", netw(r.wanIP())},
		{"pedido_oracao", r.pickProse(
			func() leaf {
				return prose(p("Orem pela minha mãe, "), p("Dona "+r.pick(brNomesF...), contactC), p(", que vai "), p("operar de catarata", healthC), p(" dia 12."))
			},
			func() leaf {
				return prose(p("Pela minha recuperação, "), p("comecei a quimioterapia para câncer de mama", healthC), p(" semana passada."))
			},
			func() leaf { return prose(p("Pela minha família e pelo meu emprego novo.")) },
			func() leaf {
				return prose(p("Mudei de número, o novo é "), p(r.brCel(), contactC), p(". Orem pela "), p("depressão", healthC), p(" do meu filho."))
			},
			func() leaf { return prose(p("Gratidão pela aprovação no concurso!")) },
		)},
	}
}

func igrejaRedash(r *rng) any {
	var cols arr
	for _, c := range igrejaCols {
		cols = append(cols, obj{{"name", plain(c[0])}, {"friendly_name", plain(c[1])}, {"type", plain(c[2])}})
	}
	var rows arr
	for k, n := 0, r.in(1, 3); k < n; k++ {
		rows = append(rows, igrejaRow(r))
	}
	return language(obj{{"query_result", obj{
		{"id", decoy(r.in(10000, 999999))},
		{"query_hash", decoy(r.md5())},
		{"query", plain("SELECT m.*, c.nome AS celula, l.nome AS lider_celula FROM membros m JOIN celulas c ON c.id = m.celula_id JOIN membros l ON l.id = c.lider_id WHERE m.ativo ORDER BY m.nome_completo")},
		{"data", obj{{"columns", cols}, {"rows", rows}}},
		{"data_source_id", plain(r.in(1, 9))},
		{"runtime", plain(r.f2(0.01, 3))},
		{"retrieved_at", plain(r.isoMs(2024, 2024))},
	}}})
}
