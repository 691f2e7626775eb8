import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-5");

describe("answer rules over the fifth held-out reports", () => {
  const ask = askingOver(HELDOUT, new Date("2024-09-01T12:00:00"));
  const values = async (chat: string, q: string) => (await ask(chat, q)).figures.map((f) => [f.label, f.value]);

  it("reads the words of a reason as the reason, not as the fees they mention", async () => {
    expect(await values("t:1", "滨海新区行政审批局2022年申请人逾期未按收费通知要求缴纳费用的有几件")).toEqual([
      ["其他处理：申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 总计", 1],
    ]);
    expect((await ask("t:2", "滨海审批局2022年因为逾期没交费不再处理的申请有几件")).figures.map((f) => f.value)).toEqual([1]);
  });

  it("answers 其他处理 with its rows when the template gives it no total", async () => {
    expect((await ask("t:3", "滨海新区行政审批局2022年其他处理的有几件")).figures.map((f) => f.value)).toEqual([3, 1, 2]);
  });

  it("answers a count in the question's measure word over a category counted in another", async () => {
    expect(await values("t:4", "拉萨市气象局2019年发布了多少次气象预警信号")).toEqual([["各类气象预警信号", 117]]);
    expect(await values("t:5", "西宁自规局2022年不动产登记信息查询服务多少次")).toEqual([["提供查询服务", 1.2]]);
  });

  it("says a report states no count for a channel its total does not name, and answers the total that names it", async () => {
    const a = await ask("t:6", "大口屯镇2020年微信公众号发布了多少条信息");
    expect([a.status, a.text.split("\n")[0], a.figures]).toEqual(["no_figure", "天津市宝坻区大口屯镇人民政府2020年年报没有载明通过微信主动公开政府信息的数字。", []]);
    expect((await ask("t:7", "滨海新区审批局2022年通过微信公众号公开了多少条")).figures[0]!.value).toBe(1286);
  });

  it("says a customs office of another place is not held", async () => {
    const a = await ask("t:8", "石家庄海关2023年主动公开多少条");
    expect([a.status, a.agency, a.candidates.map((c) => c.agency)]).toEqual(["not_found", "石家庄海关", ["中华人民共和国太原海关"]]);
  });

  it("finds 气象局, 审批局 and 大数据局 by the short forms people write", async () => {
    const agencies: (string | null)[] = [];
    for (const q of ["拉萨气象2019年主动公开多少条", "滨海审批2022年主动公开多少条", "大同大数据管理局2024年主动公开多少条"]) agencies.push((await ask(`t:9:${q}`, q)).agency);
    expect(agencies).toEqual(["拉萨市气象局", "天津市滨海新区行政审批局", "大同市大数据应用局"]);
  });

  it("answers the fees an amount states in a clause of its own", async () => {
    expect(await values("t:10", "大同市大数据局2024年收取了多少信息处理费")).toEqual([["信息处理费金额", 200]]);
  });

  it("answers no target set for the next year as a count of the year", async () => {
    expect(await values("t:11", "大同大数据局2024年开放了多少个数据集")).toEqual([["公共数据开放平台累计开放数据集", 312]]);
  });
});
