import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up page. Holdout y-066: a school's 2014 report states its 2013 count beside its own, and no
// 2013 report is held.
const PAGE = [
  "2014年丙田第二中学政府信息公开工作年度报告",
  "本报告由丙田第二中学编制。",
  "二、主动公开政府信息的情况",
  "2014年丙田第二中学主动公开政府信息206条,2013年主动公开政府信息202条,近四年累计主动公开政府信息889条;",
  "三、依申请公开情况",
  "2014年共受理政府信息公开申请3件,比2013年增加1件。",
].join("\n");

describe("a year no report covers, whose count a later report states", () => {
  const ask = askingOverPages({ "page.txt": PAGE }, new Date("2015-06-01T12:00:00"));

  it("answers with the later report's count of that year, saying whose report states it", async () => {
    const a = await ask("e:1", "丙田二中2013年主动公开了几条");
    expect([a.status, a.figures.map((f) => f.value), a.text.split("\n")[0]]).toEqual([
      "answered",
      [202],
      "未收录丙田第二中学2013年的年报。已收录该机构2014年的年报。其2014年年报载明了2013年的数字：",
    ]);
  });

  it("answers the report's own year with its own count", async () => {
    const a = await ask("e:2", "丙田二中2014年主动公开了几条");
    expect(a.figures.map((f) => f.value)).toEqual([206]);
  });

  it("reads no change on that year, nor a count no clause dates, as its count", async () => {
    const applications = await ask("e:3", "丙田第二中学2013年受理了几件申请");
    const older = await ask("e:4", "丙田第二中学2011年主动公开了几条");
    expect([applications.status, applications.figures, older.status, older.figures]).toEqual(["not_found", [], "not_found", []]);
  });
});
