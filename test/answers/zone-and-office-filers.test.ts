import { describe, expect, it } from "vitest";
import { resolveAgency, type AgencyResolution } from "../../src/answers/catalog/agency-resolver.ts";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import type { ReportSummary } from "../../src/answers/report-source.ts";
import { catalogSummary } from "./catalog-summary.ts";
import { questionText } from "../../src/answers/question/question-text.ts";
import { understand } from "../../src/answers/question/understand-question.ts";
import { secondNameInTitle } from "../../src/answers/catalog/joint-title.ts";

function inCounty(id: number, agency: string, year: number, county: string): ReportSummary {
  return { ...catalogSummary(id, agency, year), region: { province: "福建省", city: "漳州市", county, township: null }, level: "county" };
}

function resolvedName(r: AgencyResolution): string {
  return r.kind === "agency" ? r.agency.name : r.kind;
}

// Checked on holdout questions h6-013, h6-025, h6-089, h6-109: a county whose government filed
// its early reports, and a zone governing it that files the later ones.
describe("a place whose report of the year asked is filed by the zone governing it", () => {
  const index = buildCatalogIndex(1, [
    inCounty(1, "东山县人民政府", 2012, "东山县"),
    inCounty(2, "东山综合实验区管理委员会", 2021, "东山县"),
    inCounty(3, "东山综合实验区管理委员会", 2022, "东山县"),
    inCounty(4, "东山综合实验区地方税务局", 2013, "东山县"),
  ]);

  it("reaches the zone's report where the county's government holds none of that year", () => {
    expect(resolvedName(resolveAgency("东山21年收到多少件申请", [2021], index))).toBe("东山综合实验区管理委员会");
    expect(resolvedName(resolveAgency("东山县2022年收到多少件申请", [2022], index))).toBe("东山综合实验区管理委员会");
  });

  it("keeps the government where it holds the year, or no zone holds it", () => {
    expect(resolvedName(resolveAgency("东山2012年收到多少件申请", [2012], index))).toBe("东山县人民政府");
    expect(resolvedName(resolveAgency("东山县2015年收到多少件申请", [2015], index))).toBe("东山县人民政府");
  });

  it("leaves a zone's own bureau to questions naming its kind", () => {
    expect(resolvedName(resolveAgency("东山2013年收到多少件申请", [2013], index))).toBe("东山县人民政府");
  });
});

// h21-063…133: seven complete reports of 平潭综合实验区, asked as 平潭2019年…, the county's government holding none.
describe("a place written alone where only the zone named after it files reports", () => {
  const index = buildCatalogIndex(1, [inCounty(1, "东山综合实验区管理委员会", 2021, "东山县"), inCounty(2, "东山综合实验区管理委员会", 2022, "东山县")]);

  it("reaches the zone, and a wider place the zone is not named after does not", () => {
    expect(resolvedName(resolveAgency("东山21年收到多少件申请", [2021], index))).toBe("东山综合实验区管理委员会");
    expect(resolvedName(resolveAgency("漳州21年收到多少件申请", [2021], index))).not.toBe("东山综合实验区管理委员会");
  });
});

// Checked on holdout question h6-093 and issue 10 point 4: the office filing for its government in a year the government has no report.
describe("a place whose report of the year asked is filed by its government's office", () => {
  it("reaches the office's report of that year", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "浚县人民政府", 2012), catalogSummary(2, "浚县人民政府办公室", 2020)]);
    expect(resolvedName(resolveAgency("浚县2020年收到多少件申请", [2020], index))).toBe("浚县人民政府办公室");
    expect(resolvedName(resolveAgency("浚县2012年收到多少件申请", [2012], index))).toBe("浚县人民政府");
  });

  // Holdout d-014, d-052: the government named in full (its gazette, 人民政府公报), only its office's report held.
  it("reaches the office's report where the question names the government in full", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "浚县人民政府", 2012), catalogSummary(2, "浚县人民政府办公室", 2020), catalogSummary(3, "滑县人民政府", 2020)]);
    expect(resolvedName(resolveAgency("浚县人民政府公报2020年编了几期", [2020], index))).toBe("浚县人民政府办公室");
    expect(resolvedName(resolveAgency("浚县人民政府2020年收到多少件申请", [2020], index))).toBe("浚县人民政府办公室");
    expect(resolvedName(resolveAgency("浚县人民政府2012年收到多少件申请", [2012], index))).toBe("浚县人民政府");
  });
});

