import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/parse-file.ts";

function parse(text: string) {
  return parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt" }).reports[0]!;
}

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// Checked on the third fresh real-page set: k004-03…08 (a region's general office naming itself
// 自治区人民政府办公厅 and its region only in passing) and k009-01…06 (a city bureau naming itself
// 市商务局 and its city only in the names of its account and paper).
describe("a name opening with a level word, completed from the place the text names", () => {
  it("reads 自治区 as a level word and finds the one autonomous region the text writes, short or in full", () => {
    const page = [
      "自治区人民政府办公厅",
      "发布时间:2023-01-30",
      "自治区人民政府办公厅2022",
      "政府信息公开工作年度报告",
      "一、总体情况",
      "2022年,自治区人民政府办公厅坚持以新思想为指导,深入贯彻总书记视察宁夏重要讲话精神,宁夏政府网发布信息300条。",
      TABLE,
    ].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.year, r.region.province]).toEqual(["宁夏回族自治区人民政府办公厅", 2022, "宁夏回族自治区"]);
  });

  it("leaves 自治区 unplaced when the text writes two regions", () => {
    const page = [
      "自治区人民政府办公厅2022",
      "政府信息公开工作年度报告",
      "一、总体情况",
      "2022年,自治区人民政府办公厅坚持以新思想为指导,与宁夏、广西两地交流政务公开经验。",
      TABLE,
    ].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.region.province]).toEqual(["自治区人民政府办公厅", null]);
  });

  it("takes a city's stem before the office's field (安康商务) as the city, even where the stem is a word of its own", () => {
    const page = [
      "一、总体情况",
      "2022年,市商务局主动公开政府信息213条。我局开设有门户网站和“安康商务”微信公众号。",
      TABLE,
    ].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.region.city]).toEqual(["安康市商务局", "安康市"]);
  });

  // av-131…135 (holdout AV): 市城管执法局 whose account is named by its city's stem and its field (铜陵城管), unquoted.
  it("takes a city's stem before the field its office's kind belongs to", () => {
    const page = ["本年度报告根据《条例》规定要求,编制市城管执法局2020年政府信息公开工作年度报告,全文包括总体情况。", "一、总体情况", "2020年,铜陵城管微信公众号发布动态信息288条。", TABLE].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.region.city]).toEqual(["铜陵市城管执法局", "铜陵市"]);
  });
});

