import { describe, expect, it } from "vitest";
import { sectionKind } from "../../src/ingest/section-kind.ts";

describe("sectionKind", () => {
  it("maps the heading variants of each part to one canonical kind", () => {
    const cases: Array<[string, string | null]> = [
      ["概述", "overview"],
      ["总体情况", "overview"],
      ["政府信息公开工作情况", "overview"],
      ["主动公开政府信息情况", "proactive"],
      ["主动公开政府信息的情况", "proactive"],
      ["公开政府信息情况", "proactive"],
      ["政府信息主动公开情况", "proactive"],
      ["依申请公开政府信息情况", "applications"],
      ["收到和处理政府信息公开申请情况", "applications"],
      ["依申请公开、不予公开及咨询政府信息情况", "applications"],
      ["政府信息公开的收费及减免情况", "fees"],
      ["依申请信息公开收费及减免情况", "fees"],
      ["因政府信息公开申请行政复议、提起行政诉讼的情况", "review_litigation"],
      ["政府信息公开行政复议、行政诉讼情况", "review_litigation"],
      ["存在的主要问题及改进情况", "problems"],
      ["政府信息公开工作存在的主要问题及改进措施", "problems"],
      ["存在的不足", "problems"],
      ["其他需要报告的事项", "other"],
      ["取得了成效", null],
    ];
    for (const [heading, kind] of cases) expect(sectionKind(heading), heading).toBe(kind);
  });
});
