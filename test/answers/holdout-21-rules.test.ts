import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

const BUREAU = [
  "示例市文物局2012年政府信息公开工作年度报告",
  "本报告由示例市文物局人事处(宣教办)编制。如对本年报有疑问,请与示例市文物局办公室秘书处联系(电话:0371-5679221)。",
  "一、概述",
  "全年主动公开政府信息320条。",
].join("\n");

const COUNTY = [
  "示例县2019年政府信息公开工作年度报告",
  "根据条例规定及省、市政务公开工作要求,示例县政务公开领导小组办公室编制了2019年示例县人民政府信息公开工作年度报告。",
  "如对本报告有任何疑问,请与示例县经开区管委会党政办联系(电话:0563-2316086)。",
  "一、总体情况",
  "全年主动公开政府信息1200条。",
].join("\n");

describe("the office asked by its kind (哪个处, 哪个科, 哪个司) and the body compiling a report", () => {
  const ask = askingOverPages({ "bureau.txt": BUREAU, "county.txt": COUNTY }, new Date("2026-06-01T12:00:00"));

  // db-075, dd-027: 联系的是哪个处, 找县府办哪个科.
  it("answers 哪个处 with the office readers are asked to contact", async () => {
    const a = await ask("o:1", "示例市文物局2012年年报联系的是哪个处?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("「请与示例市文物局办公室秘书处联系」");
  });

  // db-153, dd-006: 哪个司编制的, 哪个机构编制的, with 由 before the body or without.
  it("answers who compiled the report, written 由…编制 or as the sentence's subject", async () => {
    const bureau = await ask("o:2", "示例市文物局2012年年报是哪个处编制的?");
    expect(bureau.status).toBe("answered");
    expect(bureau.text).toContain("由示例市文物局人事处(宣教办)编制");
    const county = await ask("o:3", "示例县2019年政府信息公开年度报告是哪个机构编制的?");
    expect(county.status).toBe("answered");
    expect(county.text).toContain("「示例县政务公开领导小组办公室编制了2019年示例县人民政府信息公开工作年度报告」");
  });

  // dg-011, db-093: 由哪个部门负责答疑, answered by an office written 党政办.
  it("answers who answers questions with the office to contact, 党政办 included", async () => {
    const a = await ask("o:4", "示例县2019年政府信息公开年报由哪个部门负责答疑?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("「请与示例县经开区管委会党政办联系」");
  });
});

const COMMISSION = [
  "示例市住建委2024年政府信息公开工作年度报告",
  "一、总体情况",
  "(一)主动公开方面。2024年,我委共发布各类政务信息1634条,其中委官方网站发布922条,微博“示例住建”发布243条,微信“示例住建在线”发布469条。",
  "(二)依申请公开方面。全年接收政府信息公开申请1554件,2023年结转132件;全年办理1503件,结转2025年183件。",
].join("\n");

describe("applications carried between years named by their years, and one channel of a total", () => {
  const ask = askingOverPages({ "commission.txt": COMMISSION }, new Date("2026-06-01T12:00:00"));

  // dh-080, dh-082: 2023年结转 came in from the year before, 结转2025年 goes on into the next.
  it("reads 2023年结转 as carried over and 结转2025年 as carried forward", async () => {
    const over = await ask("y:1", "示例市住建委2024年从2023年结转过来的申请有几件?");
    expect([over.status, over.figures[0]?.value]).toEqual(["answered", 132]);
    const forward = await ask("y:2", "示例市住建委24年有多少件申请结转到2025年");
    expect([forward.status, forward.figures[0]?.value]).toEqual(["answered", 183]);
  });

  // dh-081: the year's applications handled, beside those carried.
  it("answers 全年办理了多少件 with the applications handled", async () => {
    const a = await ask("y:3", "示例市住建委2024年全年办理了多少件信息公开申请?");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 1503]);
    const received = await ask("y:4", "示例市住建委2024年收到多少件信息公开申请?");
    expect([received.status, received.figures[0]?.value]).toEqual(["answered", 1554]);
  });

  // dh-138, dg-039: 微信公众号发布多少条 of a total its parts count by channel.
  it("answers one channel asked with that channel's part of the total", async () => {
    const wechat = await ask("y:5", "示例市住建委2024年微信公众号发布信息多少条?");
    expect([wechat.status, wechat.figures[0]?.value, wechat.figures.length]).toEqual(["answered", 469, 1]);
    const all = await ask("y:6", "示例市住建委2024年发布信息多少条?");
    expect([all.status, all.figures[0]?.value]).toEqual(["answered", 1634]);
  });
});

