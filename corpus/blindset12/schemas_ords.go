package blindset12

import "fmt"

// A Brazilian alarm-monitoring central (central de monitoramento 24h) on
// Oracle: a customer as Oracle REST Data Services returns it (items,
// hasMore, limit, offset, count, links), lower-case column names in the
// Brazilian DBA's prefix convention (cod_, nm_, ds_, nr_, dt_, sg_, tp_,
// vl_, fl_), nested collections from cursor expressions: emergency
// contacts, alarm zones, the panel and the DVR with their P2P and DDNS
// access, and the operators' event log.

var (
	brNomesF   = []string{"Maria Aparecida", "Ana Paula", "Juliana", "Fernanda", "Patrícia", "Adriana", "Luciana", "Cláudia", "Rosângela", "Tatiane"}
	brNomesM   = []string{"José Carlos", "João Paulo", "Marcelo", "Ricardo", "Anderson", "Rodrigo", "Luiz Fernando", "Fábio", "Sérgio", "Wagner"}
	brSobren   = []string{"da Silva", "dos Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Almeida", "Pereira", "Lima", "Gomes", "Ribeiro", "Carvalho", "Barbosa"}
	brLograd   = []string{"Rua das Acácias", "Av. Brigadeiro Faria Lima", "Rua Padre Anchieta", "Alameda dos Ipês", "Rua XV de Novembro", "Travessa Santa Rita", "Rua Tiradentes"}
	brCidades  = []struct{ bairro, cidade, uf, cep string }{{"Moema", "São Paulo", "SP", "04077"}, {"Savassi", "Belo Horizonte", "MG", "30140"}, {"Boa Viagem", "Recife", "PE", "51020"}, {"Batel", "Curitiba", "PR", "80420"}, {"Meireles", "Fortaleza", "CE", "60165"}, {"Jardim Botânico", "Porto Alegre", "RS", "90690"}, {"Tijuca", "Rio de Janeiro", "RJ", "20520"}}
	brCentrais = []string{"Intelbras AMT 4010 Smart", "Intelbras AMT 2018 E Smart", "JFL Active 20 Ultra", "Paradox SP6000+", "PPA Zeus 8"}
	brDVRs     = []string{"Intelbras MHDX 1104", "Intelbras MHDX 3108-C", "Hikvision DS-7208HGHI-M1", "Intelbras iMHDX 5116"}
	brSensores = []string{"IVP 3000 MW", "XAS 4010 Smart", "IVP 8000 Pet", "Sensor magnético XAS Light", "TX 4020 Smart", "Botão de pânico XAC 4010"}
	brZonas    = []string{"Porta sala", "Porta cozinha", "Janela quarto casal", "Garagem", "Corredor", "Escritório", "Pânico quarto", "Área de serviço"}
)

func (r *rng) brCel() string {
	return fmt.Sprintf("(%d) 9%d000-0%03d", r.pick4(11, 21, 31, 41, 51, 81, 85), r.in(6, 9), r.in(0, 999))
}

