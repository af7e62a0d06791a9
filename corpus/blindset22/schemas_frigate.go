package blindset22

import (
	"fmt"
)

// gymFrigate is a 24-hour gym's Frigate NVR read through its HTTP API by
// the owner's support contractor (/api/config, /api/stats, /api/events),
// with the ONVIF device information the contractor's script added and the
// face-recognition sub labels set by Double Take.
func gymFrigate(r *rng) any {
	t0 := r.when()
	camNet := r.lan()
	owner := r.english()
	camUser, camPass := r.pick("admin", "frigate", "nvr"), r.password()
	mqttIP := camNet.host(r.in(2, 9))
	mqttPass := r.password()
	all := []string{"front_door", "treadmill_row", "free_weights", "locker_corridor", "studio", "car_park"}
	cams := r.pickSome(r.in(1, 2), all...)
	type camHW struct{ maker, model, fw string }
	hws := []camHW{
		{"Reolink", "RLC-811A", "v3.1.0.2368_23062508"},
		{"Amcrest", "IP8M-2496EW-V2", "2.800.0000000.28.R"},
		{"Hikvision", "DS-2CD2387G2-LU", "V5.7.3 build 220112"},
		{"Dahua", "IPC-HDW3849H-AS-PV", "2.840.0000000.16.R"},
		{"Axis", "M3106-L Mk II", "10.12.199"},
	}
	camCfg := obj{}
	streams := obj{}
	stats := obj{}
	var info arr
	ips := map[string]string{}
	for _, c := range cams {
		ip := camNet.host(r.in(20, 240))
		ips[c] = ip
		url := fmt.Sprintf("rtsp://%s:%s@%s:554/%s", camUser, camPass, ip, r.pick("h264Preview_01_main", "cam/realmonitor?channel=1&subtype=0", "Streaming/Channels/101"))
		streams = append(streams, field{c, arr{tag(url, credC, netC)}})
		camCfg = append(camCfg, field{c, obj{
			{"enabled", decoy(true)},
			{"ffmpeg", obj{
				{"inputs", arr{obj{{"path", netw("rtsp://127.0.0.1:8554/" + c)}, {"input_args", plain("preset-rtsp-restream")}, {"roles", arr{plain("detect"), plain("record")}}}}},
				{"hwaccel_args", plain("preset-vaapi")},
			}},
			{"detect", obj{{"width", decoy(r.pickInt(1280, 1920))}, {"height", decoy(r.pickInt(720, 1080))}, {"fps", plain(5)}}},
			{"record", obj{{"enabled", decoy(true)}, {"retain", obj{{"days", plain(r.pickInt(3, 7, 14))}, {"mode", plain("motion")}}}}},
			{"onvif", obj{{"host", netw(ip)}, {"port", netw(r.pickInt(80, 8000, 8899))}, {"user", cont(camUser)}, {"password", cred(camPass)}}},
			{"objects", obj{{"track", arr{plain("person")}}}},
			{"zones", obj{{c + "_zone", obj{{"coordinates", plain(fmt.Sprintf("0,%d,%d,0,1919,0,1919,%d", r.in(300, 700), r.in(0, 20), r.in(600, 1079)))}}}}},
		}})
		stats = append(stats, field{c, obj{
			{"camera_fps", plain(r.f1(4, 5.2))},
			{"process_fps", plain(r.f1(4, 5.2))},
			{"skipped_fps", plain(0)},
			{"detection_fps", plain(r.f1(0, 4))},
		}})
		h := hws[r.IntN(len(hws))]
		var fw leaf = dev(h.fw)
		if h.maker == "Axis" {
			fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", r.in(9, 11), r.in(0, 80), r.in(0, 9), r.in(10, 250)))
		}
		info = append(info, obj{
			{"camera", dev(c)},
			{"Manufacturer", dev(h.maker)},
			{"Model", dev(h.model)},
			{"FirmwareVersion", fw},
			{"SerialNumber", dev(r.serial("", r.in(12, 16)))},
			{"HardwareId", dev(r.HEX(8))},
			{"mac", macAddr(r.mac(":", false))},
		})
	}
	members := []person{r.english(), r.english(), r.english()}
	var events arr
	descs := []piece{
		p("A woman is sitting on the floor beside the rowing machine holding her chest and appears short of breath; another member kneels next to her.", healthC),
		p("A man in a grey hoodie walks through the front door at night, badges in and heads to the free weights."),
		p("A person on crutches with a leg brace moves slowly along the locker corridor.", healthC),
		p("Two people talk near the treadmills; one hands the other a water bottle."),
		p("A man collapses off the treadmill and lies still; staff run over with the defibrillator.", healthC),
	}
	for i := 0; i < r.in(1, 3); i++ {
		c := cams[r.IntN(len(cams))]
		st := after(t0, -r.in(5, 3000))
		var sub any = plain(nil)
		if r.chance(0.7) {
			m := members[r.IntN(len(members))]
			sub = arr{cont(m.full()), plain(r.f1(0.7, 0.99))}
		}
		start := float64(st.Unix()) + float64(r.in(0, 999))/1000
		events = append(events, obj{
			{"id", decoy(fmt.Sprintf("%.6f-%s", start, r.from(lowerNum, 6)))},
			{"camera", dev(c)},
			{"label", plain("person")},
			{"sub_label", sub},
			{"top_score", plain(r.f1(0.7, 0.95))},
			{"false_positive", decoy(false)},
			{"start_time", plain(start)},
			{"end_time", plain(start + float64(r.in(5, 400)))},
			{"zones", arr{plain(c + "_zone")}},
			{"has_clip", decoy(true)},
			{"has_snapshot", decoy(true)},
			{"retain_indefinitely", decoy(false)},
			{"plus_id", plain(nil)},
			{"model_hash", decoy(r.hex(32))},
			{"data", obj{
				{"box", arr{plain(r.f1(0, 0.5)), plain(r.f1(0, 0.5)), plain(r.f1(0.05, 0.4)), plain(r.f1(0.1, 0.6))}},
				{"score", plain(r.f1(0.6, 0.95))},
				{"type", plain("object")},
				{"description", prose(descs[r.IntN(len(descs))])},
			}},
		})
	}
	frVer := r.pick("0.14.1-f4f3cfa", "0.14.0-da913d8", "0.13.2-6476f8a")
	return obj{
		{"contractor", obj{
			{"ticket", plain("GYM-" + r.digits(4))},
			{"site_owner", cont(owner.full())},
			{"site_owner_phone", cont(r.enPhone())},
			{"nvr_url", netw(fmt.Sprintf("http://%s:5000", camNet.host(r.in(2, 19))))},
			{"pulled", plain(iso(t0))},
		}},
		{"config", obj{
			{"mqtt", obj{{"enabled", decoy(true)}, {"host", netw(mqttIP)}, {"port", netw(1883)}, {"user", cont(r.pick("frigate", "mqtt-user", "ha"))}, {"password", cred(mqttPass)}, {"topic_prefix", plain("frigate")}}},
			{"database", obj{{"path", plain("/config/frigate.db")}}},
			{"detectors", obj{{"coral", obj{{"type", dev("edgetpu")}, {"device", plain("usb")}}}}},
			{"go2rtc", obj{{"streams", streams}}},
			{"cameras", camCfg},
			{"genai", obj{{"enabled", decoy(true)}, {"provider", plain("azure_openai")}, {"base_url", plain("https://" + r.pick("gymgenai", "frigate-desc") + ".openai.azure.example/openai/deployments/gpt-4o/chat/completions?api-version=2023-03-15-preview")}, {"api_key", cred(r.hex(32))}, {"model", plain("gpt-4o")}}},
		}},
		{"stats", obj{
			{"cameras", stats},
			{"detectors", obj{{"coral", obj{{"inference_speed", plain(r.f1(6, 14))}, {"detection_start", plain(0)}, {"pid", plain(r.in(300, 900))}}}}},
			{"service", obj{
				{"uptime", plain(r.in(3600, 4000000))},
				{"version", decoy(frVer)},
				{"latest_version", decoy("0.14.1")},
				{"storage", obj{{"/media/frigate/recordings", obj{{"total", plain(r.in(900000, 4000000))}, {"used", plain(r.in(100000, 900000))}, {"free", plain(r.in(100000, 900000))}, {"mount_type", plain("ext4")}}}}},
				{"last_updated", plain(t0.Unix())},
			}},
		}},
		{"onvif_device_info", info},
		{"events", events},
	}
}
