import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";

// ka-084…ka-093: a page cut inside its flattened table ends on a header cell (本年处理决定数量 cut to 本年處).
describe("a page ending inside a flattened table", () => {
  it("takes no cell for a signature", () => {
    const page = ["一、总体情况", "2021年,我局收到依申请公开政府信息2条。", TABLE, "信息内容  |", "本年处"].join("\n");
    expect(report(page).agencyNormalized).toBeNull();
  });
});

// ka-084…ka-093: a mirror keeps the department's folder (/bmxxgk/nyncj/) but its host spells no place.
describe("a department's folder on a host spelling no place", () => {
  const url = "http://www.example-mirror.com/bmxxgk/nyncj/zwgk/xxgknb/content/post_1.html";

  it("is that department of the place whose portal the report publishes on", () => {
    const page = ["一、总体情况", "2021年,我局在遂溪县政府网发布信息161条。", TABLE].join("\n");
    const r = report(page, url);
    expect([r.agencyNormalized, r.region.city]).toEqual(["遂溪县农业农村局", "湛江市"]);
  });

  it("names no place where the report names two portals", () => {
    const page = ["一、总体情况", "2021年,我局在遂溪县政府网发布信息161条,在廉江市政府网发布信息3条。", TABLE].join("\n");
    expect(report(page, url).agencyNormalized).toBeNull();
  });
});

// ka-019…ka-029: a county's initials (lyx) spell thirteen counties and some townships; the text writes one county.
describe("an address's initials read as the county the text writes", () => {
  const url = "http://www.example-mirror.cn/lyxzf/lyzwgk/xxgknb/2019/zfbm/202201/1.shtml";

  it("places a report saying only 我局 in that county, its kind read from the work it writes of", () => {
    const page = [
      "现将我局2021年政府信息公开工作报告如下:",
      "2021年我局通过略阳县人民政府网站公开政务信息111条,其中不动产登记公告公示86条,公开矿产资源管理工作动态、地质灾害防治工作进展情况。",
      TABLE,
    ].join("\n");
    const r = report(page, url);
    expect([r.agencyNormalized, r.region.city]).toEqual(["略阳县自然资源局", "汉中市"]);
  });

  it("still names the inner place where the address's words agree on it (daan of jlbc)", () => {
    const page = ["市政府办公室2015年度政府信息公开工作年度报告", "根据省、白城市政府的工作安排,办公室编制了本报告。", TABLE].join("\n");
    expect(report(page, "http://daan.jlbc.gov.cn/root267_45/dasrmzf/dasrmzfndbg/201808/t20180806_630140.html").agencyNormalized).toBe("大安市人民政府办公室");
  });
});