func monitoramentoORDS(r *rng) any {
	fem := r.chance(0.5)
	nome := r.pick(brNomesM...)
	if fem {
		nome = r.pick(brNomesF...)
	}
	sob := r.pick(brSobren...) + " " + r.pick(brSobren...)
	c := brCidades[r.IntN(len(brCidades))]
	lan := r.lanPrefix()
	cod := r.in(1000, 99999)
	ddns := fmt.Sprintf("cli%d.ddns.example.net", cod)

	var contatos arr
	for k := 0; k < r.in(1, 3); k++ {
		contatos = append(contatos, obj{
			{"nr_ordem", plain(k + 1)},
			{"nm_contato", cont(r.pick(append(brNomesF, brNomesM...)...) + " " + r.pick(brSobren...))},
			{"nr_tel", cont(r.brCel())},
			{"ds_parentesco", plain(r.pick("filho(a)", "vizinho", "esposo(a)", "zelador", "irmão(ã)"))},
			{"fl_possui_chave", decoy(r.pick("S", "N"))},
		})
	}
	var zonas arr
	for k := 0; k < r.in(2, 5); k++ {
		zonas = append(zonas, obj{
			{"nr_zona", plain(fmt.Sprintf("%02d", k+1))},
			{"ds_zona", plain(r.pick(brZonas...))},
			{"tp_sensor", dev(r.pick(brSensores...))},
			{"fl_24h", plain(r.pick("S", "N"))},
		})
	}
	dvrIP := fmt.Sprintf("%s.%d", lan, r.in(100, 200))
	equip := arr{
		obj{
			{"tp_equip", dev("CENTRAL")},
			{"ds_modelo", dev(r.pick(brCentrais...))},
			{"nr_serie", dev(r.digits(12))},
			{"ds_firmware", dev(fmt.Sprintf("%d.%d", r.in(1, 6), r.in(0, 90)))},
			{"ds_mac", macAddr(r.mac(":", true))},
			{"ds_ip", netw(fmt.Sprintf("%s.%d", lan, r.in(100, 200)))},
			{"nr_porta", netw(9009)},
			{"senha_remota", cred(r.digits(6))},
			{"dt_ultima_comunicacao", dev(r.when(2024, 2024).Format("2006-01-02T15:04:05Z"))},
			{"nr_conta_receptora", decoy(r.digits(4))},
		},
	}
	if r.chance(0.7) {
		equip = append(equip, obj{
			{"tp_equip", dev("DVR")},
			{"ds_modelo", dev(r.pick(brDVRs...))},
			{"nr_serie", dev(r.upper(3) + r.digits(10))},
			{"ds_firmware", fwIP(fmt.Sprintf("%d.%d.%d.%d", r.in(3, 5), r.in(0, 9), r.in(0, 50), r.in(1, 250)))},
			{"ds_ip", netw(dvrIP)},
			{"nr_porta_http", netw(r.pick4(80, 8080, 8000))},
			{"nr_porta_servico", netw(37777)},
			{"ds_ddns", netw(ddns)},
			{"ds_usuario", cont("admin")},
			{"ds_senha", cred(r.pick("Mudar", "Intel", "Casa", "Seg") + r.digits(4) + r.pick("@", "#", "*"))},
			{"cd_cloud_p2p", dev(r.upper(15))},
			{"qt_cameras", decoy(r.pick4(4, 8, 16))},
			{"ds_obs_tecnico", r.pickProse(
				func() leaf {
					return prose(p("Redirecionamento de portas no roteador "), p(lan+".1", netC), p(" liberado, senha do roteador "), p(r.alnum(8), credC), p("."))
				},
				func() leaf { return prose(p("HD de 1 TB trocado, gravação OK.")) },
				func() leaf {
					return prose(p("Cliente pediu acesso no celular, app instalado no "), p(r.phoneModel(), devC), p("."))
				},
			)},
			{"qt_dias_gravacao", decoy(r.in(7, 30))},
		})
	}
	var eventos arr
	for k := 0; k < r.in(1, 4); k++ {
		var obs leaf
		switch r.IntN(5) {
		case 0:
			obs = prose(p("Cliente atendeu, palavra-chave conferida, disparo acidental pela diarista."))
		case 1:
			obs = prose(p("Contato "), p(r.pick(brNomesF...), contactC), p(" informa que a "), p(r.pick("moradora caiu no banheiro", "senhora passou mal, é diabética e está hipoglicêmica", "moradora idosa com Alzheimer saiu de casa"), healthC), p(". SAMU acionado."))
		case 2:
			obs = prose(p("Sem imagem do DVR ("), p(dvrIP, netC), p("), DDNS "), p(ddns, netC), p(" não resolve. Técnico agendado."))
		case 3:
			obs = prose(p("Falta de energia, bateria da central em " + fmt.Sprint(r.in(10, 90)) + "%."))
		default:
			obs = prose(p("Ligado para "), p(r.brCel(), contactC), p(", ninguém atendeu. Viatura enviada."))
		}
		eventos = append(eventos, obj{
			{"dt_evento", plain(r.when(2024, 2024).Format("2006-01-02T15:04:05Z"))},
			{"cd_evento", plain(r.pick("E130", "E120", "E301", "R401", "E602", "E100"))},
			{"nr_zona", plain(fmt.Sprintf("%02d", r.in(1, 8)))},
			{"nr_protocolo", decoy(r.digits(10))},
			{"nm_operador", cont(r.pick(brNomesF...) + " " + r.pick(brSobren...)[:1] + ".")},
			{"ds_obs", obs},
		})
	}
	obsMed := plain(nil)
	if r.chance(0.6) {
		obsMed = hlth(r.pick("Moradora idosa com marca-passo", "Morador cadeirante (paraplegia)", "Esposa com Alzheimer, não atende telefone", "Filho autista, não abrir porta a estranhos sem avisar", "Morador com DPOC usa oxigênio domiciliar")).clin()
	}
	item := obj{
		{"cod_cliente", decoy(cod)},
		{"nr_contrato", decoy(fmt.Sprintf("%d/%d", r.in(100, 9999), r.in(2018, 2024)))},
		{"tp_pessoa", decoy(r.pick("F", "F", "J"))},
		{"nm_cliente", cont(nome + " " + sob)},
		{"dt_nasc", cont(r.day(1940, 1995))},
		{"ds_email", cont(r.mail(ascii(nome) + "." + ascii(sob)))},
		{"nr_tel_res", cont(fmt.Sprintf("(%d) 3000-%04d", r.pick4(11, 21, 31, 41), r.in(0, 9999)))},
		{"nr_cel", cont(r.brCel())},
		{"ds_logradouro", cont(r.pick(brLograd...))},
		{"nr_endereco", cont(fmt.Sprint(r.in(1, 3000)))},
		{"ds_complemento", cont(r.pick("apto ", "casa ", "bloco B apto ") + fmt.Sprint(r.in(1, 1200)))},
		{"nm_bairro", cont(c.bairro)},
		{"nm_cidade", cont(c.cidade)},
		{"sg_uf", cont(c.uf)},
		{"nr_cep", cont(fmt.Sprintf("%s-%03d", c.cep, r.in(0, 999)))},
		{"ds_palavra_chave", cred(r.pick("girassol", "abacaxi", "flamengo", "jabuticaba", "tucano", "mangueira"))},
		{"senha_coacao", cred(r.digits(4))},
		{"senha_usuario", cred(r.digits(4))},
		{"ds_obs_medica", obsMed},
		{"ds_wifi_ssid", netw(r.pick("VIVOFIBRA-", "CLARO_", "NET_2G", "TIM_ULTRAFIBRA_", "Casa ") + r.upper(4))},
		{"ds_wifi_senha", cred(r.alnum(10))},
		{"vl_mensalidade", decoy(r.f2(89, 349))},
		{"dt_instalacao", plain(r.day(2016, 2024))},
		{"fl_ativo", plain("S")},
		{"fl_senha_alterada", decoy(r.pick("S", "N"))},
		{"qt_tentativas_senha", decoy(r.in(0, 5))},
		{"vl_taxa_instalacao", decoy(r.f2(0, 600))},
		{"nr_protocolo_os", decoy(fmt.Sprintf("%d%08d", r.in(2019, 2024), r.in(0, 99999999)))},
		{"contatos", contatos},
		{"zonas", zonas},
		{"equipamentos", equip},
		{"eventos", eventos},
	}
	return language(obj{
		{"items", arr{item}},
		{"hasMore", plain(false)},
		{"limit", plain(25)},
		{"offset", plain(0)},
		{"count", plain(1)},
		{"links", arr{
			obj{{"rel", plain("self")}, {"href", plain(fmt.Sprintf("https://erp.monit.example.com/ords/monit/clientes/?q={\"cod_cliente\":%d}", cod))}},
			obj{{"rel", plain("describedby")}, {"href", plain("https://erp.monit.example.com/ords/monit/metadata-catalog/clientes/")}},
		}},
	})
}
