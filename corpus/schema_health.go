package corpus

import (
	"fmt"
	"strconv"
	"strings"
)

var diagnoses = []struct{ code, text string }{
	{"E11.9", "Type 2 diabetes mellitus without complications"},
	{"I10", "Essential (primary) hypertension"},
	{"J45.909", "Unspecified asthma, uncomplicated"},
	{"F32.A", "Depression, unspecified"},
	{"G47.33", "Obstructive sleep apnea"},
	{"E78.5", "Hyperlipidemia, unspecified"},
	{"M54.5", "Low back pain"},
	{"K21.9", "Gastro-esophageal reflux disease without esophagitis"},
	{"O24.419", "Gestational diabetes mellitus in pregnancy"},
	{"Z33.1", "Pregnant state, incidental"},
	{"F41.1", "Generalized anxiety disorder"},
	{"E66.01", "Morbid obesity due to excess calories"},
}

var medications = []struct{ name, dose string }{
	{"metformin", "500 mg"}, {"lisinopril", "10 mg"}, {"atorvastatin", "20 mg"}, {"albuterol", "90 mcg/actuation"},
	{"sertraline", "50 mg"}, {"omeprazole", "20 mg"}, {"levothyroxine", "75 mcg"}, {"insulin glargine", "12 units"},
	{"amlodipine", "5 mg"}, {"prenatal vitamins", "1 tablet"},
}

var labTests = []struct {
	name, unit string
	lo, hi     float64
}{
	{"HbA1c", "%", 4.8, 9.5}, {"Glucose, fasting", "mg/dL", 70, 190}, {"LDL cholesterol", "mg/dL", 60, 190},
	{"TSH", "mIU/L", 0.3, 6}, {"Creatinine", "mg/dL", 0.5, 1.6}, {"Hemoglobin", "g/dL", 10, 17},
}

// buildClinical writes an EHR export; every leaf is Hard=clinical.
func buildClinical(d *dg) {
	b := d.b
	b.hard = HardClinical
	p := d.person()
	bd := d.body()
	b.str(d.k("mrn", "medical_record_number", "patient_id"), d.pick("MRN"+d.rs(digits, 8), d.rs(digits, 10), d.uuid()), none())
	b.obj(d.k("patient", "demographics", "pt"), func() {
		if d.chance(0.5) {
			b.str(d.k("name", "full_name", "patient_name"), p.last+", "+p.first, contact())
		} else {
			b.str(d.k("given", "first_name"), p.first, contact())
			b.str(d.k("family", "last_name"), p.last, contact())
		}
		b.str(d.k("dob", "birth_date", "date_of_birth"), d.dob(), contact())
		b.str(d.k("sex", "gender", "administrative_gender"), d.gender(bd.male), genderLabel())
		if d.chance(0.4) {
			b.str(d.k("phone", "telecom", "home_phone"), d.phone(), contact())
		}
		if d.chance(0.3) {
			a := d.address()
			b.str(d.k("address"), a.oneLine(), contact())
		}
		if d.chance(0.3) {
			b.str(d.k("language", "preferred_language"), d.pick("en", "es", "de"), none())
		}
	})
	d.shuffled(
		func() {
			b.arr(d.k("problems", "diagnoses", "conditions", "dx"), func() {
				for range d.between(1, 3) {
					dx := diagnoses[d.intn(len(diagnoses))]
					if d.chance(0.3) {
						b.str("", dx.code+" "+dx.text, health())
						continue
					}
					b.obj("", func() {
						if d.chance(0.5) {
							b.str(d.k("system", "code_system"), d.pick("ICD-10-CM", "ICD10", "http://hl7.org/fhir/sid/icd-10"), none())
						}
						b.str(d.k("code", "icd10", "icd_code"), dx.code, health())
						if d.chance(0.7) {
							b.str(d.k("display", "description", "text"), dx.text, health())
						}
						if d.chance(0.4) {
							b.str(d.k("onset", "onset_date", "recorded"), d.when().Format("2006-01-02"), none())
						}
						if d.chance(0.3) {
							b.str(d.k("status", "clinical_status"), d.pick("active", "resolved"), none())
						}
					})
				}
			})
		},
		func() {
			if !d.chance(0.7) {
				return
			}
			b.arr(d.k("medications", "meds", "medication_list", "rx"), func() {
				for range d.between(1, 3) {
					m := medications[d.intn(len(medications))]
					b.obj("", func() {
						b.str(d.k("name", "drug", "medication"), m.name, health())
						b.str(d.k("dose", "dosage", "strength"), m.dose, health())
						if d.chance(0.6) {
							b.str(d.k("frequency", "sig"), d.pick("once daily", "BID", "twice daily", "PRN", "qHS"), health())
						}
						if d.chance(0.3) {
							b.str(d.k("prescriber"), "Dr. "+d.pick(lastNames...), contact())
						}
					})
				}
			})
		},
		func() {
			if !d.chance(0.6) {
				return
			}
			b.arr(d.k("allergies", "allergy_intolerance"), func() {
				for _, a := range []string{"penicillin", "peanuts", "latex", "sulfa drugs", "shellfish"}[:d.between(1, 3)] {
					b.str("", a, health())
				}
			})
		},
		func() {
			if d.chance(0.6) {
				b.str(d.k("blood_type", "abo_rh", "blood_group"), d.pick("O+", "O-", "A+", "A-", "B+", "AB+", "AB-"), health())
			}
		},
		func() {
			if !bd.male && d.chance(0.4) {
				b.bool(d.k("pregnant", "pregnancy_status", "is_pregnant"), d.chance(0.3), health())
			}
		},
		func() {
			if d.chance(0.5) {
				b.str(d.k("smoking_status", "tobacco_use"), d.pick("never", "former", "current every day"), health())
			}
		},
	)
	b.arr(d.k("encounters", "visits"), func() {
		clin := d.person()
		for range d.between(1, 3) {
			b.obj("", func() {
				b.str(d.k("encounter_id", "visit_id", "id"), d.recordID(), none())
				b.str(d.k("date", "start", "admit_date"), d.when().Format("2006-01-02T15:04"), none())
				b.str(d.k("type", "class"), d.pick("outpatient", "telehealth", "emergency", "inpatient"), none())
				b.str(d.k("clinician", "provider", "attending"), "Dr. "+clin.full(), contact())
				b.obj(d.k("vitals", "vital_signs", "obs"), func() { d.vitals(bd) })
				if d.chance(0.6) {
					t, l := d.clinicalNote(p, bd)
					b.str(d.k("note", "notes", "clinician_notes", "assessment"), t, l)
				}
			})
		}
	})
	if d.chance(0.6) {
		b.arr(d.k("labs", "lab_results", "observations"), func() {
			for range d.between(1, 4) {
				t := labTests[d.intn(len(labTests))]
				b.obj("", func() {
					// The test name is the label of the row; the value tells.
					b.str(d.k("test", "name", "loinc_display"), t.name, none())
					v := d.floatIn(t.lo, t.hi)
					if d.chance(0.3) {
						b.str(d.k("value", "result"), strconv.FormatFloat(v, 'f', 1, 64)+" "+t.unit, health())
					} else {
						b.float(d.k("value", "result"), v, 1, health())
						b.str(d.k("unit", "units"), t.unit, none())
					}
					d.timestamp(d.k("collected_at", "effective"), none())
				})
			}
		})
	}
	if d.chance(0.4) {
		b.str(d.k("facility", "org"), d.pick("Riverton General", "Lakeside Clinic", "St. Example Medical Center"), none())
	}
	d.timestamp(d.k("last_updated", "updated_at"), none())
}

