import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";
import { findYear } from "../../src/ingest/report-year.ts";
import { addressClues, addressPlace } from "../../src/ingest/address-clues.ts";
import { withOwnSitePlaces } from "../../src/ingest/own-site.ts";
import { normalizeAgencyName } from "../../src/ingest/agency-names.ts";

function identity(text: string, url?: string) {
  const r = report(text, url);
  return [r.agencyNormalized, r.region.province, r.region.city, r.region.county, r.region.township];
}

// ca-006…ca-009: a township named once (七里乡政府规范性文件) on a mirror whose path spells its county
// by initials that fit eight counties, one of them holding a 七里乡.
describe("a township the text names, on an address spelling its county among others", () => {
  it("is the report's body, placed in the county holding it", () => {
    const page = ["一、总体情况", "主动公开的政府信息主要包括七里乡政府规范性文件、经济和社会发展规划等方面内容。", TABLE].join("\n");
    expect(identity(page, "https://mirror.example.com/jxx/jxxrmzf/xxgknb/202209/9963.shtml")).toEqual(["七里乡人民政府", "江西省", "南昌市", "进贤县", "七里乡"]);
  });
});

// ca-055…ca-059: a bureau unplaced in its name that follows 县政府, on a page naming one county.
describe("an unplaced bureau following its county's government", () => {
  it("is that county's", () => {
    const page = ["一、总体情况", "2019年,根据县政府的工作要求和部署,自然资源局认真贯彻落实《条例》。", "1.在开江县人民政府政务云系统设置重点报送栏目12个。", TABLE].join("\n");
    expect(identity(page)).toEqual(["开江县自然资源局", "四川省", "达州市", "开江县", null]);
  });
});

// ca-104…ca-107: a district's site files its 政务服务办 under q + zwfwb.
describe("a government service office's slug", () => {
  it("names the office of the district the host spells", () => {
    const page = ["一、总体情况", "按照区委、区政府有关要求,持续推进政务公开工作。", TABLE].join("\n");
    expect(identity(page, "http://www.tjhq.gov.cn/zwgk/zfxxgkqjjg/qzwfwb/zfxxgknb30/202302/t2023.html")).toEqual(["红桥区政务服务办公室", "天津市", null, "红桥区", null]);
  });
});

