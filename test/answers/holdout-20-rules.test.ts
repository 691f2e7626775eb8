import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

const PAGE = [
  "示例县2012年政府信息公开工作年度报告",
  "本报告由示例县人民政府信息中心编制。如对本报告有疑问,请与示例县人民政府信息中心联系(地址:示例县兴华路8号县政府三楼,电话:0391-7289502)。",
  "一、概述",
  "6月24日,召开县政府第41次常务会议,审议政务公开工作。在全市政府网站测评中排名第十。",
  "开展宣传活动,摆放各种宣传板68块,悬挂宣传标语45幅,发放资料6000份。",
  "二、主动公开政府信息情况",
  "全年主动公开政府信息1200条。",
].join("\n");

describe("numbers that name a thing, and a government's information centre", () => {
  const ask = askingOverPages({ "county.txt": PAGE }, new Date("2026-06-01T12:00:00"));

  // cs-088, cs-002, cs-109: a street's number asked of an address.
  it("answers 在兴华路多少号 with the street's stored number, quoting the address", async () => {
    const a = await ask("n:1", "示例县政府信息中心在兴华路多少号?");
    expect([a.status, a.figures[0]?.value, a.figures[0]?.unit]).toEqual(["answered", 8, "号"]);
    expect(a.text).toContain("「地址:示例县兴华路8号县政府三楼」");
  });

  // cs-090, cs-091: 县政府信息中心 compiles the county government's report.
  it("reads a government's 信息中心 as the government", async () => {
    const a = await ask("n:2", "示例县政府信息中心电话多少");
    expect([a.status, a.agency]).toEqual(["answered", "示例县人民政府"]);
    expect(a.text).toContain("0391-7289502");
  });

  // cs-132, cr-031: which meeting, which place on a ranking.
  it("answers 第几次 and 排第几 with the stored ordinal", async () => {
    const meeting = await ask("n:3", "示例县2012年审议政务公开工作的是县政府第几次常务会议?");
    expect([meeting.status, meeting.figures[0]?.value, meeting.figures[0]?.unit]).toEqual(["answered", 41, "次"]);
    const rank = await ask("n:4", "示例县2012年政府网站测评排名第几?");
    expect([rank.status, rank.figures[0]?.value]).toEqual(["answered", 10]);
    expect(rank.text).toContain("第十");
  });

  // cs-047, cs-049, cn-061: boards counted in 块 and slogans in 幅.
  it("counts in 块 and 幅", async () => {
    const boards = await ask("n:5", "示例县12年宣传活动摆了多少块宣传板?");
    expect([boards.status, boards.figures[0]?.value]).toEqual(["answered", 68]);
    const slogans = await ask("n:6", "示例县12年宣传活动悬挂了多少幅标语");
    expect([slogans.status, slogans.figures[0]?.value]).toEqual(["answered", 45]);
  });

  it("takes no street number, ordinal or rank for a count", async () => {
    const a = await ask("n:7", "示例县2012年主动公开了多少条信息");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 1200]);
  });
});

