import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up page. Fresh-set questions h14-109 (解读相关信息 beside a total broken down by kind),
// h14-108 and h14-112 (信访 counted in 人次 and 件次, not as applications of the 信访 reason).
const PAGE = [
  "丙田县医疗保障局2022年政府信息公开工作年度报告",
  "一、总体情况",
  "2022年通过网站发布各类信息528条,其中法定主动公开信息113条,各类工作动态信息415条。",
  "全年现场信访接待779人次,信访办件907件次。",
  "对政策文件进行解读,2022年共发布解读相关信息108条。",
  "二、收到和处理政府信息公开申请情况",
  "全年收到政府信息公开申请6件,其中1件为不予处理。",
].join("\n");

// Fresh-set question h14-289: a part of the measure asked that names what the question adds.
const MINISTRY = [
  "示例部2024年政府信息公开工作年度报告",
  "一、总体情况",
  "2024年,共收到政府信息公开申请1046件。其中,通过委官方网站提交申请表的862件,占比82.4%;通过信函提交申请的171件,占比16.3%;当面提交13件,占比1.3%。",
].join("\n");

describe("a measure named by a kind, a reason or a measure word of its own", () => {
  const ask = askingOverPages({ "page.txt": PAGE, "ministry.txt": MINISTRY }, new Date("2023-06-01T12:00:00"));

  it("answers a kind of information a figure of its own counts, though the total is broken down by other kinds", async () => {
    const a = await ask("k:1", "丙田县医保局2022年发布了多少条解读信息");
    expect(a.figures.map((f) => [f.label, f.value])).toEqual([["解读相关信息", 108]]);
  });

  it("reads 信访 asked in 人次 or 件次 as those counts, and asked in 件 as the applications it names", async () => {
    const visits = await ask("k:2", "丙田县医保局2022年现场信访接待了多少人次");
    const cases = await ask("k:3", "丙田县医保局2022年信访办件多少件次");
    const refused = await ask("k:4", "丙田县医保局2022年不予处理的申请几件");
    expect([visits, cases, refused].map((a) => a.figures.map((f) => f.value))).toEqual([[779], [907], [1]]);
  });

  it("answers the part of the total asked that names the channel the question adds", async () => {
    const letters = await ask("k:5", "示例部2024年信函申请多少件");
    const all = await ask("k:6", "示例部2024年收到多少件政府信息公开申请");
    expect([letters.figures[0]?.value, all.figures[0]?.value]).toEqual([171, 1046]);
  });
});
