import { describe, expect, it } from "vitest";
import { addressClues } from "../../src/ingest/address-clues.ts";
import { creditCodePlaces } from "../../src/ingest/credit-code.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { findSpamSpans } from "../../src/ingest/spam.ts";
import { placesNamed } from "../../src/places/gazetteer.ts";

function report(text: string, url?: string) {
  return parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(url ? { meta: { url } } : {}) }).reports[0]!;
}

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// Fresh-set page h14-256…262 (p29): a township named by its short form in the opening sentence,
// on a page whose text names no year.
describe("an ethnic township by its short form, dated by its address", () => {
  it("reads 兴发乡 as 兴发苗族彝族回族乡 and 长哨营乡 as 长哨营满族乡", () => {
    expect(placesNamed("兴发乡").map((p) => [p.name, p.parent?.name])).toEqual([["兴发苗族彝族回族乡", "赫章县"]]);
    expect(placesNamed("长哨营乡").map((p) => p.name)).toEqual(["长哨营满族乡"]);
  });

  it("names the township an opening sentence of 本年度 names, in the year its address files it under", () => {
    const page = ["一、总体情况", "本年度,兴发乡严格依照《中华人民共和国政府信息公开条例》,扎实推进政府信息公开工作。", TABLE].join("\n");
    const r = report(page, "https://www.gzhezhang.gov.cn/zwgk/zfxxgkzl/zfxxgknb/nb2024/202501/t20250121_1.html");
    expect([r.agencyNormalized, r.region.county, r.region.township, r.year]).toEqual(["兴发乡人民政府", "赫章县", "兴发苗族彝族回族乡", 2024]);
  });

  it("dates a report by a folder of its year, or by a path dated in the first half of the next year only", () => {
    expect(["https://a.gov.cn/nb2024/1.html", "https://a.gov.cn/xxgk/2022nb/1.html", "https://a.gov.cn/art/202303/t20230301_1.html", "https://a.gov.cn/art/202309/t20230901_1.html", "https://a.gov.cn/art/1.html", "https://a.gov.cn/2024/03-14/750061.html", "https://a.gov.cn/art/2023/1/19/art_1.html", "https://a.gov.cn/art/2023/9/1/art_1.html"].map((u) => addressClues(u).year)).toEqual([
      2024, 2022, 2022, null, null, 2023, 2022, null,
    ]);
  });
});

// Fresh-set page h14-053…064 (p07, a spam mirror that put an ad where the city's name stood) and real
// page a2014-013, a2014-014 (an index number opening with 11330483…, 桐乡市): an organ's credit code
// holds the division code of its place.
describe("a credit code's place, and an ad ending on 官网", () => {
  it("reads the division of a credit code in the page's head", () => {
    expect(creditCodePlaces("索引号: 11330700099033995K/2024-121134").map((c) => [c.word, c.places.map((p) => p.name)])).toEqual([["11330700099033995K", ["金华市"]]]);
    expect(creditCodePlaces("索引号: 11330483002558489W/2015-00001").map((c) => c.places[0]!.name)).toEqual(["桐乡市"]);
    expect(creditCodePlaces("索引号: 000014349/2021-00012, 电话 13912345678")).toEqual([]);
  });

  it("takes an ad string to its 官网 and names the body after it by its level and the code's place", () => {
    const line = "发布机构: 沙巴体育_大发体育娱乐在线¥投注官网市市场监管局";
    expect(findSpamSpans(line).map((s) => line.slice(s.start, s.end))).toEqual(["沙巴体育_大发体育娱乐在线¥投注官网"]);
    const page = [
      "索 引 号: | 11330700099033995K/2024-121134 |",
      "特向社会公布2023年度我局政府信息公开年度报告。如对本报告有任何疑问,请与沙巴体育_大发体育娱乐在线¥投注官网市市场监管局办公室联系。",
      TABLE,
    ].join("\n");
    const r = report(page, "http://slj.example-mirror.com/art/2024/1/15/art_1.html");
    expect([r.agencyNormalized, r.region.province, r.region.city]).toEqual(["金华市市场监督管理局", "浙江省", "金华市"]);
  });

  it("reads a mirror's host as naming nothing, a government's as its own", () => {
    expect(addressClues("http://slj.example-mirror.com/art/1.html").departments).toEqual([]);
    expect(addressClues("http://slj.jinhua.gov.cn/art/1.html").departments).toEqual(["水利局"]);
  });
});

