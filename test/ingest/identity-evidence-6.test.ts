import { describe, expect, it } from "vitest";
import { addressClues } from "../../src/ingest/address-clues.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { placesNamed } from "../../src/places/gazetteer.ts";

function report(text: string, url?: string) {
  return parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(url ? { meta: { url } } : {}) }).reports[0]!;
}

function identity(text: string, url?: string) {
  const r = report(text, url);
  return [r.agencyNormalized, r.region.province, r.region.city, r.level];
}

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// Holdout l-039…l-051: a city's report cut before its title, saying 我市 and listing its counties.
describe("a report summing up the counties it lists", () => {
  it("is the city's over them, not one of the counties 我市 might read as", () => {
    const page = [
      "一、总体工作情况",
      "(一)组织机构建设。我市在绥中县召开县(市)区政府信息公开工作座谈会。截止目前,兴城市、绥中县、建昌县、龙港区均已成立专门机构。",
      "(二)按照《辽宁省政府信息公开规定》的要求,全市9个县(市)区均已建立政府信息公开目录,要求各县市区和市政府各部门及时更新。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["葫芦岛市人民政府", "辽宁省", "葫芦岛市", "city"]);
  });
});

// Holdout l-054…l-063: a zone named only in its page's header table, label and value side by side.
describe("a publisher field set beside its label in a header row", () => {
  it("reads the value next to the label, a bracketed township after it left out, and 科技城 as a zone", () => {
    const page = ["索 引 号 | 002550508/2019-101196 | 公开分类 | |", "发布单位 | 嘉兴科技城(大桥镇) | 发布日期 | 2019-03-29 |", "2018年政府信息公开工作年度报告", "一、概述", "我委不断完善信息公开工作制度。", TABLE].join("\n");
    expect(identity(page)).toEqual(["嘉兴科技城管理委员会", "浙江省", "嘉兴市", "city"]);
  });
});

// Holdout l-104…l-114: a customs office named only where readers are asked to get in touch.
describe("the body readers are asked to contact, written without a colon", () => {
  it("is the body whose office answers", () => {
    const page = ["根据《条例》编制本报告。如对本年度报告有任何疑问,请联系湛江海关办公室新闻信息办公室。地址:广东省湛江市人民大道中54号。", "一、总体情况", "全年主动公开政府信息120条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBe("湛江海关");
  });
});

// Holdout k-074…k-085: a provincial commission on a mirror, named by level word and short form,
// its province spelled only in the path (xjmzw: 新疆 and 民族事务委员会's slug).
describe("a provincial body named by its level word and short form", () => {
  it("takes its province from two initials before a department's slug, and its other name in brackets is left out", () => {
    expect(addressClues("https://mirror.example.com/a/xjmzw/2019/1.shtml").places.map((w) => [w.word, w.places.map((p) => p.name)])).toEqual([["xjmzw", ["新疆维吾尔自治区"]]]);
    // Two initials several provinces share (hb: 河北, 湖北) name none.
    expect(addressClues("https://mirror.example.com/a/hbmzw/1.shtml").places).toEqual([]);
    const page = ["自治区民委(宗教事务局)2019年度", "政府信息公开年度报告", "一、概述", "2019年度自治区民委(宗教事务局)认真贯彻落实政府信息公开工作要求。", TABLE].join("\n");
    expect(identity(page, "https://mirror.example.com/a/xjmzw/2019/1.shtml")).toEqual(["新疆维吾尔自治区民族事务委员会", "新疆维吾尔自治区", null, "province"]);
  });
});

// Holdout k-017: 锡盟 for 锡林郭勒盟.
describe("a league written by its first character", () => {
  it("is the league, and a body named so is stored by the league's full name", () => {
    expect(placesNamed("锡盟").map((p) => p.name)).toEqual(["锡林郭勒盟"]);
    const page = ["锡盟商务局2021年政府信息公开工作报告", "一、总体情况", "我局认真贯彻落实《条例》。", TABLE].join("\n");
    expect(identity(page)).toEqual(["锡林郭勒盟商务局", "内蒙古自治区", "锡林郭勒盟", "city"]);
  });
});

// Holdout u-001…u-011: a district's report made from its bodies' reports, naming 各街道办事处 too.
describe("a report made from the reports of a place's bodies", () => {
  it("is the place's government, and 各街道办事处 names no agency", () => {
    const page = [
      "本报告是根据《中华人民共和国政府信息公开条例》要求及北京市东城区各委、办、局,各街道办事处的政府信息公开年度报告编制而成。",
      "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["北京市东城区人民政府", "北京市", null, "county"]);
  });
});

// Holdout v-101…v-116: a report reposted on a township's site, its publisher field naming the township,
// its text calling the title's department by its level word and a short name.
describe("a title whose department the text names short after its level word", () => {
  it("outweighs a publisher field naming another body", () => {
    const page = [
      "山西省发展和改革委员会2021年政府信息公开工作年度报告",
      "发布时间:2022-02-03 发布机构:城关镇",
      "一、总体情况",
      "2021年,省发展改革委坚持以公开为常态,加强重点领域信息公开。",
      TABLE,
    ].join("\n");
    expect(identity(page)[0]).toBe("山西省发展和改革委员会");
  });
});

// Holdout v-128…v-143: a county branch of a prefecture's bureau, named as the compiler of the report it
// then titles, its prefecture written short (昌吉州) and stored in full.
describe("a branch office naming itself as the compiler of its report", () => {
  it("is the branch, placed in the county written before 分局", () => {
    const page = [
      "根据条例要求,昌吉州生态环境局呼图壁县分局编制形成了《2024年政府信息公开工作年度报告》。",
      "一、总体情况",
      "2024年,我局认真落实条例。",
      TABLE,
    ].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.province, r.region.city, r.region.county]).toEqual([
      "昌吉回族自治州生态环境局呼图壁县分局",
      "新疆维吾尔自治区",
      "昌吉回族自治州",
      "呼图壁县",
    ]);
  });
});

// Holdout w-123…w-128: a county bureau with no title, named only where readers "may" get in touch,
// its site's path naming another bureau.
describe("the body readers may contact about the report", () => {
  it("outweighs a department slug of the page's address", () => {
    const page = [
      "一、总体情况",
      "2020年我局主动公开信息共计11条。",
      TABLE,
      "如对本报告有疑问,可与闽清县工业和信息化局办公室联系(地址:福州市闽清县梅城镇梅城大街82号)。",
    ].join("\n");
    expect(identity(page, "http://www.fzmq.gov.cn/xjwz/zfxxgkzl/mqxswj/ndbg/202101/t20210113_1.htm")).toEqual(["闽清县工业和信息化局", "福建省", "福州市", "county"]);
  });
});

// Holdout w-113…w-117: a county's summary cut before its title, on the county government's own site.
describe("a report speaking for the whole county on its government's site", () => {
  it("is the county government's", () => {
    const page = ["一、总体情况", "(一)政府信息主动公开情况", "各乡镇县级各部门认真贯彻落实条例,全县共公开政府信息3134条。", TABLE].join("\n");
    expect(identity(page, "http://dayao.gov.cn/info/egovinfo/1007/2022-0302002.htm")).toEqual(["大姚县人民政府", "云南省", "楚雄彝族自治州", "county"]);
  });
});

// Holdout y-065…y-070: a school filing its own report, compiled by itself.
describe("a public school filing a report", () => {
  it("is named as the compiler", () => {
    const page = ["2014年莆田第二中学政府信息公开工作年度报告", "本报告是根据条例规定,由莆田第二中学编制。", TABLE].join("\n");
    expect(identity(page)).toEqual(["莆田第二中学", "福建省", "莆田市", "city"]);
  });
});

// Holdout y-051…y-053: a city's weather service reports as its 气象部门.
describe("a city's weather service", () => {
  it("is named as its title writes it, not as the city's government", () => {
    const page = ["湖北省咸宁市气象部门2022年政府信息公开工作年度报告", "一、总体情况", "2022年,咸宁市气象部门认真贯彻落实条例。", TABLE].join("\n");
    expect(identity(page)).toEqual(["湖北省咸宁市气象部门", "湖北省", "咸宁市", "city"]);
  });
});

// Holdout z-013…z-016: a mirror of a province's bureau, naming itself only by the site it published
// through (its province written short), while citing the national bureau.
describe("the body whose own site the report published through", () => {
  it("is the report's, its province written in full", () => {
    const page = [
      "一、总体情况",
      "2023年,我局坚持以习近平新时代中国特色社会主义思想为指导,持续深化政府信息公开。",
      "全年通过甘肃林业和草原局门户网站和政务新媒体主动发布各类政府信息8000余条。国家林草局累计转发我省信息330条。",
      TABLE,
    ].join("\n");
    expect(identity(page, "http://bljly.com/contents/65/8401.html")).toEqual(["甘肃省林业和草原局", "甘肃省", null, "province"]);
  });
});

// Holdout z-091…z-094: a city's civil air defence office, named by its level word and short form
// in an opening line that carries no year, its city read from the site.
describe("an overview opening with the body's name and no year", () => {
  it("names the body, placed by its site", () => {
    const page = ["一、总体情况", "市人民防空办认真贯彻国家和市政府关于政务公开的有关规定,现公布2020年政府信息公开工作年度报告。", "今年我办收到依申请公开件3件。", TABLE].join("\n");
    expect(identity(page, "http://rmfkb.cq.gov.cn/zwgk_246/zfxxgknb/202101/t20210127_8826276_wap.html")).toEqual(["重庆市人民防空办公室", "重庆市", null, "province"]);
  });
});

// Holdout aa-031…aa-036: a 管理区 governed as a zone, named where its overview opens.
describe("a 管理区", () => {
  it("is a zone filing under its committee", () => {
    const page = ["2008年,石岛管理区认真贯彻落实条例,加大政府信息公开力度。", "一、主动公开政府信息的情况", "2008年,管理区共主动公开政府信息345条。"].join("\n");
    expect(identity(page)[0]).toBe("石岛管理区管理委员会");
  });
});

describe("a zone opening with a municipality's stem", () => {
  it("keeps its name as written", () => {
    const page = ["天津港保税区管理委员会2022年政府信息公开工作年度报告", "一、总体情况", "2022年,我委坚持以公开为常态。", TABLE].join("\n");
    expect(identity(page)[0]).toBe("天津港保税区管理委员会");
  });
});

// Holdout ab-067…ab-168: a customs office titles its report by the district it oversees (关区).
describe("a customs office reporting for its district", () => {
  it("is the customs office, not a place's government", () => {
    const page = ["广州海关关区2021年政府信息公开工作年度报告", "一、总体情况", "2021年,广州海关坚持以人民为中心。", TABLE].join("\n");
    expect(identity(page)[0]).toBe("广州海关");
  });
});

// Holdout ac-001…ac-007: a county bureau's report, cut before its title, speaking for the county's
// public security organs on a site named for the county.
describe("a report speaking for a field's organs across its county", () => {
  it("is that field's bureau of the county its site names", () => {
    const page = ["一、总体情况", "2016年度,全县公安机关在县委、县政府的正确领导下,主动通过政府网站发布信息。主动发布各类信息314条。", TABLE].join("\n");
    expect(identity(page, "http://ztyj.gov.cn/pub/description/32391.html")).toEqual(["盐津县公安局", "云南省", "昭通市", "county"]);
  });
});

// Holdout ab-157…ab-166: a zone's committee calling itself 开发区, its site's host the zone's initials.
describe("a zone's site named by the zone's initials", () => {
  it("names the zone's committee after its city's stem", () => {
    const page = ["2022年,开发区坚持以公开为常态,深入推进政务公开工作。", "一、总体情况", "开发区党工委高度重视政府信息公开工作。2022年,开发区门户网站发布信息1330条。", TABLE].join("\n");
    expect(identity(page, "https://jkq.xining.gov.cn/index.php?c=show&id=115")).toEqual(["西宁经济技术开发区管理委员会", "青海省", "西宁市", "city"]);
  });
});

// Holdout y-115…y-120: a 街道's report calling itself only 街道, its name written once inside the title
// of one of its own plans, its district read from its site.
describe("a township's report calling itself by its level word alone", () => {
  const lines = (named: string) => [
    "一、总体情况",
    "2025年,依托区政府门户网站,街道主动公开政府信息累计76条。",
    `完成街道重大行政决策事项“编制《${named}国民经济和社会发展第十五个五年规划纲要》”全过程信息公开。`,
    "2025年,街道收到依申请公开政府信息19件。",
    TABLE,
  ];

  it("is the one 街道 of its district the text names", () => {
    expect(identity(lines("宝山区友谊路街道").join("\n"), "https://xxgk.shbsq.gov.cn/article.html?infoid=d1ada67b")).toEqual(["友谊路街道办事处", "上海市", null, "township"]);
  });

  it("is none where its text names a 街道 of another district only", () => {
    expect(identity(lines("黄浦区打浦桥街道").join("\n"), "https://xxgk.shbsq.gov.cn/article.html?infoid=d1ada67b")).toEqual([null, null, null, "unknown"]);
  });
});

// Holdout w-075…w-078: a zone's report calling itself only 投资区, its full name written once as its
// account's name.
describe("a zone's report calling itself by its zone word alone", () => {
  it("is the committee of the one zone of that word its text names", () => {
    const page = [
      "一、总体情况",
      "2022年度,投资区主动公开政府信息数140条。",
      "投资区注重加强政府信息公开制度建设,有专人负责微信公众号“钦州市北部湾华侨投资区”运维工作。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["钦州市北部湾华侨投资区管理委员会", "广西壮族自治区", "钦州市", "city"]);
  });
});

// Holdout z-068…z-072: a city bureau on a spam mirror, named by its level word, its city written only
// as the stem opening its local media's names.
describe("a bureau named by its level word whose city only its local media name", () => {
  it("is placed in that city", () => {
    const page = [
      "一、总体情况",
      "2019年,市商务局认真贯彻落实修订后的条例,切实加强政务信息公开。",
      "全年公开政务信息共306条。同时报送相关信息至省商务厅、渭南宣传网、渭南考核网等部门,择优推荐至渭南日报、光明日报等主流媒体。",
      TABLE,
    ].join("\n");
    expect(identity(page, "http://zwfw.ppfh.org/zfxxgk/zfxxgknb/2019n/gbm/1628950095141568514.html")).toEqual(["渭南市商务局", "陕西省", "渭南市", "city"]);
  });
});
