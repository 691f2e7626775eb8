import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";
import { askedKind } from "../../src/answers/figures/asked-kind.ts";
import { questionYears } from "../../src/answers/question/question-years.ts";
import { questionText } from "../../src/answers/question/question-text.ts";

// bv-174 (and the same for a city's government asked where only a district's is held): a kind
// written right after a place is that place's own body, not one of a place within it.
describe("a city's bureau asked where only a district's is held", () => {
  const ask = askingOverPages(
    {
      "district-finance.txt": [
        "济宁市兖州区财政局2025年政府信息公开工作年度报告",
        "一、总体情况",
        "2025年累计主动公开信息332条。",
      ].join("\n"),
      "street.txt": [
        "广州市荔湾区冲口街道办事处2021年政府信息公开工作年度报告",
        "一、总体情况",
        "今年以来,本单位在荔湾区政府网公开财政预决算信息16条。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("is not held, the district's bureau listed as near", async () => {
    const a = await ask("j:1", "济宁市财政局2025年主动公开多少条信息");
    expect([a.status, a.figures.length]).toEqual(["not_found", 0]);
    expect(a.text).toContain("济宁市兖州区财政局");
  });

  it("reaches the district's bureau by its own place, with or without the city", async () => {
    for (const q of ["兖州区财政局2025年主动公开多少条信息", "济宁兖州财政局2025年主动公开多少条"]) {
      const a = await ask(q, q);
      expect([a.status, a.figures[0]?.value]).toEqual(["answered", 332]);
    }
  });

  // bx-007: the street named, then the district's site it published on.
  it("keeps a body whose own place the question writes before another place's site", async () => {
    const a = await ask("j:2", "冲口街道21年在荔湾政府网公开的财政预决算信息有几条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 16]);
  });
});

// by-084: 各类信息 is every kind, no kind of its own.
describe("a count asked of 各类信息 on a site", () => {
  it("is no kind asked", () => {
    expect(["通过政府网站主动公开各类信息多少条", "公开了多少条科技项目类信息"].map(askedKind)).toEqual([null, "科技项目"]);
  });

  const ask = askingOverPages(
    {
      "quake.txt": [
        "示例省地震局2024年政府信息公开工作年度报告",
        "一、总体情况",
        "2024年,示例省地震局通过示例省地震局政府网站主动公开各类信息578条,其中工作动态信息292条、公告公示信息57条。",
      ].join("\n"),
      "forest.txt": ["示例省林业和草原局2022年政府信息公开工作年度报告", "一、总体情况", "2022年,我局主动公开政府信息312条。"].join("\n"),
      "forest-2.txt": ["示例市林业和草原局2022年政府信息公开工作年度报告", "一、总体情况", "2022年,我局主动公开政府信息41条。"].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers with the site's total, not with a kind of it", async () => {
    const a = await ask("q:1", "示例省地震局2024年通过政府网站主动公开各类信息多少条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 578]);
  });

  // by-164: the national organ's short name is none of the provinces' and cities' bureaus of its kind.
  it("says a national organ asked by its short name is not held, rather than asking which local bureau", async () => {
    const a = await ask("q:2", "国家林草局2022年行政复议几起");
    expect([a.status, a.figures.length]).toEqual(["not_found", 0]);
    expect(a.text).toContain("国家林业和草原局");
  });
});

// bw-129: the agency's place written again inside what is asked names that place's count.
describe("a place written again after the agency's name", () => {
  const ask = askingOverPages(
    {
      "hotline.txt": [
        "泾县教育体育局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "妥善办理宣城市12345政府服务热线派件247件,泾县12345政府服务热线派件40件。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers the count of that place, not another place's beside it", async () => {
    const own = await ask("h:1", "泾县教体局23年办理泾县12345热线派件几件");
    expect([own.status, own.figures[0]?.value]).toEqual(["answered", 40]);
    const city = await ask("h:2", "泾县教体局23年办理宣城市12345热线派件几件");
    expect([city.status, city.figures[0]?.value]).toEqual(["answered", 247]);
  });
});

// bv-029, bv-069: a label that is the noun counted (1个电子阅览点, 结转2023年1件) counts it, whatever follows it.
// bv-073: the noun after the measure word asked (多少次意见) names the count whose label holds it.
describe("the noun a question counts", () => {
  const ask = askingOverPages(
    {
      "points.txt": ["示例市统计局2012年政府信息公开工作年度报告", "一、概述", "设有1个专门的信息申请受理点,1个电子阅览点、1个公共查阅点。"].join("\n"),
      "carried.txt": ["示例市财政局2022年政府信息公开工作年度报告", "一、总体情况", "2022年,我局接受依申请公开事项9件,结转2023年1件继续办理。"].join("\n"),
      "views.txt": ["示例州审计局2023年政府信息公开工作年度报告", "一、总体情况", "开展征集调查6次,收到意见61次。"].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers with the count its label names, though another noun follows it", async () => {
    const points = await ask("n:1", "示例市统计局2012年有几个电子阅览点");
    expect([points.status, points.figures[0]?.value]).toEqual(["answered", 1]);
    const carried = await ask("n:2", "示例市财政局22年依申请有几件结转到2023年");
    expect([carried.status, carried.figures[0]?.value]).toEqual(["answered", 1]);
  });

  it("answers with the count of the noun asked after the measure word", async () => {
    const views = await ask("n:3", "示例州审计局2023年征集调查收到多少次意见");
    expect([views.status, views.figures[0]?.value]).toEqual(["answered", 61]);
    const surveys = await ask("n:4", "示例州审计局2023年开展了多少次征集调查");
    expect([surveys.status, surveys.figures[0]?.value]).toEqual(["answered", 6]);
  });
});

// cd-055, cd-066: a document's number asked with 多少号, and an order's number written 国务院492号令.
describe("a cited document's number", () => {
  const ask = askingOverPages(
    {
      "cited.txt": [
        "示例市人民政府2009年政府信息公开工作年度报告",
        "一、概述",
        "按照《中华人民共和国政府信息公开条例》(国务院492号令)和《示例区政府信息公开工作年度报告制度》(桂政办发〔2009〕180号)要求,编制本报告。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("is read when asked with 多少号 or as the order's 第几号令", async () => {
    const document = await ask("c:1", "示例市2009年报引用的年度报告制度是桂政办发〔2009〕多少号");
    expect([document.status, document.figures[0]?.value]).toEqual(["answered", 180]);
    const order = await ask("c:2", "示例市2009年报里条例是国务院第几号令");
    expect([order.status, order.text.split("\n")[0]]).toEqual(["answered", "示例市人民政府2009年年报：「国务院492号令」"]);
  });
});

// cg-036…cg-040 (空港新城), cg-102…cg-105 (国家高新区), cg-158…cg-163 (新技术开发区), cg-118…cg-131 (zone(district) departments).
describe("zones as people write them", () => {
  const ask = askingOverPages(
    {
      "new-town.txt": ["陕西省西咸新区空港新城2019年信息公开年度报告", "一、概述", "2019年,空港新城累计主动公开政府信息7829条。"].join("\n"),
      "other-airport.txt": ["温州空港新区管理委员会2017年政府信息公开工作年度报告", "一、概述", "2017年主动公开政府信息45条。"].join("\n"),
      "national.txt": ["海口市国家高新区管理委员会2022年政府信息公开工作年度报告", "一、总体情况", "通过门户网站发布政务信息1386条。"].join("\n"),
      "lake.txt": ["武汉东湖新技术开发区管理委员会2025年政府信息公开工作年度报告", "一、总体情况", "2025年共发布主动公开信息3257条。"].join("\n"),
      "finance.txt": ["现公布泰州医药高新区(高港区)财政局2023年政府信息公开工作年度报告。", "一、总体情况", "2023年,公开涉农补贴信息11条。"].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("reaches a 新城 by its name, not another zone sharing its stem", async () => {
    const a = await ask("z:1", "空港新城2019年累计主动公开政府信息多少条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 7829]);
  });

  it("reaches a 国家高新区 written without 国家, and a 新技术开发区 by its 高新区", async () => {
    const national = await ask("z:2", "海口高新区2022年门户网站发布政务信息多少条");
    expect([national.status, national.figures[0]?.value]).toEqual(["answered", 1386]);
    const lake = await ask("z:3", "东湖高新区2025年共发布主动公开信息多少条");
    expect([lake.status, lake.figures[0]?.value]).toEqual(["answered", 3257]);
  });

  it("reaches a zone's department by the district written beside the zone", async () => {
    const a = await ask("z:4", "高港区财政局23年公开涉农补贴信息几条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 11]);
  });
});

// cd-111, cd-115, cd-081: the year of a document's number (澄政办发〔2008〕几号) is no year asked.
// cb-036, cb-039: a district written by its first character and level word (沙区). cb-176, cb-178: places held nowhere.
describe("years and places written inside other words", () => {
  const ask = askingOverPages(
    {
      "cited.txt": ["江阴市人民政府2011年政府信息公开工作年度报告", "一、概述", "本年度报告是根据《条例》和《江阴市政府信息公开工作年度报告制度》(澄政办发〔2008〕6号)编制。"].join("\n"),
      "district.txt": ["沙依巴克区人民政府2019年政府信息公开工作年度报告", "一、总体情况", "2、政务要闻版块,自治区要闻68条、沙区要闻108条。"].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers a document's number from the report held, whatever year the number carries", async () => {
    expect(questionYears(questionText("江阴年报依据的澄政办发〔2008〕是几号文"), new Date("2026-06-01")).years).toEqual([]);
    expect(questionYears(questionText("江阴市2011年发了几号文"), new Date("2026-06-01")).years).toEqual([2011]);
    // na-011, na-121: the year before the number asked of a cited document (国办公开办函是2021年第几号).
    expect(questionYears(questionText("银川审计局年报格式依据的国办公开办函是2021年第几号"), new Date("2026-06-01")).years).toEqual([]);
    expect(questionYears(questionText("银川审计局2023年年报依据的是2021年第30号函吗"), new Date("2026-06-01")).years).toEqual([2023]);
    const a = await ask("y:1", "江阴年报依据的澄政办发〔2008〕是几号文");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 6]);
  });

  it("reaches a district written by its first character and 区", async () => {
    const a = await ask("y:2", "沙区政府2019年沙区要闻发了几条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 108]);
  });

  it("says a league or a corps division held nowhere is not held", async () => {
    for (const q of ["锡林郭勒盟行署2021年依申请公开办理了几件", "兵团第八师石河子市2022年主动公开了多少条政府信息"]) {
      const a = await ask(q, q);
      expect([a.status, a.figures.length]).toEqual(["not_found", 0]);
    }
  });
});
