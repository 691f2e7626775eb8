import { describe, expect, it } from "vitest";
import { plansAhead } from "../../src/text/plan-sentences.ts";
import { askingOverPages } from "./seeded-engine.ts";

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

const PAGES: Record<string, string> = {
  "city-government.txt": [
    "安顺市人民政府2021年政府信息公开工作年度报告",
    "一、总体情况",
    "2021年,安顺市人民政府全年公开政策文件36件,政府办公室文件41件。",
    TABLE,
  ].join("\n"),
  "zone-office.txt": [
    "洛阳高新区丰李办事处向社会公布2022年度本级政府信息公开年度报告。本报告由总体情况等六部分组成。",
    "一、总体情况",
    "2022年,丰李办事处主动公开政府信息88条。我办将信息公开纳入年度考核。",
    TABLE,
  ].join("\n"),
  "other-office.txt": ["孟津区城关镇2022年政府信息公开工作年度报告", "一、总体情况", "2022年,城关镇主动公开政府信息30条。", TABLE].join("\n"),
  "street-office.txt": [
    "城北办事处、城北园区2023年政府信息公开工作年度报告",
    "根据《条例》规定,现公布如皋市城北办事处(城北园区)2023年政府信息公开工作年度报告。",
    "一、总体情况",
    "2023年以来,城北办事处、城北园区收到《政府信息公开申请书》共计9件,均已按时答复。",
    "二、主动公开政府信息情况\n本年主动公开政府信息41条。",
  ].join("\n"),
  "zone-township.txt": [
    "智能制造产业园(张浦镇)2024年政府信息公开工作年度报告",
    "来源:昆山市智能制造产业园(张浦镇)发布时间:2025-01-20 09:12:33访问量:",
    "根据《条例》要求,现发布本报告。",
    "一、总体情况",
    "园区全年公开发文14件。",
    TABLE,
  ].join("\n"),
};

describe("questions over the pages of the AX–BA sets' shapes", () => {
  const ask = askingOverPages(PAGES, new Date("2025-06-01T12:00:00"));

  // ay-022, ay-121: 市府办 is the city government's general office, which compiles the government's report.
  it("reads 市府办 as the general office, answered by the government's report where only it is held", async () => {
    const a = await ask("h:1", "安顺市府办2021年公开了几件政策文件");
    expect([a.status, a.agency, a.figures[0]?.value]).toEqual(["answered", "安顺市人民政府", 36]);
  });

  // az-150…az-155: 丰李办事处 is a held body's name written whole, more than the 办事处 every street office ends with.
  it("takes a held name written whole over the group of bodies its last word names", async () => {
    const a = await ask("h:2", "丰李办事处2022年主动公开多少条政府信息");
    expect([a.status, a.agency, a.figures[0]?.value]).toEqual(["answered", "洛阳高新区丰李办事处", 88]);
  });

  // az-099: 几份申请 is answered by applications counted in 件.
  it("answers 几份 with a count of applications in 件", async () => {
    const a = await ask("h:3", "城北办事处23年收到几份政府信息公开申请书");
    expect([a.status, a.agency, a.figures[0]?.value, a.figures[0]?.unit]).toEqual(["answered", "如皋市城北办事处", 9, "件"]);
  });

  // az-092…az-097: the township a zone's committee governs, in brackets in its title, reaches its report.
  it("reaches a zone's report by the township its title names in brackets", async () => {
    const a = await ask("h:4", "张浦镇2024年公开发文几件");
    expect([a.status, a.agency, a.figures[0]?.value]).toEqual(["answered", "昆山市智能制造产业园管理委员会", 14]);
  });
});

const FIGURE_PAGES: Record<string, string> = {
  "resources.txt": [
    "达州市自然资源局2022年政府信息公开工作年度报告",
    "一、总体情况",
    "全年市自然资源局在市政府部门网站发布各类信息1620条。",
    "依申请公开方面:全年共计办理依申请公开政府信息23件,全部按时办结,无2021年结转申请和结转2023年继续办理事项。",
  ].join("\n"),
  "ecology.txt": [
    "合肥高新区生态环境局2024年政府信息公开工作年度报告",
    "一、总体情况",
    "2024年,发布环保水利各类信息312条,其中生态环境领域信息250条,水利信息62条。",
    "新开设专栏2个,专栏总数达到17个。",
  ].join("\n"),
  "township.txt": [
    "泗水镇2020年政府信息公开工作年度报告",
    "一、总体情况",
    "2020年泗水镇通过政府网站、微信公众号、政务公开专区主动公开政府信息150余条,做到了政府工作公开透明。“泗水之声”微信公众号共发布各类信息80余条。",
  ].join("\n"),
  "accounts.txt": [
    "钱塘街道办事处2020年政府信息公开工作年度报告",
    "一、总体情况",
    "2020年,钱塘街道通过政务网公开各类信息70条,通过政务微信等新媒体发布各类信息610条。",
    "二是通过钱塘发布微信公众号、钱塘党建微信公众号发布惠民政策。",
  ].join("\n"),
};

