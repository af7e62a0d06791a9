package holdout

import (
	"fmt"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

func cpf(g *gen) string {
	d := make([]int, 11)
	for i := range 9 {
		d[i] = g.n(0, 9)
	}
	for k := 9; k <= 10; k++ {
		s := 0
		for i := range k {
			s += d[i] * (k + 1 - i)
		}
		r := s * 10 % 11
		if r == 10 {
			r = 0
		}
		d[k] = r
	}
	var b strings.Builder
	for i, x := range d {
		if i == 3 || i == 6 {
			b.WriteByte('.')
		} else if i == 9 {
			b.WriteByte('-')
		}
		fmt.Fprint(&b, x)
	}
	if g.p(0.3) {
		return strings.NewReplacer(".", "", "-", "").Replace(b.String())
	}
	return b.String()
}

// clientesBR is a customer of a Brazilian online store with their orders.
func clientesBR(g *gen) *node {
	p := g.person(cBR)
	t := g.when()
	root := obj().hardAll(corpus.HardLanguage)
	root.set("id", num(g.n(1, 3000000), plain))
	root.set("nome_completo", str(p.first+" "+pick(g, cBR.last)+" "+p.last, cont))
	c := cpf(g)
	root.set("cpf", str(c, cont))
	if g.p(0.6) {
		root.set("data_de_nascimento", str(g.birth().Format("02/01/2006"), cont))
	}
	if g.p(0.5) {
		root.set("gênero", str(map[bool]string{true: g.one("feminino", "F"), false: g.one("masculino", "M")}[p.female], sexL))
	}
	root.set("e-mail", str(p.email, cont))
	root.set("celular", str(p.phone, cont))
	if g.p(0.5) {
		root.set("aceita_whatsapp", bln(g.p(0.8), plain))
	}
	a := cBR.addr(g)
	en := obj().set("logradouro", str(a.street, cont)).set("número", str(a.number, cont))
	if a.extra != "" {
		en.set("complemento", str(a.extra, cont))
	}
	en.set("bairro", str(a.district, cont)).
		set("cidade", str(a.city, cont)).
		set("uf", str(a.region, cont)).
		set("cep", str(a.postcode, cont))
	root.set("endereço", en)

	switch g.r.IntN(4) {
	case 0:
		root.set("chave_pix", str(p.email, cont))
	case 1:
		root.set("chave_pix", str(p.phone, cont))
	case 2:
		root.set("chave_pix", str(c, cont))
	}

	ct := obj().set("login", str(p.email, cont))
	if g.p(0.5) {
		ct.set("senha", str(g.passHash(), cred))
	} else {
		ct.set("senha", str(g.password(), cred))
	}
	ct.set("senha_alterada_em", str(sqlTS(g.after(t, 300)), decoy)).
		set("tentativas_de_login", num(g.n(0, 7), decoy)).
		set("email_confirmado", bln(g.p(0.8), decoy))
	if g.p(0.3) {
		ct.set("token_recuperação", str(g.hex(40), cred))
	}
	root.set("conta", ct)

	if g.p(0.8) {
		ps := arr()
		for range g.n(1, 3) {
			it := arr()
			for range g.n(1, 3) {
				it.add(obj().set("sku", str(strings.ToUpper(g.chars(3, "abcdefghijklmnopqrstuvwxyz"))+"-"+g.digits(4), plain)).
					set("descrição", str(g.one("Camiseta básica", "Fone de ouvido bluetooth", "Balança digital de banheiro", "Capinha para celular", "Garrafa térmica 1L"), plain)).
					set("qtd", num(g.n(1, 4), plain)).
					set("preço", flt(g.f(9.9, 499, 2), 2, plain)))
			}
			ps.add(obj().set("número_pedido", str(fmt.Sprintf("%d%06d", t.Year(), g.n(1, 999999)), decoy)).
				set("data", str(iso(g.after(t, 600)), plain)).
				set("valor_total", str(fmt.Sprintf("R$ %d,%02d", g.n(10, 3000), g.n(0, 99)), plain)).
				set("forma_pagamento", str(g.one("pix", "boleto", "cartão de crédito"), plain)).
				set("parcelas", num(g.one2(1, 1, 3, 6, 10), plain)).
				set("código_rastreio", str(g.chars(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")+g.digits(9)+"BR", decoy)).
				set("peso_pacote_kg", flt(g.f(0.1, 12, 2), 2, decoy)).
				set("altura_caixa_cm", num(g.n(4, 60), decoy)).
				set("itens", it))
		}
		root.set("pedidos", ps)
	}
	if g.p(0.5) {
		ph := pick(g, phones)
		root.set("dispositivo_cadastro", obj().
			set("modelo", str(ph.model, dev)).
			set("versão_app", str(g.appVersion(), dev)).
			set("ip", str(g.pubIP(), netw)))
	}
	if g.p(0.6) {
		root.set("observações", g.prose(p, g.n(1, 2), ptNotes))
	}
	return root
}
