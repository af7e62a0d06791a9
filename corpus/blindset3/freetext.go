package blindset3

import "fmt"

// Free-text generators. Each returns one prose leaf whose categories are
// exactly those of the pieces written into it.

func carNote(g *rng, o person) leaf {
	switch g.n(7) {
	case 0:
		return prose(p("Owner called from "), p(g.phoneUS(), contactCat), p(": hotspot keeps dropping. Reset TCU, new hotspot key "), p(g.passphrase(), credCat), p(" read out on the phone."))
	case 1:
		return prose(p("Recall 24V-117 applied at dealer, head unit now on "), p(fmt.Sprintf("HU %d.%d.%d", g.in(20, 25), g.in(1, 52), g.in(100, 999)), deviceCat), p(". No further action."))
	case 2:
		return prose(p("Customer asked us to stop emailing "), p(g.email(o), contactCat), p(" about service offers."))
	case 3:
		return prose(p("Roadside assist closed, tow completed, customer satisfied."))
	case 4:
		return prose(p("Driver fainted at the wheel per crash report, "), p("history of epilepsy", healthCat), p("; emergency call placed automatically."))
	case 5:
		return prose(p("Digital key shared with "), p(g.person().full(), contactCat), p(" by mistake, revoked."))
	}
	return prose(p("Annual inspection passed, brake fluid replaced."))
}

func babyNote(g *rng, baby person) leaf {
	switch g.n(6) {
	case 0:
		return prose(p(baby.first, contactCat), p(fmt.Sprintf(" had %.1f fever at 2am, gave %.1f ml paracetamol, back to sleep by 3.", g.f(38.0, 39.2), g.f(2.0, 5.0)), healthCat))
	case 1:
		return prose(p("Grandma babysitting Saturday, app login is "), p(g.email(g.person()), contactCat), p(" / "), p(g.password(), credCat))
	case 2:
		return prose(p("Camera moved to the crib side, night light on."))
	case 3:
		return prose(p("Reflux worse at night, pediatrician says keep baby upright 20 min after feeds.", healthCat))
	case 4:
		return prose(p("Weighed at clinic: "), p(fmt.Sprintf("%.2f kg, %d cm", g.f(3.5, 9.5), g.in(50, 75)), healthCat), p(", all good."))
	}
	return prose(p("Switched to the 5 GHz network, cam now at "), p(g.privIP(), netCat))
}

func tvTicket(g *rng, h person, lan string) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("Customer can't cast from phone. Router at "), p(lan+".1", netCat), p(" blocks multicast; advised enabling IGMP proxy."))
	case 1:
		return prose(p("Remote lost, replacement sent. Stick serial "), p("BC"+g.s(uc+num, 12), deviceCat), p("."))
	case 2:
		return prose(p("Voice search not working after update. Closed, duplicate."))
	case 3:
		return prose(p("Please call back "), p(h.first, contactCat), p(" on "), p(g.phoneUK(), contactCat), p(" after 6pm."))
	case 4:
		return prose(p("Kunde hat PIN vergessen, neue Kindersicherungs-PIN "), p(g.s(num, 4), credCat), p(" per Mail an "), p(g.email(h), contactCat), p(" geschickt."))
	}
	return prose(p("Subtitles out of sync on HDMI 2, known issue, fix in next release."))
}

func meterNote(g *rng, c person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("cust rang, gateway offline after router swap; talked through re-pairing, new wifi key "), p(g.passphrase(), credCat))
	case 1:
		return prose(p("Vulnerable customer: "), p(one(g, "uses home dialysis", "oxygen at night", "recent heart surgery"), healthCat), p(", do not disconnect."))
	case 2:
		return prose(p("Meter exchange booked, engineer to call "), p(g.phoneUK(), contactCat), p(" on the day."))
	case 3:
		return prose(p("read estimated, no access"))
	}
	return prose(p("Moved in, new tenant "), p(c.full(), contactCat), p(", opening read taken."))
}

func hearingFeedback(g *rng) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Too much wind noise outside, otherwise great."))
	case 1:
		return prose(p("My ringing is worse in the evenings since the new tablets ("), p(one(g, "aspirin 500", "quinine", "ibuprofen 400 three times a day"), healthCat), p(")."))
	case 2:
		return prose(p("Right aid stopped pairing with my "), p(one(g, "iPhone 14", "Pixel 7a", "Galaxy A54"), deviceCat), p(" after the update to "), p(g.ver(3), deviceCat))
	case 3:
		return prose(p("Please send the invoice to my son at "), p(g.email(g.person()), contactCat))
	}
	return prose(p("Me cuesta oír en reuniones, ", healthCat), p("¿hay un programa mejor?"))
}

func insulinComment(g *rng) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Site change every 3 days; hypo at night after exercise, reduced basal 20%.", healthCat))
	case 1:
		return prose(p("Uploader moved to new phone, old one wiped."))
	case 2:
		return prose(p("Endo asked to share data with "), p(g.email(g.person()), contactCat), p(", next HbA1c in March.", healthCat))
	case 3:
		return prose(p("Nightscout at "), p("https://"+slug(g.person().first)+"-cgm.example.net/?token="+g.s(alnum, 16), credCat), p(" for the school nurse."))
	}
	return prose(p("Sensor fell off during swim, "), p(fmt.Sprintf("BG %d at 14:00", g.in(40, 320)), healthCat))
}

