import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-2");

describe("answer rules over the second held-out reports", () => {
  const ask = askingOver(HELDOUT, new Date("2025-03-01T12:00:00"));
  const head = (text: string) => text.split("\n")[0];

  it("reads short names of offices and development zones", async () => {
    expect((await ask("s:1", "山东交通厅2022年主动公开多少条信息")).agency).toBe("山东省交通运输厅");
    expect((await ask("s:2", "番禺政数局2024年行政处罚多少件")).agency).toBe("广州市番禺区政务服务数据管理局");
    expect((await ask("s:3", "遂宁经开区管委会2020年行政复议几件")).agency).toBe("遂宁经济技术开发区管理委员会");
    expect((await ask("s:4", "遂宁经开区2020年组织了几次政府开放日")).figures.map((f) => f.value)).toEqual([2]);
  });

  it("answers a renamed office's short name with the office so named, unless only the old one holds the year", async () => {
    expect((await ask("s:5", "淇县卫健委主动公开了多少条信息")).agency).toBe("淇县卫生健康委员会");
    expect((await ask("s:6", "淇县卫生局主动公开了多少条信息")).agency).toBe("淇县卫生局");
    expect((await ask("s:7", "淇县卫健委2010年主动公开了多少条")).agency).toBe("淇县卫生局");
    expect((await ask("s:8", "宾县国土局主动公开了多少条")).agency).toBe("宾县国土资源局");
  });

  it("answers a measure word the asked figure never carries with a count in that measure", async () => {
    expect(head((await ask("s:9", "萧山区应急管理局2022年发布了多少期预警提示信息")).text)).toBe("杭州市萧山区应急管理局2022年年报：各类预警提示信息 **68期**。");
    expect(head((await ask("s:10", "六道湾街道2023年入户宣传覆盖了多少户居民")).text)).toBe("乌鲁木齐市水磨沟区六道湾街道办事处2023年年报：入户宣传覆盖居民 **2.1万余户**。");
  });

  it("matches a question in simplified script against a report in traditional script", async () => {
    expect((await ask("s:11", "修武教育体育局2017年公开招聘了多少名教师")).figures.map((f) => [f.label, f.value])).toEqual([["面向社會公開招聘教師", 86]]);
  });

  it("prefers the figure the question names whole over a category or a longer label", async () => {
    expect((await ask("s:12", "番禺区政务服务数据管理局2024年政务服务事项网上可办率是多少")).figures.map((f) => f.value)).toEqual([99.5]);
    expect(head((await ask("s:13", "萧山区应急管理局2022年微信公众号关注人数")).text)).toBe("杭州市萧山区应急管理局2022年年报：关注人数 **约3.2万人**。");
  });

  it("answers the current regulations, not the normative documents, when asked for 规章", async () => {
    expect((await ask("s:14", "山东省交通运输厅2022年现行有效的规章有多少件")).figures.map((f) => [f.metric, f.value])).toEqual([["art20.regulation.in_force", 19]]);
  });

  it("reads a denial of charges in the fees section as no fees", async () => {
    const a = await ask("s:15", "沙河镇2013年有没有收费");
    expect([a.status, a.figures.map((f) => [f.metric, f.value])]).toEqual(["answered", [["fees.total", 0]]]);
  });

  it("names a disclosure category by its head noun or a short name of it", async () => {
    expect((await ask("s:16", "长赤镇2013年民生信息公开了多少条")).figures.map((f) => f.value)).toEqual([53]);
    expect((await ask("s:17", "修武县教体局2017年政策法规类信息公开了多少条")).figures.map((f) => f.value)).toEqual([58]);
    expect((await ask("s:18", "淇县卫生局2010年新农合补偿信息多少条")).figures.map((f) => f.value)).toEqual([45]);
  });

  it("answers the part of a total the question names", async () => {
    expect(head((await ask("s:19", "鹤岗市公安局2008年网上申请几件")).text)).toBe("鹤岗市公安局2008年年报：网上申请 **4件**。");
  });

  it("never answers with a figure counted in another measure than the question's", async () => {
    const a = await ask("s:20", "淇县卫生局2010年新农合参合率有多少条");
    expect([a.status, a.figures]).toEqual(["no_figure", []]);
    expect((await ask("s:21", "淇县卫健委2020年核酸检测多少人份")).figures.map((f) => [f.value, f.unit])).toEqual([[4.3, "万人份"]]);
  });

  it("reads a place followed by an office's short key (鹤岗公安) as that office", async () => {
    expect((await ask("s:22", "鹤岗公安2008年主动公开多少条")).agency).toBe("鹤岗市公安局");
  });
});

