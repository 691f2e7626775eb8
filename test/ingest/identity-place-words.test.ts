import { describe, expect, it } from "vitest";
import { addressClues } from "../../src/ingest/address-clues.ts";
import { reportOfPage, TABLE } from "./made-up-page.ts";

function identity(text: string, url?: string) {
  const r = reportOfPage(text, url);
  return [r.agencyNormalized, r.region.province, r.region.county, r.level];
}

// Holdout ak-010…ak-012: a district's report saying 本区, its only place word its account's name.
describe("a report calling itself by its place's level", () => {
  it("is the government of the place its account is named after, under the place above it", () => {
    const page = ["依据《条例》第五十条规定,编制本报告。", "一、总体情况", "本区各行政机关推进棚户区改造信息公开,本区政务新媒体“北京顺义”微信公众号发布信息。", TABLE].join("\n");
    expect(identity(page, "http://mirror.example.com/gongkai/zfxxgknb/2021nb/qzf/202203/t1.html")).toEqual(["顺义区人民政府", "北京市", "顺义区", "county"]);
  });

  // Holdout ag-129…ag-133: a county since made a district, on a traditional-script copy.
  it("reads a county the gazetteer knows only by its stem, in traditional script", () => {
    const page = ["根據《條例》要求,現公布2011年政府信息公開工作年度報告。", "一、概述", "2011年,全縣各級各部門認真貫徹落實《條例》。我縣先后設立查詢點,高陵縣政府信息公開工作有序開展。", TABLE].join("\n");
    expect(identity(page)[0]).toBe("高陵县人民政府");
  });

  it("reads no word ending in 区 the gazetteer does not know (棚户区) as its place", () => {
    const page = ["依据《条例》第五十条规定,编制本报告。", "一、总体情况", "本区持续推进棚户区改造,本区各单位做好公开。", TABLE].join("\n");
    expect(identity(page)[0]).toBeNull();
  });
});

// Holdout ak-001…ak-005 and ak-127…ak-131.
describe("a government's own site", () => {
  it("spells a district by its initials with ch written whole (bjdch: 北京 东城)", () => {
    expect(addressClues("https://www.bjdch.gov.cn/zfxxgkzl/1.html").places.map((w) => [w.word, w.places.map((p) => p.name)])).toEqual([["bjdch", ["东城区"]]]);
  });

  it("names no body a report speaks for across the place where the report names its own", () => {
    const page = ["根据《条例》要求编制报告。", "一、总体情况", "2025年,沈阳市人民政府办公厅坚持以公开为常态。全市各级行政机关共公开信息8052条。", TABLE].join("\n");
    expect(identity(page, "https://www.shenyang.gov.cn/zwgk/bmzfxxgkndbg2024/202601/t1.html")[0]).toBe("沈阳市人民政府办公厅");
  });
});
