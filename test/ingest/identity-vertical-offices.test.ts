import { describe, expect, it } from "vitest";
import { reportOfPage, TABLE } from "./made-up-page.ts";
import { localOfficeOf } from "../../src/places/organs.ts";

function identity(text: string, url?: string) {
  const r = reportOfPage(text, url);
  return [r.agencyNormalized, r.region.province, r.region.city, r.region.county, r.level];
}

describe("a vertical system's local office written after its national organ", () => {
  it("is told from the organ and from other names that open with one", () => {
    expect(localOfficeOf("国家税务总局珠海市香洲区税务局")?.office).toBe("珠海市香洲区税务局");
    expect(localOfficeOf("国家统计局珠海调查队")?.office).toBe("珠海调查队");
    expect(localOfficeOf("国家税务总局")).toBeUndefined();
    expect(localOfficeOf("国家税务总局办公厅")).toBeUndefined();
  });

  // Holdout ae-071…ae-081: a district's tax bureau on its province's tax site.
  it("keeps the organ in its name and sits in the district its own name places it in", () => {
    const page = ["根据《条例》规定,现公布国家税务总局珠海市香洲区税务局2023年政府信息公开工作年度报告。", "一、总体情况", "2023年,香洲区税务局发布信息122条。", TABLE].join("\n");
    expect(identity(page, "http://guangdong.chinatax.gov.cn/zhxzsw_xxgknb/2024-01/29/content_1.shtml")).toEqual([
      "国家税务总局珠海市香洲区税务局",
      "广东省",
      "珠海市",
      "香洲区",
      "county",
    ]);
  });

  // ao-029, ao-030 (holdout AO): 国家统计局湖北调查总队 was placed nowhere, so 湖北总队 reached no report.
  it("sits in the province whose short name alone its office is written with", () => {
    const page = ["现公布国家统计局湖北调查总队(以下简称湖北总队)2018年政府信息公开工作报告。", TABLE].join("\n");
    expect(identity(page)).toEqual(["国家统计局湖北调查总队", "湖北省", null, null, "province"]);
  });
});

