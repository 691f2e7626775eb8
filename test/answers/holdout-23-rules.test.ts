import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

const BUREAU = [
  "示例市交通运输局2022年政府信息公开工作年度报告",
  "一、总体情况",
  "2022年度,通过政府网站、政务新媒体等平台主动公开各类政府交通运输信息约196.4万条,其中:通过政府网站发布政府信息6000条,通过政务服务网发布行政审批结果类信息约185.2万条,通过政务新媒体发布各类信息7624条。",
].join("\n");

// eb-048, eb-042: a clause naming a website and new media together counts over both; each of them
// is a channel of its own.
describe("a total over several kinds of channel, and its channels' parts", () => {
  const ask = askingOverPages({ "bureau.txt": BUREAU }, new Date("2026-06-01T12:00:00"));

  it("answers the whole, asked of every kind of the field's information in 万条, with the total", async () => {
    const a = await ask("t:1", "2022年示例市交通运输局主动公开各类交通运输信息大约多少万条?");
    expect([a.status, a.figures[0]?.value, a.figures[0]?.unit]).toEqual(["answered", 196.4, "万条"]);
  });

  it("answers the website asked with the website's own count", async () => {
    const a = await ask("t:2", "示例市交通运输局2022年通过政府网站发布了多少条政府信息?");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 6000]);
  });
});

const OFFICE = ["示例县交通运输局2022年政府信息公开工作年度报告", "一、总体情况", "全年主动公开各类政府交通运输信息1200条,其中行政许可类信息800条、其他信息400条。"].join("\n");

// eb-048, ec-153: 各类交通运输信息 asks the field's information of every kind, the kind named by its field.
describe("a kind asked with 各类 before it", () => {
  const ask = askingOverPages({ "office.txt": OFFICE }, new Date("2026-06-01T12:00:00"));

  it("answers with the count naming the field, not with no kind found", async () => {
    const a = await ask("k:1", "示例县交通运输局2022年主动公开各类交通运输信息多少条?");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 1200]);
  });
});

const ADMINISTRATION = ["国家中医药管理局2023年度政府信息公开工作报告", "一、总体情况", "2023年局政府网站累计主动公开政府信息725条,其中局机关各部门发文383条。"].join("\n");

// ff-098, ff-107: 中医药局, as people write the national administration.
describe("a national administration by the short name people write", () => {
  const ask = askingOverPages({ "administration.txt": ADMINISTRATION }, new Date("2026-06-01T12:00:00"));

  it("answers 中医药局 from 国家中医药管理局's report", async () => {
    const a = await ask("s:1", "中医药局2023年局机关各部门发文有多少条?");
    expect([a.status, a.agency, a.figures[0]?.value]).toEqual(["answered", "国家中医药管理局", 383]);
  });
});

const ZONE = ["长春高新区2015年度信息公开年度报告", "一、概述", "2015年,长春高新区主动公开规划计划类信息42条。"].join("\n");
const ZONE_OFFICE = ["临沂高新区党政办公室2023年政府信息公开工作年度报告", "一、总体情况", "2023年,临沂高新区党政办公室共收到政府信息公开申请26件。"].join("\n");
const OTHER_ZONE = ["重庆高新技术产业开发区管理委员会2015年政府信息公开工作年度报告", "一、概述", "2015年主动公开信息300条。"].join("\n");

// fd-013, fd-127: a zone by its word's long or short form (高新技术产业开发区, 高新区) and with 国家 before it.
describe("a zone asked by the other form of its word", () => {
  const ask = askingOverPages({ "zone.txt": ZONE, "office.txt": ZONE_OFFICE, "other.txt": OTHER_ZONE }, new Date("2026-06-01T12:00:00"));

  it("answers 长春高新技术产业开发区 from 长春高新区's report, not another city's zone", async () => {
    const a = await ask("z:1", "长春高新技术产业开发区管委会2015年规划计划类信息公开了几条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 42]);
  });

  it("answers 临沂国家高新区 from the report its office files", async () => {
    const a = await ask("z:2", "临沂国家高新区2023年一共收到多少件政府信息公开申请?");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 26]);
  });
});

const DISTRICT = ["示例区2022年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "2022年共受理信息公开申请97件,上年结转申请1件,答复97件。在97件信息公开申请答复中,同意公开为11件。申请数量较去年增加78件,增加主要原因是个别申请人重复申请。"].join("\n");

// fc-054, fc-060: asked how many more than the year before, the change stated beats the year's own count.
describe("a change on the year before, asked", () => {
  const ask = askingOverPages({ "district.txt": DISTRICT }, new Date("2026-06-01T12:00:00"));

  it("answers with the change the report states, not the count it changed", async () => {
    const a = await ask("g:1", "示例区2022年信息公开申请比上一年多了多少件?");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 78]);
  });
});

const COUNTY = [
  "示例县人民政府2013年信息公开年度报告",
  "一、信息公开机构建设情况",
  "为切实抓好政府信息公开工作,我县成立了县政府信息公开工作领导小组,并把信息公开经费纳入年初预算,确保了经费落实。",
  "二、主动公开政府信息情况",
  "全年主动公开政府信息1200条,其中机构职能类120条、规划计划类80条。",
  "县政府门户网站开设了政府信息公开专栏,及时更新各类信息。",
  "三、依申请公开政府信息情况",
  "全年共受理政府信息公开申请12件,均在规定时限内答复。",
  "四、存在的主要问题及改进措施",
  "部分单位对信息公开工作重视不够,信息更新不及时。下一步将加强督促检查。",
].join("\n");

// ea-098, ea-006: a short question whose every word one sentence holds is answered by it.
describe("a short question every word of which one sentence holds", () => {
  const ask = askingOverPages({ "county.txt": COUNTY }, new Date("2026-06-01T12:00:00"));

  it("answers with that sentence", async () => {
    const a = await ask("w:1", "示例县2013年信息公开的经费怎么保障的?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("纳入年初预算");
  });

  it("answers nothing where no sentence holds the words asked", async () => {
    const a = await ask("w:2", "示例县2013年信息公开培训怎么开展的?");
    expect(a.status).not.toBe("answered");
  });
});

const TRADE = ["漳州市对外贸易经济合作局2012年政府信息公开工作年度报告", "一、概述", "2012年,我局共制作政府信息80条。"].join("\n");

// fe-009, ga-011: 外经贸局, as people write the bureau of foreign trade and economic cooperation.
describe("a bureau by the short form of its kind", () => {
  const ask = askingOverPages({ "trade.txt": TRADE }, new Date("2026-06-01T12:00:00"));

  it("answers 外经贸局 from the 对外贸易经济合作局's report", async () => {
    const a = await ask("f:1", "漳州市外经贸局2012年一共制作了多少条政府信息?");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 80]);
  });
});
