package corpus

import (
	"fmt"
	"strconv"
)

// A lang holds the field names of one language, by concept. Each concept
// has one or more snake_case spellings; the document's key style applies.
type lang struct {
	code  string
	words map[string][]string
	// phone and postcode and date formats of the country
	phone    func(d *dg) string
	postcode func(d *dg) string
	date     func(y, m, day int) string
	index    string
	country  string
}

func (l lang) w(d *dg, concept string) string {
	alts, ok := l.words[concept]
	if !ok {
		panic("corpus: language " + l.code + " lacks " + concept)
	}
	return d.k(alts...)
}

var langES = lang{
	code:    "es",
	country: "ES",
	words: map[string][]string{
		"user": {"usuario", "cliente", "datos_usuario"}, "device": {"dispositivo", "equipo", "cámara"},
		"network": {"red", "conexión"}, "health": {"salud", "medidas", "datos_corporales"},
		"id": {"id", "identificador"}, "email": {"correo", "correo_electrónico", "email"},
		"password": {"contraseña", "clave"}, "phone": {"teléfono", "tel", "móvil"},
		"address": {"dirección", "domicilio"}, "street": {"calle", "dirección_calle"}, "city": {"ciudad", "localidad"},
		"postcode": {"código_postal", "cp"}, "first": {"nombre"}, "last": {"apellidos", "apellido"},
		"username": {"usuario", "nombre_de_usuario", "alias"}, "dob": {"fecha_de_nacimiento", "fecha_nac"},
		"height": {"altura", "estatura"}, "weight": {"peso"}, "gender": {"sexo", "género"},
		"fat": {"grasa_corporal", "porcentaje_grasa"}, "model": {"modelo"}, "firmware": {"versión_firmware", "firmware", "versión_fw"},
		"serial": {"número_de_serie", "n_serie", "num_serie"}, "mac": {"dirección_mac", "mac"}, "nickname": {"nombre_dispositivo", "apodo"},
		"ssid": {"nombre_red", "red_wifi", "ssid"}, "ip": {"dirección_ip", "ip_local"}, "gateway": {"puerta_de_enlace", "pasarela"},
		"wifi_password": {"clave_wifi", "contraseña_wifi"}, "last_seen": {"última_conexión", "visto_por_última_vez"},
		"created": {"fecha_alta", "creado_el"}, "status": {"estado"}, "country": {"país"},
		"verified": {"correo_verificado"}, "min_len": {"longitud_mínima_contraseña"}, "count": {"número_de_sesiones", "cantidad_de_tokens"},
		"token": {"token_de_acceso", "ficha_api"},
	},
	phone:    (*dg).esPhone,
	postcode: func(d *dg) string { return fmt.Sprintf("%05d", d.between(1000, 52999)) },
	date:     func(y, m, day int) string { return fmt.Sprintf("%02d/%02d/%d", day, m, y) },
	index:    "usuarios-2019.12",
}

var langDE = lang{
	code:    "de",
	country: "DE",
	words: map[string][]string{
		"user": {"benutzer", "kunde", "nutzerdaten"}, "device": {"gerät", "kamera"},
		"network": {"netzwerk", "netz"}, "health": {"gesundheit", "körperdaten"},
		"id": {"id", "kennung"}, "email": {"e_mail", "email", "e_mail_adresse"},
		"password": {"passwort", "kennwort"}, "phone": {"telefon", "telefonnummer", "handy"},
		"address": {"anschrift", "adresse"}, "street": {"straße", "strasse"}, "city": {"ort", "stadt", "wohnort"},
		"postcode": {"plz", "postleitzahl"}, "first": {"vorname"}, "last": {"nachname", "familienname"},
		"username": {"benutzername", "anmeldename"}, "dob": {"geburtsdatum", "geb_datum"},
		"height": {"größe", "körpergröße"}, "weight": {"gewicht", "körpergewicht"}, "gender": {"geschlecht"},
		"fat": {"körperfett", "fettanteil"}, "model": {"modell", "gerätemodell"}, "firmware": {"firmware_version", "firmwareversion"},
		"serial": {"seriennummer", "sn"}, "mac": {"mac_adresse"}, "nickname": {"gerätename", "spitzname"},
		"ssid": {"wlan_name", "ssid", "netzwerkname"}, "ip": {"ip_adresse", "lokale_ip"}, "gateway": {"standardgateway", "gateway"},
		"wifi_password": {"wlan_passwort", "wlan_schlüssel"}, "last_seen": {"zuletzt_online", "zuletzt_gesehen"},
		"created": {"erstellt_am", "angelegt"}, "status": {"status", "zustand"}, "country": {"land"},
		"verified": {"email_bestätigt"}, "min_len": {"passwort_min_länge"}, "count": {"anzahl_sitzungen", "token_anzahl"},
		"token": {"zugriffstoken", "api_schlüssel"},
	},
	phone:    (*dg).dePhone,
	postcode: func(d *dg) string { return fmt.Sprintf("%05d", d.between(10115, 99998)) },
	date:     func(y, m, day int) string { return fmt.Sprintf("%02d.%02d.%d", day, m, y) },
	index:    "benutzer-2019.12",
}

