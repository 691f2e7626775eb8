import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { inlineHeadings, lostBreaks } from "../../src/ingest/lost-breaks.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";

// Made-up page. Generalizes h6-024, h6-027, h6-028, h6-030 and h6-147 (holdout6): a crawler that
// collapsed a page's line breaks leaves the breadcrumb, every heading, sentence and template table
// row of a report on one line, the rows' cells glued together.
const BODY = [
  "当前位置： 首页政务公开年报 示例区2021年度政府信息公开工作年度报告 来源：示例区人民政府 时间：2022-02-08 16:34 分享 打印 -->",
  "根据《条例》要求，我区编制完成了本报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。联系地址：示例区政务大楼8层；电话：0000-1234567。",
  "一、总体情况2021年，我区深化政务公开。（一）主动公开方面。全年主动公开政府信息1375条，推出12期《示例问政》栏目。（二）依申请公开方面。本年度共收到31件申请。",
  "二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 000行政规范性文件582241",
  "第二十条第（五）项信息内容本年处理决定数量行政许可1864 第二十条第（六）项信息内容 本年处理决定数量行政处罚935行政强制17",
  "第二十条第（八）项信息内容 本年收费金额（单位：万元）行政事业性收费1234.5",
  "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他",
  "一、本年新收政府信息公开申请数量290011031二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开120000012",
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）400000 4（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000",
  "（七）总计29 0 01 1 031四、结转下年度继续办理0000000",
  " 四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计30104120001200000",
  "五、存在的主要问题及改进情况（一）存在的主要问题：政策解读形式不够丰富。（二）改进措施：一是丰富解读形式。六、其他需要报告的事项2021年，无收取信息处理费情况。",
].join("");
const PAGE = `标题: 示例区2021年度政府信息公开工作年度报告\n${BODY}\n`;

// The 2021 template's six headings, as the made-up page writes them.
const TEMPLATE_HEADINGS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

describe("a page that lost its line breaks", () => {
  const [report] = parseFile({ bytes: new TextEncoder().encode(PAGE), name: "page.txt" }).reports;
  const value = (metric: string) => report!.figures.find((f) => f.metric === metric)?.value;

  it("finds the template's headings inside the line, in order, and where their words end", () => {
    const heads = inlineHeadings(BODY).map((h) => BODY.slice(h.start, h.end ?? h.start + 8));
    expect(heads).toEqual(TEMPLATE_HEADINGS);
  });

  it("puts nothing back in a page that kept its lines", () => {
    const kept = "一、总体情况\n2021年，我区深化政务公开。全年主动公开政府信息1375条。\n二、主动公开政府信息情况\n";
    expect(lostBreaks(kept, splitLines(kept))).toEqual([]);
  });

  it("reads the sections the headings open, and the breadcrumb as no report text", () => {
    expect(report!.sections.map((s) => s.heading)).toEqual(["", ...TEMPLATE_HEADINGS]);
    expect(report!.passages.some((p) => p.text.includes("当前位置"))).toBe(false);
    expect(report!.passages.map((p) => p.text)).toContain("联系地址：示例区政务大楼8层；电话：0000-1234567。");
  });

  it("reads prose figures sentence by sentence", () => {
    expect(value("proactive.total")).toBe(1375);
    expect(report!.figures.find((f) => f.value === 12 && f.unit === "期")?.quote).toBe("全年主动公开政府信息1375条，推出12期《示例问政》栏目。");
  });

  it("reads single-number rows under their metric keys", () => {
    expect(value("art20.licensing.decisions")).toBe(1864);
    expect(value("art20.punishment.decisions")).toBe(935);
    expect(value("art20.enforcement.decisions")).toBe(17);
    expect(value("art20.fees.amount")).toBe(1234.5);
    expect(report!.figures.find((f) => f.metric === "art20.licensing.decisions")?.quote).toBe("行政许可1864");
  });

  it("reads a glued row where one split alone fits the template: all zeros, or parts that sum to the 总计", () => {
    expect([value("art20.regulation.issued"), value("art20.regulation.repealed"), value("art20.regulation.in_force")]).toEqual([0, 0, 0]);
    // 290011031 → 29 | 0 | 0 | 1 | 1 | 0 | 31
    expect(["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"].map((c) => value(`applications.new.${c}`))).toEqual([
      29, 0, 0, 1, 1, 0, 31,
    ]);
    // 120000012: only 12 | 0 | 0 | 0 | 0 | 0 | 12 sums (1 | 20 | … | 12 does not, 012 is no number).
    expect(value("applications.granted.total")).toBe(12);
    expect(value("applications.partly_granted.total")).toBe(4);
    expect(value("applications.refused.law_prohibited.total")).toBe(0);
    expect(value("applications.results_total.total")).toBe(31);
    expect(value("applications.carried_forward.total")).toBe(0);
  });

  it("reads the reconsideration and litigation row glued to its header where each block's 总计 fits", () => {
    // 30104120001200000 → 3 0 1 0 4 | 12 0 0 0 12 | 0 0 0 0 0, the one split whose blocks add up
    expect([value("review.maintained"), value("review.other"), value("review.total")]).toEqual([3, 1, 4]);
    expect([value("litigation_direct.maintained"), value("litigation_direct.total")]).toEqual([12, 12]);
    expect(value("litigation_after_review.total")).toBe(0);
  });

  it("stores nothing for a glued row that splits more than one way, and says so", () => {
    // 582241: 58 | 2 | 241, 5 | 82 | 241, 582 | 2 | 41 … nothing ties them together.
    expect(value("art20.normative_document.in_force")).toBeUndefined();
    expect(report!.warnings.filter((w) => w.code === "glued_row_unread").map((w) => w.message)).toEqual([
      "表格行「行政规范性文件」的数字连在一起（582241），拆分不唯一，未读取",
    ]);
  });
});
