package blindset10

import (
	"fmt"
)

// yanglao-canal-binlog: a Shanghai elderly-care home's MySQL binlog as
// Alibaba Canal flat messages (data / old / mysqlType / pkNames / table /
// type), column names in pinyin, every value a string. Two tables turn up:
// the residents' file and the smart devices in the rooms.

var zhSurname = []string{"王", "Wang", "李", "Li", "张", "Zhang", "刘", "Liu", "陈", "Chen", "杨", "Yang", "赵", "Zhao", "黄", "Huang", "周", "Zhou", "吴", "Wu"}
var zhGivenF = []string{"秀英", "Xiuying", "桂兰", "Guilan", "淑珍", "Shuzhen", "玉梅", "Yumei", "美华", "Meihua", "凤英", "Fengying"}
var zhGivenM = []string{"建国", "Jianguo", "志强", "Zhiqiang", "德明", "Deming", "国庆", "Guoqing", "福生", "Fusheng", "永康", "Yongkang"}
var zhStreets = []string{"漕溪北路", "凌云路", "田林路", "长寿路", "四平路", "浦东南路"}

func cnPhone(r *rng) string { return r.pick("138", "139", "186", "135") + "0000" + "0" + r.digits(3) }

type ccol struct {
	name, typ string
	val       leaf
}

func canalMsg(r *rng, table string, cols []ccol, old []ccol) obj {
	data, types := obj{}, obj{}
	for _, c := range cols {
		data = append(data, field{c.name, c.val})
		types = append(types, field{c.name, plain(c.typ)})
	}
	kind := "INSERT"
	var oldNode any = null()
	if len(old) > 0 {
		kind = "UPDATE"
		o := obj{}
		for _, c := range old {
			o = append(o, field{c.name, c.val})
		}
		oldNode = arr{o}
	}
	ts := r.when()
	var typeNode any = null()
	if r.coin(0.3) {
		typeNode = types
	}
	return obj{
		{"data", arr{data}},
		{"database", plain("yanglao_prod")},
		{"es", plain(int64(ts) * 1000)},
		{"id", decoy(r.in(1000, 999999))},
		{"isDdl", plain(false)},
		{"mysqlType", typeNode},
		{"old", oldNode},
		{"pkNames", arr{plain("id")}},
		{"sql", plain("")},
		{"table", plain(table)},
		{"ts", plain(int64(ts)*1000 + int64(r.in(1, 900)))},
		{"type", plain(kind)},
	}
}