// cc-068…cc-071: a page running the overview's heading into its first sentence.
describe("an overview heading and its first sentence on one line", () => {
  it("reads the sentence's subject", () => {
    const page = ["一、总体情况 开平市政务服务和数据管理局认真贯彻落实《条例》,紧紧围绕市委、市政府中心工作,结合我市实际开展工作。", "(一)主动公开情况 2025年主动公开政府信息67条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBe("开平市政务服务和数据管理局");
  });
});

// bz-035…bz-037: the report compiled from its body's year of work.
describe("a report compiled from a body's year of work", () => {
  it("names that body", () => {
    const page = ["本年报根据2023年眉山市司法局信息公开工作实际编制而成。", "一、总体情况", "2023年,主动公开司法行政信息63条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBe("眉山市司法局");
  });
});

// bz-074…bz-077: a mirror that wrote 年 as a dash states its period as dates.
describe("a period written as dates", () => {
  it("is the year covered", () => {
    expect(findYear("本报告中所列数据的统计期限自2015-1-1起至2015-12-31止。2015-,我局加强信息公开。", null)).toBe(2015);
  });
});

// cd-001…cd-006: a later page of a province's report, naming no office of its own, speaking for its bodies as a whole.
describe("a province's report speaking for its bodies as a whole", () => {
  it("is the province's government's", () => {
    const page = ["3、政府公报", "2013年,《江苏省人民政府公报》共出刊27期。", "4、公共查阅点", "省档案馆和南京图书馆为省级行政机关主动公开政府信息查阅点。"].join("\n");
    expect(identity(page)).toEqual(["江苏省人民政府", "江苏省", null, null, null]);
    // A department saying 我厅 is not its government.
    expect(report(["2013年,《江苏省人民政府公报》共出刊27期。", "我厅为省级行政机关主动公开政府信息。"].join("\n")).agencyNormalized).not.toBe("江苏省人民政府");
  });
});

// cg-118…cg-122, cg-128…cg-131: a zone's department written with the district it governs in brackets.
describe("a zone's department with its district in brackets", () => {
  it("is named by the zone, written as the page writes it", () => {
    const r = report(["现公布泰州医药高新区(高港区)财政局2023年政府信息公开工作年度报告。", "一、总体情况", "2023年,主动公开政府信息59条。", TABLE].join("\n"));
    expect([r.agency, r.agencyNormalized, r.region.city]).toEqual(["泰州医药高新区(高港区)财政局", "泰州医药高新区财政局", "泰州市"]);
  });
});

// cg-031…cg-035: the zone's committee's office written with the level word 区 alone, on a page naming one zone.
describe("a zone committee's office written by its level word", () => {
  it("is the office of the zone the page names in full", () => {
    const page = ["一、总体情况", "2025年,区管委会办公室坚持以人民为中心,紧紧围绕区党工委、管委会中心工作推动政务公开。", "全年依托葫芦岛经济技术开发区门户网站共发布各类公开信息128条。", TABLE].join("\n");
    expect(identity(page)).toEqual(["葫芦岛经济技术开发区管委会办公室", "辽宁省", "葫芦岛市", null, null]);
  });
});

// cb-064, cb-065: a commission written under its government or not is one agency.
describe("a state assets commission written under its government", () => {
  it("is stored under the same name as without it", () => {
    expect(normalizeAgencyName("西藏自治区政府国资委")).toBe("西藏自治区国有资产监督管理委员会");
    expect(normalizeAgencyName("西藏自治区人民政府国有资产监督管理委员会")).toBe("西藏自治区国有资产监督管理委员会");
    expect(normalizeAgencyName("长河街道办事处")).toBe("长河街道办事处");
  });
});

// cj-017…cj-022: a mirror's path filing the page under 通知公告 (tzgg), and the body's own site run on after 网站.
describe("a mirror's column slug and the site a page names as its own", () => {
  it("reads no place from a column every site has, and one word spelling places of several levels names none", () => {
    expect(addressClues("http://mirror.example.com/szkj/tzgg/202601/27ab.shtml").places).toEqual([]);
    const clues = addressClues("http://kjj.suzhou.gov.cn/");
    expect([clues.departments, addressPlace(clues, "")]).toEqual([["科学技术局"], null]);
    expect(withOwnSitePlaces(addressClues(null), "可在本局政府网站kjj.suzhou.gov.cn上下载本报告。").departments).toEqual(["科学技术局"]);
  });
});

// cj-068…cj-074: a wiki mirror whose path spells the report's title, its page cut after the title.
describe("a path spelling the report's title", () => {
  it("gives the year the title names", () => {
    expect(addressClues("https://wiki.example.com/wiki/%E5%BB%A3%E5%B7%9E%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C2020%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A").year).toBe(2020);
  });
});

// cj-136…cj-139: a city's report made on the basis of its bodies' reports.
describe("a report made on the basis of the reports of a place's bodies", () => {
  it("is the place's government's", () => {
    const page = ["本报告在2017年度北京市各区人民政府和北京市政府各委、办、局的政府信息公开工作年度报告的基础上编制。", "本报告中所列数据的统计期限自2017年1月1日起,至2017年12月31日止。"].join("\n");
    expect(identity(page)).toEqual(["北京市人民政府", "北京市", null, null, null]);
  });
});

// cj-113…cj-119: 办公厅 alone, its province's name spliced out by an ad, on a page naming one province.
describe("a general office written 办公厅 alone", () => {
  it("is the office of the province the page names", () => {
    const page = ["现公布美高梅办公厅2022年政府信息公开工作年度报告。", "一、总体情况", "2022年,办公厅坚持以人民为中心,围绕辽宁省助企纾困政策开展解读。", TABLE].join("\n");
    expect(identity(page)).toEqual(["辽宁省人民政府办公厅", "辽宁省", null, null, null]);
  });
});

// ch-140…ch-145: a city's bureau written 市教育局 on a host spelling a city and, alike, a district.
describe("a bureau's level word among the places its host spells", () => {
  it("picks the place of that level", () => {
    const page = ["市教育局2020年政府信息公开工作年度报告", "本报告由市教育局编制。", TABLE].join("\n");
    expect(identity(page, "http://jyj.jining.gov.cn/art/2021/1/20/art_1.html")).toEqual(["济宁市教育局", "山东省", "济宁市", null, null]);
  });
});

// cs-076…cs-086: a city government's office whose name an ad replaced, its report speaking of its
// counties and naming one of them.
describe("an unplaced government speaking of the counties under it", () => {
  it("drops the ad and is the government of the city holding the county it names", () => {
    const page = [
      "2012年政府信息公开年度报告",
      "本报告根据《条例》要求,由888官方入口-app下载_mobile888-777_888提款一直在处理中人民政府办公室编制。如对本报告有疑问,请联系888官方入口-app下载_mobile888-777_888提款一直在处理中人民政府办公室,电话:0391-1234567。",
      "一、主动公开情况",
      "全年主动公开信息1200条,各县(市、区)公开信息3400条。",
      "二、依申请公开情况",
      "共受理申请3件,均为修武县村民申请公开土地征收文件。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["焦作市人民政府", "河南省", "焦作市", null, null]);
  });
});

// cv-057…cv-066: a zone summing up its year's work into the report, on a mirror naming no body.
describe("a body summing up its year's work into the report", () => {
  it("is the report's body", () => {
    const page = ["根据《条例》要求,昆山经济技术开发区整理一年政府信息公开运转情况编写2020年度政府信息公开工作年度报告。", TABLE].join("\n");
    expect(identity(page)[0]).toBe("昆山经济技术开发区管理委员会");
  });
});

// cz-131…cz-141: a district's office whose report thanks the city's office for its guidance.
describe("the body a report is guided by", () => {
  it("is no mention of the report's own body", () => {
    const page = [
      "政府信息公开年报",
      "本报告是根据《条例》要求编制而成。如对本报告有任何疑问,请与盐城市大丰区人民政府办公室联系(地址:盐城市大丰区大华东路1号)。",
      "一、总体情况",
      "2023年,在区委、区政府的正确领导下,在盐城市政府办公室的具体指导下,我办深入贯彻党的二十大精神。",
      "我办全年完成市政府办公室协办件8件。",
      TABLE,
    ].join("\n");
    expect(identity(page, "http://www.dafeng.gov.cn/art/2024/1/12/art_1.html").slice(0, 4)).toEqual(["盐城市大丰区人民政府", "江苏省", "盐城市", "大丰区"]);
  });
});

// cz-001…cz-007: a mirror that put its own domain where the county's name stood, the county's portal named 中国永嘉.
describe("a government's portal named 中国 and its place", () => {
  it("names the government", () => {
    const page = [
      "现公布example.com2012年政府信息公开工作年度报告。本年报的电子版可以在“中国永嘉”县政府门户网站(www.example.com)上下载。",
      TABLE,
    ].join("\n");
    expect(identity(page).slice(0, 4)).toEqual(["永嘉县人民政府", "浙江省", "温州市", "永嘉县"]);
  });
});
