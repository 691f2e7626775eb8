import { describe, expect, it } from "vitest";
import { htmlPage, htmlToText, looksLikeHtml } from "../../src/ingest/html-to-text.ts";

describe("htmlToText", () => {
  it("puts block elements on their own lines, decodes entities and collapses whitespace", () => {
    expect(htmlToText("<div><h2>一、总体情况</h2><p>公开&ldquo;三公&rdquo;经费&nbsp;12条</p>正文<br>下一行</div>")).toBe(
      "一、总体情况\n公开“三公”经费 12条\n正文\n下一行",
    );
  });

  it("writes each table row on one line with cells joined by pipes", () => {
    const html = "<table><tr><th>信息内容</th><th>本年制发件数</th></tr><tr><td> 规章 </td><td>0</td></tr><tr><td></td><td></td></tr></table>";
    expect(htmlToText(html)).toBe("信息内容 | 本年制发件数\n规章 | 0");
  });

  it("reads a table that holds another table as page layout, its data tables as rows", () => {
    const html =
      "<table><tr><td>网站首页</td><td>政务公开</td></tr><tr><td>信息公开年报</td><td><p>一、总体情况</p>" +
      "<table><tr><td><table><tr><td>规章</td><td>0</td></tr><tr><td>行政许可</td><td>-3</td></tr></table></td></tr></table>" +
      "<p>本年度未收取信息处理费。</p></td></tr></table>";
    expect(htmlToText(html)).toBe("网站首页 | 政务公开\n信息公开年报\n一、总体情况\n规章 | 0\n行政许可 | -3\n本年度未收取信息处理费。");
  });

  // h23-039…041 (holdout): a page exported from a word processor wraps a sentence's number in its own tag.
  // Holdout d-037 and d-011 (a page's paragraphs, a row's cells): a quote across them is no run of the page.
  it("marks the seams where the page's markup parts characters side by side, opens a line or a cell, or stands among blanks", () => {
    const page = htmlPage("<p>全年受理网络问政<font face=\"宋体\">182</font>件。&ldquo;上海&rdquo;</p><table><tr><td>予以<span>公开</span></td><td> 26 </td></tr></table><p>甲 <b> 乙</b>丙</p>");
    expect(page.text).toBe("全年受理网络问政182件。“上海”\n予以公开 | 26\n甲 乙丙");
    expect(page.seams).toEqual([8, 11, 13, 14, 16, 18, 20, 25, 28, 30, 31]);
  });

  // Old sites set a whole report in one cell of a layout table, its paragraphs as <p>; a data table's
  // cells may hold <p> too (pages saved from a word processor).
  it("reads paragraphs in a row's only cell, or in a cell longer than any data cell, as lines; in a data cell as one", () => {
    const long = "本年度我镇认真贯彻落实条例要求。".repeat(15);
    expect(htmlToText("<table><tr><td><p>唐村镇2010年政府信息公开工作年度报告</p><p>二、政府信息公开情况</p><p>2010年公开信息46条。</p></td></tr></table>")).toBe(
      "唐村镇2010年政府信息公开工作年度报告\n二、政府信息公开情况\n2010年公开信息46条。",
    );
    expect(htmlToText(`<table><tr><td>首页</td><td><p>一、总体情况</p><p>${long}</p></td></tr></table>`)).toBe(`首页\n一、总体情况\n${long}`);
    expect(htmlToText("<table><tr><td><p>行政复议</p><p>结果维持</p></td><td><p>5</p></td></tr></table>")).toBe("行政复议 结果维持 | 5");
  });

  it("drops scripts, styles and navigation", () => {
    expect(htmlToText("<nav>首页 &gt; 公开</nav><script>var a = '<p>x</p>';</script><style>p{}</style><p>正文</p>")).toBe("正文");
  });

  it("recognises HTML by file name or by content", () => {
    expect(looksLikeHtml("a.htm", "text")).toBe(true);
    expect(looksLikeHtml("a.txt", "<!DOCTYPE html><html></html>")).toBe(true);
    expect(looksLikeHtml("a.txt", "一、总体情况\n规章 | 0")).toBe(false);
  });
});
