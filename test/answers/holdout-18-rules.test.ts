import { describe, expect, it } from "vitest";
import { splitAgencyName } from "../../src/answers/catalog/agency-name.ts";
import { asksChange } from "../../src/answers/question/metric-intent.ts";
import { askingOverPages } from "./seeded-engine.ts";

// bc-150…bc-154: a zone filing as the government of the district it governs as one body.
describe("a zone's government asked by the district its title writes beside it", () => {
  const ask = askingOverPages(
    {
      "zone-district.txt": [
        "2021年高新区(新市区)政府信息公开工作年度报告",
        "高新区(新市区)政府2021年信息公开工作年度报告",
        "根据《条例》规定,按照乌鲁木齐市人民政府有关通知要求编制本报告。",
        "一、总体情况",
        "2021年,我区通过政府门户网站主动公开各类工作信息820条。",
      ].join("\n"),
    },
    new Date("2025-06-01T12:00:00"),
  );

  it("reaches the zone's report by the district's name, the zone filing as a government", async () => {
    const a = await ask("z:1", "乌鲁木齐新市区2021年通过门户网站主动公开工作信息多少条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 820]);
  });
});

// bd-025, bd-050, bd-080: the BD set's mirrored pages of bureaus and ministries.
describe("counts asked as the BD set asks them", () => {
  const ask = askingOverPages(
    {
      "letters.txt": [
        "无锡市教育局2012年度政府信息公开年度报告",
        "一、概述",
        "2012年我局共收到来信1960件次,其中局长信箱40件,部门信箱612件,市政府网站“无锡公众监督”1120件,直接来信131件,转来信件57件。",
      ].join("\n"),
      "police.txt": [
        "成都市公安局2016年政府信息公开工作年度报告",
        "一、概述",
        "2016年,“平安成都”官方微博发布信息2310条,粉丝增长18.4%,网络阅读量5200万。",
        "全年在市政府新闻办召开专场新闻发布会4次。",
      ].join("\n"),
    },
    new Date("2025-06-01T12:00:00"),
  );

  // bd-025: 直接来信 names its own count; the clause before it, ending in a count of its own, names that one.
  it("keeps a listed count's words to its own clause where the clause before ends in another count", async () => {
    const a = await ask("d:1", "无锡教育局2012年无锡公众监督平台来信多少件");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 1120]);
  });

  // bd-050: 增长了百分之多少 asks the change.
  it("answers a rise asked in percent with the percentage of the rise", async () => {
    expect([asksChange("粉丝增长了百分之多少"), asksChange("粉丝有多少")]).toEqual([true, false]);
    const a = await ask("d:2", "成都市公安局16年平安成都微博粉丝增长了百分之多少");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 18.4]);
  });

  // bd-080: 几场 takes meetings counted in 次.
  it("answers 几场 with meetings counted in 次", async () => {
    const a = await ask("d:3", "成都市公安局2016年在新闻办开了几场专场新闻发布会");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 4]);
  });
});

// bh-033, bf-049: a venue named after a place, and words running on into the next count.
describe("questions over the BF and BH sets' shapes", () => {
  const ask = askingOverPages(
    {
      "district.txt": [
        "西城区人民政府2015年政府信息公开工作年度报告",
        "一、概述",
        "建立区、街道以及社区级政府信息查阅场所共198个。",
      ].join("\n"),
      "education.txt": [
        "梅州市教育局2024年政府信息公开工作年度报告",
        "一、总体情况",
        "2024年共受理教师资格认定申请等行政许可事项540件并经各项程序考核合格后发证498件。",
      ].join("\n"),
    },
    new Date("2025-06-01T12:00:00"),
  );

  it("reads 查阅场所 after a place as what the place set up, no office of it", async () => {
    const a = await ask("h:1", "2015年西城区政府信息查阅场所一共多少个");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 198]);
  });

  it("does not take words running on into the next count as what a count counted", async () => {
    const a = await ask("h:2", "2024年梅州市教育局受理了多少件行政许可事项");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 540]);
  });
});

