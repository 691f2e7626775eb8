import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// The template's 本年增/减 column of every 第二十条 row (kh-096: 行政许可 -37); asked either way it keeps its sign.
describe("a change stored with its sign, asked as a fall", () => {
  const page = [
    "甲山县司法局2019年政府信息公开工作年度报告",
    "一、总体情况",
    "2019年,我局全年通过门户网站主动公开政府信息1300条。",
    "二、主动公开政府信息情况",
    "第二十条第(五)项",
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
    "行政许可 | 12 | -2 | 356",
    "其他对外管理服务事项 | 4 | 0 | 88",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2020-06-01T12:00:00"));

  it("answers how much it fell, the stored cell read without its sign", async () => {
    const a = await ask("d:1", "甲山县司法局2019年行政许可事项减少了多少项");
    expect(a.figures.map((f) => f.value)).toEqual([2]);
    expect(a.text).toContain("行政许可 · 本年减少 **2项**");
    expect(a.citations[0]!.quote).toBe("行政许可 | 12 | -2 | 356");
  });

  it("keeps the sign where the change either way is asked", async () => {
    const a = await ask("d:2", "甲山县司法局2019年行政许可事项增减了多少项");
    expect(a.figures.map((f) => f.value)).toEqual([-2]);
  });
});

// lb-107…lb-114: a city bureau's branch in a scenic zone, asked by the zone's stem and the branch word.
describe("a branch named by the zone it sits in", () => {
  const page = [
    "武汉市生态环境局东湖生态旅游风景区分局2023年政府信息公开工作年度报告",
    "一、总体情况",
    "2023年,分局依法主动公开信息41条。",
    "二、主动公开政府信息情况",
    "分局2023年度共作出建设项目环境影响评价文件许可20份。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2024-06-01T12:00:00"));

  it("resolves the zone's short names with the branch's field or without", async () => {
    for (const [i, q] of ["东湖风景区生态环境分局2023年主动公开信息多少条", "东湖生态环境分局2023年主动公开信息多少条"].entries()) {
      const a = await ask(`z:${i}`, q);
      expect([a.agency, a.figures.map((f) => f.value)]).toEqual(["武汉市生态环境局东湖生态旅游风景区分局", [41]]);
    }
  });
});

// md-147…md-154: an institution named with its province's and county's stems (湖南衡山萱洲…管理处), asked without them.
describe("a body whose name opens with its places' stems", () => {
  const page = [
    "首页 > 县政府直属事业机构 > 衡山萱洲国家湿地公园管理处 > 政府信息公开年报",
    "湖南衡山萱洲国家湿地公园管理处",
    "2020年政府信息公开年度报告",
    "一、总体情况",
    "门户网站全年共公开各类信息13条。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2021-06-01T12:00:00"));

  it("is found by its heading and answers its short names", async () => {
    for (const [i, q] of ["萱洲湿地公园管理处2020年门户网站公开了多少条信息", "萱洲湿地管理处2020年公开了多少条信息", "衡山萱洲湿地管理处2020年公开了多少条信息"].entries()) {
      const a = await ask(`x:${i}`, q);
      expect([a.agency, a.figures.map((f) => f.value)]).toEqual(["湖南衡山萱洲国家湿地公园管理处", [13]]);
    }
  });
});

// kf-098…kf-106: a zone named after its city (呼和浩特经济技术开发区), asked by the city's short name (呼市经开区).
describe("a zone asked by its city's short name", () => {
  const page = [
    "呼和浩特经济技术开发区管理委员会2024年政府信息公开工作年度报告",
    "一、总体情况",
    "2024年经开区本级通过经开区网站主动公开政府信息共计829条。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2025-06-01T12:00:00"));

  it("resolves to the zone's committee", async () => {
    const a = await ask("h:1", "呼市经开区2024年网站主动公开政府信息一共多少条");
    expect([a.agency, a.figures.map((f) => f.value)]).toEqual(["呼和浩特经济技术开发区管理委员会", [829]]);
  });
});

// kf-081, kf-082: reviews and suits counted as parts of the applications they came of.
describe("a review count named after the applications it came of", () => {
  const page = [
    "甲山市人民政府办公室2022年政府信息公开工作年度报告",
    "一、总体情况",
    "(二)依申请公开情况。按时按期、依法依规做好答复,受理答复政府信息公开申请28件,其中,行政复议1件、行政诉讼0件。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2023-06-01T12:00:00"));

  it("answers the review and suit counts by their own labels", async () => {
    expect((await ask("r:1", "甲山市政府办2022年信息公开行政复议几件")).figures.map((f) => f.value)).toEqual([1]);
    expect((await ask("r:2", "甲山市政府办公室2022年信息公开被起诉了几件")).figures.map((f) => f.value)).toEqual([0]);
  });
});

// nc-014: a sentence opening on the account its counts are made on (以“X”微信公众号为平台,…发布各类信息656条).
describe("a count in a sentence opening on its platform", () => {
  const page = [
    "甲山市城市管理局2022年政府信息公开工作年度报告",
    "一、总体情况",
    "全年共主动公开政府信息1646条。政府门户网站公开信息990条。以“甲山城管”微信公众号为平台,宣传城市管理相关工作,加强舆论引导,全年共发布各类信息656条。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2023-06-01T12:00:00"));

  it("is a count of that platform", async () => {
    expect((await ask("p:1", "甲山城管公众号2022年发了多少条信息")).figures.map((f) => f.value)).toEqual([656]);
  });
});

// nb-011 and the problems asked of pages cut before them: the opening's list of parts says none of them.
describe("a report's parts listed in its opening", () => {
  const page = [
    "甲山县水利局2017年政府信息公开工作年度报告",
    "本报告由概述、主动公开政府信息情况、存在的问题及改进措施等六部分组成。",
    "一、概述",
    "2017年,我局主动公开政府信息12条。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2018-06-01T12:00:00"));

  it("stand for no part the page was cut before", async () => {
    const a = await ask("s:1", "甲山县水利局2017年信息公开工作存在哪些问题");
    expect([a.status, a.citations.length]).toEqual(["no_figure", 0]);
  });
});

// nb-002…nb-010: a joint party and government office asked as the government's (区府办).
describe("a joint office asked by the government office's short name", () => {
  const page = ["坪山区委(区政府)办公室2017年政府信息公开年度报告", "一、概述", "2017年,坪山区委(区政府)办公室共处理政府信息公开申请1件。"].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2018-06-01T12:00:00"));

  it("resolves to the joint office", async () => {
    const a = await ask("j:1", "坪山区府办17年处理了几件政府信息公开申请");
    expect([a.agency, a.figures.map((f) => f.value)]).toEqual(["坪山区委区政府办公室", [1]]);
  });
});
