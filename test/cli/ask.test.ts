import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, seededDatabase } from "./cli-db.ts";

describe("npm run ask", () => {
  let db: { file: string; remove(): Promise<void> };
  beforeAll(async () => {
    db = await seededDatabase();
  });
  afterAll(() => db.remove());

  it("answers one question as a JSON object of the documented shape", async () => {
    const { stdout, code } = await runCli("ask", ["--db", db.file, "--json", "龙港区2012年政府门户网站访问量是多少"]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(["status", "text", "agency", "year", "figures", "citations", "candidates"]);
    expect(answer.figures).toEqual([{ metric: "misc", label: answer.figures[0].label, value: 114071, unit: "人次", approximate: false }]);
    expect(answer.citations[0]).toEqual({
      agency: "龙港区人民政府",
      year: 2012,
      title: "龙港区2012年政府信息公开工作年度报告",
      source: "003_4ddafd7475420ab8.txt",
      url: null,
      section: "三、主动公开政府信息的情况",
      quote: "2012年度政府门户网站信息访问量为114071人次。",
    });
  });

  it("reads stdin one question a line, one chat unless a line names its own", async () => {
    const lines = [
      "凉州区科技局2021年公开了多少条信息",
      JSON.stringify({ chat: "other", question: "那2020年呢？" }),
      "那2020年呢？",
    ].join("\n");
    const { stdout } = await runCli("ask", ["--db", db.file, "--json", "--now", "2022-06-01"], lines);
    const answers = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.status, a.agency, a.year])).toEqual([
      ["answered", "凉州区科学技术局", 2021],
      ["clarify", null, null],
      ["not_found", "凉州区科学技术局", 2020],
    ]);
  });

  it("reads 去年 against --now", async () => {
    const { stdout } = await runCli("ask", ["--db", db.file, "--json", "--now", "2013-02-01", "龙港区去年收到多少依申请公开请求"]);
    expect(JSON.parse(stdout).year).toBe(2012);
  });
});
