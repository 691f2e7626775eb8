import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";

function figuresOf(text: string) {
  return extractFigures(buildFigureInput(text)).figures.map((f) => ({
    metric: f.metric,
    label: f.label,
    value: f.value,
    unit: f.unit,
    approximate: f.approximate,
  }));
}

describe("figures in single sentences", () => {
  it("reads Chinese numerals with 余 as approximate", () => {
    expect(figuresOf("全年主动公开政府信息一千三百余条。")).toEqual([
      { metric: "proactive.total", label: "主动公开政府信息", value: 1300, unit: "条", approximate: true },
    ]);
    expect(figuresOf("办理人大建议二十三件。")).toEqual([
      { metric: "misc", label: "人大建议", value: 23, unit: "件", approximate: false },
    ]);
  });

  it("reads 近 and 约 as approximate and keeps 万 in the unit", () => {
    expect(figuresOf("网站全年访问量约11.5万人次。")).toEqual([
      { metric: "misc", label: "网站全年访问量", value: 11.5, unit: "万人次", approximate: true },
    ]);
    expect(figuresOf("共接待来访群众近300人次。")).toEqual([
      { metric: "misc", label: "来访群众", value: 300, unit: "人次", approximate: true },
    ]);
  });

  it("gives a numbered application count its canonical metric", () => {
    expect(figuresOf("2015年共收到依申请公开3件,均已按时答复。")).toEqual([
      { metric: "applications.new.total", label: "依申请公开", value: 3, unit: "件", approximate: false },
    ]);
    expect(figuresOf("全年收取信息公开费用0元。")).toEqual([
      { metric: "fees.total", label: "信息公开费用", value: 0, unit: "元", approximate: false },
    ]);
  });

  it("takes no figure from years, dates, index numbers, phone numbers, ordinals, law titles or articles", () => {
    expect(
      figuresOf(
        [
          "索引号:000472016/2011-01042",
          "2010年6月12日上报,联系电话:0796-8203322。",
          "根据《条例》第二十条第(一)项的规定,一是加强领导;二是完善制度。",
          "组织学习《关于做好2012年10项重点工作的通知》。",
          "配备了一名工作人员和一台电脑,在千家万户中宣传。",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("labels a figure after another in the same clause by the text between them", () => {
    expect(figuresOf("现存档案58个全宗、7198卷。").map((f) => [f.label, f.value, f.unit])).toEqual([
      ["现存档案全宗", 58, "个"],
      ["全宗", 7198, "卷"],
    ]);
  });
});

describe("zeros stated in words", () => {
  const zero = (text: string) => figuresOf(text).map((f) => [f.metric, f.value, f.unit]);

  it("reads 无, 未, 没有 before the subject", () => {
    expect(zero("本年度没有受理政府信息公开申请。")).toEqual([["applications.new.total", 0, "件"]]);
    expect(zero("全年未收取任何信息公开费用。")).toEqual([["fees.total", 0, "元"]]);
    expect(zero("本机关未发生因政府信息公开引起的行政复议和行政诉讼。")).toEqual([
      ["review.total", 0, "件"],
      ["litigation.total", 0, "件"],
    ]);
  });

  it("reads a fee stated as 为零", () => {
    expect(zero("政府信息公开收费为零。")).toEqual([["fees.total", 0, "元"]]);
  });

  it("reads a reconsideration-only statement as review alone", () => {
    expect(zero("未发生针对本部门政府信息公开事务的行政复议案。")).toEqual([["review.total", 0, "件"]]);
  });

  it("does not take an application for reconsideration as an application for information", () => {
    expect(zero("没有因政府信息公开申请行政复议的情况。")).toEqual([["review.total", 0, "件"]]);
  });

  it("does not read 无法 or 无正当理由 as a denial", () => {
    expect(zero("对无法提供的信息及时告知申请人,对无正当理由大量反复申请的不予处理。")).toEqual([]);
  });

  it("states one zero per subject, the first", () => {
    expect(zero("2013年,我局未收到政府信息公开申请。\n本年度,我局未收到政府信息公开申请,因此无处理情况。")).toEqual([
      ["applications.new.total", 0, "件"],
    ]);
  });
});

describe("breakdowns", () => {
  it("does not warn when exhaustive parts add up", () => {
    const { warnings } = extractFigures(
      buildFigureInput("共公开信息348条,其中:法规文件信息74条、工作动态信息165条、其它信息109条。"),
    );
    expect(warnings).toEqual([]);
  });

  it("warns when parts ending in 其他 do not add up to the total", () => {
    const { warnings } = extractFigures(buildFigureInput("共公开信息100条,其中工作动态60条,其他信息30条。"));
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      ["narrative.parts_mismatch", "“公开信息100条”的分项之和与总数不符：工作动态60条、其他信息30条"],
    ]);
  });

  it("does not warn when parts that are not exhaustive fall short of the total", () => {
    const { warnings } = extractFigures(buildFigureInput("共公开信息100条,其中工作动态60条。"));
    expect(warnings).toEqual([]);
  });
});