// Fresh-set page h14-041…044 (p05, on gdmx.gov.cn under /mxqqxj/, a county's weather bureau whose
// text cites its city bureau's rules).
describe("an address spelling a county with its province, and a place run together with its office", () => {
  it("reads gdmx as 广东 梅县 and mxqqxj as 梅县区 with its 气象局", () => {
    const clues = addressClues("http://www.gdmx.gov.cn/zfxxgkml/mxqqxj/zfxxgkgzndbg/content/post_1.html");
    expect(clues.places.map((w) => [w.word, w.places.map((p) => p.name)])).toEqual([
      ["gdmx", ["梅县区"]],
      ["mxqqxj", ["闵行区", "梅县区"]],
    ]);
    expect(clues.departments).toEqual(["气象局"]);
  });

  it("names the bureau the address spells over the city bureau whose rules the text cites", () => {
    const page = [
      "一、领导重视",
      "2014年,我局按照《梅州市气象局保密制度》和《梅州市气象政府信息公开保密审查办法》的规定,制定《梅县区气象局政务公开办法》,推进信息公开。",
      TABLE,
    ].join("\n");
    const r = report(page, "http://www.gdmx.gov.cn/zfxxgkml/mxqqxj/zfxxgkgzndbg/content/post_1.html");
    expect([r.agencyNormalized, r.region.city, r.region.county]).toEqual(["梅县区气象局", "梅州市", "梅县区"]);
  });
});

// Fresh-set pages h15-035…044 (p04: 我局 on beibei.gov.cn/bm/qmzj/), h15-278…286 (p29: 本报告由
// 临沂市供销合作社联合社按照…编制) and h15-298…306 (p31: 按照《条例》的要求,2012年省体育局政府信息公开工作在…).
describe("a level's initial before a slug, a compiler named before what it followed, a subject after a clause", () => {
  it("reads qmzj as the district's 民政局 on a district's site", () => {
    expect(addressClues("http://beibei.gov.cn/bm/qmzj/zwgk/1.html").departments).toEqual(["民政局"]);
    const page = ["现将我局2020年度政府信息公开工作年度报告编制如下。", "一、总体情况", "2020年,我局围绕民政为民的工作主线,推进政府信息公开各项工作。", TABLE].join("\n");
    expect(report(page, "http://beibei.gov.cn/bm/qmzj/zwgk/1.html").agencyNormalized).toBe("北碚区民政局");
  });

  it("names the body 由…按照…编制 names, a 联合社 among agencies", () => {
    const page = ["本报告由临沂市供销合作社联合社按照《中华人民共和国政府信息公开条例》(国务院令第711号)及有关法律法规的要求编制。", "一、总体情况", "2022年主动公开信息277条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBe("临沂市供销合作社联合社");
  });

  it("reads the body opening an overview after an 按照 clause, without the work it goes on about", () => {
    const page = ["一、概述", "按照《中華人民共和國(guó)政府信息公開(kāi)條例》的要求,2012年省體育局政府信息公開(kāi)工作在深入推進中。", "湖南省體育局負責本報告。", TABLE].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.province]).toEqual(["湖南省体育局", "湖南省"]);
  });
});

// Fresh-set page h15-170…179 (p18: a mirror's page of a report saying only 我局, its WeChat account
// “大余民政” named by its county's stem and its field).
describe("the report's own account", () => {
  it("names the office an account written as a county's stem and a field stands for", () => {
    const page = ["一、总体情况", "2020年度,我局通过单位电子显示屏、微信公众号等载体发布信息847条,微信公众号“大余民政”制作发布推文99条。我局未收到公开政府信息申请。", TABLE].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.city, r.region.county]).toEqual(["大余县民政局", "赣州市", "大余县"]);
  });

  it("names no office where the account's field is not the kind the report calls itself by", () => {
    const page = ["一、总体情况", "2020年度,我委通过微信公众号“大余民政”转发信息12条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBeNull();
  });
});

// h21-018…032, h21-033…045: complete reports copied out of PDFs, their titles centred over two lines.
describe("a title broken over two lines", () => {
  it("is read as one title, and cited as one", () => {
    const r = report(["正文", "2025 年嘉兴市人民政府办公室政府信息公开", "工作年度报告", "本年度报告根据《中华人民共和国政府信息公开条例》编制。", "一、总体情况", TABLE].join("\n"));
    expect([r.agencyNormalized, r.year, r.title]).toEqual(["嘉兴市人民政府办公室", 2025, "2025 年嘉兴市人民政府办公室政府信息公开工作年度报告"]);
    const short = report(["2024 年嘉兴市科委政府信息公开工作", "年度报告", "一、总体情况", TABLE].join("\n"));
    expect([short.agency, short.year]).toEqual(["嘉兴市科委", 2024]);
  });
});

