import { describe, expect, it } from "vitest";
import { renderAnswerHtml, type HtmlBlock } from "../../../src/bot/telegram/answer-html.ts";
import { splitMessage } from "../../../src/bot/telegram/split-message.ts";
import type { Answer } from "../../../src/answers/answer.ts";

function wellFormed(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)(\w+)[^>]*>/g)) {
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0 && !/&[a-z]*$/.test(html);
}

describe("splitMessage", () => {
  it("keeps a short answer in one message", () => {
    expect(splitMessage([{ wrap: null, lines: ["a"] }, { wrap: "blockquote", lines: ["b"] }])).toEqual(["a\n\n<blockquote>b</blockquote>"]);
  });

  it("splits on paragraph boundaries", () => {
    const para = "字".repeat(3000);
    expect(splitMessage([{ wrap: null, lines: [para] }, { wrap: null, lines: [para] }])).toEqual([para, para]);
  });

  it("splits a long quote between its lines and re-opens the blockquote", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${i} ${"行".repeat(300)}`);
    const messages = splitMessage([{ wrap: "blockquote", lines }]);
    expect(messages.length).toBe(3);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(4096);
      expect(m.startsWith("<blockquote>") && m.endsWith("</blockquote>")).toBe(true);
    }
    expect(messages.join("").replaceAll("</blockquote><blockquote>", "\n")).toBe(`<blockquote>${lines.join("\n")}</blockquote>`);
  });

  it("cuts one over-long line outside tags and entities", () => {
    const line = `<b>${"&amp;".repeat(900)}</b>${"x".repeat(5000)}`;
    const blocks: HtmlBlock[] = [{ wrap: null, lines: [line] }];
    const messages = splitMessage(blocks, 1000);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(1000);
      expect(wellFormed(m)).toBe(true);
    }
    expect(messages.join("").replaceAll("</b><b>", "")).toBe(line);
  });

  it("renders a long answer into well-formed messages within 4096 characters", () => {
    const answer: Answer = {
      status: "answered",
      text: Array.from({ length: 40 }, (_, i) => `第${i}段 **${i}条** <tag> & ${"内容".repeat(100)}\n> 引文${i}`).join("\n\n"),
      agency: "甲局",
      year: 2021,
      figures: [],
      citations: [],
      candidates: [],
      warnings: [],
    };
    const messages = splitMessage(renderAnswerHtml(answer));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(4096);
      expect(wellFormed(m)).toBe(true);
    }
    expect(messages[0]).toMatch(/^第0段 <b>0条<\/b> &lt;tag&gt; &amp; /);
  });
});

describe("renderAnswerHtml", () => {
  it("links the report title where the citation has a url, and adds sources the text does not name", () => {
    const citation = { agency: "甲局", year: 2021, source: "a.txt", section: "一、总体情况", quote: "q", reportId: 1, start: 0, end: 1 };
    const blocks = renderAnswerHtml({
      status: "answered",
      text: "出处：《甲局2021年报告》 · 一、总体情况 · https://example.gov.cn/a?x=1&y=2\n> q",
      agency: "甲局",
      year: 2021,
      figures: [],
      citations: [
        { ...citation, title: "甲局2021年报告", url: "https://example.gov.cn/a?x=1&y=2" },
        { ...citation, title: "乙局<2020>报告", url: null, reportId: 2 },
      ],
      candidates: [],
      warnings: [],
    });
    expect(blocks).toEqual([
      { wrap: null, lines: ['出处：《<a href="https://example.gov.cn/a?x=1&amp;y=2">甲局2021年报告</a>》 · 一、总体情况'] },
      { wrap: "blockquote", lines: ["q"] },
      { wrap: null, lines: ["来源：乙局&lt;2020&gt;报告 · 一、总体情况"] },
    ]);
  });
});
