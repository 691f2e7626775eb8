import { describe, expect, it } from "vitest";
import { addressClues, addressPlace } from "../../src/ingest/address-clues.ts";
import { placeAgency } from "../../src/ingest/agency-place.ts";
import { scoreAgencyClues } from "../../src/ingest/agency-scoring.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";

function parse(text: string, url?: string) {
  const meta = url ? { url } : undefined;
  return parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(meta ? { meta } : {}) }).reports[0]!;
}

describe("weighing agency clues", () => {
  it("lets a named clue outweigh organs mentioned in passing, and says which clues won", () => {
    const best = scoreAgencyClues(
      [
        { name: "国务院办公厅", source: "mention" },
        { name: "国务院办公厅", source: "mention" },
        { name: "东风区人力资源和社会保障局", source: "announced" },
        { name: "东风区人力资源和社会保障局", source: "contact" },
      ],
      "局",
    );
    expect(best).toEqual({ name: "东风区人力资源和社会保障局", score: 12, confidence: 1, evidence: ["announced:东风区人力资源和社会保障局", "contact:东风区人力资源和社会保障局"] });
  });

  it("counts a name written with its parent places as the same agency, and keeps the fuller form", () => {
    const best = scoreAgencyClues(
      [
        { name: "江汉区人民政府", source: "publisher" },
        { name: "武汉市江汉区人民政府", source: "title" },
      ],
      null,
    );
    expect(best?.name).toBe("武汉市江汉区人民政府");
  });

  it("names no agency from passing mentions alone", () => {
    expect(scoreAgencyClues([{ name: "国务院办公厅", source: "mention" }], null)).toBeNull();
  });
});

describe("what a web address says", () => {
  it("reads place spellings and department slugs, the words agreeing on one place", () => {
    const clues = addressClues("http://daan.jlbc.gov.cn/root267_45/zfbm6/rlsb/ndbg/201806/t20180622_606288.html");
    expect(clues.departments).toEqual(["人力资源和社会保障局"]);
    expect(addressPlace(clues)?.code).toBe("220882");
    expect(addressClues("not an address")).toEqual({ places: [], departments: [], hostDepartment: null, branch: null, written: "", year: null });
  });

  // h20-200…208: a city bureau's host (scjg.xm.gov.cn) filing its district branch's report under /hlqgsj/.
  it("reads two letters before gov.cn as a city's initials and a host's slug as the site owner's kind", () => {
    const clues = addressClues("https://scjg.xm.gov.cn/xxgk/smqgsj/ndbg/202601/t20260123_1.htm");
    expect(clues.hostDepartment).toBe("市场监督管理局");
    expect(clues.departments).toEqual(["市场监督管理局", "工商行政管理局"]);
    // smq spells 思明区 of 厦门 and 思茅区 of 普洱: xm says which.
    expect(addressPlace(clues)?.name).toBe("思明区");
    // A slug is not read as a place's initials as well (scjg would spell 剑阁县).
    expect(clues.places.some((w) => w.word === "scjg")).toBe(false);
  });
});

describe("placing an agency", () => {
  it("fills the parents of a district from the gazetteer", () => {
    expect(placeAgency("船山区民政局", "", addressClues(null))).toEqual({
      region: { province: "四川省", city: "遂宁市", county: "船山区", township: null },
      level: "county",
      placeCode: "510903",
      evidence: ["place:船山区"],
    });
  });

  it("picks the reading of a shared name that the text and the address agree on", () => {
    const beijing = placeAgency("朝阳区民政局", "依托北京市政务网站", addressClues("http://www.bjchy.gov.cn/x.html"));
    // bjchy spells 北京 朝阳 with ch written whole.
    expect([beijing?.placeCode, beijing?.evidence]).toEqual(["110105", ["place:朝阳区", "text:北京市", "address:bjchy"]]);
    expect(placeAgency("朝阳区民政局", "", addressClues(null))).toBeNull();
  });

  it("places an old name by the stem the place still has, and a ministry above every place", () => {
    expect(placeAgency("吐鲁番地区公安局", "", addressClues(null))?.region).toEqual({ province: "新疆维吾尔自治区", city: "吐鲁番市", county: null, township: null });
    expect(placeAgency("民政部", "", addressClues(null))?.level).toBe("national");
  });
});