func yanglaoCanal(r *rng) any {
	if r.coin(0.3) {
		return language(yanglaoDevice(r))
	}
	female := r.coin(0.6)
	sn, snR := r.pickPair(zhSurname...)
	var gn, gnR string
	if female {
		gn, gnR = r.pickPair(zhGivenF...)
	} else {
		gn, gnR = r.pickPair(zhGivenM...)
	}
	b := r.birth(1928, 1952)
	sex := "女"
	if !female {
		sex = "男"
	}
	gs, _ := r.pickPair(zhSurname...)
	gg, _ := r.pickPair(zhGivenM...)
	kg := r.fl(38, 82, 1)
	cm := r.in(145, 178)
	sys, dia := r.in(130, 175), r.in(78, 104)
	created := r.when()

	var note leaf
	switch r.IntN(5) {
	case 0:
		note = prose(p(fmt.Sprintf("夜间起夜 %d 次，血压 %d/%d，已通知家属 ", r.in(2, 5), sys, dia), healthC), p(cnPhone(r), contactC))
	case 1:
		note = prose(p("家属要求每周三视频探视，联系人 "), p(gs+gg, contactC))
	case 2:
		note = prose(p("今日午餐后血糖 13.2，胰岛素加量 2U，已报告医生", healthC))
	case 3:
		note = prose(p("房间空调遥控器已更换"))
	default:
		note = prose(p("下午跌倒一次，右髋疼痛，已送第六人民医院拍片", healthC))
	}

	dx := [][3]string{
		{"阿尔茨海默病; 高血压 3 级", "G30.9", "氨氯地平 5mg qd; 多奈哌齐 5mg qn"},
		{"2型糖尿病; 冠心病", "E11.9", "二甲双胍 0.5g tid; 阿司匹林 100mg qd"},
		{"帕金森病", "G20", "美多芭 125mg tid"},
		{"脑梗死后遗症; 高血压 2 级", "I69.3", "阿司匹林 100mg qd; 阿托伐他汀 20mg qn"},
		{"慢性阻塞性肺疾病", "J44.9", "噻托溴铵 18μg 吸入 qd"},
	}[r.IntN(5)]
	cols := []ccol{
		{"id", "bigint(20)", decoy(fmt.Sprint(r.in(10000, 99999)))},
		{"xingming", "varchar(32)", cont(sn + gn)},
		{"xingming_pinyin", "varchar(64)", cont(snR + " " + gnR)},
		{"xingbie", "char(1)", sexOf(sex)},
		{"chusheng_riqi", "date", cont(b.iso())},
		{"nianling", "tinyint(3)", ageOf(fmt.Sprint(b.age()))},
		{"lianxi_dianhua", "varchar(20)", cont(cnPhone(r))},
		{"jianhuren_xingming", "varchar(32)", cont(gs + gg)},
		{"jianhuren_shouji", "varchar(20)", cont(cnPhone(r))},
		{"guanxi", "varchar(8)", plain(r.pick("女儿", "儿子", "侄子", "配偶"))},
		{"jiating_dizhi", "varchar(255)", cont(fmt.Sprintf("上海市徐汇区%s %d 弄 %d 号 %d 室", r.pick(zhStreets...), r.in(1, 999), r.in(1, 30), r.in(101, 1802)))},
		{"youbian", "char(6)", cont("2000" + r.digits(2))},
		{"chuanghao", "varchar(8)", decoy(fmt.Sprintf("%d-%02d%s", r.in(1, 6), r.in(1, 30), r.pick("A", "B")))},
		{"huli_dengji", "varchar(16)", hlth(r.pick("一级护理", "二级护理", "三级护理", "特级护理"))},
		{"zhenduan", "text", hlth(dx[0])},
		{"icd10", "varchar(16)", hlth(dx[1])},
		{"yongyao", "text", hlth(dx[2])},
		{"guomin", "varchar(64)", hlth(r.pick("青霉素", "无", "磺胺类", "海鲜"))},
		{"xuexing", "char(3)", hlth(r.pick("A", "B", "O", "AB"))},
		{"shengao", "decimal(5,1)", hlth(fmt.Sprint(cm))},
		{"tizhong", "decimal(5,1)", hlth(fmt.Sprint(kg))},
		{"shouhuan_xinghao", "varchar(32)", dev(r.pick("Xiaomi Smart Band 8", "HUAWEI WATCH 4", "360 儿童手表 老人版", "Amazfit Bip 5"))},
		{"shouhuan_mac", "char(17)", macAddr(r.mac(":", true))},
		{"shouhuan_zuijin_zaixian", "datetime", dev(epochTimeStr(r.when()))},
		{"fangjian_wifi", "varchar(32)", netw(fmt.Sprintf("YL-%dF-%s", r.in(1, 6), r.pick("Nurse", "Room", "IoT")))},
		{"beizhu", "text", note},
		{"yue_fei", "decimal(10,2)", decoy(money(r.fl(4800, 16000, 0)))},
		{"denglu_mima", "char(32)", cred(r.hex(32))},
		{"shanchu_biaozhi", "tinyint(1)", decoy("0")},
		{"banben", "int(11)", decoy(fmt.Sprint(r.in(1, 40)))},
		{"chuangjian_shijian", "datetime", plain(epochTimeStr(created))},
		{"gengxin_shijian", "datetime", plain(epochTimeStr(created + r.in(3600, 9000000)))},
	}
	var old []ccol
	if r.coin(0.6) {
		old = []ccol{
			{"tizhong", "", hlth(fmt.Sprint(kg + r.fl(-3, 3, 1)))},
			{"gengxin_shijian", "", plain(epochTimeStr(created + r.in(60, 3000)))},
		}
		if r.coin(0.5) {
			old = append(old, ccol{"huli_dengji", "", hlth(r.pick("二级护理", "三级护理"))})
		}
	}
	return language(canalMsg(r, "laoren_dangan", cols, old))
}

