import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-6");

describe("answer rules over the sixth held-out reports", () => {
  const ask = askingOver(HELDOUT, new Date("2024-05-20T12:00:00"));
  const values = async (chat: string, q: string) => (await ask(chat, q)).figures.map((f) => [f.label, f.value]);

  it("finds an autonomous 州's office by the stem people write, with or without 州 or 自治州", async () => {
    const agencies: (string | null)[] = [];
    for (const q of ["湘西州市场监管局2023年主动公开多少条", "湘西自治州市场监管局2023年主动公开多少条", "湘西市场监管局2023年主动公开多少条"]) agencies.push((await ask(`t:1:${q}`, q)).agency);
    expect(agencies).toEqual(Array(3).fill("湘西土家族苗族自治州市场监督管理局"));
  });

  it("ranks the townships of a county asked 哪个乡镇…最多, named by the county's full name", async () => {
    const a = await ask("t:2", "阜平县2022年哪个乡镇主动公开最多");
    expect([a.agency, a.year, a.figures.map((f) => f.value), a.candidates.map((c) => c.agency)]).toEqual([
      "阜平县",
      2022,
      [243, 186, 97],
      ["阜平县城南庄镇人民政府", "阜平县龙泉关镇人民政府", "阜平县王林口乡人民政府"],
    ]);
  });

  it("lists a county's townships asked 有哪些乡镇 by the place without its suffix", async () => {
    const a = await ask("t:3", "阜平有哪些乡镇的年报");
    expect([a.status, a.agency, a.candidates.map((c) => c.agency)]).toEqual([
      "answered",
      "阜平县",
      ["阜平县城南庄镇人民政府", "阜平县龙泉关镇人民政府", "阜平县王林口乡人民政府"],
    ]);
  });

  it("answers a change on the year before with the change the report states after the figure", async () => {
    expect(await values("t:4", "福建2013年信息公开申请比上年增加了多少件")).toEqual([["全省各级行政机关共受理政府信息公开申请比上年增加", 3147]]);
    expect(await values("t:5", "福建省2013年主动公开同比增长多少")).toEqual([["全省各级行政机关共主动公开政府信息同比增长", 12.3]]);
    expect(await values("t:6", "福建省2013年受理了多少件政府信息公开申请")).toEqual([["全省各级行政机关共受理政府信息公开申请", 2.86]]);
  });

  it("reads 省政府部门 without 各 as a group of departments the province counts, not an agency", async () => {
    await ask("t:7", "福建省2013年全省主动公开政府信息多少条");
    const a = await ask("t:7", "其中省政府部门多少");
    expect([a.agency, a.figures.map((f) => [f.label, f.value])]).toEqual(["福建省人民政府", [["省政府各部门主动公开", 9.7]]]);
  });

  it("answers 信息不存在 with the outcome a narrative states", async () => {
    expect(await values("t:8", "福建省2013年信息不存在的申请有多少件")).toEqual([["信息不存在", 4318]]);
  });

  it("answers 改进措施 with what the report plans for the next year, whatever words it uses", async () => {
    const a = await ask("t:9", "邹城卫健局2021年有哪些改进措施");
    expect(a.text.split("\n").at(-1)).toBe("> 2022年，我局将把基层医疗卫生机构信息公开纳入年度考核，按季度开展专栏检查；丰富政策解读形式，对医保报销、疫苗接种等热点问题及时回应关切。");
  });
});