func (d *dg) vitals(bd body) {
	b := d.b
	if d.chance(0.7) {
		b.str(d.k("bp", "blood_pressure"), fmt.Sprintf("%d/%d", d.between(100, 165), d.between(60, 100)), health())
	}
	if d.chance(0.7) {
		b.int(d.k("hr", "pulse", "heart_rate"), int64(d.between(50, 110)), health())
	}
	if d.chance(0.5) {
		b.float(d.k("temp", "temperature", "temp_c"), d.floatIn(36.1, 38.9), 1, health())
	}
	if d.chance(0.5) {
		b.int(d.k("spo2", "o2_sat"), int64(d.between(88, 100)), health())
	}
	if d.chance(0.5) {
		b.float(d.k("height_cm", "ht", "height"), bd.heightCM, 1, health())
	}
	if d.chance(0.6) {
		b.float(d.k("weight_kg", "wt", "weight"), bd.weightKG, 1, health())
	}
	if d.chance(0.3) {
		b.int(d.k("glucose", "bg", "blood_glucose"), int64(d.between(70, 240)), health())
	}
}

func (d *dg) clinicalNote(p person, bd body) (string, Label) {
	dx := diagnoses[d.intn(len(diagnoses))]
	parts := []string{
		fmt.Sprintf("%d y/o %s presents for follow-up of %s.", d.between(20, 80), map[bool]string{true: "M", false: "F"}[bd.male], strings.ToLower(dx.text)),
		d.pick("Reports good adherence to medication.", "Complains of fatigue and poor sleep.", "Denies chest pain or SOB."),
		fmt.Sprintf("BP %d/%d, weight %.0f kg.", d.between(110, 160), d.between(65, 95), bd.weightKG),
		d.pick("Plan: continue current regimen, recheck labs in 3 months.", "Plan: start "+medications[d.intn(len(medications))].name+".", "Refer to nutrition."),
	}
	ls := []Label{health()}
	if d.chance(0.2) {
		parts = append(parts, "Pt asks to be reached at "+d.phone()+".")
		ls = append(ls, contact())
	}
	return strings.Join(parts, " "), merge(ls...)
}