const TRIAL_TABLE = [
  "示例市人防办2019年政府信息公开工作年度报告",
  "二、主动公开政府信息情况",
  "第二十条第(五)项",
  "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
  "行政许可 | 9 | 增加2 | 18 |",
  "第二十条第(九)项",
  "信息内容",
  "采购项目数量",
  "采购总金额",
  "政府集中采购",
  "",
  "31批次",
  "",
  "709455.9元",
].join("\n");

describe("the 2019 template's columns of a 第二十条 row", () => {
  const ask = askingOverPages({ "trial.txt": TRIAL_TABLE }, new Date("2026-06-01T12:00:00"));

  // dn-064, dn-063: 比上一年增加了几项 is the 本年增/减 cell the report states, not a comparison of two reports.
  it("answers 比上一年增加了几项 with the row's 本年增/减 cell", async () => {
    const change = await ask("t:1", "示例市人防办2019年行政许可事项比上一年增加了几项?");
    expect([change.status, change.figures[0]?.value]).toEqual(["answered", 2]);
    const prior = await ask("t:2", "示例市人防办2019年行政许可事项上一年项目数量是几");
    expect([prior.status, prior.figures[0]?.value]).toEqual(["answered", 9]);
  });

  // dn-125, dn-126: procurement cells written with their units (31批次, 709455.9元), one cell a line.
  it("reads procurement cells written with 批次 and 元", async () => {
    const count = await ask("t:3", "示例市人防办2019年政府集中采购了多少批次");
    expect([count.status, count.figures[0]?.value, count.figures[0]?.unit]).toEqual(["answered", 31, "批次"]);
    const amount = await ask("t:4", "示例市人防办2019年政府集中采购总金额多少?");
    expect([amount.status, amount.figures[0]?.value]).toEqual(["answered", 709455.9]);
  });
});

const COUNTY_2013 = [
  "示例县2013年政府信息公开工作年度报告",
  "本年度报告由组织推进情况、主动公开政府信息情况、存在的主要问题及改进措施以及附件7个方面组成。",
  "开通了县长信箱,为群众更方便地反映问题提供渠道。",
  "一、概述",
  "我县共有8个镇政府和50多个行政单位,通过市公开平台进行信息公开工作。",
  "2013年,县门户网站政务发布新闻3490条,微博、微信发布稿件1362条。",
].join("\n");

describe("parts a report says it is made of", () => {
  const ask = askingOverPages({ "county2013.txt": COUNTY_2013 }, new Date("2026-06-01T12:00:00"));

  // dk-011: 开通了什么信箱 asks the mailbox's name, not an e-mail address.
  it("answers 开通了什么信箱 with the mailbox named", async () => {
    const a = await ask("c:4", "示例县2013年为方便群众反映问题开通了什么信箱?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("县长信箱");
  });

  // dk-034: 由几个方面组成 answered by …7个方面组成.
  it("answers 由几个方面组成 with the parts the outline counts", async () => {
    const a = await ask("c:3", "示例县2013年政府信息公开年报由几个方面组成?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("7个方面");
  });
});

// dr-088: 办理了几件依申请公开 of a report stating only how many it handled in all asks that count.
describe("applications handled, asked of a report that counts no outcomes", () => {
  const ask = askingOverPages(
    { "town.txt": ["示例镇2022年政府信息公开工作年度报告", "一、总体情况", "全年办理涉及拆迁、征地等事宜依申请公开3件,都已按照规范答复。"].join("\n") },
    new Date("2026-06-01T12:00:00"),
  );
  it("answers with that count", async () => {
    const a = await ask("h:1", "示例镇2022年办理了几件依申请公开?");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 3]);
  });
});
