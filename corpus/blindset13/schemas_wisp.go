package blindset13

import (
	"fmt"
	"strings"
)

// A rural Mexican wireless ISP's (WISP) subscriber as a mongoexport
// --jsonArray line in canonical Extended JSON v2 ($oid, $date wrapping
// $numberLong, $numberInt, $numberDouble, $numberDecimal), with Mexican
// Spanish camelCase keys and abbreviations (apPaterno, telCel, numExt, cp,
// edo): subscriber, domicilio with colonia and referencias, plan, the
// installation (CPE antenna with MAC, IP and firmware, tower sector and
// VLAN, router with SSID, Wi-Fi key and admin login), PPPoE, DHCP clients,
// billing with an OXXO reference, app, and technicians' notes.

var (
	mxNombresF  = []string{"Guadalupe", "María José", "Ximena", "Rocío", "Itzel", "Yolanda", "Fernanda", "Araceli"}
	mxNombresM  = []string{"José Luis", "Juan Carlos", "Eduardo", "Rigoberto", "Uriel", "Alejandro", "Emiliano", "Ramiro"}
	mxApellidos = []string{"Hernández", "Ramírez", "Cervantes", "Villaseñor", "Ochoa", "Zamudio", "Bautista", "Olvera", "Tapia", "Ugalde"}
	mxColonias  = []string{"Col. Centro", "Barrio de San Miguel", "Fracc. Los Pinos", "Ejido La Esperanza", "Col. Lázaro Cárdenas", "Rancho El Mezquite"}
	mxMunis     = [][3]string{{"Tequisquiapan", "Qro.", "763"}, {"San Juan del Río", "Qro.", "767"}, {"Tepatitlán", "Jal.", "477"}, {"Zacatlán", "Pue.", "734"}, {"Ixmiquilpan", "Hgo.", "423"}}
	cpeModels   = []string{"Ubiquiti LiteBeam 5AC Gen2", "Ubiquiti PowerBeam 5AC 400", "MikroTik SXTsq 5 ac", "Mimosa C5c", "Cambium ePMP Force 300-25", "MikroTik LHG XL 5 ac"}
	mxRouters   = []string{"TP-Link Archer C6", "TP-Link Archer C20", "MikroTik hAP ac2", "Tenda AC10", "Mercusys MR30G"}
)

func mxTel(r *rng) string {
	return fmt.Sprintf("%s 0000 %04d", r.pick("55", "442", "427", "378"), r.in(0, 9999))
}

func mDateL(r *rng, y0, y1 int) obj {
	return obj{{"$date", obj{{"$numberLong", decoy(fmt.Sprint(r.epochMs(y0, y1)))}}}}
}

