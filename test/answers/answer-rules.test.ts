import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout");

describe("answer rules over the held-out reports", () => {
  const ask = askingOver(HELDOUT, new Date("2024-03-15T12:00:00"));
  const head = (text: string) => text.split("\n")[0];

  it("narrows an applications row to the applicant column the question names", async () => {
    const a = await ask("r:1", "临泽县2022年自然人新收了几件申请");
    expect(a.figures.map((f) => [f.metric, f.value])).toEqual([["applications.new.natural_person", 23]]);
    expect(head(a.text)).toBe("临泽县人民政府2022年年报：本年新收政府信息公开申请数量 · 自然人 **23件**。");
  });

  it("narrows reconsideration to the outcome asked and litigation to the kind asked", async () => {
    const corrected = await ask("r:2", "荆门市监局2022年行政复议被纠正了几件");
    expect(corrected.figures.map((f) => [f.metric, f.value])).toEqual([["review.corrected", 1]]);
    const afterReview = await ask("r:3", "德阳市自然资源和规划局2023年复议后起诉的有几件");
    expect(afterReview.figures.map((f) => [f.metric, f.value])).toEqual([["litigation_after_review.total", 0]]);
    const both = await ask("r:4", "临泽县2023年行政诉讼有几件");
    expect(head(both.text)).toBe("临泽县人民政府2023年年报：行政诉讼（未经复议直接起诉） **1件**；行政诉讼（复议后起诉） **0件**。");
  });

  it("gives a group the template totals nowhere by its rows, never by a made-up sum", async () => {
    const some = await ask("r:5", "临泽县2022年不予公开的申请有几件");
    expect(head(some.text)).toBe("临泽县人民政府2022年年报：不予公开的申请（年报未列合计，分项如下） 保护第三方合法权益 **1件**；属于四类过程性信息 **1件**。");
    const none = await ask("r:6", "鼓楼区住建局2019年不予公开的申请有几件");
    expect(head(none.text)).toBe("鼓楼区住房和城乡建设局2019年年报：不予公开的申请（年报未列合计，各分项均为零） **0件**。");
  });

  it("keeps the report's 余 marker, after 万 and after Chinese numerals", async () => {
    expect(head((await ask("r:7", "临泽县卫生局2012年主动公开了多少条政府信息")).text)).toBe("临泽县卫生局2012年年报：主动公开政府信息 **1300余条**。");
    expect(head((await ask("r:8", "宿州人社局2020年12333热线接听了多少个来电")).text)).toBe("宿州市人力资源和社会保障局2020年年报：热线全年接听群众来电 **8.6万余个**。");
  });

  it("shows the warnings of a table that fails its own check", async () => {
    const a = await ask("r:9", "荆门市监局2022年结转下年度继续办理的申请有几件");
    expect(a.warnings).toEqual([
      "申请情况表“总计”列：一、本年新收(82)与二、上年结转(5)之和，不等于（七）总计(81)与四、结转下年度(5)之和",
      "申请情况表“结转下年度继续办理”行：总计(5) 不等于自然人与各类法人或其他组织之和",
    ]);
    expect(a.text).toContain(`注意：${a.warnings[0]}`);
  });

  it("answers a category or a channel the question names rather than the disclosure total", async () => {
    expect((await ask("r:10", "荆门市监局2022年行政许可信息公开了多少条")).figures.map((f) => f.value)).toEqual([1562]);
    expect((await ask("r:11", "沭阳县财政局2017年政府采购信息公开了多少条")).figures.map((f) => f.value)).toEqual([215]);
    expect((await ask("r:12", "襄城县2015年政务微信发布了多少条信息")).figures.map((f) => f.value)).toEqual([1500]);
  });

  it("resolves a sub-district alone to its office and a named office's listing to that office", async () => {
    expect((await ask("r:13", "五里墩街道2021年主动公开了多少条信息")).agency).toBe("合肥市蜀山区五里墩街道办事处");
    const listing = await ask("r:14", "沭阳县财政局有哪些年报");
    expect([listing.agency, listing.candidates.map((c) => c.year)]).toEqual(["沭阳县财政局", [2017, 2016]]);
  });

  it("says an office the catalogue lacks is not held, naming what the place holds", async () => {
    const a = await ask("r:15", "德阳市城管局2023年公开了多少条信息");
    expect([a.status, a.agency, a.candidates.map((c) => c.agency)]).toEqual(["not_found", "德阳市城管局", ["德阳市自然资源和规划局"]]);
  });

  // Holdout o-048, o-125, o-165: a body the place acted through, an account's name, a long office name.
  it("reads a body named after a verb and an account's name as no agency, and a long unheld office name as asked", async () => {
    const through = await ask("r:17", "临泽县通过政务服务中心2022年公开了多少条信息");
    expect([through.status, through.agency]).toEqual(["answered", "临泽县人民政府"]);
    const account = await ask("r:18", "临泽县公众号幸福水乡2022年公开了多少条信息");
    // The report counts nothing on an account: the government's report answers that it does not say.
    expect([account.status, account.agency]).toEqual(["no_figure", "临泽县人民政府"]);
    const office = await ask("r:19", "临泽县工业商务和信息化局2022年公开了多少条信息");
    expect([office.status, office.agency]).toEqual(["not_found", "临泽县工业商务和信息化局"]);
  });

  it("narrows the previous question with a 其中 follow-up even when it names a measure", async () => {
    await ask("r:16", "岳池县公安局2020年有多少件申请因属于行政执法案卷不予公开");
    const a = await ask("r:16", "其中法律服务机构申请的有几件");
    expect(a.figures.map((f) => [f.metric, f.value])).toEqual([["applications.refused.enforcement_file.legal_service", 1]]);
  });
});
