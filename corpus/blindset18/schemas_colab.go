package blindset18

import "fmt"

// bariatricColab is a bariatric surgery service's outcomes notebook saved
// from Google Colab (nbformat 4): markdown cells naming the analyst and the
// database host, code cells with a database URL and an API key in the
// source, outputs (a DataFrame head with patients, a scale-cloud API
// response, a ping, a figure, an ODBC error with a traceback), Colab's
// executionInfo with the analyst's profile, and kernel metadata.
func bariatricColab(r *rng) any {
	analyst := r.english()
	amail := r.email(analyst)
	surgeon := r.english()
	dbHost := r.pick("db-bar-01", "pg-outcomes", "clinicaldb2", "bariatric-pg") + ".internal"
	l := r.lan()
	dbIP := l.host(r.in(10, 60))
	dbPw := r.password()
	apiKey := r.hex(40)
	unixUser := ascii(analyst.first[:1] + analyst.last)
	t := r.when()
	cells := arr{}
	n := 0
	id := func() leaf { return decoy(r.hex(12)) }
	userID := r.digits(20)
	photo := "https://lh3.googleusercontent.com/a/" + r.from(alnum+"-_", 40) + "=s64"
	tz := r.pick3(-60, 0, 300)
	execInfo := func() obj {
		t = after(t, r.in(1, 9))
		return obj{
			{"elapsed", plain(r.in(40, 9000))},
			{"status", plain("ok")},
			{"timestamp", plain(unixMs(t))},
			{"user", obj{
				{"displayName", cont(analyst.full())},
				{"userId", decoy(userID)},
				{"photoUrl", cont(photo)},
			}},
			{"user_tz", plain(tz)},
		}
	}
	code := func(src arr, outputs arr, meta obj) obj {
		n++
		if meta == nil {
			meta = obj{}
		}
		meta = append(meta, field{"executionInfo", execInfo()})
		return obj{
			{"cell_type", plain("code")},
			{"execution_count", plain(n)},
			{"metadata", meta},
			{"outputs", outputs},
			{"source", src},
			{"id", id()},
		}
	}
	md := func(src arr) obj {
		return obj{{"cell_type", plain("markdown")}, {"metadata", obj{{"id", id()}}}, {"source", src}}
	}
	line := func(ps ...piece) leaf { return prose(ps...) }
	txt := func(s string) leaf { return prose(p(s)) }

	cells = append(cells, md(arr{
		txt("# Sleeve and bypass outcomes – " + r.pick("Q1", "Q2", "Q3") + " pull\n"),
		line(p("Author: "), p(analyst.full(), contactC), p(" ("), p(amail, contactC), p(")\n")),
		line(p("Data from the clinic DB on `"), p(dbHost, netC), p("`, do not share outside the MDT.")),
	}))
	cells = append(cells, code(arr{
		txt("import os, pandas as pd, sqlalchemy as sa\n"),
		line(p(`DB_URL = "postgresql://analytics_ro:`), p(dbPw+"@"+dbHost, credC, netC), p(":5432/bariatric\"\n")),
		txt("engine = sa.create_engine(DB_URL)"),
	}, arr{}, nil))

	// A DataFrame head with patients.
	head := arr{txt("        mrn          full_name sex  age  bmi_pre  bmi_12m  wt_pre  wt_12m  hba1c_pre  hba1c_12m      comorbidities\n")}
	rows := r.in(3, 5)
	for i := 0; i < rows; i++ {
		pt := r.english()
		sex := "M"
		if pt.female {
			sex = "F"
		}
		h := r.f1(1.52, 1.90)
		bPre := r.f1(38, 58)
		wPre := round1(bPre * h * h)
		b12 := round1(bPre - r.f1(6, 18))
		w12 := round1(b12 * h * h)
		com := r.pick("T2DM, OSA", "HTN", "T2DM on insulin", "GORD, OSA", "none", "PCOS", "HTN, dyslipidaemia")
		s := fmt.Sprintf("%d  MRN%06d  %18s   %s   %2d     %4.1f     %4.1f   %5.1f   %5.1f       %4.1f       %4.1f  %17s\n", i, r.in(1000, 999999), pt.full(), sex, r.in(24, 66), bPre, b12, wPre, w12, r.f1(5.4, 9.8), r.f1(5.0, 7.2), com)
		head = append(head, prose(piece{s: s, cats: []string{contactC, healthC}}))
	}
	head = append(head, txt("\n["+fmt.Sprint(rows)+" rows x 11 columns]"))
	cells = append(cells, code(arr{
		txt(`df = pd.read_sql("select mrn, full_name, sex, age, bmi_pre, bmi_12m, wt_pre, wt_12m, hba1c_pre, hba1c_12m, comorbidities from outcomes", engine)` + "\n"),
		txt("df.head()"),
	}, arr{obj{
		{"output_type", plain("execute_result")},
		{"execution_count", plain(n + 1)},
		{"metadata", obj{}},
		{"data", obj{{"text/plain", head}}},
	}}, obj{{"colab", obj{{"base_uri", plain("https://localhost:8080/")}, {"height", decoy(r.in(180, 420))}}}, {"outputId", decoy(r.uuid())}}))

	// The scale cloud.
	pt := r.english()
	ptMail := r.email(pt)
	model := r.pick("Withings Body+", "Withings Body Comp", "Eufy Smart Scale P2 Pro", "Renpho ES-CS20M")
	var meas arr
	meas = append(meas, txt("[\n"))
	mt := r.when()
	for i := 0; i < r.in(2, 3); i++ {
		mt = after(mt, r.in(1000, 20000))
		meas = append(meas, prose(p(fmt.Sprintf(" {'date': '%s', 'weight': %.1f, 'fat_ratio': %.1f, 'bone_mass': %.1f, ", day(mt), r.f1(80, 140), r.f1(28, 48), r.f1(2.6, 3.9)), healthC), p("'device': '"+model+"'", devC), p("},\n")))
	}
	meas = append(meas, txt("]"))
	cells = append(cells, code(arr{
		txt("import requests\n"),
		line(p(`API_KEY = "`), p(apiKey, credC), p(`"  # TODO move to secret manager`+"\n")),
		line(p(`r = requests.get("https://scale-cloud.example.com/v2/measures", headers={"Authorization": f"Bearer {API_KEY}"}, params={"patient": "`), p(ptMail, contactC), p(`"})`+"\n")),
		txt(`r.json()["measures"][:3]`),
	}, arr{obj{
		{"output_type", plain("execute_result")},
		{"execution_count", plain(n + 1)},
		{"metadata", obj{}},
		{"data", obj{{"text/plain", meas}}},
	}}, nil))

	// A ping of the database host.
	cells = append(cells, code(arr{line(p("!ping -c 1 "), p(dbHost, netC))}, arr{obj{
		{"output_type", plain("stream")},
		{"name", plain("stdout")},
		{"text", arr{
			line(p("PING "), p(dbHost+" ("+dbIP+")", netC), p(" 56(84) bytes of data.\n")),
			line(p("64 bytes from "), p(dbIP, netC), p(fmt.Sprintf(": icmp_seq=1 ttl=63 time=%.3f ms\n", r.f1(0.2, 3.0)))),
			txt("\n"),
			line(p("--- "), p(dbHost, netC), p(" ping statistics ---\n")),
			txt("1 packets transmitted, 1 received, 0% packet loss, time 0ms\n"),
		}},
	}}, nil))

	// The analyst printed the .env file.
	envOut := arr{
		line(p("PGPASSWORD="), p(dbPw, credC), p("\n")),
		line(p("AWS_ACCESS_KEY_ID="), p("AKIA"+r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), credC), p("\n")),
		line(p("AWS_SECRET_ACCESS_KEY="), p(r.from(alnum+"+/", 40), credC), p("\n")),
		line(p("SENDGRID_API_KEY="), p("SG."+r.from(alnum+"-_", 22)+"."+r.from(alnum+"-_", 43), credC), p("\n")),
		txt("EXPORT_BUCKET=s3://bariatric-audit-exports\n"),
		txt("TZ=Europe/London\n"),
	}
	cells = append(cells, code(arr{txt("!cat .env")}, arr{obj{
		{"output_type", plain("stream")},
		{"name", plain("stdout")},
		{"text", envOut},
	}}, nil))

	// A figure.
	cells = append(cells, code(arr{
		txt("ax = df.plot.scatter(x='bmi_pre', y='bmi_12m')\n"),
		txt("ax.set_title('BMI before and 12 months after')"),
	}, arr{obj{
		{"output_type", plain("display_data")},
		{"metadata", obj{{"needs_background", plain("light")}}},
		{"data", obj{
			{"image/png", decoy("iVBORw0KGgoAAAANSUhEUgAA" + r.b64(150))},
			{"text/plain", arr{txt(fmt.Sprintf("<Figure size %dx%d with 1 Axes>", r.pick3(640, 800, 1000), r.pick3(480, 600, 400)))}},
		}},
	}}, obj{{"colab", obj{{"base_uri", plain("https://localhost:8080/")}, {"height", decoy(r.in(300, 500))}}}}))

	// A failed export to the old SQL Server, with a traceback.
	sqlIP := l.host(r.in(61, 120))
	sqlPw := r.password()
	home := "/home/" + unixUser + "/.venv/lib/python3.11/site-packages/"
	cells = append(cells, code(arr{
		line(p("df.to_sql('outcomes_backup', 'mssql+pyodbc://sa:"), p(sqlPw+"@"+sqlIP, credC, netC), p(":1433/Bariatric?driver=ODBC+Driver+18+for+SQL+Server')")),
	}, arr{obj{
		{"output_type", plain("error")},
		{"ename", plain("OperationalError")},
		{"evalue", txt("(pyodbc.OperationalError) ('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2749 (10057) (SQLDriverConnect)')")},
		{"traceback", arr{
			txt("\u001b[0;31m---------------------------------------------------------------------------\u001b[0m"),
			txt("\u001b[0;31mOperationalError\u001b[0m                          Traceback (most recent call last)"),
			line(p("File \u001b[0;32m"), p(home, contactC), p("sqlalchemy/engine/base.py:145\u001b[0m, in \u001b[0;36mConnection.__init__\u001b[0;34m(self, engine, connection)\u001b[0m")),
			line(p("File \u001b[0;32m"), p(home, contactC), p("pyodbc.py:1\u001b[0m")),
			txt("\u001b[0;31mOperationalError\u001b[0m: (pyodbc.OperationalError) ('08001', 'TCP Provider: Error code 0x2749')"),
		}},
	}}, nil))

	// Notes.
	cells = append(cells, md(arr{
		txt("## Notes\n"),
		line(p("- "), p(surgeon.first, contactC), p(" asked to exclude patients with "), p(r.pick("T2DM on insulin (metformin only is fine)", "previous gastric band", "eGFR < 30", "active H. pylori"), healthC), p("\n")),
		line(p("- Dr "), p(surgeon.last, contactC), p("'s secretary: "), p(r.ukMobile(), contactC), p("\n")),
		txt("- rerun after the " + r.pick("June", "July", "September") + " clinic; figures go to the audit meeting"),
	}))

	return obj{
		{"cells", cells},
		{"metadata", obj{
			{"colab", obj{
				{"provenance", arr{obj{{"file_id", decoy("1" + r.from(alnum+"-_", 32))}, {"timestamp", plain(unixMs(t))}}}},
				{"name", plain(r.pick("outcomes_q2.ipynb", "bariatric_audit.ipynb", "sleeve_vs_bypass.ipynb"))},
				{"toc_visible", plain(true)},
			}},
			{"kernelspec", obj{{"display_name", plain("Python 3")}, {"name", plain("python3")}}},
			{"language_info", obj{
				{"codemirror_mode", obj{{"name", plain("ipython")}, {"version", plain(3)}}},
				{"file_extension", plain(".py")},
				{"mimetype", plain("text/x-python")},
				{"name", plain("python")},
				{"nbconvert_exporter", plain("python")},
				{"pygments_lexer", plain("ipython3")},
				{"version", decoy(r.pick("3.10.12", "3.11.6", "3.12.3"))},
			}},
			{"accelerator", plain("None")},
		}},
		{"nbformat", plain(4)},
		{"nbformat_minor", plain(0)},
	}
}

func (r *rng) pick3(a, b, c int) int { return []int{a, b, c}[r.IntN(3)] }
