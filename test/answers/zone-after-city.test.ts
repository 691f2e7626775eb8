import { describe, expect, it } from "vitest";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { resolveAgency } from "../../src/answers/catalog/agency-resolver.ts";
import { splitAgencyName } from "../../src/answers/catalog/agency-name.ts";
import type { ReportSummary } from "../../src/answers/report-source.ts";
import { catalogSummary } from "./catalog-summary.ts";

function inRegion(summary: ReportSummary, province: string, county: string): ReportSummary {
  return { ...summary, region: { province, city: null, county, township: null } };
}

// h5-119…h5-129 (fifth fresh real-page set): an office named after a city's stem and the zone it
// governs is asked by the zone alone, with or without its office.
describe("a zone written after its city's stem", () => {
  it("splits the city's stem from the zone when both are places of the report's region", () => {
    expect(splitAgencyName("云岭滨江新区管理委员会办公室", ["云岭市", "滨江新区"])).toEqual({ places: ["云岭", "滨江新区"], kind: "管理委员会办公室" });
    // With no second place of the region after it, the stem stays part of one place.
    expect(splitAgencyName("云岭滨江新区管理委员会办公室", ["云岭市"]).places).toEqual(["云岭滨江新区"]);
  });

  it("resolves a question naming the zone, with its office or alone, to the office filing for it", () => {
    const index = buildCatalogIndex(1, [inRegion(catalogSummary(1, "云岭滨江新区管理委员会办公室", 2022), "云岭市", "滨江新区"), catalogSummary(2, "云岭市民政局", 2022)]);
    const office = resolveAgency("滨江新区管委会办公室牵头办理依申请公开多少件", [2022], index);
    expect(office.kind === "agency" ? office.agency.name : office.kind).toBe("云岭滨江新区管理委员会办公室");
    const zone = resolveAgency("滨江新区公开概况类信息多少条", [2022], index);
    // The committee's office is the zone's government office, as 浚县人民政府办公室 is 浚县's.
    expect(zone.kind === "agency" ? zone.agency.name : zone.kind).toBe("云岭滨江新区管理委员会办公室");
  });
});

// h7-039…h7-049 (seventh fresh real-page set): a zone's full name is longer than other places.
describe("a zone whose full name is long", () => {
  it("takes the whole zone name as the place of its committee", () => {
    expect(splitAgencyName("云岭高新技术产业开发区管理委员会")).toEqual({ places: ["云岭高新技术产业开发区"], kind: "管理委员会" });
  });

  it("resolves a question naming the zone to its committee", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "云岭高新技术产业开发区管理委员会", 2024), catalogSummary(2, "云岭市民政局", 2024)]);
    const zone = resolveAgency("云岭高新技术产业开发区主动公开了多少条信息", [2024], index);
    expect(zone.kind === "agency" ? zone.agency.name : zone.kind).toBe("云岭高新技术产业开发区管理委员会");
  });
});