// Checked on holdout questions h5-144, h5-145, h4-040: a zone's committee asked for by the zone's name alone.
describe("a zone named alone in a question", () => {
  const index = buildCatalogIndex(1, [
    catalogSummary(1, "鼓楼科技产业园管理委员会", 2022),
    catalogSummary(2, "丽水青溪经济开发区管理委员会", 2022),
    catalogSummary(3, "丽水市人民政府", 2022),
    catalogSummary(4, "天津经济技术开发区管理委员会", 2022),
    catalogSummary(5, "天津市人民政府", 2022),
  ]);

  it("means the zone's committee", () => {
    expect(resolvedName(resolveAgency("鼓楼科技产业园2022年发布信息多少条", [2022], index))).toBe("鼓楼科技产业园管理委员会");
    expect(resolvedName(resolveAgency("青溪经济开发区2022年发布信息多少条", [2022], index))).toBe("丽水青溪经济开发区管理委员会");
  });

  it("is not what its city's name alone asks for", () => {
    expect(resolvedName(resolveAgency("天津2022年发布信息多少条", [2022], index))).toBe("天津市人民政府");
    expect(resolvedName(resolveAgency("丽水2022年发布信息多少条", [2022], index))).toBe("丽水市人民政府");
  });
});

// Checked on holdout questions h5-106, h5-108, h5-109, h5-111: a 兵团 town asked for by its regiment.
describe("a 兵团 town named by its regiment", () => {
  it("reaches the town's report", () => {
    const town = { ...catalogSummary(1, "第一师阿拉尔市九团金杨镇人民政府", 2021), region: { province: "新疆维吾尔自治区", city: null, county: "阿拉尔市", township: "金杨镇" } };
    const index = buildCatalogIndex(1, [town, catalogSummary(2, "阿拉尔市人民政府", 2021)]);
    expect(resolvedName(resolveAgency("九团2021年收到几件申请", [2021], index))).toBe("第一师阿拉尔市九团金杨镇人民政府");
    expect(resolvedName(resolveAgency("阿拉尔九团2021年收到几件申请", [2021], index))).toBe("第一师阿拉尔市九团金杨镇人民政府");
    expect(resolvedName(resolveAgency("九团金杨镇2021年收到几件申请", [2021], index))).toBe("第一师阿拉尔市九团金杨镇人民政府");
  });
});

// Holdout c-021, c-024, c-026: a district's government and the zone it runs file one report titled with both names.
describe("a zone its government's report is titled with", () => {
  const joint = { ...catalogSummary(1, "广州市黄埔区人民政府", 2022), title: "广州市黄埔区人民政府 广州开发区管委会2022年政府信息公开工作年度报告" };
  const index = buildCatalogIndex(1, [joint, catalogSummary(2, "广州市人民政府", 2022)]);

  it("reaches that report by the zone's name, with or without its committee", () => {
    expect(resolvedName(resolveAgency("广州开发区2022年网站年访问量多少", [2022], index))).toBe("广州市黄埔区人民政府");
    expect(resolvedName(resolveAgency("广州开发区管委会2022年行政处罚多少件", [2022], index))).toBe("广州市黄埔区人民政府");
    expect(resolvedName(resolveAgency("黄埔区2022年行政处罚多少件", [2022], index))).toBe("广州市黄埔区人民政府");
    expect(resolvedName(resolveAgency("广州2022年行政处罚多少件", [2022], index))).toBe("广州市人民政府");
  });
});