func wispMongo(r *rng) any {
	nom := r.pick(mxNombresM...)
	if r.chance(0.5) {
		nom = r.pick(mxNombresF...)
	}
	apP, apM := r.pick(mxApellidos...), r.pick(mxApellidos...)
	mu := mxMunis[r.IntN(len(mxMunis))]
	cel := mxTel(r)
	usr := strings.ToLower(ascii(strings.Fields(nom)[0])+"."+ascii(apP)) + r.digits(2)
	towerPfx := fmt.Sprintf("10.%d.%d", r.in(100, 120), r.in(0, 254))
	lan := "192.168." + fmt.Sprint(r.pickInt(0, 1, 88, 100))
	ssid := r.pick("INFINITUM", "Familia"+apP, "Casa_"+ascii(apP), "WISP-"+r.upper(3)+"-"+r.digits(3))
	wkey := r.pick("familia", "tacos", "chispas", "nena") + r.digits(4)
	tec := r.pick(mxNombresM...) + " " + r.pick(mxApellidos...)
	cpe := r.pick(cpeModels...)

	clients := arr{}
	for k := 0; k < r.in(2, 5); k++ {
		host := r.pick("android-"+r.hexs(12), "iPhone-de-"+ascii(strings.Fields(nom)[0]), "TV-Sala", "DESKTOP-"+r.upper(7), "Galaxy-A14", "ESP_"+strings.ToUpper(r.hexs(6)))
		clients = append(clients, obj{
			{"host", netw(host)},
			{"mac", macAddr(r.mac(":", true))},
			{"ip", netw(fmt.Sprintf("%s.%d", lan, r.in(100, 199)))},
			{"fabricante", dev(r.pick("Samsung", "Apple", "Hisense", "Espressif", "Xiaomi", "Roku"))},
			{"expiraLease", obj{{"$numberInt", decoy(fmt.Sprint(r.in(600, 86400)))}}},
		})
	}

	notas := arr{}
	for k := 0; k < r.in(1, 3); k++ {
		txt := r.pickProse(
			func() leaf {
				return prose(p("Cliente indica que su mamá usa "), p(r.pick("concentrador de oxígeno", "máquina de diálisis peritoneal", "CPAP"), healthC, devC), p(" en casa, dar prioridad a fallas. Tel. "), p(cel, contactC))
			},
			func() leaf {
				return prose(p("Se realinea antena, señal pasa de -78 a -61. Se cambia pass del wifi a "), p(r.pick("casa", "perrito", "Lupita")+r.digits(3), credC), p(" a petición del cliente."))
			},
			func() leaf {
				return prose(p("No navega. PPPoE cae cada 10 min, IP asignada "), p(fmt.Sprintf("%s.%d", towerPfx, r.in(2, 250)), netC), p(", se reinicia "), p(r.pick(mxRouters...), devC), p("."))
			},
			func() leaf { return prose(p("Pago en OXXO no reflejado, se aplica manual.")) },
		)
		notas = append(notas, obj{
			{"fecha", mDateL(r, 2023, 2024)},
			{"autor", cont(r.pick(tec, r.pick(mxNombresF...)+" "+r.pick(mxApellidos...)))},
			{"tipo", plain(r.pick("soporte", "cobranza", "instalacion"))},
			{"txt", txt},
		})
	}

	fw := dev("XC.v" + fmt.Sprintf("%d.%d.%d", r.in(6, 8), r.in(0, 7), r.in(0, 20)))
	if strings.Contains(cpe, "MikroTik") {
		fw = dev(fmt.Sprintf("RouterOS %d.%d.%d", r.pickInt(6, 7), r.in(40, 49), r.in(0, 9)))
	}
	ipWan := fmt.Sprintf("%s.%d", towerPfx, r.in(2, 250))
	return language(obj{
		{"_id", obj{{"$oid", decoy(r.oid())}}},
		{"folio", decoy(fmt.Sprintf("WSP-%d-%06d", r.in(2021, 2024), r.in(0, 999999)))},
		{"cliente", obj{
			{"nombre", cont(nom)},
			{"apPaterno", cont(apP)},
			{"apMaterno", cont(apM)},
			{"telCel", cont(cel)},
			{"telCasa", func() leaf {
				if r.chance(0.5) {
					return nullDecoy()
				}
				return cont(mxTel(r))
			}()},
			{"correo", cont(r.mail(usr))},
			{"correoVerif", decoy(r.chance(0.5))},
		}},
		{"domicilio", obj{
			{"calle", cont(r.pick("Av. Juárez", "Calle Hidalgo", "Priv. Morelos", "Camino Real", "Calle 5 de Mayo"))},
			{"numExt", cont(fmt.Sprint(r.in(1, 999)))},
			{"numInt", func() leaf {
				if r.chance(0.6) {
					return plain("")
				}
				return cont(r.pick("A", "B", "2", "Depto 3"))
			}()},
			{"colonia", cont(r.pick(mxColonias...))},
			{"municipio", cont(mu[0])},
			{"edo", cont(mu[1])},
			{"cp", cont(mu[2] + r.digits(2))},
			{"referencias", cont(r.pick("casa azul con portón negro", "frente a la tienda Don Chuy", "a un lado del molino", "última casa antes del puente")).free()},
			{"geo", obj{{"type", plain("Point")}, {"coordinates", arr{plain(-r.f2(98, 103)), plain(r.f2(19, 21))}}}},
		}},
		{"plan", obj{
			{"nombre", plain(r.pick("Residencial 10 Megas", "Residencial 20 Megas", "Negocio 30 Megas"))},
			{"precio", obj{{"$numberDecimal", plain(r.pick("349.00", "449.00", "699.00"))}}},
			{"velBajadaMbps", obj{{"$numberInt", plain(r.pick("10", "20", "30"))}}},
		}},
		{"instalacion", obj{
			{"fecha", mDateL(r, 2021, 2024)},
			{"tecnico", obj{{"nombre", cont(tec)}, {"tel", cont(mxTel(r))}}},
			{"antena", obj{
				{"modelo", dev(cpe)},
				{"serie", dev(r.upper(2) + r.hexs(10))},
				{"mac", macAddr(r.mac(":", true))},
				{"fw", fw},
				{"ip", netw(fmt.Sprintf("%s.%d", towerPfx, r.in(2, 250)))},
				{"frecMHz", obj{{"$numberInt", plain(fmt.Sprint(r.pickInt(5180, 5745, 5805, 5825)))}}},
				{"senal_dBm", obj{{"$numberInt", plain(fmt.Sprint(-r.in(55, 80)))}}},
				{"alturaMastil_m", obj{{"$numberDouble", decoy(fmt.Sprint(r.f1(3, 12)))}}},
				{"ultimaConexion", obj{{"$date", obj{{"$numberLong", dev(fmt.Sprint(r.epochMs(2024, 2024)))}}}}},
			}},
			{"torre", obj{
				{"nombre", plain(r.pick("Cerro Prieto", "Tanque Elevado", "La Mesa", "Peña Colorada"))},
				{"ssidSector", netw(r.pick("SEC-", "AP-") + r.digits(2) + "-" + r.pick("N", "S", "E", "O"))},
				{"ipSector", netw(towerPfx + ".1")},
				{"vlan", netw(fmt.Sprint(r.in(10, 400)))},
				{"alturaTorre_m", decoy(r.in(18, 45))},
			}},
			{"router", obj{
				{"modelo", dev(r.pick(mxRouters...))},
				{"serie", dev(r.digits(13))},
				{"verFw", fwIP(r.ipVer())},
				{"ssid", netw(ssid)},
				{"passWifi", cred(wkey)},
				{"ipLan", netw(lan + ".1")},
				{"usrAdmin", cont(r.pick("admin", "soporte", "wisp"))},
				{"pwdAdmin", cred(r.pick("Wisp", "Soporte", "Admin") + r.digits(4) + "!")},
				{"dhcp", obj{{"ini", netw(lan + ".100")}, {"fin", netw(lan + ".199")}, {"dns", arr{netw("8.8.8.8"), netw(towerPfx + ".1")}}}},
			}},
		}},
		{"pppoe", obj{{"usr", cont(usr)}, {"pwd", cred(r.alnum(10))}, {"ipWan", netw(ipWan)}, {"perfil", plain(r.pick("20M/5M", "10M/3M", "30M/10M"))}}},
		{"clientesDhcp", clients},
		{"facturacion", obj{
			{"diaCorte", obj{{"$numberInt", plain(fmt.Sprint(r.pickInt(1, 5, 10, 15)))}}},
			{"saldo", obj{{"$numberDecimal", plain(money(r.f2(0, 900)))}}},
			{"refOxxo", decoy(fmt.Sprintf("9300 %04d %04d %04d", r.in(0, 9999), r.in(0, 9999), r.in(0, 9999)))},
			{"ultimoPago", mDateL(r, 2024, 2024)},
			{"intentosCobro", obj{{"$numberInt", decoy(fmt.Sprint(r.in(0, 4)))}}},
		}},
		{"app", obj{{"ver", dev(fmt.Sprintf("%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 20)))}, {"so", dev(r.osVer())}, {"fcm", cred(r.fcm())}, {"verApi", decoy(r.ver())}}},
		{"notas", notas},
		{"creado", mDateL(r, 2021, 2024)},
	})
}
