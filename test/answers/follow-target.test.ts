import { describe, expect, it } from "vitest";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { coveredAgencies, resolveFollowTarget } from "../../src/answers/catalog/follow-target.ts";
import type { ReportSummary } from "../../src/answers/report-source.ts";
import type { AgencyLevel } from "../../src/domain/report.ts";
import { catalogSummary } from "./catalog-summary.ts";

/** A report of an agency in 凉州区 (or one of its townships), at a level. */
function inLiangzhou(id: number, agency: string, year: number, level: AgencyLevel, township: string | null = null): ReportSummary {
  return { ...catalogSummary(id, agency, year), region: { province: "甘肃省", city: "武威市", county: "凉州区", township }, level };
}

const index = buildCatalogIndex(1, [
  inLiangzhou(1, "武威市凉州区人民政府", 2024, "county"),
  inLiangzhou(2, "武威市凉州区科学技术局", 2024, "county"),
  inLiangzhou(3, "武威市凉州区科学技术局", 2023, "county"),
  inLiangzhou(4, "凉州区黄羊镇人民政府", 2024, "township", "黄羊镇"),
  { ...catalogSummary(5, "宁安市教育局", 2013), region: { province: "黑龙江省", city: "牡丹江市", county: "宁安市", township: null }, level: "county" },
  { ...catalogSummary(6, "本溪市教育局", 2010), region: { province: "辽宁省", city: "本溪市", county: null, township: null }, level: "city" },
  { ...catalogSummary(7, "龙港区人民政府", 2012), region: { province: "辽宁省", city: "葫芦岛市", county: "龙港区", township: null }, level: "county" },
]);

describe("reading what a subscriber names", () => {
  it("reads short names, places and their stems as questions do", () => {
    expect(resolveFollowTarget("凉州区科技局", index)).toEqual({ kind: "agency", name: "武威市凉州区科学技术局" });
    expect(resolveFollowTarget("凉州区", index)).toEqual({ kind: "place", name: "凉州区" });
    expect(resolveFollowTarget("凉州", index)).toEqual({ kind: "place", name: "凉州区" });
    expect(resolveFollowTarget("黄羊镇", index)).toEqual({ kind: "place", name: "黄羊镇" });
  });

  it("refuses a bare level, a name that fits several agencies and a place the catalogue does not hold, with suggestions", () => {
    expect(resolveFollowTarget("县级", index)).toEqual({ kind: "level", mention: "县级", near: ["武威市凉州区人民政府", "龙港区人民政府"] });
    expect(resolveFollowTarget("省级", index)).toEqual({ kind: "level", mention: "省级", near: [] });
    expect(resolveFollowTarget("教育局", index)).toEqual({ kind: "ambiguous", mention: "教育局", candidates: ["宁安市教育局", "本溪市教育局"] });
    // No name is like it: the places of its kind that the catalogue holds, those with most agencies first.
    expect(resolveFollowTarget("火星市", index)).toEqual({ kind: "unknown", mention: "火星市", near: [], alike: ["武威市", "本溪市", "宁安市"] });
    expect(resolveFollowTarget("火星", index)).toEqual({ kind: "unknown", mention: "火星", near: [], alike: [] });
  });

  it("covers a county's government and departments, not its townships; a township covers itself", () => {
    expect(coveredAgencies("place", "凉州区", index)).toEqual([
      { name: "武威市凉州区人民政府", level: "county", government: true, years: [2024] },
      { name: "武威市凉州区科学技术局", level: "county", government: false, years: [2023, 2024] },
    ]);
    expect(coveredAgencies("place", "黄羊镇", index).map((a) => a.name)).toEqual(["凉州区黄羊镇人民政府"]);
    expect(coveredAgencies("agency", "宁安市教育局", index).map((a) => a.name)).toEqual(["宁安市教育局"]);
    expect(coveredAgencies("agency", "火星市教育局", index)).toEqual([]);
  });
});
