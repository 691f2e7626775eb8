import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// an-083 (holdout AN), a2014-064: a sentence citing two documents of one issuer and year.
describe("a document number asked of a sentence citing several", () => {
  const ask = askingOverPages(
    {
      "page.txt": [
        "示例县人民政府2016年政府信息公开工作年度报告",
        "一、概述",
        "2016年,示例县按照《省人民政府办公厅关于印发2016年全省政务公开和政务服务工作要点的通知》(鄂政办发〔2016〕12号)、《省人民政府办公厅关于印发2016年全省政务公开工作要点的通知》(鄂政办发〔2016〕44号)的总体要求,健全机制。",
        "本年度报告依据《中华人民共和国政府信息公开条例》(国务院令〔2007〕第492号)和《示例省实施办法》(省政府令〔2008〕第9号)规定编制而成。",
        "二、主动公开政府信息情况",
        "本年主动公开政府信息120条。",
      ].join("\n"),
    },
    new Date("2017-06-01T12:00:00"),
  );

  it("answers the one whose title the question names", async () => {
    const plain = await ask("d:1", "示例县2016年报提到的全省政务公开工作要点是鄂政办发〔2016〕几号");
    const services = await ask("d:2", "示例县2016年报提到的全省政务公开和政务服务工作要点是鄂政办发〔2016〕几号");
    expect([plain.figures.map((f) => f.value), plain.text.split("\n")[0], services.figures.map((f) => f.value)]).toEqual([
      [44],
      "示例县人民政府2016年年报：「鄂政办发〔2016〕44号」",
      [12],
    ]);
  });

  // an-113 (holdout AN): 省政府令 asked of a government's report, whose name's 政府 the asking part leaves out.
  it("answers the one of the issuer the question names, shown as the answer", async () => {
    const a = await ask("d:3", "示例县政府2016年报引用的实施办法是省政府令〔2008〕第几号");
    expect([a.figures.map((f) => f.value), a.text.split("\n")[0]]).toEqual([[9], "示例县人民政府2016年年报：「省政府令〔2008〕第9号」"]);
  });
});

