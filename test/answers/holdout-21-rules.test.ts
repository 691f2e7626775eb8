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