var langFR = lang{
	code:    "fr",
	country: "FR",
	words: map[string][]string{
		"user": {"utilisateur", "client"}, "device": {"appareil", "caméra"},
		"network": {"réseau"}, "health": {"santé", "mesures"},
		"id": {"id", "identifiant_interne"}, "email": {"courriel", "adresse_e_mail", "e_mail"},
		"password": {"mot_de_passe", "mdp"}, "phone": {"téléphone", "tél", "portable"},
		"address": {"adresse", "adresse_postale"}, "street": {"rue", "voie"}, "city": {"ville", "commune"},
		"postcode": {"code_postal", "cp"}, "first": {"prénom"}, "last": {"nom", "nom_de_famille"},
		"username": {"identifiant", "nom_d_utilisateur", "pseudo"}, "dob": {"date_de_naissance"},
		"height": {"taille", "taille_cm"}, "weight": {"poids"}, "gender": {"sexe", "genre"},
		"fat": {"masse_grasse"}, "model": {"modèle"}, "firmware": {"version_du_micrologiciel", "version_firmware"},
		"serial": {"numéro_de_série", "num_serie"}, "mac": {"adresse_mac"}, "nickname": {"nom_de_l_appareil", "surnom"},
		"ssid": {"nom_du_réseau", "ssid"}, "ip": {"adresse_ip"}, "gateway": {"passerelle"},
		"wifi_password": {"clé_wifi", "mot_de_passe_wifi"}, "last_seen": {"dernière_connexion", "vu_le"},
		"created": {"créé_le", "date_de_création"}, "status": {"statut", "état"}, "country": {"pays"},
		"verified": {"courriel_vérifié"}, "min_len": {"longueur_min_mot_de_passe"}, "count": {"nombre_de_jetons", "nombre_de_sessions"},
		"token": {"jeton", "jeton_d_accès"},
	},
	phone:    (*dg).frPhone,
	postcode: func(d *dg) string { return fmt.Sprintf("%05d", d.between(1000, 95999)) },
	date:     func(y, m, day int) string { return fmt.Sprintf("%02d/%02d/%d", day, m, y) },
	index:    "utilisateurs",
}

var langPT = lang{
	code:    "pt",
	country: "PT",
	words: map[string][]string{
		"user": {"usuário", "utilizador", "cliente"}, "device": {"dispositivo", "aparelho"},
		"network": {"rede"}, "health": {"saúde", "medidas"},
		"id": {"id", "código"}, "email": {"email", "correio_eletrônico", "e_mail"},
		"password": {"senha", "palavra_passe"}, "phone": {"telefone", "celular", "telemóvel"},
		"address": {"endereço", "morada"}, "street": {"rua", "logradouro"}, "city": {"cidade", "município"},
		"postcode": {"cep", "código_postal"}, "first": {"nome", "primeiro_nome"}, "last": {"sobrenome", "apelido"},
		"username": {"nome_de_usuário", "login"}, "dob": {"data_de_nascimento", "data_nasc"},
		"height": {"altura"}, "weight": {"peso"}, "gender": {"sexo", "gênero"},
		"fat": {"gordura_corporal"}, "model": {"modelo"}, "firmware": {"versão_firmware", "versão_do_firmware"},
		"serial": {"número_de_série", "num_serie"}, "mac": {"endereço_mac"}, "nickname": {"apelido_do_dispositivo", "nome_do_dispositivo"},
		"ssid": {"rede_wifi", "nome_da_rede", "ssid"}, "ip": {"endereço_ip", "ip_local"}, "gateway": {"gateway", "roteador_ip"},
		"wifi_password": {"senha_wifi", "senha_da_rede"}, "last_seen": {"visto_por_último", "última_conexão"},
		"created": {"criado_em", "data_cadastro"}, "status": {"situação", "estado"}, "country": {"país"},
		"verified": {"email_verificado"}, "min_len": {"tamanho_mínimo_senha"}, "count": {"quantidade_de_sessões", "contagem_tokens"},
		"token": {"token_de_acesso", "chave_api"},
	},
	phone:    (*dg).ptPhone,
	postcode: func(d *dg) string { return fmt.Sprintf("%04d-%03d", d.between(1000, 9999), d.intn(1000)) },
	date:     func(y, m, day int) string { return fmt.Sprintf("%02d/%02d/%d", day, m, y) },
	index:    "usuarios_pt",
}