// ka-001…ka-016: a title over two lines, its unit (卫生健康办公室) opening the second.
describe("a title naming a body on one line and its unit on the next", () => {
  it("is the unit of that body", () => {
    const page = ["武汉市东湖生态旅游风景区管理委员会", "卫生健康办公室2023年政府信息公开工作年度报告", "一、总体情况", "东湖生态旅游风景区管委会卫生健康办公室依法开展了政务信息公开工作。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBe("武汉市东湖生态旅游风景区管理委员会卫生健康办公室");
  });
});

// ka-058…ka-071: a district's site files its city department's branch under the slug, the district's initials and fj.
describe("a branch's folder on a district's site", () => {
  it("is the city department's branch in that district", () => {
    const page = ["一、总体情况", "现将分局2021年政府信息公开开展情况汇报如下:2021年在区政府网站上公示工作动态18条。", TABLE].join("\n");
    const r = report(page, "http://www.weiyang.gov.cn/zwgk/zfjg/czjg/sthjwyfj/xxgknb/61ee22bef8fd1c0bdc7bceed.html");
    expect([r.agencyNormalized, r.region.city]).toEqual(["西安市生态环境局未央分局", "西安市"]);
  });
});

// lb-011…lb-017: a district's department named by its level word and a kind the tagger reads no name in.
describe("a level word and a kind of the alias table", () => {
  it("is that kind of the place the address spells", () => {
    const page = ["一、总体情况", "2023年,区投资促进局认真贯彻执行《中华人民共和国政府信息公开条例》。", "2023年,区投资促进局主动公开政府信息52条。", TABLE].join("\n");
    expect(report(page, "https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/content/post_1.html").agencyNormalized).toBe("海珠区投资促进局");
  });
});

// kg-115…kg-126: the body named as the one whose work the published report rests on.
describe("a report published from a body's own work", () => {
  it("is that body's, placed by the address", () => {
    const page = ["根据《中华人民共和国政府信息公开条例》规定要求,结合市生态环境局工作情况,特向社会公布2019年本级政府(机关)信息公开年度报告。", "一、总体情况", "全年共主动公开政府信息3416条。我市空气质量持续改善。", TABLE].join("\n");
    expect(report(page, "http://old.zhumadian.gov.cn/html/site_gov/articles/202001/99838.html").agencyNormalized).toBe("驻马店市生态环境局");
  });
});

// ma-135…ma-142: a mirror spammed the place out of the name (188体育海洋发展局); the text names the county's portal.
describe("a body named without its place, publishing on one county's portal", () => {
  it("is that county's body", () => {
    const page = [
      "一、总体情况",
      "2021年,188体育海洋发展局认真贯彻落实《中华人民共和国政府信息公开条例》。",
      "2021年,我单位通过“中国·乳山”政府信息公开网站主动公开信息112条。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).toBe("乳山市海洋发展局");
  });

  it("leaves a name holding its own place word as it is", () => {
    const page = ["莫旗2011年政府信息公开工作年度报告", "一、概述", "2011年,我旗在“中国·莫力达瓦”门户网站公开信息300条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBe("莫旗人民政府");
  });
});

// na-059…na-067: readers asked to contact a kind of office named without its place, which the tagger splits (医疗/保障局).
describe("a contact naming a kind of office alone", () => {
  it("is read whole and placed by the page's own mention of it", () => {
    const page = [
      "本报告在认真总结2021年医疗保障局政府信息公开工作的基础上,编制了此报告。本年度报告的电子版,可以通过哈尔滨市人民政府门户网站查阅。如对本报告有疑问,请联系医疗保障局,地址:尚志市尚志镇尚志大街142号。",
      "一、总体情况",
      "(一)主动公开。按照市政府文件要求,尚志市医疗保障局于门户网站公开信息20条。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).toBe("尚志市医疗保障局");
  });
});

// na-097…na-099: a district's site; the report says only 我局 and writes the work of statistics (统计公报, 统计年鉴).
describe("a report saying 我局 of the work only statistics bureaus do", () => {
  it("is the statistics bureau of the place the address spells", () => {
    const page = [
      "一、总体情况",
      "2024年,我局紧紧围绕全区统计工作任务,为促进我区统计事业发展创造了良好的政务环境。现公布我局2024年政府信息公开工作年度报告。",
      "我局通过门户网站、统计公报、统计年鉴等渠道主动公开信息。",
      TABLE,
    ].join("\n");
    expect(report(page, "https://xncz.gov.cn/info/3467/197200.htm").agencyNormalized).toBe("城中区统计局");
  });
});

// nb-133…nb-138: a county's own site; the report, compiled from its departments' reports, calls itself only 我县.
describe("a report calling itself by its place's level on that place's site", () => {
  it("is that place's government", () => {
    const page = [
      "本年度报告根据《中华人民共和国政府信息公开条例》要求,结合政府各部门、各有关单位信息公开年度报告汇编而成。",
      "一、概述",
      "2018年,我县认真贯彻落实《条例》,全面推进政务公开。",
      TABLE,
    ].join("\n");
    expect(report(page, "http://anhua.gov.cn/16/30/34/content_1709019.html").agencyNormalized).toBe("安化县人民政府");
  });
});

// nb-002…nb-010: the office a district's party committee and government share, written with its brackets.
describe("a party committee's and government's joint office", () => {
  it("keeps the government in its name, so it is the government's office too", () => {
    const page = ["根据《条例》的规定,现公布坪山区委(区政府)办公室2017年政府信息公开年度报告。", "一、概述", "2017年,坪山区委(区政府)办公室共处理政府信息公开申请1件。", TABLE].join("\n");
    expect(report(page, "https://www.szpsq.gov.cn/zwgk/zfxxgknb/qgbmxxgknb/content/post_4183359.html").agencyNormalized).toBe("坪山区委区政府办公室");
  });
});

// nc-069…nc-075: a mirror keeps the city's folder (/ajj/ncajj/: 南昌 安监局); the report writes the bureau's new name.
describe("a city's initials and an old department's slug on a mirror", () => {
  it("is that city's bureau, by the name its text writes", () => {
    const page = [
      "本报告根据《南昌市人民政府办公室关于印发2022年南昌市政务公开工作要点的通知》等要求编制。",
      "一、总体情况",
      "2022年,我局突出提升应急管理工作公信力和透明度,开展应急管理局专场活动,邀请市民走进市应急管理局,宣传应急管理知识。",
      TABLE,
    ].join("\n");
    expect(report(page, "https://mirror.example.com/ajj/ncajj/xxgknb/202301/1.shtml").agencyNormalized).toBe("南昌市应急管理局");
  });
});