describe("figures and names over the pages of the AX–AZ sets' shapes", () => {
  const ask = askingOverPages(FIGURE_PAGES, new Date("2025-06-01T12:00:00"));

  // ax-098: 政府部门网站 is a channel, not the group of a government's departments.
  it("reads a site named after a government's departments as the channel asked", async () => {
    const a = await ask("f:1", "达州自然资源局22年在政府部门网站发了多少条信息");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 1620]);
  });

  // ax-117: 结转2023年继续办理 in a 2022 report is the template's carried-over column, no plan for 2023.
  it("keeps a count whose sentence names the year requests are carried into", async () => {
    const a = await ask("f:2", "达州市自然资源局2022年办了多少件依申请公开");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 23]);
    expect(plansAhead("全年办理依申请公开23件,无结转2023年继续办理事项", 2022)).toBe(false);
    expect(plansAhead("2023年将新增开放数据集50个", 2022)).toBe(true);
  });

  // ax-143: 各类信息 is 信息 of every kind: 环保水利各类信息 is the 环保水利信息 asked, not its 水利 part.
  it("matches a label written with 各类 as the kind asked without it", async () => {
    const a = await ask("f:3", "合肥高新区生态环境局24年发布了多少条环保水利信息");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 312]);
  });

  // ax-033: 新开设 says what the year added of the count right after it, not of the total that follows.
  it("answers a year-end total after a count of what the year added", async () => {
    const a = await ask("f:4", "合肥高新区生态环境局24年底专栏总数有多少个");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 17]);
  });

  // az-123: the account's name is the quoted one before 微信公众号, not the channel written alone.
  it("names the account a sentence quotes, over one naming the kind of channel only", async () => {
    const a = await ask("f:5", "泗水镇的微信公众号名字是什么");
    expect(a.status).toBe("answered");
    expect(a.citations[0]?.quote).toBe("“泗水之声”微信公众号共发布各类信息80余条。");
  });

  // az-005: 用哪些微信公众号 asks the accounts' names, not how many posts went out on them.
  it("answers which accounts with their names", async () => {
    const a = await ask("f:6", "钱塘街道2020年报里提到用哪些微信公众号发布信息");
    expect([a.status, a.figures.length]).toEqual(["answered", 0]);
    expect(a.text).toContain("钱塘发布微信公众号、钱塘党建微信公众号");
  });
});

const TEXT_PAGES: Record<string, string> = {
  "culture.txt": [
    "临沂市文化旅游广电局2021年政府信息公开年度报告",
    "一、总体情况",
    "2021年,我局共发布各类政务信息1520条,其中局官方网站发布830条,微博“临沂文旅”发布260条,微信“临沂文旅在线”发布430条。",
  ].join("\n"),
  "agriculture.txt": [
    "衢州市农业局2017年度政府信息公开年度报告",
    "一、总体情况",
    "我局设立咨询电话:0570-3021234;",
    "局长周建华走进《民生热线》在线访谈3次,回应春耕备耕等热点问题。",
  ].join("\n"),
  "tourism.txt": [
    "蒲城县文化和旅游局2021年政府信息公开工作年度报告",
    "一、总体情况",
    "今年以来,我局充分利用蒲城县人民政府网站、微信公众号、政务公示栏等多种渠道主动向社会公布信息。",
    "(一)主动公开:2021年通过县政府网站公开发布政务信息9条,通过单位微信公众号“文化蒲城”发布工作动态及信息310余条。",
  ].join("\n"),
  "street.txt": [
    "• 005283628/2021-00001",
    "• 上街区峡窝镇人民政府",
    "• 2020年政府信息公开工作年度报告",
    "郑州市上街区峡窝镇人民政府2020年政府信息公开工作年度报告",
    "一、总体情况",
    "2020年,峡窝镇主动公开政府信息45条。",
    "联系电话:0371-68921234;",
  ].join("\n"),
};

describe("questions naming bodies and people the way the BA and AZ sets do", () => {
  const ask = askingOverPages(TEXT_PAGES, new Date("2025-06-01T12:00:00"));

  // ba-040: 文旅 of 临沂文旅广电局 shortens the agency's own kind; it names no 文旅 account of its report.
  it("leaves the words that shorten the agency's kind out of what is asked", async () => {
    const a = await ask("t:1", "临沂文旅广电局21年一共发布政务信息多少条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 1520]);
  });

  // ba-015: 哪位局长 asks a person, though the question goes on to name a 热线.
  it("asks a person by 哪位 and a post, over the phone a hotline's name suggests", async () => {
    const a = await ask("t:2", "17年衢州市农业局是哪位局长上的民生热线");
    expect(a.status).toBe("answered");
    expect(a.citations[0]?.quote).toBe("局长周建华走进《民生热线》在线访谈3次,回应春耕备耕等热点问题。");
  });

  // ba-048: a name in quotes beside 公众号 names the account, not the words before 网 in a list of channels.
  it("names the account set in quotes beside the channel asked", async () => {
    const a = await ask("t:3", "蒲城县文化和旅游局的微信公众号叫啥");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("“文化蒲城”");
  });

  // az-149: 便民服务中心 is a part of the 镇's government, answered by its report.
  it("answers of a township's service centre from the township's report, titled without its header bullet", async () => {
    const a = await ask("t:4", "峡窝镇便民服务中心电话(2020年报)");
    expect([a.status, a.agency]).toEqual(["answered", "郑州市上街区峡窝镇人民政府"]);
    expect(a.text).toContain("0371-68921234");
    expect(a.citations[0]?.title).toBe("2020年政府信息公开工作年度报告");
  });
});
