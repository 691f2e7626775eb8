import { describe, expect, it } from "vitest";
import { addressClues } from "../../src/ingest/address-clues.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { placesStemmed } from "../../src/places/gazetteer.ts";

function placed(text: string, url?: string) {
  const r = parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(url ? { meta: { url } } : {}) }).reports[0]!;
  return [r.agencyNormalized, r.region.province, r.region.county, r.level];
}

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// Fresh-set pages h13 page-029 (a 新区's bureau named only 区生态环境局 on tjbh.gov.cn) and page-006
// (a province's 气象局 whose place a mirror's spam replaced, citing a notice of 中国气象局).
describe("a new district by its stem, in a question or an address", () => {
  it("has the stem before 新区 (浦东, 滨海) and its city's initials with it (tjbh)", () => {
    expect(placesStemmed("浦东").filter((p) => p.level === "county").map((p) => p.name)).toEqual(["浦东新区"]);
    expect(addressClues("https://sthjj.tjbh.gov.cn/contents/1/2.html").places.map((w) => [w.word, w.places.map((p) => p.name)])).toEqual([["tjbh", ["滨海新区"]]]);
  });

  it("places 区生态环境局 on tjbh.gov.cn in 天津市滨海新区", () => {
    const page = ["区生态环境局2019年政府信息公开工作年度报告", "来源: 区生态环境局", "2019年,区生态环境局全面推进政府信息公开工作。", TABLE].join("\n");
    expect(placed(page, "https://sthjj.tjbh.gov.cn/contents/9/1.html")).toEqual(["滨海新区生态环境局", "天津市", "滨海新区", "county"]);
  });
});

describe("an office saying only 我局", () => {
  const page = (site: string) =>
    [
      "本报告电子版可在气象局门户网站--" + site + "的“政务公开”栏目下载。如有疑问,请与气象局办公室联系。",
      "一、概述",
      "2014年,我局根据《中国气象局办公室关于印发<气象部门2014年政府信息公开工作要点>的通知》要求,推进政府信息公开。",
      TABLE,
    ].join("\n");

  it("is not the issuer of a notice it cites, and is placed by the place its own site is named after", () => {
    expect(placed(page("甲乙气象网"))).toEqual(["气象局", null, null, "unknown"]);
    expect(placed(page("湖南气象网"))).toEqual(["湖南省气象局", "湖南省", null, "province"]);
  });
});