describe("a report's identity from a whole page", () => {
  it("takes the agency from the sentence announcing the report and places it", () => {
    const r = parse(
      "根据《中华人民共和国政府信息公开条例》的规定,现发布东风区人力资源和社会保障局2019年政府信息公开工作年度报告。\n一、概述\n2019年,我局认真落实条例。\n二、主动公开政府信息情况\n全年主动公开政府信息12条。",
    );
    expect([r.agencyNormalized, r.year, r.level, r.region.city, r.identity.placeCode, r.identity.evidence[0]]).toEqual([
      "东风区人力资源和社会保障局", 2019, "county", "佳木斯市", "230805", "announced:东风区人力资源和社会保障局",
    ]);
  });

  it("takes the agency from the address where the page only says 我局", () => {
    const r = parse(
      "现将我局2011年度政府信息公开工作报告如下:\n一、概述\n我局成立了政务公开领导小组。\n二、主动公开政府信息情况\n全年主动公开政府信息20条。",
      "http://daan.jlbc.gov.cn/root267_45/zfbm6/rlsb/ndbg/201806/t20180622_606288.html",
    );
    expect([r.agencyNormalized, r.region.city, r.identity.evidence]).toEqual([
      "大安市人力资源和社会保障局", "白城市", ["address:大安市人力资源和社会保障局", "place:大安市", "address:daan", "address:jlbc", "year:own_announced:2011"],
    ]);
  });

  // Real page 005 says only 我局; its address names the county and its text the field of work.
  it("names an office that says only 我局 by the address's place and the field it writes about", () => {
    const r = parse(
      "现将我局2021年度政府信息公开工作报告如下。\n一、总体情况\n我局结合交通运输工作实际,推进交通运输领域公开,做好交通运输政策解读。\n二、主动公开政府信息情况\n全年主动公开政府信息30条。",
      "http://www.minhe.gov.cn/html/1/2.html",
    );
    expect([r.agencyNormalized, r.region.city, r.identity.evidence[0]]).toEqual(["民和回族土族自治县交通运输局", "海东市", "address:民和回族土族自治县交通运输局"]);
  });

  // Holdout p-144…p-154: a county's bureau naming itself by its kind alone (现将统计局…), on the county's site.
  it("places a bureau named by its kind alone in the place its site's address spells", () => {
    const r = parse(
      "现将统计局2021年政府信息公开年度报告编制和公布工作有关情况报告如下。\n一、总体情况\n2021年度通过县政府门户网站主动公开信息42条。",
      "https://tongxin.gov.cn/zwgk/zfxxgknb/2021/bmzsjg/202201/t20220124_3301387.html",
    );
    expect([r.agencyNormalized, r.region.city, r.region.county]).toEqual(["同心县统计局", "吴忠市", "同心县"]);
  });

  it("keeps a government named in full as it is on its province's site", () => {
    const r = parse("山西省人民政府2017年政府信息公开工作年度报告\n一、概述\n全省政府信息公开工作扎实推进。", "http://www.shanxi.gov.cn/zfxxgk/zfxxgkzl/zfxxgknb/201803/t20180330_6670096.shtml");
    expect(r.agencyNormalized).toBe("山西省人民政府");
  });

  it("keeps a later page of a report that names nobody, with no agency", () => {
    const r = parse("二、主动公开政府信息的情况\n2011年新增主动公开政府信息5301条。");
    expect([r.agencyNormalized, r.year, r.identity.confidence]).toEqual([null, 2011, 0]);
  });
});
