import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up page in the shapes of the second blind round of this stop (question ids cited per rule).
const PAGE = [
  "甲山县人民政府2013年政府信息公开工作年度报告",
  "一、概述",
  "全县分两批取消、下放和调整行政审批事项380项(其中取消215项,下放152项,调整13项)。",
  "二、主动公开政府信息情况",
  "2013年,通过县人民政府门户网站主动公开政府信息5699条。",
].join("\n");

describe("parts of a total and counts of a noun of their own", () => {
  const ask = askingOverPages({ "page.txt": PAGE }, new Date("2014-06-01T12:00:00"));
  const values = async (chat: string, q: string): Promise<number[]> => (await ask(chat, q)).figures.map((f) => f.value);

  // ic-072…ic-074: the one part of a total the question writes (下放了多少项), the total's noun its own too.
  it("answers the one part the question writes", async () => {
    expect(await values("p:1", "甲山县2013年取消了多少项行政审批事项")).toEqual([215]);
    expect(await values("p:2", "甲山县2013年下放了多少项行政审批事项")).toEqual([152]);
    expect(await values("p:3", "甲山县2013年调整的行政审批事项有几项")).toEqual([13]);
    expect((await values("p:4", "甲山县2013年取消、下放和调整了多少项行政审批事项"))[0]).toBe(380);
  });

  // ia-111, ia-162: 发布了多少条政策解读 asks a count of 政策解读, which no proactive total is.
  it("reads a noun counted after 多少 as what is asked, not the phrase's measure", async () => {
    const a = await ask("p:5", "甲山县2013年发布了多少条政策解读");
    expect([a.status, a.figures]).toEqual(["no_figure", []]);
    expect(await values("p:6", "甲山县2013年发布了多少条信息")).toEqual([5699]);
  });
});

// jc-043: the channels asked together (微博、微信一共发布多少条) name the count of just those channels.
describe("several channels asked together", () => {
  const page = [
    "甲山县水利局2022年政府信息公开工作年度报告",
    "一、总体情况",
    "2022年,县水利局通过门户网站、政务微博、政务微信等主动公开政府信息8731条,其中门户网站公开信息7717条,“甲山水利”微博、微信发布信息1014条。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2023-06-01T12:00:00"));

  it("answers with the count of just those channels, not the total over more", async () => {
    const a = await ask("c:1", "甲山县水利局2022年“甲山水利”微博、微信一共发布信息多少条");
    expect(a.figures.map((f) => f.value)).toEqual([1014]);
    const all = await ask("c:2", "甲山县水利局2022年一共主动公开了多少条政府信息");
    expect(all.figures[0]?.value).toBe(8731);
  });
});