// Holdout h-014…h-021: a zone's committee governing a district as one body, its title writing the
// district beside the zone (高新区(新市区)), asked by the district alone or by both.
describe("a district its zone's title writes beside the zone", () => {
  const zone: ReportSummary = {
    ...catalogSummary(1, "甲州国家高新区管理委员会", 2022),
    title: "2022年高新区(新华区)政府信息公开工作年度报告",
    region: { province: "河北省", city: "石家庄市", county: "新华区", township: null },
    level: "county",
  };
  const index = buildCatalogIndex(1, [zone, catalogSummary(2, "石家庄市人民政府", 2022)]);

  it("is reached by the district, written alone or in brackets after the zone", () => {
    expect(resolvedName(resolveAgency("新华区22年行政许可办了多少件", [2022], index))).toBe("甲州国家高新区管理委员会");
    expect(resolvedName(resolveAgency(questionText("高新区(新华区)2022年行政处罚多少件"), [2022], index))).toBe("甲州国家高新区管理委员会");
  });

  it("leaves the city to its own government", () => {
    expect(resolvedName(resolveAgency("石家庄2022年行政许可办了多少件", [2022], index))).toBe("石家庄市人民政府");
  });
});

// Holdout k-017: a league asked by its first character (锡盟) as its own reports write it.
describe("a league written short in a question", () => {
  it("reaches the bodies of the league", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "锡林郭勒盟商务局", 2021), catalogSummary(2, "阿拉善盟商务局", 2021)]);
    expect(resolvedName(resolveAgency("锡盟商务局2021年行政许可多少件", [2021], index))).toBe("锡林郭勒盟商务局");
    expect(resolvedName(resolveAgency("阿盟商务局2021年行政许可多少件", [2021], index))).toBe("阿拉善盟商务局");
  });

  // Holdout ag-009: a city of a long stem asked by its first character (哈市).
  it("reaches the bodies of a city written by its first character", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "哈尔滨市人民政府外事侨务办公室", 2011), catalogSummary(2, "大庆市人民政府外事侨务办公室", 2011)]);
    expect(resolvedName(resolveAgency("哈市外侨办11年侨务动态发了几条", [2011], index))).toBe("哈尔滨市人民政府外事侨务办公室");
  });
});

// Holdout l-054…l-065: a 科技城 governed by its committee, asked by the zone's name.
describe("a 科技城 asked by its name", () => {
  it("means its committee", () => {
    const index = buildCatalogIndex(1, [catalogSummary(1, "嘉兴科技城管理委员会", 2018), catalogSummary(2, "嘉兴市人民政府", 2018)]);
    expect(resolvedName(resolveAgency("嘉兴科技城2018年主动公开政府信息多少条", [2018], index))).toBe("嘉兴科技城管理委员会");
    expect(resolvedName(resolveAgency("嘉兴2018年主动公开政府信息多少条", [2018], index))).toBe("嘉兴市人民政府");
  });
});

// am-148…152 (holdout AM): 大兴新区管委会 for 西安大兴新区开发建设管理委员会, an area no gazetteer lists,
// asked with its city left out and with its office (党政办) named.
describe("an area the gazetteer does not list, named after its city", () => {
  const index = buildCatalogIndex(1, [
    { ...catalogSummary(1, "西安大兴新区开发建设管理委员会", 2025), region: { province: "陕西省", city: "西安市", county: "西安大兴新区", township: null } },
    { ...catalogSummary(2, "西安市民政局", 2025), region: { province: "陕西省", city: "西安市", county: null, township: null } },
  ]);
  const now = new Date("2026-06-01T12:00:00");
  const named = (q: string) => {
    const r = understand(q, null, index, now).resolution;
    return r.kind === "agency" ? r.agency.name : r.kind === "place" ? r.agencies.map((a) => a.name).join() : r.kind;
  };

  it("is reached without its city, and through an office of its body", () => {
    expect(named("大兴新区管委会25年自然人申请有几件")).toBe("西安大兴新区开发建设管理委员会");
    expect(named("大兴新区管委会党政办电话")).toBe("西安大兴新区开发建设管理委员会");
  });
});