func yanglaoDevice(r *rng) obj {
	ip, gw, _ := r.lan()
	room := fmt.Sprintf("%d%02d", r.in(1, 6), r.in(1, 30))
	sn, _ := r.pickPair(zhSurname...)
	gn, _ := r.pickPair(zhGivenM...)
	fw := fmt.Sprintf("%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 99))
	fwLeaf := dev(fw)
	if r.coin(0.4) {
		fwLeaf = fwIP(fmt.Sprintf("1.0.%d.%d", r.in(0, 9), r.in(1, 60)))
	}
	cols := []ccol{
		{"id", "bigint(20)", decoy(fmt.Sprint(r.in(100, 9999)))},
		{"shebei_mingcheng", "varchar(64)", dev(room + r.pick("房 跌倒雷达", "房 床垫传感器", "房 呼叫按钮", "房 烟感"))},
		{"shebei_leixing", "varchar(16)", dev(r.pick("跌倒检测雷达", "睡眠监测带", "紧急呼叫器", "烟雾报警器"))},
		{"xinghao", "varchar(32)", dev(r.pick("Aqara FP2", "Withings Sleep Analyzer", "Tuya ZigBee SOS", "Xiaomi 烟雾报警器 Pro"))},
		{"xuliehao", "varchar(32)", dev(r.upnum(14))},
		{"gujian_banben", "varchar(16)", fwLeaf},
		{"mac_dizhi", "char(17)", macAddr(r.mac(":", false))},
		{"ip_dizhi", "varchar(15)", netw(ip)},
		{"wangguan", "varchar(15)", netw(gw)},
		{"wifi_ssid", "varchar(32)", netw(fmt.Sprintf("YL-%dF-IoT", r.in(1, 6)))},
		{"wifi_mima", "varchar(64)", cred("yl" + r.digits(6) + r.pick("@iot", "#", "!"))},
		{"mqtt_mima", "varchar(64)", cred(r.alnum(20))},
		{"bangding_laoren_id", "bigint(20)", decoy(fmt.Sprint(r.in(10000, 99999)))},
		{"fangjian", "varchar(8)", plain(room)},
		{"zuihou_xintiao", "datetime", dev(epochTimeStr(r.when()))},
		{"dianliang", "tinyint(3)", decoy(fmt.Sprint(r.in(3, 100)))},
		{"anzhuang_ren", "varchar(32)", cont(sn + gn)},
		{"anzhuang_ren_dianhua", "varchar(20)", cont(cnPhone(r))},
		{"beizhu", "text", r.pickLeaf(
			prose(p("雷达装在床头左侧，离地 2.1 米")),
			prose(p("老人夜间离床超过 15 分钟自动通知护工 "), p(sn+gn, contactC)),
			prose(p("网关重置后需重新配网，管理口 "), p("http://"+gw, netC)),
		)},
		{"chuangjian_shijian", "datetime", plain(epochTimeStr(r.when()))},
	}
	var old []ccol
	if r.coin(0.5) {
		old = []ccol{{"zuihou_xintiao", "", dev(epochTimeStr(r.when()))}, {"dianliang", "", decoy(fmt.Sprint(r.in(3, 100)))}}
	}
	return canalMsg(r, "zhineng_shebei", cols, old)
}