var langIT = lang{
	code:    "it",
	country: "IT",
	words: map[string][]string{
		"user": {"utente", "cliente"}, "device": {"dispositivo", "telecamera"},
		"network": {"rete"}, "health": {"salute", "misure"},
		"id": {"id", "codice"}, "email": {"email", "posta_elettronica"},
		"password": {"password", "parola_d_ordine"}, "phone": {"telefono", "cellulare"},
		"address": {"indirizzo", "recapito"}, "street": {"via", "indirizzo_via"}, "city": {"città", "comune"},
		"postcode": {"cap", "codice_postale"}, "first": {"nome"}, "last": {"cognome"},
		"username": {"nome_utente", "utenza"}, "dob": {"data_di_nascita", "data_nascita"},
		"height": {"altezza", "statura"}, "weight": {"peso"}, "gender": {"sesso", "genere"},
		"fat": {"massa_grassa"}, "model": {"modello"}, "firmware": {"versione_firmware"},
		"serial": {"numero_di_serie", "matricola"}, "mac": {"indirizzo_mac"}, "nickname": {"nome_dispositivo", "soprannome"},
		"ssid": {"nome_rete", "rete_wifi", "ssid"}, "ip": {"indirizzo_ip"}, "gateway": {"gateway_predefinito", "gateway"},
		"wifi_password": {"password_wifi", "chiave_wifi"}, "last_seen": {"ultimo_accesso_dispositivo", "visto_l_ultima_volta"},
		"created": {"creato_il", "data_creazione"}, "status": {"stato"}, "country": {"paese", "nazione"},
		"verified": {"email_verificata"}, "min_len": {"lunghezza_minima_password"}, "count": {"numero_sessioni", "conteggio_token"},
		"token": {"token_di_accesso", "chiave_api"},
	},
	phone:    (*dg).itPhone,
	postcode: func(d *dg) string { return fmt.Sprintf("%05d", d.between(10, 98168)) },
	date:     func(y, m, day int) string { return fmt.Sprintf("%02d/%02d/%d", day, m, y) },
	index:    "utenti",
}

var langNL = lang{
	code:    "nl",
	country: "NL",
	words: map[string][]string{
		"user": {"gebruiker", "klant"}, "device": {"apparaat", "camera"},
		"network": {"netwerk"}, "health": {"gezondheid", "metingen"},
		"id": {"id", "kenmerk"}, "email": {"e_mail", "emailadres", "mailadres"},
		"password": {"wachtwoord"}, "phone": {"telefoon", "telefoonnummer", "mobiel"},
		"address": {"adres", "woonadres"}, "street": {"straat", "straatnaam"}, "city": {"woonplaats", "plaats"},
		"postcode": {"postcode"}, "first": {"voornaam"}, "last": {"achternaam"},
		"username": {"gebruikersnaam"}, "dob": {"geboortedatum"},
		"height": {"lengte", "lichaamslengte"}, "weight": {"gewicht"}, "gender": {"geslacht"},
		"fat": {"vetpercentage"}, "model": {"model", "typenummer"}, "firmware": {"firmwareversie"},
		"serial": {"serienummer"}, "mac": {"mac_adres"}, "nickname": {"apparaatnaam", "bijnaam"},
		"ssid": {"wifi_naam", "netwerknaam", "ssid"}, "ip": {"ip_adres"}, "gateway": {"gateway", "standaardgateway"},
		"wifi_password": {"wifi_wachtwoord", "netwerksleutel"}, "last_seen": {"laatst_gezien", "laatst_online"},
		"created": {"aangemaakt_op"}, "status": {"status"}, "country": {"land"},
		"verified": {"email_geverifieerd"}, "min_len": {"minimale_wachtwoordlengte"}, "count": {"aantal_sessies", "aantal_tokens"},
		"token": {"toegangstoken", "api_sleutel"},
	},
	phone: (*dg).nlPhone,
	postcode: func(d *dg) string {
		return fmt.Sprintf("%04d %s", d.between(1000, 9999), d.rs("ABCDEFGHJKLMNPRSTVWXZ", 2))
	},
	date:  func(y, m, day int) string { return fmt.Sprintf("%02d-%02d-%d", day, m, y) },
	index: "gebruikers",
}

// i18nBuilder returns the build function of a document with keys in l.
func i18nBuilder(l lang) func(d *dg) {
	return func(d *dg) {
		if d.chance(0.25) {
			d.esEnvelope(l.index, func() { d.i18nBody(l) })
			return
		}
		d.i18nBody(l)
	}
}

// section writes a sub-object, or a flattened one with dotted (or other)
// keys ("usuario.correo").
func (d *dg) section(name string, flat bool, sep string, fn func()) {
	if flat {
		d.b.flat(name, sep, fn)
		return
	}
	d.b.obj(name, fn)
}