// bm-017…bm-157: zones asked the way people write them.
describe("zones asked by their short names", () => {
  const ask = askingOverPages(
    {
      "hitech.txt": ["重庆永川高新技术产业开发区管理委员会2024年政府信息公开工作年度报告", "一、总体情况", "2024年,主动公开政府信息52条。"].join("\n"),
      "bonded.txt": ["岳阳城陵矶综合保税区2019年政务信息公开年报", "一、总体情况", "2019年度共主动公开政务信息131条。"].join("\n"),
      "new-town.txt": ["陕西省西咸新区秦汉新城管理委员会2020年政府信息公开工作年度报告", "一、总体情况", "2020年,共主动公开政府信息4210条。"].join("\n"),
      "summed-up.txt": ["全面总结合肥高新区管委会2021年政府信息公开工作情况,现报告如下。", "一、总体情况", "2021年,主动公开政府信息198条。"].join("\n"),
      "county-zone.txt": ["泾县经济开发区管委会2022年政府信息公开工作年度报告", "一、总体情况", "2022年,主动公开政府信息61条。"].join("\n"),
    },
    new Date("2025-06-01T12:00:00"),
  );

  // bm-138…bm-141: the 区 closing a zone's name is no part of a kind after it.
  it("reaches a 高新区 written short with its 管委会", async () => {
    const a = await ask("z:1", "永川高新区管委会2024年主动公开多少条政府信息");
    expect([a.status, a.agency, a.figures[0]?.value]).toEqual(["answered", "重庆永川高新技术产业开发区管理委员会", 52]);
  });

  // bm-044…bm-049, bm-060…bm-065: the zone alone, written short or whole, names its committee.
  it("reaches a committee by its zone's name alone", async () => {
    const bonded = await ask("z:2", "城陵矶综保区2019年主动公开政务信息多少条");
    expect([bonded.status, bonded.figures[0]?.value]).toEqual(["answered", 131]);
    const town = await ask("z:3", "秦汉新城2020年共主动公开政府信息多少条");
    expect([town.status, town.figures[0]?.value]).toEqual(["answered", 4210]);
  });

  // bm-076…bm-078: 总结 before the body's name is what the report does, no part of the name.
  it("names a body summed up without the verb before it", async () => {
    const a = await ask("z:4", "合肥高新区管委会2021年主动公开政府信息多少条");
    expect([a.status, a.agency, a.figures[0]?.value]).toEqual(["answered", "合肥高新区管理委员会", 198]);
  });

  // bm-102…bm-106: 经济 of 经济开发区 is no place another zone's name may be read by.
  it("does not read a zone word's first characters as a place", async () => {
    const a = await ask("z:5", "安平临空经济区2022年网站信息发布了多少条");
    expect(a.status).toBe("not_found");
    expect(a.agency).not.toBe("泾县经济开发区管理委员会");
  });
});

// bc-034: 信息公开方面的责任追究 asks of 责任追究; 方面 is no word a report must write.
describe("a yes-or-no asked of a field's 方面", () => {
  const ask = askingOverPages(
    { "street.txt": ["西咸新区周陵街道办事处2023年度政府信息公开工作年度报告", "一、总体情况", "2023年,周陵街道未出现因政府信息公开工作引起的责任追究情况。"].join("\n") },
    new Date("2025-06-01T12:00:00"),
  );

  it("answers from the sentence saying none happened", async () => {
    const a = await ask("y:1", "周陵街道2023年有没有信息公开方面的责任追究");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("未出现因政府信息公开工作引起的责任追究情况");
  });
});

