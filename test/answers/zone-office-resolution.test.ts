import { describe, expect, it } from "vitest";
import { resolveAgency } from "../../src/answers/catalog/agency-resolver.ts";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { catalogSummary } from "./catalog-summary.ts";

// hf-045…hf-052, hf-056…hf-061: zones of one city whose committees' offices file their reports, asked
// by the zone with the city before it and the zone's word in its short form.
describe("a zone's committee office asked by its zone", () => {
  const inCity = (id: number, agency: string, county: string | null) => ({
    ...catalogSummary(id, agency, 2023),
    region: { province: "重庆市", city: null, county, township: null },
  });
  const index = buildCatalogIndex(1, [
    inCity(1, "重庆高新技术产业开发区管理委员会办公室", null),
    inCity(2, "重庆两江新区管理委员会办公室", "两江新区"),
    inCity(3, "重庆市大足区海棠新城开发区管理委员会", "大足区"),
  ]);

  it("takes the zone written by its city's stem and its short word (重庆高新区) as the office's", () => {
    const r = resolveAgency("重庆高新区公开的政策解读有几项", [2023], index);
    expect(r.kind === "agency" && r.agency.name).toBe("重庆高新技术产业开发区管理委员会办公室");
    expect(r.kind === "agency" && r.evidence).toEqual(["place:重庆高新区 +32", "holdsYear:2023 +2"]);
  });

  it("takes the office of the innermost place written over the authority of another zone of the city", () => {
    const r = resolveAgency("重庆两江新区公开的政务动态类信息有多少条", [2023], index);
    expect(r.kind === "agency" && r.agency.name).toBe("重庆两江新区管理委员会办公室");
  });

  it("reads a committee's office as the government's office of its zone (管委会办公室, 管委办)", () => {
    const r = resolveAgency("两江新区管委办公开了多少条", [2023], index);
    expect(r.kind === "agency" && r.agency.name).toBe("重庆两江新区管理委员会办公室");
  });
});

// hd-021, hd-029: a province's field asked as its system or departments (全省市场监管系统, 全省各级生态环境部门).
describe("a place's agency asked by the field it writes", () => {
  const inProvince = (id: number, agency: string) => ({ ...catalogSummary(id, agency, 2022), region: { province: "黑龙江省", city: null, county: null, township: null } });
  const index = buildCatalogIndex(1, [inProvince(1, "黑龙江省市场监督管理局"), inProvince(2, "黑龙江省生态环境厅"), inProvince(3, "黑龙江省商务厅")]);

  it("is the one agency of the place whose kind the question writes most of", () => {
    const market = resolveAgency("黑龙江全省市场监管系统公示了多少件执法案件", [2022], index);
    const ecology = resolveAgency("黑龙江全省各级生态环境部门办理了多少件行政处罚案件", [2022], index);
    expect([market.kind === "agency" && market.agency.name, ecology.kind === "agency" && ecology.agency.name]).toEqual(["黑龙江省市场监督管理局", "黑龙江省生态环境厅"]);
  });

  it("leaves a place whose question names no field to its listing", () => {
    expect(resolveAgency("黑龙江全省公开了多少条信息", [2022], index).kind).toBe("place");
  });
});