// co-089, co-101, co-125: an outcome of applications asked of a report stating only how many came in.
describe("an outcome of the applications asked where only their number is stated", () => {
  const ask = askingOverPages(
    {
      "office.txt": [
        "示例县人民政府办公室2023年政府信息公开工作年度报告",
        "一、总体情况",
        "(二)依申请公开方面。全年共受理依申请公开35件,均为自然人申请件,全部按规定予以办理。",
      ].join("\n"),
      "city.txt": [
        "示例市人民政府2024年政府信息公开工作年度报告",
        "一、总体情况",
        "(二)依申请公开方面。2024年共收到政府信息公开申请8件,已办结8件,均在法定期限内答复。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("is not stated: neither the section's name nor the applications' noun names the outcome", async () => {
    for (const q of ["示例县政府办23年依申请公开里予以公开的有几件", "示例市2024年信息公开申请中予以公开几件", "示例市2024年信息公开申请不予处理的有多少件"]) {
      const a = await ask(q, q);
      expect([q, a.status, a.figures.length]).toEqual([q, "no_figure", 0]);
    }
  });

  it("still answers how many came in", async () => {
    const county = await ask("o:1", "示例县政府办23年依申请公开多少件");
    expect([county.status, county.figures[0]?.value]).toEqual(["answered", 35]);
    const city = await ask("o:2", "示例市2024年收到多少件信息公开申请");
    expect([city.status, city.figures[0]?.value]).toEqual(["answered", 8]);
  });
});

// cl-137 (and the kinds of information every template lists): 规划计划类 is a kind, not a plan.
describe("a kind of information named 规划计划", () => {
  const ask = askingOverPages(
    {
      "bureau.txt": [
        "示例区农业农村局2022年政府信息公开工作年度报告",
        "一、总体情况",
        "2022年,本部门主动公开政府信息10条,类别有七类:机构职能类信息1条,规划计划类信息3条,安全生产、应急管理类信息2条,其他信息类1条。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers a kind listed after 规划计划类 with its own count", async () => {
    const a = await ask("k:1", "示例区农业农村局22年安全生产、应急管理类信息公开了几条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 2]);
  });
});

// cr-050, and the same shape in a2014 reports: a count's noun run straight into the next count's verb.
describe("a count's noun followed by the next count's verb", () => {
  const ask = askingOverPages(
    { "hr.txt": ["示例市人力资源和社会保障局2020年政府信息公开工作年度报告", "一、总体情况", "局门户网站12个栏目共发布公开文章83篇,其中通知公告53篇,招聘招录信息25篇。"].join("\n") },
    new Date("2026-06-01T12:00:00"),
  );

  it("counts the noun before the verb, and the verb's count its own", async () => {
    const columns = await ask("v:1", "示例市人社局2020年门户网站有几个栏目");
    expect([columns.status, columns.figures[0]?.value]).toEqual(["answered", 12]);
    const articles = await ask("v:2", "示例市人社局2020年栏目共发布公开文章多少篇");
    expect([articles.status, articles.figures[0]?.value]).toEqual(["answered", 83]);
  });
});

// co-146 (a header's label and value in cells of their own), cn-055 (去哪下), cq-105 and cn-130 (因为 and 起诉 as reports write them).
describe("text facts asked and written other ways", () => {
  const ask = askingOverPages(
    {
      "county.txt": [
        "| 索引号: | zfb-2026-00011 | 发布机构: | 政府办 |",
        "示例县人民政府2025年政府信息公开工作年度报告",
        "一、总体情况",
        "2025年全县主动公开各类政府信息600条。全年未出现因答复不当引起的行政复议、行政诉讼等情况。",
        "本年度报告的电子版可以在县政府网站上下载。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("reads a publisher written in the cell after its label", async () => {
    const a = await ask("t:1", "示例县25年年报是哪个机构发布的");
    expect([a.status, a.text.includes("「发布机构: | 政府办」")]).toEqual(["answered", true]);
  });

  it("answers 去哪下 with where the report is downloaded", async () => {
    const a = await ask("t:2", "示例县2025年报电子版去哪下?");
    expect([a.status, a.text.includes("「本年度报告的电子版可以在县政府网站上下载」")]).toEqual(["answered", true]);
  });

  it("says no where the report writes 因 for 因为 and 诉讼 for 起诉", async () => {
    const a = await ask("t:3", "示例县25年有没有因为答复不当被复议或起诉?");
    expect([a.status, a.text.includes("没有。「全年未出现因答复不当引起的行政复议、行政诉讼等情况」")]).toEqual(["answered", true]);
  });
});

// cq-040, cn-044: 以什么为重点/主线 asks what the work centred on; co-009: 由哪位领导分管 is answered by the post.
describe("what the work centred on, and who has charge of it", () => {
  const ask = askingOverPages(
    {
      "bureau.txt": [
        "示例市民政局2020年政府信息公开工作年度报告",
        "一、总体情况",
        "我局在推进政务公开的基础上,以群众最关心、利益最密切的民生问题为重点,通过政府网站公布相关政策。",
        "本局由一名副局长分管政府信息公开工作,办公室具体承办。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("quotes the 以…为重点 clause", async () => {
    const a = await ask("f:1", "示例市民政局20年政府信息公开以什么为重点?");
    expect([a.status, a.text.includes("「以群众最关心、利益最密切的民生问题为重点」")]).toEqual(["answered", true]);
  });

  it("quotes the post given charge", async () => {
    const a = await ask("f:2", "示例市民政局2020年信息公开工作由哪位领导分管");
    expect([a.status, a.text.includes("副局长分管")]).toEqual(["answered", true]);
  });
});

// cp-034: a report listing its 方面 rather than its 部分, asked 由几个方面组成.
describe("a report made of 方面", () => {
  const ask = askingOverPages(
    {
      "met.txt": [
        "示例省气象局2012年政府信息公开工作年度报告",
        "本报告包括概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及改进情况等四个方面。",
        "一、概述",
        "全年主动公开政府信息300条,开展气象科普宣传20次。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers with the number of 方面 it lists", async () => {
    const a = await ask("p:1", "示例省气象局2012年年报由几个方面组成?");
    expect([a.status, a.text.split("\n")[0]!.endsWith("四个方面」")]).toEqual(["answered", true]);
  });
});

// cr-021, cn-136, cp-007: an honour asked with 被评为什么 (no 为什么 of a reason) or 获得什么称号.
describe("an honour given to the body", () => {
  const ask = askingOverPages(
    {
      "culture.txt": [
        "示例省文化和旅游厅2022年政府信息公开工作年度报告",
        "一、总体情况",
        "我厅办公室被省政府办公厅评为“2022年度政务信息工作先进单位”。全年主动公开政府信息500条。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("quotes the honour, whichever way it is asked", async () => {
    for (const q of ["示例省文旅厅22年被评为什么?", "示例省文旅厅2022年获得了什么称号"]) {
      const a = await ask(q, q);
      expect([q, a.status, a.text.includes("评为“2022年度政务信息工作先进单位”")]).toEqual([q, "answered", true]);
    }
  });
});

// ct-079: the prose states the lawsuits' total the table leaves to its two kinds.
describe("a total stated in prose over the template's parts", () => {
  const ask = askingOverPages(
    {
      "zone.txt": [
        "示例区管理委员会2023年政府信息公开工作年度报告",
        "一、总体情况",
        "全年因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议　　行政诉讼",
        "结果维持　结果纠正　其他结果　尚未审结　总计　结果维持　结果纠正　其他结果　尚未审结　总计　结果维持　结果纠正　其他结果　尚未审结　总计",
        "2　0　0　0　2　3　0　0　2　5　1　0　0　1　2",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers with the stated total before the parts", async () => {
    const a = await ask("l:1", "示例区2023年政府信息公开行政诉讼几件");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 7]);
  });

  it("still answers one kind from its row", async () => {
    const a = await ask("l:2", "示例区2023年未经复议直接起诉的行政诉讼几件");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 5]);
  });
});

// cm-008 (and the 途径 of a2014 reports): 哪些渠道 is answered by the sentence naming the media used.
describe("the channels asked as 渠道", () => {
  const ask = askingOverPages(
    {
      "town.txt": [
        "示例镇人民政府2019年政府信息公开工作年度报告",
        "一、总体情况",
        "2019年公开信息主要包括指南、年报、规划总结、财政信息等。",
        "充分利用市政府网站、会议和报刊、广播、电视等媒体发布示例镇政务信息。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("quotes the sentence naming the media, not a list of what was published", async () => {
    const a = await ask("c:1", "示例镇主要用哪些渠道发布政务信息");
    expect([a.status, a.text.includes("「充分利用市政府网站、会议和报刊、广播、电视等媒体发布示例镇政务信息」")]).toEqual(["answered", true]);
  });
});

// cl-076: a header writing its fields with spaces alone between label and value.
describe("a publisher written after its label with a space", () => {
  const ask = askingOverPages(
    {
      "bureau.txt": [
        "索引号 001008003008067/2021-98380 主题分类 政务公开",
        "组配分类 信息公开年报 发布机构 县府办",
        "示例县市场监督管理局2020年政府信息公开工作报告",
        "一、总体情况",
        "全年发布各类信息516条。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("is read as the publisher", async () => {
    const a = await ask("s:1", "示例县市场监督管理局20年报页面上的发布机构写的是谁");
    expect([a.status, a.text.split("\n")[0]]).toEqual(["answered", "示例县市场监督管理局2020年年报：「发布机构 县府办」"]);
  });
});

// cw-024: a part sharing one chance pair more with the question (市政 of 市政府工作报告 against 市政府网站) than its total.
describe("a part sharing a chance pair with the question", () => {
  const ask = askingOverPages(
    {
      "office.txt": [
        "示例市人民政府办公厅2024年政府信息公开工作年度报告",
        "一、总体情况",
        "2024年,通过示例市人民政府网站平台发布政府动态类信息1464条,其中文件15条,政策解读10条,市政府工作报告1条。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("does not stand for its total", async () => {
    const a = await ask("q:1", "示例市政府办公厅24年在市政府网站发布政府动态类信息多少条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 1464]);
  });

  it("still answers the part it names", async () => {
    const a = await ask("q:2", "示例市政府办公厅24年发布政策解读多少条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 10]);
  });
});

// cr-103 (头条号叫什么名字 is no person's name), cr-137 (由办公室牵头, the office alone).
describe("an account's name and the office leading the work", () => {
  const ask = askingOverPages(
    {
      "audit.txt": [
        "示例区审计局2019年政府信息公开工作年度报告",
        "一、总体情况",
        "我局独立运营“示例审计”头条号,全年发布信息120条。",
        "明确由办公室牵头,各科室参与,共同做好政务信息公开工作。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers 头条号叫什么名字 with the account's name", async () => {
    const a = await ask("n:1", "示例区审计局的头条号叫什么名字?");
    expect([a.status, a.text.includes("“示例审计”头条号")]).toEqual(["answered", true]);
  });

  it("answers 由哪个部门牵头 with the office", async () => {
    const a = await ask("n:2", "示例区审计局信息公开由哪个部门牵头?");
    expect([a.status, a.text.includes("「明确由办公室牵头」")]).toEqual(["answered", true]);
  });
});