func itemNote(g *rng, u person) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("backup codes: "), p(g.s(num, 8)+" "+g.s(num, 8)+" "+g.s(num, 8), credCat))
	case 1:
		return prose(p("account shared with "), p(g.person().first, contactCat), p(" ("), p(g.email(g.person()), contactCat), p(")"))
	case 2:
		return prose(p("security question: first pet = "), p(one(g, "Bello", "Whiskers", "Rex", "Minou"), credCat))
	case 3:
		return prose(p("old account, do not use"))
	case 4:
		return prose(p("PIN tarjeta "), p(g.s(num, 4), credCat))
	}
	return prose(p("reachable from the VPN only, "), p(g.privIP(), netCat))
}

func petFeedback(g *rng) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Feeder dispensed twice at 7am, firmware "), p(g.ver(3), deviceCat), p("."))
	case 1:
		return prose(p("Can't connect to my network "), p("\""+one(g, "Casa", "Heim", "Maison")+"-"+g.s(num, 3)+"\"", netCat), p(", password is "), p(g.passphrase(), credCat))
	case 2:
		return prose(p("Love it, the cat loves it too!"))
	case 3:
		return prose(p("Please call me, "), p(g.phoneUS(), contactCat), p(", the camera is offline."))
	}
	return prose(p("Mi gato come demasiado rápido, ¿se puede repartir la ración?"))
}

func pharmacyMessage(g *rng, female bool) leaf {
	k := g.n(5)
	if k == 3 && !female {
		k = 2
	}
	switch k {
	case 0:
		return prose(p("Kan ik de "), p(one(g, "metformine", "sertraline", "omeprazol"), healthCat), p(" ook 's avonds innemen?"))
	case 1:
		return prose(p("Ik ben verhuisd naar "), p(one(g, "Molenweg", "Kerkstraat", "Beukenlaan")+" "+fmt.Sprint(g.in(1, 120))+", "+fmt.Sprintf("%04d %s", g.in(1000, 9999), g.s("ABCDEGHJKLMNPRSTVWXZ", 2)), contactCat))
	case 2:
		return prose(p("Graag bezorgen na 17 uur."))
	case 3:
		return prose(p("Ik ben "), p(fmt.Sprint(g.in(8, 30))+" weken zwanger", healthCat), p(", mag ik dit middel gebruiken?"))
	}
	return prose(p("Bel me terug op "), p(g.phoneNL(), contactCat), p(", alstublieft."))
}

func homeLog(g *rng, lan string) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Fensterkontakt Bad: Sabotage erkannt"))
	case 1:
		return prose(p("Neues Gerät angelernt: "), p("000"+g.s(HX, 11), deviceCat))
	case 2:
		return prose(p("Anmeldung fehlgeschlagen von "), p(g.lanIP(lan), netCat))
	case 3:
		return prose(p("Firmware-Update auf "), p(g.ver(3), deviceCat), p(" erfolgreich"))
	}
	return prose(p("Heizprofil Woche aktiviert"))
}

func clinicNote(g *rng) leaf {
	switch g.n(4) {
	case 0:
		return prose(p("Evolución favorable, "), p("glucosa capilar "+fmt.Sprint(g.in(90, 250))+" mg/dL", healthCat), p(". Cita en 3 meses."))
	case 1:
		return prose(p("Se explica dieta y ejercicio.", healthCat))
	case 2:
		return prose(p("Paciente no acude a cita de seguimiento; se deja recado con su esposo "), p(g.person().first, contactCat), p("."))
	}
	return prose(p("Sin cambios."))
}

func donorNote(g *rng) leaf {
	switch g.n(4) {
	case 0:
		return prose(p("Lieve malessere post-donazione, ", healthCat), p("ripreso dopo 15 minuti."))
	case 1:
		return prose(p("Donatore chiede di essere contattato al "), p(g.phoneIT(), contactCat), p(" per la prossima chiamata."))
	case 2:
		return prose(p("Anamnesi negativa."))
	}
	return prose(p("Riferisce "), p(one(g, "ipotiroidismo in terapia con Eutirox 50", "allergia stagionale, assume cetirizina", "intervento di appendicectomia nel 2019"), healthCat), p("."))
}

func clinicAdvice(g *rng) leaf {
	switch g.n(4) {
	case 0:
		return prose(p("Tomar "), p(one(g, "paracetamol 500 mg cada 8 horas si hay fiebre", "abundantes líquidos y reposo por 3 días", "la metformina con los alimentos"), healthCat), p("."))
	case 1:
		return prose(p("Dieta baja en sal, caminar 30 minutos diarios, ", healthCat), p("regresar en un mes."))
	case 2:
		return prose(p("Resultados disponibles en el portal con su usuario."))
	}
	return prose(p("Acudir a urgencias si presenta "), p("dolor en el pecho o falta de aire", healthCat), p("."))
}

func consigne(g *rng) leaf {
	switch g.n(4) {
	case 0:
		return prose(p("Chien dans le jardin, sonner deux fois."))
	case 1:
		return prose(p("Clé chez la voisine, Mme "), p(one(g, surnames...), contactCat), p(", au "), p(g.phoneFR(), contactCat), p("."))
	case 2:
		return prose(p("Patiente "), p("malentendante et diabétique", healthCat), p(", parler fort, vérifier le pilulier."))
	}
	return prose(p("Portail : code "), p(g.s(num, 4), credCat), p(", se garer devant le garage."))
}

// uniq draws free texts for one document without repeating a template.
type uniq map[string]bool

// draw calls f until its text starts differently from the texts drawn
// before (a few tries, then it gives up and repeats).
func (u uniq) draw(f func() leaf) leaf {
	var l leaf
	for try := 0; try < 8; try++ {
		l = f()
		s, _ := l.val.(string)
		if len(s) > 18 {
			s = s[:18]
		}
		if !u[s] {
			u[s] = true
			return l
		}
	}
	return l
}