// A site's menus fill the lines a page opens with; the title closes them, over the first section.
describe("a title after a site's menus", () => {
  it("takes the title line above the first numbered section when menus fill the page's first lines", () => {
    const menus = Array.from({ length: 60 }, (_, i) => ["工作动态", "通知公告", "政策法规", "规划计划"][i % 4]);
    const page = [...menus, "漳山乡人民政府2022年政府信息公开工作年度报告", "本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。", "一、总体情况", "2022年，我乡共主动公开政府信息219条。", TABLE].join("\n");
    const r = report(page);
    expect([r.title, r.agencyNormalized, r.year]).toEqual(["漳山乡人民政府2022年政府信息公开工作年度报告", "漳山乡人民政府", 2022]);
  });
});

// Holdout c-020…c-032: a district's government and the zone it runs file one report under both names.
describe("a title naming two bodies filing together", () => {
  it("files the report under the first, and reads a name written with a blank in it whole", () => {
    const joint = report(["广州市黄埔区人民政府 广州开发区管委会2022年政府信息公开工作年度报告", "一、总体情况", "2022年，我区主动公开政府信息27855条。", TABLE].join("\n"));
    expect([joint.agencyNormalized, joint.region.county]).toEqual(["广州市黄埔区人民政府", "黄埔区"]);
    const spaced = report(["江门市 蓬江区人民政府2022年政府信息公开工作年度报告", "一、总体情况", "2022年，我区主动公开政府信息120条。", TABLE].join("\n"));
    expect([spaced.agencyNormalized, spaced.region.county]).toEqual(["江门市蓬江区人民政府", "蓬江区"]);
  });
});

// Holdout d-076…d-084: a title broken inside 政府信息公开, its second line a title by itself.
describe("a title broken after 政府", () => {
  it("joins the dated first line to the undated second, but no header field to a dated title", () => {
    const broken = report(["示例新区底张街道办事处2023年度政府", "信息公开工作年度报告", "一、总体情况", "2023年，底张街道共主动公开政府信息140余条。", TABLE].join("\n"));
    expect([broken.title, broken.agencyNormalized]).toEqual(["示例新区底张街道办事处2023年度政府信息公开工作年度报告", "示例新区底张街道办事处"]);
    const dated = report(["发布时间:2022年01月26日", "岚西省商务厅2021年政府信息公开工作年度报告", "一、总体情况", "2021年，我厅主动公开政府信息480条。", TABLE].join("\n"));
    expect([dated.title, dated.year]).toEqual(["岚西省商务厅2021年政府信息公开工作年度报告", 2021]);
  });
});

// Holdout f-122…f-132, f-001, f-002, f-096…f-106: a title naming a field's bodies (气象部门) with the
// bureau's own office compiling it; a 街道 written 街 in its title; a district merged away since (江干区).
describe("bodies named by their field, their office or a short or former place", () => {
  it("files a report titled by a field's bodies under the bureau whose office compiled it", () => {
    const r = report(["江苏省淮安市气象部门2021年政府信息公开工作年度报告", "本报告由淮安市气象局办公室根据《条例》规定编制。", "一、总体情况", "2021年，我局主动公开政府信息806条。", TABLE].join("\n"));
    expect([r.agencyNormalized, r.region.city]).toEqual(["淮安市气象局", "淮安市"]);
  });

  it("reads a title's 佳荣里街 as the 街道 it writes short", () => {
    const r = report(["佳荣里街2021年政府信息公开工作年度报告", "一、总体情况", "2021年主动公开的各类政府信息数量66件。", TABLE].join("\n"));
    expect([r.agencyNormalized, r.region.county, r.region.township]).toEqual(["佳荣里街道办事处", "北辰区", "佳荣里街道"]);
    expect(r.figures.find((f) => f.value === 66)?.metric).toBe("proactive.total");
  });

  it("places a body of a district merged away since 2021 under its city", () => {
    const r = report(["一、总体情况", "2020年，我局通过政务微博等渠道主动公开政府信息2425条。", "公开平台有“江干区市场监督管理局”新浪政务官方微博。", TABLE].join("\n"));
    expect([r.agencyNormalized, r.region.city, r.region.county]).toEqual(["江干区市场监督管理局", "杭州市", "江干区"]);
  });
});
