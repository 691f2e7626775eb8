import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up page in the shapes of the blind sets of this round (question ids cited per rule).
const PAGE = [
  "甲山县人民政府2023年政府信息公开工作年度报告",
  "一、总体情况",
  "(一)主动公开。2023年,全县公开政府信息52.38万余条。一是优化营商环境信息。公开涉企政策文件和工作落实信息643条,惠及企业1.3万家。开设专栏,发布涉及餐饮等领域政策370余条信息。二是公共企事业单位信息。开设统一专题,公开主体细化至中小学、卫生院等11个二级分类,发布信息4.7万条,覆盖全县693个公共企事业单位。三是民生领域信息。动态信息按月公开。",
  "(二)深化改革。申请开办药店提交的材料由原来的10项精简为4项,审批流程由原来的11条精简为5条。网上咨询2152条,平均办理时间3.2天。",
  "(三)依申请公开。全年共收到依申请公开328件,本年度办理319件,结转下年继续办理9件。",
  "(四)复议诉讼。收到行政复议66件,结果维持33件,结果纠正10件,其他结果20件,尚未审结3件。",
  "(五)平台建设。县门户网站共更新工作动态类信息397条,时政类信息140条,政府信息公开92条。甲山县政府通过甲山县门户网站主动公开政府信息23300条,通过市政府网站主动公开政府信息137条。",
  "(六)执法公开。办理配套办法措施案件89件,其中按日计罚案件2件、罚款802.3万元,查封扣押案件31件。",
].join("\n");

describe("counts named by what the report says around them", () => {
  const ask = askingOverPages({ "page.txt": PAGE }, new Date("2024-06-01T12:00:00"));
  const value = async (chat: string, q: string): Promise<number | undefined> => (await ask(chat, q)).figures[0]?.value;

  // hd-006, hd-007: a count changed from another (由原来的10项精简为4项) counts the same thing after the change;
  // a count the question writes itself (从10项减到多少项) is given, not asked.
  it("tells the count a change ends at from the one it started from", async () => {
    expect(await value("c:1", "甲山县2023年申请开办药店要交的材料精简到了几项")).toBe(4);
    expect(await value("c:2", "甲山县2023年申请开办药店的材料从10项减到多少项")).toBe(4);
    expect(await value("c:3", "甲山县2023年申请开办药店的材料原来要交几项")).toBe(10);
  });

  // he-004: 多少天 asks days.
  it("reads 多少天 as the measure word asked", async () => {
    expect(await value("c:4", "甲山县2023年网上咨询平均多少天办完")).toBe(3.2);
  });

  // he-007: outcomes listed after the sentence's review count are the review's template cells.
  it("reads outcomes listed after a review count as that review's", async () => {
    const a = await ask("c:5", "甲山县2023年行政复议里结果被纠正的有几件");
    expect([a.figures[0]?.value, a.figures[0]?.metric]).toEqual([10, "review.corrected"]);
  });

  // he-131: 本年度办理 asks the applications handled, not those received.
  it("answers 本年度办理 with the applications handled", async () => {
    expect(await value("c:6", "甲山县2023年本年度办理了多少件依申请公开")).toBe(319);
  });

  // hd-093 (and hc-142 for the item with a clause of its own): the words opening a list are said of its items.
  it("reads the words opening a list as said of each item of it", async () => {
    expect(await value("c:9", "甲山县2023年门户网站政府信息公开栏目更新了多少条")).toBe(92);
    expect(await value("c:10", "甲山县2023年通过县门户网站更新了多少条工作动态类信息")).toBe(397);
    // An item with a verb or channel of its own says its own clause.
    expect(await value("c:12", "甲山县2023年通过门户网站主动公开了多少条政府信息")).toBe(23300);
  });

  // hd-032: 罚款多少 asks a sum of money, not the count beside it.
  it("answers 罚款多少 in money", async () => {
    expect(await value("c:11", "甲山县2023年按日计罚案件罚款多少")).toBe(802.3);
  });

  // he-152: a point's short heading (二是公共企事业单位信息。) names what the counts after it are of.
  it("reads a count under a point's heading as of that heading's topic", async () => {
    expect(await value("c:7", "甲山县2023年公共企事业单位信息发布了多少条")).toBe(4.7);
    expect(await value("c:8", "甲山县2023年优化营商环境方面公开了多少条涉企政策文件")).toBe(643);
  });
});
