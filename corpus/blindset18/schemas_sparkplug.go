package blindset18

import "fmt"

// infusionSparkplug is a capture of a hospital ward's MQTT broker carrying
// Sparkplug B payloads decoded to JSON, taken after the BIRTH messages, so
// every metric is known only by its numeric alias: the edge gateway's
// NDATA (its IP, MAC, IP-shaped firmware, ward Wi-Fi SSID and PSK, uptime
// counts) and infusion pumps' DDATA (the pump model and serial, firmware,
// the patient's name, MRN and weight with its unit, the drug and its
// concentration, rate and volume with units, the nurse who programmed it,
// a nurse's note, battery, alarm and bed), with STATE messages and the
// capture tool's metadata.
func infusionSparkplug(r *rng) any {
	l := r.lan()
	gw := fmt.Sprintf("edge-gw-%02d", r.in(1, 20))
	ward := r.pick("Ward4B", "ICU2", "Oncology3", "Paeds1", "HDU")
	t := r.when()
	started := t
	seq := r.in(0, 200)
	alias := r.in(1, 40)
	metric := func(dt string, v leaf) obj {
		alias += r.in(1, 3)
		return obj{{"alias", plain(alias)}, {"timestamp", plain(unixMs(t))}, {"dataType", plain(dt)}, {"value", v}}
	}
	msg := func(topic string, metrics arr) obj {
		t = after(t, r.in(0, 3))
		seq = (seq + 1) % 256
		return obj{
			{"topic", plain(topic)},
			{"qos", plain(0)},
			{"retain", plain(false)},
			{"payload", obj{{"timestamp", plain(unixMs(t))}, {"metrics", metrics}, {"seq", plain(seq)}}},
		}
	}
	var msgs arr
	msgs = append(msgs, obj{{"topic", plain("STATE/scada-host-1")}, {"qos", plain(1)}, {"retain", plain(true)}, {"payload", plain("ONLINE")}})
	msgs = append(msgs, msg("spBv1.0/"+ward+"/NDATA/"+gw, arr{
		metric("String", netw(l.host(r.in(2, 60)))),
		metric("String", macAddr(r.mac(":", true))),
		metric("String", fwIP(r.ipShapedFw())),
		metric("String", netw(r.pick("MedDev", "CLIN-IOT", "PumpNet")+"-"+r.pick("5G", "WPA2", "Ward"))),
		metric("String", cred(r.psk())),
		metric("Int64", plain(r.in(1000, 9000000))),
		metric("Boolean", plain(true)),
		metric("String", decoy(r.semver())),
	}))
	for k := 0; k < r.in(1, 3); k++ {
		pump := fmt.Sprintf("pump-%02d", r.in(1, 40))
		pt := r.english()
		nurse := r.english()
		drug := r.pick("Morphine sulfate 1 mg/mL", "Heparin 25000 IU/50 mL", "Noradrenaline 4 mg/50 mL", "Vancomycin 1 g/250 mL", "Insulin (Actrapid) 50 units/50 mL", "Oxytocin 40 IU/500 mL")
		model := r.pick("BD Alaris 8100", "B. Braun Infusomat Space", "Baxter Sigma Spectrum", "Fresenius Agilia VP")
		metrics := arr{
			metric("String", dev(model)),
			metric("String", dev("SN "+r.serial("", 4)+"-"+r.digits(6))),
			metric("String", r.pickLeaf(func() leaf { return fwIP(r.ipShapedFw()) }, func() leaf { return dev("fw " + r.semver()) })),
			metric("String", cont(fmt.Sprintf("%s, %s", upperASCII(pt.last), pt.first))),
			metric("String", plain(fmt.Sprintf("MRN %07d", r.in(1, 9999999)))),
			metric("String", hlth(fmt.Sprintf("%.1f kg", r.f1(3, 120)))),
			metric("String", hlth(drug)),
			metric("String", hlth(fmt.Sprintf("Rate %.1f mL/h", r.f1(0.5, 125)))),
			metric("String", hlth(fmt.Sprintf("VTBI %d mL", r.in(5, 500)))),
			metric("Double", plain(r.f1(0, 250))),
			metric("String", cont("RN "+nurse.full())),
			metric("String", decoy(fmt.Sprintf("%d%%", r.in(8, 100)))),
			metric("String", plain(r.pick("NONE", "OCCLUSION_DOWNSTREAM", "AIR_IN_LINE", "NEAR_END_OF_INFUSION"))),
			metric("String", plain(fmt.Sprintf("Bed %s-%02d", ward, r.in(1, 30)))),
			metric("Boolean", plain(r.chance(0.3))),
			metric("String", cred(fmt.Sprintf("Access code %04d", r.in(0, 9999)))),
		}
		if r.chance(0.7) {
			metrics = append(metrics, metric("String", prose(p(r.pick("Pt c/o nausea after bolus, ondansetron 4 mg given", "Line re-sited L forearm, site clean", "BM 14.2, rate increased per sliding scale", "Pain score 7/10, bolus given per PCA protocol"), healthC), p(" – "), p(nurse.first[:1]+". "+nurse.last, contactC))))
		}
		msgs = append(msgs, msg("spBv1.0/"+ward+"/DDATA/"+gw+"/"+pump, metrics))
	}
	msgs = append(msgs, msg("spBv1.0/"+ward+"/NDATA/"+gw, arr{
		metric("Int64", plain(r.in(1000, 9000000))),
		metric("Int32", plain(r.in(-80, -40))),
	}))
	return obfuscated(obj{
		{"capture", obj{
			{"broker", netw(fmt.Sprintf("mqtt://%s:1883", l.host(r.in(61, 90))))},
			{"tool", plain("sparkplug-listener")},
			{"username", decoy("${MQTT_USER}")},
			{"password", decoy("${MQTT_PASSWORD}")},
			{"tool_version", decoy(r.semver())},
			{"started", plain(isoMs(started))},
			{"filter", plain("spBv1.0/" + ward + "/#")},
		}},
		{"messages", msgs},
	})
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}
