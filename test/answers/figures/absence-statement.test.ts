import { describe, expect, it } from "vitest";
import { absenceStatement } from "../../../src/answers/figures/absence-statement.ts";
import { reportOfPage } from "./report-of-page.ts";

// ap-030, ap-111 (holdout AP): 有没有收到…申请 answered by a table's 0, while the report says so in words.
describe("the sentence saying in words that nothing was received", () => {
  const detail = reportOfPage(
    [
      "示例街道办事处2020年政府信息公开工作年度报告",
      "一、总体情况",
      "2020年度我街办未接到提出公开政府信息的申请。2020年示例街道办未发生因政府信息公开申请提起的行政复议和行政诉讼案件。",
      "全年未收到行政许可申请;",
    ].join("\n"),
  );

  it("is the one whose negated words end with the thing asked", () => {
    expect(absenceStatement(detail, "有没有收到信息公开申请")?.text.trim()).toBe("2020年度我街办未接到提出公开政府信息的申请。");
    expect(absenceStatement(detail, "收到过行政许可申请吗")?.text.trim()).toBe("全年未收到行政许可申请;");
    expect(absenceStatement(detail, "有没有被行政复议")?.text.trim()).toBe("2020年示例街道办未发生因政府信息公开申请提起的行政复议和行政诉讼案件。");
  });

  it("is none where no negated words share enough with the question", () => {
    expect(absenceStatement(detail, "有没有收费")).toBeNull();
  });
});