func (d *dg) i18nBody(l lang) {
	b := d.b
	b.hard = HardLanguage
	flat := d.chance(0.3)
	sep := d.pick(".", ".", "_", ":")
	b.str(l.w(d, "id"), d.recordID(), none())
	p := d.person()
	d.shuffled(
		func() {
			d.section(l.w(d, "user"), flat, sep, func() {
				if d.chance(0.7) {
					b.str(l.w(d, "first"), p.first, contact())
					b.str(l.w(d, "last"), p.last, contact())
				}
				if d.chance(0.4) {
					b.str(l.w(d, "username"), d.username(p), contact())
				}
				b.str(l.w(d, "email"), d.emailOf(p), contact())
				if d.chance(0.6) {
					b.str(l.w(d, "phone"), l.phone(d), contact())
				}
				if d.chance(0.5) {
					b.str(l.w(d, "password"), d.pick(d.plainPassword(), d.passwordHash()), cred())
				}
				if d.chance(0.3) {
					b.str(l.w(d, "token"), d.apiToken(), cred())
				}
				if d.chance(0.4) {
					b.str(l.w(d, "dob"), l.date(d.between(1945, 2003), d.between(1, 12), d.between(1, 28)), contact())
				}
				if d.chance(0.6) {
					a := d.addressIn(l.country)
					d.section(l.w(d, "address"), flat, sep, func() {
						b.str(l.w(d, "street"), a.street, contact())
						b.str(l.w(d, "city"), a.city, contact())
						b.str(l.w(d, "postcode"), l.postcode(d), contact())
						if d.chance(0.5) {
							b.str(l.w(d, "country"), l.country, decoy())
						}
					})
				}
				if d.chance(0.4) {
					b.bool(l.w(d, "verified"), d.chance(0.8), decoy())
				}
			})
		},
		func() {
			if !d.chance(0.7) {
				return
			}
			b.arr(l.w(d, "device"), func() {
				for range d.between(1, 3) {
					b.obj("", func() {
						b.str(l.w(d, "model"), d.pick(wyzeModels...), device())
						fw, ip := d.fwVersion()
						b.str(l.w(d, "firmware"), fw, fwLabel(ip))
						if d.chance(0.6) {
							b.str(l.w(d, "serial"), d.serial(), device())
						}
						if d.chance(0.6) {
							b.str(l.w(d, "mac"), d.mac(), macLabel())
						}
						if d.chance(0.5) {
							b.str(l.w(d, "nickname"), d.pick("Salón", "Garten", "Entrée", "Quintal", "Ingresso", "Voordeur", "Garage"), device())
						}
						if d.chance(0.5) {
							d.timestamp(l.w(d, "last_seen"), device())
						}
						if d.chance(0.3) {
							b.str(l.w(d, "status"), d.pick("ok", "online", "offline"), none())
						}
					})
				}
			})
		},
		func() {
			if !d.chance(0.6) {
				return
			}
			n := d.lan()
			d.section(l.w(d, "network"), flat, sep, func() {
				b.str(l.w(d, "ssid"), d.ssid(), netw())
				if d.chance(0.7) {
					b.str(l.w(d, "ip"), n.host(d), netw())
				}
				if d.chance(0.6) {
					b.str(l.w(d, "gateway"), n.gateway, netw())
				}
				if d.chance(0.5) {
					b.str(l.w(d, "wifi_password"), d.plainPassword(), cred())
				}
			})
		},
		func() {
			if !d.chance(0.5) {
				return
			}
			bd := d.body()
			d.section(l.w(d, "health"), flat, sep, func() {
				if d.chance(0.5) {
					b.float(l.w(d, "height"), bd.heightCM, d.intn(2), health())
				} else {
					b.str(l.w(d, "height"), strconv.Itoa(int(bd.heightCM))+" cm", health())
				}
				if d.chance(0.6) {
					b.float(l.w(d, "weight"), bd.weightKG, 1, health())
				} else {
					b.str(l.w(d, "weight"), strconv.FormatFloat(bd.weightKG, 'f', 1, 64)+" kg", health())
				}
				if d.chance(0.6) {
					b.str(l.w(d, "gender"), d.gender(bd.male), genderLabel())
				}
				if d.chance(0.5) {
					b.float(l.w(d, "fat"), d.floatIn(10, 38), 1, health())
				}
			})
		},
	)
	if d.chance(0.4) {
		b.int(l.w(d, "min_len"), int64(d.between(6, 12)), decoy())
	}
	if d.chance(0.4) {
		b.int(l.w(d, "count"), int64(d.intn(400)), decoy())
	}
	d.timestamp(l.w(d, "created"), none())
	if d.chance(0.4) {
		b.str(l.w(d, "status"), d.pick("activo", "aktiv", "actif", "ativo", "attivo", "actief"), none())
	}
}