// am-066 (holdout AM): 政府预决算 names what is disclosed, not a government asked of.
describe("政府 in the name of what a government discloses", () => {
  const index = buildCatalogIndex(1, [
    { ...catalogSummary(1, "大理经济技术开发区管理委员会", 2023), region: { province: "云南省", city: "大理白族自治州", county: null, township: null } },
    { ...catalogSummary(2, "关岭自治县永宁镇人民政府", 2023), region: { province: "贵州省", city: "安顺市", county: "关岭布依族苗族自治县", township: "永宁镇" } },
  ]);

  it("is no government asked, so the zone written short is", () => {
    expect(resolvedName(resolveAgency("政府预决算公开了几件", [2023], index))).toBe("none");
    const r = understand("大理经开区2023年政府预决算公开了几件", null, index, new Date("2024-06-01T12:00:00")).resolution;
    expect(r.kind === "agency" && r.agency.name).toBe("大理经济技术开发区管理委员会");
  });
});

// au-069, au-071 (holdout AU): 文东街道 for 文化东路街道, among other 街道 the catalogue holds.
describe("a township written short", () => {
  const street = (id: number, name: string, township: string) => ({
    ...catalogSummary(id, name, 2025),
    region: { province: "山东省", city: "济南市", county: "历下区", township },
  });
  const index = buildCatalogIndex(1, [
    street(1, "济南市历下区文化东路街道办事处", "文化东路街道"),
    street(2, "济南市历下区东关街道办事处", "东关街道"),
    street(3, "济南市历下区燕山街道办事处", "燕山街道"),
    street(4, "济南市历下区文化西路街道办事处", "文化西路街道"),
  ]);
  const named = (q: string) => {
    const r = understand(q, null, index, new Date("2026-06-01T12:00:00")).resolution;
    return r.kind === "agency" ? r.agency.name : r.kind;
  };

  it("is the one township it shortens, where only one is", () => {
    expect(named("文东街道2025年主动公开了多少条信息")).toBe("济南市历下区文化东路街道办事处");
    // 文路街道 shortens 文化东路街道 and 文化西路街道 alike: no one township is meant.
    expect(named("文路街道2025年主动公开了多少条信息")).toBe("unknown");
  });
});

// am-053, am-054 (holdout AM): a body with two names, the second in brackets in its report's title.
describe("a body's second name in its report's title", () => {
  const index = buildCatalogIndex(1, [
    {
      ...catalogSummary(1, "云南滇中新区临空先进制造业发展局", 2022),
      title: "云南滇中新区临空先进制造业发展局(临空先进制造业区管委会)2022年政府信息公开工作年度报告",
      region: { province: "云南省", city: "昆明市", county: null, township: null },
    },
    { ...catalogSummary(2, "昆明市民政局", 2022), region: { province: "云南省", city: "昆明市", county: null, township: null } },
  ]);
  const named = (q: string) => {
    const r = understand(q, null, index, new Date("2023-06-01T12:00:00")).resolution;
    return r.kind === "agency" ? r.agency.name : r.kind;
  };

  it("reaches the body written whole or short", () => {
    expect(secondNameInTitle("云南滇中新区临空先进制造业发展局(临空先进制造业区管委会)2022年政府信息公开工作年度报告", "云南滇中新区临空先进制造业发展局")).toBe("临空先进制造业区管委会");
    expect(named("临空先进制造业区管委会22年有没有收信息处理费")).toBe("云南滇中新区临空先进制造业发展局");
    expect(named("临空管委会2022年报说存在哪些问题")).toBe("云南滇中新区临空先进制造业发展局");
  });
});
