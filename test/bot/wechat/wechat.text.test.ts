import { describe, expect, it } from "vitest";
import { byteLength, cutForReply, renderAnswerText } from "../../../src/bot/wechat/wechat.text.ts";

describe("wechat text", () => {
  it("strips markup, quotes in 「」 and keeps the web address on the source line", () => {
    const text = renderAnswerText({
      status: "answered",
      text: "甲局2021年年报：主动公开 **13条**。\n出处：《甲局报告》 · 二 · https://x.gov.cn/a\n> 共主动公开13条",
      agency: "甲局",
      year: 2021,
      figures: [],
      citations: [{ agency: "甲局", year: 2021, title: "甲局报告", source: "a.txt", url: "https://x.gov.cn/a", section: "二", quote: "q", reportId: 1, start: 0, end: 1 }],
      candidates: [],
      warnings: [],
    });
    expect(text).toBe("甲局2021年年报：主动公开 13条。\n出处：《甲局报告》 · 二 · https://x.gov.cn/a\n\n「共主动公开13条」");
  });

  it("keeps a reply within 2048 UTF-8 bytes, cut at a paragraph, with a pointer to the rest", () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => `${i}${"年".repeat(100)}`);
    const { reply, rest } = cutForReply(paragraphs.join("\n\n"));
    expect(byteLength(reply)).toBeLessThanOrEqual(2048);
    expect(reply).toBe(`${paragraphs.slice(0, 6).join("\n\n")}\n\n（内容较长，回复“更多”查看余下部分）`);
    expect(rest).toBe(paragraphs.slice(6).join("\n\n"));
  });

  it("cuts a paragraph-less text between whole characters", () => {
    const { reply, rest } = cutForReply("😀".repeat(1000), 100);
    expect(byteLength(reply)).toBeLessThanOrEqual(100);
    expect(reply.replace(/（.*）$/s, "").trim() + rest).toBe("😀".repeat(1000));
  });

  it("leaves a short text whole", () => {
    expect(cutForReply("好")).toEqual({ reply: "好", rest: null });
  });
});
