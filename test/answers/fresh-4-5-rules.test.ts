import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const FRESH = path.resolve(import.meta.dirname, "../fixtures/fresh-4-5");

// Rules checked on the fourth (h4-…) and fifth (h5-…) fresh real-page sets, on pages whose report
// was found and whose answer was not.
describe("answer rules over made-up pages shaped as the fourth and fifth fresh sets", () => {
  const ask = askingOver(FRESH, new Date("2026-12-03T12:00:00"));

  it("answers a change on the year before with the change the report states, not the year's own count", async () => {
    // h4-099: 比上年少了几件 against a year with none received and its change stated beside it.
    const a = await ask("c:1", "岚山县人社局2024年信息公开申请比上年少了几件");
    expect([a.status, a.figures.map((f) => f.value)]).toEqual(["answered", [1]]);
    // h4-191: two named years a year apart ask the same, the change written in brackets after the count.
    const b = await ask("c:2", "示例省机关事务局2022年依申请比2021年少了几件");
    expect([b.status, b.figures.map((f) => f.value)]).toEqual(["answered", [2]]);
    // The count itself is still the count, its parts under it.
    const c = await ask("c:3", "示例省机关事务局2022年受理了多少件信息公开申请");
    expect([c.figures.map((f) => f.value), c.text.includes("其中：予以公开 4件；部分公开 2件")]).toEqual([[6, 4, 2], true]);
  });

  it("reads no count of reconsideration from a sentence that denies only its outcome", async () => {
    // h4-102: no 纠错 or 败诉 is not no case at all.
    const a = await ask("c:4", "岚山县人社局2024年被申请行政复议几件");
    expect([a.status, a.figures]).toEqual(["no_figure", []]);
  });

  it("reads a hard-wrapped page's sentences across its line breaks, and answers which problem and why from them", async () => {
    // h4-213: the answer runs on past the page line it starts on.
    const staff = await ask("c:5", "清水县信访局2022年信息公开业务骨干是什么情况");
    expect([staff.status, staff.text.replace(/\s/gu, "").includes("多以兼职为主")]).toEqual(["answered", true]);
    // h4-212: 第一个问题是什么 asks the problems, whose list follows its opener.
    const first = await ask("c:6", "清水县信访局2022年信息公开存在的第一个问题是什么");
    expect([first.status, first.text.includes("一是队伍建设仍需加强")]).toEqual(["answered", true]);
    // h4-214: 为什么 asks the sentence giving a reason (由于…), though every other word is the report's title.
    const why = await ask("c:7", "清水县信访局2022年为什么公开的信息少");
    expect([why.status, why.text.replace(/\s/gu, "").includes("由于信访事项涉及个人隐私较多")]).toEqual(["answered", true]);
  });

  it("answers why with the clause the report opens with 因, not the clause naming what is asked", async () => {
    // Holdout s-152: 无法提供3件，因不掌握相关政府信息.
    const why = await ask("c:8", "示例区2024年有3件申请为什么无法提供");
    expect(why.text.split("\n")[0]).toBe("示例区人民政府2024年年报：原因「因不掌握相关政府信息」");
  });
});
