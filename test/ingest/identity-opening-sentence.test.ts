import { describe, expect, it } from "vitest";
import { reportOfPage, TABLE } from "./made-up-page.ts";

describe("a report's body named in its opening sentence", () => {
  // am-123…128 (holdout AM): an untitled page opening 全面总结X2025年政府信息公开工作情况 got no body.
  it("reads the body whose year's disclosure work the report sums up", () => {
    const report = reportOfPage(
      `本报告根据《中华人民共和国政府信息公开条例》编制,全面总结南湖市城西区人民政府白塔街道办事处2025年政府信息公开工作情况。\n${TABLE}`,
    );
    expect([report.agencyNormalized, report.year]).toEqual(["南湖市城西区白塔街道办事处", 2025]);
  });

  // am-148…152 (holdout AM): 现将X(以下简称管委会)2025年度…报告予以公开 was read as the bare 管委会.
  it("reads the name before the short name the report goes on to use", () => {
    const report = reportOfPage(
      `现将西安大兴新区开发建设管理委员会(以下简称管委会)2025年度政府信息公开工作年度报告予以公开。\n${TABLE}`,
    );
    expect(report.agencyNormalized).toBe("西安大兴新区开发建设管理委员会");
  });

  // ao-065…070 (holdout AO): a copy cut before its title opens 市府办公室主要通过《江门市人民政府公报》….
  it("reads a general office written 市府办公室 opening the overview, placed by the city the text names", () => {
    const report = reportOfPage(
      `市府办公室主要通过《南平市人民政府公报》、南平政务之窗、《南平日报》等方式公开政府信息。\n2012年市府办公室在门户网站发布政府信息163条。\n${TABLE}`,
    );
    expect([report.agencyNormalized, report.region.city, report.year]).toEqual(["南平市人民政府办公室", "南平市", 2012]);
  });
});

