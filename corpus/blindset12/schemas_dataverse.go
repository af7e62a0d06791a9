package blindset12

import (
	"fmt"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// A Montréal / Québec City assisted-reproduction clinic (procréation
// assistée) on Microsoft Dataverse: a Web API response (@odata.context,
// value[], @odata.etag) of contacts with $expand of the partner and the
// treatment cycles; custom columns under the publisher prefix cpma_ with
// Québécois French names (nocivique, app, cellulaire, courriel, conjoint,
// ponction), option sets as integers beside their
// "@OData.Community.Display.V1.FormattedValue" annotations, lookups as
// _x_value GUIDs, Power Pages identity columns (adx_identity_*).

var (
	qcPrenomF = []string{"Marie-Ève", "Geneviève", "Isabelle", "Annie", "Mélanie", "Catherine", "Émilie", "Valérie", "Karine", "Josée", "Stéphanie", "Audrey"}
	qcPrenomM = []string{"Jean-François", "Mathieu", "Sébastien", "Maxime", "Olivier", "Guillaume", "Patrick", "Éric", "Simon", "Frédéric"}
	qcNom     = []string{"Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque"}
	qcRues    = []string{"rue Saint-Denis", "boul. Saint-Laurent", "av. du Parc", "rue de la Couronne", "ch. Sainte-Foy", "rue Beaubien Est", "av. Cartier", "rue King Ouest"}
	qcVilles  = []struct{ ville, cp string }{{"Montréal", "H2X"}, {"Montréal", "H2S"}, {"Laval", "H7N"}, {"Québec", "G1R"}, {"Longueuil", "J4K"}, {"Gatineau", "J8X"}, {"Sherbrooke", "J1H"}, {"Lévis", "G6V"}}
	qcDiagInf = []string{"SOPK", "endométriose stade II", "facteur masculin sévère", "infertilité inexpliquée", "obstruction tubaire bilatérale", "réserve ovarienne diminuée", "projet parental solo (donneur)"}
	qcProtoc  = []string{"antagoniste", "agoniste long", "flare-up", "cycle naturel modifié", "TEC (transfert d'embryon congelé)"}
	qcMedsPMA = []string{"Gonal-f 225 UI", "Menopur 150 UI", "Orgalutran 0,25 mg", "Ovidrel 250 mcg", "Suprefact", "Endometrin 100 mg TID", "Estrace 2 mg BID", "Letrozole 2,5 mg"}
	qcIncubs  = []string{"EmbryoScope+", "Geri+ (Genea)", "MINC K-MINC-1000", "Miri TL6"}
)

func sexCode(code int) leaf {
	return leaf{val: code, label: corpus.Label{AnyOf: []string{corpus.Health, corpus.Contact}}}
}

func (r *rng) qcPostal(prefix string) string {
	return fmt.Sprintf("%s %d%c%d", prefix, r.in(0, 9), 'A'+rune(r.IntN(26)), r.in(0, 9))
}

func (r *rng) aspnetHash() string { return "AQAAAAIAAYagAAAAE" + r.from(alnumSet+"+/", 67) + "==" }

const fv = "@OData.Community.Display.V1.FormattedValue"

func pmaDataverse(r *rng) any {
	prenom, nom := r.pick(qcPrenomF...), r.pick(qcNom...)
	v := qcVilles[r.IntN(len(qcVilles))]
	cm := r.in(150, 180)
	kg := r.f1(48, 102)
	sexeConj := r.in(1, 2)
	conjPrenom := r.pick(qcPrenomM...)
	if sexeConj == 2 {
		conjPrenom = r.pick(qcPrenomF...)
	}
	conjNom := r.pick(qcNom...)
	clinicID := r.uuid()

	var cycles arr
	for k := 0; k < r.in(1, 3); k++ {
		proto := r.pick(qcProtoc...)
		c := obj{
			{"@odata.etag", decoy(fmt.Sprintf("W/\"%d\"", r.in(1000000, 99999999)))},
			{"cpma_cycleid", decoy(r.uuid())},
			{"cpma_no_cycle", decoy(fmt.Sprintf("C-%d-%05d", r.in(2022, 2024), r.in(1, 99999)))},
			{"cpma_typecycle", plain(r.in(1, 4))},
			{"cpma_typecycle" + fv, hlth(r.pick("FIV", "FIV-ICSI", "IIU", "TEC"))},
			{"cpma_protocole", hlth(proto)},
			{"cpma_datedebut", plain(r.day(2023, 2024))},
			{"cpma_medicaments", hlth(strings.Join(r.pickSome(r.in(1, 3), qcMedsPMA...), ", "))},
			{"cpma_e2_declenchement", hlth(fmt.Sprintf("%d pmol/L", r.in(2000, 18000)))},
			{"cpma_ovocytes_ponctionnes", hlth(r.in(0, 24))},
			{"cpma_embryons_j5", hlth(r.in(0, 8))},
			{"cpma_bhcg", hlth(r.pick("négatif", "positif 142 UI/L", "positif 388 UI/L", "biochimique"))},
			{"cpma_incubateur", dev(r.pick(qcIncubs...) + " #" + fmt.Sprint(r.in(1, 4)))},
			{"cpma_frais_cad", decoy(fmt.Sprintf("%d.00", r.in(30, 150)*100))},
		}
		cycles = append(cycles, c)
	}
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p("Appel de la patiente: "), p(r.pick("saignements légers J+9", "douleurs abdo et ballonnements, r/o SHO", "nausées avec Endometrin", "oubli d'une dose d'Orgalutran hier soir"), healthC), p(". Rappeler au "), p(r.pick("514", "438", "418", "450")+"-555-01"+r.digits(2), contactC), p("."))
	case 1:
		note = prose(p("Conjoint(e) "), p(conjPrenom, contactC), p(" demande accès au portail, courriel "), p(r.mail(ascii(conjPrenom)+"."+ascii(conjNom)), contactC), p("."))
	case 2:
		note = prose(p("Consultation vidéo: lien envoyé, "), p("https://rv.example.com/v/"+r.alnum(10)+"?jeton="+r.alnum(24), credC), p("."))
	default:
		note = prose(p("RAS."))
	}
	rec := obj{
		{"@odata.etag", decoy(fmt.Sprintf("W/\"%d\"", r.in(1000000, 99999999)))},
		{"contactid", decoy(r.uuid())},
		{"firstname", cont(prenom)},
		{"lastname", cont(nom)},
		{"fullname", cont(prenom + " " + nom)},
		{"birthdate", cont(r.day(1979, 1998))},
		{"gendercode", sexCode(2)},
		{"gendercode" + fv, sexOf("Féminin")},
		{"emailaddress1", cont(r.mail(ascii(prenom) + "." + ascii(nom)))},
		{"cpma_cellulaire", cont(r.pick("514", "438", "418", "819") + "-555-01" + r.digits(2))},
		{"cpma_nocivique", cont(fmt.Sprint(r.in(10, 9999)))},
		{"cpma_rue", cont(r.pick(qcRues...))},
		{"cpma_app", cont(r.pick("", "app. ", "#") + fmt.Sprint(r.in(1, 30)))},
		{"cpma_ville", cont(v.ville)},
		{"cpma_codepostal", cont(r.qcPostal(v.cp))},
		{"cpma_province", cont("QC")},
		{"_parentcustomerid_value", decoy(clinicID)},
		{"_parentcustomerid_value" + fv, plain(r.pick("Clinique Ovo-Fertilité Mtl", "Centre PMA Québec", "Clinique Procréa Laval"))},
		{"cpma_taille_cm", hlth(cm).clin()},
		{"cpma_poids_kg", hlth(kg).clin()},
		{"cpma_imc", hlth(bmi(kg, cm)).clin()},
		{"cpma_groupesanguin", hlth(r.blood()).clin()},
		{"cpma_gp", hlth(fmt.Sprintf("G%dP%d", r.in(0, 4), r.in(0, 2))).clin()},
		{"cpma_amh", hlth(r.f1(0.2, 9)).clin()},
		{"cpma_fsh_j3", hlth(r.f1(3, 18)).clin()},
		{"cpma_diag_infertilite", hlth(r.pick(qcDiagInf...)).clin()},
		{"cpma_allergies", hlth(r.pick("aucune", "pénicilline", "sulfa", "latex", "iode")).clin()},
		{"cpma_tabagisme", hlth(r.pick("non-fumeuse", "ex-fumeuse", "vapoteuse")).clin()},
		{"cpma_nbtentatives", hlth(r.in(0, 5)).clin()},
		{"cpma_notesinfirmiere", note},
		{"adx_identity_username", cont(ascii(prenom) + ascii(nom[:1]) + r.digits(2))},
		{"adx_identity_passwordhash", cred(r.aspnetHash())},
		{"adx_identity_securitystamp", decoy(strings.ToUpper(r.alnum(32)))},
		{"adx_identity_twofactorenabled", decoy(r.chance(0.3))},
		{"adx_identity_accessfailedcount", decoy(r.in(0, 4))},
		{"adx_identity_lastsuccessfullogin", plain(r.iso(2024, 2024))},
		{"cpma_ip_derniereconnexion", netw(r.wanIP())},
		{"cpma_appareil", dev(r.phoneModel())},
		{"cpma_versionapp", dev(fmt.Sprintf("%d.%d", r.in(2, 5), r.in(0, 30)))},
		{"cpma_jetonpush", cred(r.fcm())},
		{"cpma_conjoint", obj{
			{"@odata.etag", decoy(fmt.Sprintf("W/\"%d\"", r.in(1000000, 99999999)))},
			{"contactid", decoy(r.uuid())},
			{"firstname", cont(conjPrenom)},
			{"lastname", cont(conjNom)},
			{"birthdate", cont(r.day(1972, 1998))},
			{"gendercode", sexCode(sexeConj)},
			{"gendercode" + fv, sexOf(map[int]string{1: "Masculin", 2: "Féminin"}[sexeConj])},
			{"mobilephone", cont(r.pick("514", "450", "418") + "-555-01" + r.digits(2))},
			{"cpma_spermo_concentration", hlth(fmt.Sprintf("%.1f M/mL", r.f1(0.5, 90))).clin()},
			{"cpma_spermo_mobilite", hlth(fmt.Sprintf("%d %%", r.in(5, 65))).clin()},
		}},
		{"cpma_contact_cycle", clinical(cycles)},
		{"createdon", plain(r.iso(2022, 2023))},
		{"modifiedon", plain(r.iso(2024, 2024))},
	}
	if sexeConj == 2 {
		c := rec[len(rec)-4].val.(obj)
		rec[len(rec)-4].val = c[:len(c)-2]
	}
	return language(obj{
		{"@odata.context", plain("https://cpma.crm3.example.com/api/data/v9.2/$metadata#contacts(cpma_conjoint(),cpma_contact_cycle())")},
		{"value", arr{rec}},
		{"@odata.nextLink", null()},
	})
}