// bp-042: a government's 信息公开中心 is a part of it, answered by its report.
describe("a government's disclosure centre asked for", () => {
  const ask = askingOverPages(
    {
      "city.txt": ["衢州市人民政府2017年政府信息公开工作年度报告", "一、概述", "如对本报告有疑问,可与衢州市政府信息公开中心联系(电话:0570—3021234)。"].join("\n"),
      "bureau.txt": ["衢州市民政局2017年政府信息公开工作年度报告", "一、概述", "全年主动公开政府信息120条。"].join("\n"),
    },
    new Date("2025-06-01T12:00:00"),
  );

  it("answers from the government's report", async () => {
    const a = await ask("c:1", "衢州市政府信息公开中心电话(17年报)");
    expect([a.status, a.agency]).toEqual(["answered", "衢州市人民政府"]);
    expect(a.text).toContain("0570—3021234");
  });
});

// bu-031…bu-035: 市场 after a zone's 区 is no 市 of the zone's name.
describe("a zone's bureau of market supervision taken apart", () => {
  it("keeps 市场 with the bureau's kind", () => {
    expect(splitAgencyName("潍坊高新区市场监督管理局", ["山东省", "潍坊市"])).toEqual({ places: ["潍坊高新区"], kind: "市场监督管理局" });
    expect(splitAgencyName("凉州区民政局")).toEqual({ places: ["凉州区"], kind: "民政局" });
  });
});

// ax-036, ax-042, bi-015, bp-142, bt-057: the body a page's header names as its publisher or source.
describe("the publisher a page's header names", () => {
  const ask = askingOverPages(
    {
      "source.txt": ["铁西区应急管理局2019年政府信息公开工作年度报告", "更新日期:2020-01-22 信息来源:铁西区政务公开办 浏览:", "一、概述", "全年主动公开政府信息46条。"].join("\n"),
      "table.txt": ["标 题 | 青海省气象局关于2017年度政府信息公开工作情况的报告 | ||", "索引号 | 000014348/2018-00021 | 文 号 | |", "发布机构 | 青海省气象局办公室 | 发布日期 | 2018-02-05 09:30:00 |", "一、概述", "全年主动公开政府信息88条。"].join("\n"),
    },
    new Date("2025-06-01T12:00:00"),
  );

  it("answers 信息来源 and 发布机构 with the header's value", async () => {
    const source = await ask("p:1", "铁西区应急局2019年信息公开年报信息来源写的是哪个单位");
    expect([source.status, source.citations[0]?.quote.includes("铁西区政务公开办")]).toEqual(["answered", true]);
    const table = await ask("p:2", "青海省气象局17年信息公开报告的发布机构是?");
    expect([table.status, table.text.includes("青海省气象局办公室")]).toEqual(["answered", true]);
  });
});

// br-141, br-082, br-057: contact lines with a page's slips, and names asked in a few more ways.
describe("contact details and names asked the BR set's ways", () => {
  const ask = askingOverPages(
    {
      "finance.txt": [
        "赣县区财政局2020年政府信息公开工作年度报告",
        "一、总体情况",
        "如对本报告有任何疑问,请与赣县区财政局联系(地址:赣县区客家大道8号,电话:0797-4432100,邮编:gxqcz@163.com)。",
        "如对本报告有疑问,请联系赣县区财政局办公室(地址:赣县区人民政府五楼)。",
      ].join("\n"),
      "statistics.txt": ["池州市统计局2018年政府信息公开工作年度报告", "一、概述", "(2)认真做好“池州统计”政务微博和维护工作,发布统计数据。"].join("\n"),
    },
    new Date("2025-06-01T12:00:00"),
  );

  it("answers an email written after another contact's label", async () => {
    const a = await ask("b:1", "赣县区财政局2020年报里留的邮箱是什么");
    expect([a.status, a.text.includes("gxqcz@163.com")]).toEqual(["answered", true]);
  });

  it("asks an office's address by 在什么地方 however the question goes on", async () => {
    const a = await ask("b:2", "赣县区财政局办公室在什么地方?20年年报里写的");
    expect([a.status, a.text.includes("赣县区人民政府五楼")]).toEqual(["answered", true]);
  });

  it("asks a 微博's name", async () => {
    const a = await ask("b:3", "池州统计局2018年运维的政务微博名称?");
    expect([a.status, a.text.includes("池州统计")]).toEqual(["answered", true]);
  });
});
