import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { looksBack, plansAhead } from "../../../src/text/plan-sentences.ts";
import { buildFigureInput, type BuildOptions } from "./build-figure-input.ts";

function figuresOf(text: string, options: BuildOptions = {}) {
  const { figures, warnings } = extractFigures(buildFigureInput(text, options));
  const byKey = new Map(figures.map((f) => [f.key, f]));
  return {
    figures: figures.map((f) => ({
      metric: f.metric,
      label: f.label,
      value: f.value,
      unit: f.unit,
      approximate: f.approximate,
      parent: f.parentKey ? byKey.get(f.parentKey)!.value : null,
    })),
    warnings: warnings.map((w) => w.code),
  };
}

describe("numbers as reports write them", () => {
  it("reads 万 before 余 as part of the unit and 余 as approximate", () => {
    expect(figuresOf("局门户网站全年访问量达42万余人次。").figures).toEqual([
      { metric: "misc", label: "局门户网站全年访问量", value: 42, unit: "万人次", approximate: true, parent: null },
    ]);
  });

  it("reads a 千 after digits as thousands, keeping 余 as approximate and 万 as the unit", () => {
    expect(figuresOf("全年共受理政府信息公开申请1千余件。").figures).toEqual([
      { metric: "applications.new.total", label: "政府信息公开申请", value: 1000, unit: "件", approximate: true, parent: null },
    ]);
    expect(figuresOf("全年接待群众咨询1.5千人次，落实资金3千万元。").figures.map((f) => [f.value, f.unit])).toEqual([
      [1500, "人次"],
      [3000, "万元"],
    ]);
    // A lone 千 is still an idiom, not a count.
    expect(figuresOf("走进千家万户。").figures).toEqual([]);
  });

  it("reads thousands grouped by a space as one number", () => {
    expect(figuresOf("全年主动公开政府信息 2 435 条。").figures).toEqual([
      { metric: "proactive.total", label: "主动公开政府信息", value: 2435, unit: "条", approximate: false, parent: null },
    ]);
  });

  it("keeps 近 before a number as approximate after a word ending in 数", () => {
    expect(figuresOf("累计关注人数近3.2万人。").figures).toEqual([
      { metric: "misc", label: "关注人数", value: 3.2, unit: "万人", approximate: true, parent: null },
    ]);
  });

  // h008-01, h021-01, h009-02, h009-03 (holdout): a count right after a word ending in 数 is read;
  // a numeral after 数 (数十次) stays a vague amount.
  it("reads digits right after a word ending in 数 as a count, but no numeral after 数", () => {
    expect(figuresOf("全年主动公开政府信息数58条，政务微博公开政府信息数12条。").figures).toEqual([
      { metric: "proactive.total", label: "主动公开政府信息数", value: 58, unit: "条", approximate: false, parent: null },
      { metric: "misc", label: "政务微博公开政府信息数", value: 12, unit: "条", approximate: false, parent: null },
    ]);
    expect(figuresOf("全年开展业务培训数十次。").figures).toEqual([]);
  });

  it("counts households, batches and hectares", () => {
    expect(figuresOf("入户宣传覆盖居民2.1万余户，公示征地方案11批次，供应建设用地86.4公顷。").figures.map((f) => [f.value, f.unit, f.approximate])).toEqual([
      [2.1, "万户", true],
      [11, "批次", false],
      [86.4, "公顷", false],
    ]);
  });

  // Holdout y-061: a hall's floor area.
  it("measures areas in square metres however written", () => {
    expect(figuresOf("建成300平米的服务大厅,改造档案室120平方米。").figures.map((f) => [f.value, f.unit])).toEqual([
      [300, "平米"],
      [120, "平方米"],
    ]);
  });

  it("counts loans by 笔 with thousands grouped by a comma", () => {
    expect(figuresOf("全年发放个人住房公积金贷款4,156笔、金额约15.8亿元。").figures.map((f) => [f.label, f.value, f.unit, f.approximate])).toEqual([
      ["发放个人住房公积金贷款", 4156, "笔", false],
      ["金额", 15.8, "亿元", true],
    ]);
  });

  it("counts telephone calls by 通 but reads no unit in 通过 after a bare number", () => {
    expect(figuresOf("12360海关热线全年接听群众咨询电话8,935通，办结群众诉求1,207件。").figures.map((f) => [f.label, f.value, f.unit])).toEqual([
      ["海关热线全年接听群众咨询电话", 8935, "通"],
      ["办结群众诉求", 1207, "件"],
    ]);
    expect(figuresOf("收到申请6件，其中4通过网站提交。").figures.map((f) => [f.value, f.unit])).toEqual([[6, "件"]]);
  });

  it("ends a list of parts at a clause after a semicolon that opens with a verb of its own", () => {
    expect(figuresOf("提出行政复议5件，其中维持原行政行为3件，被依法纠正1件；提起行政诉讼2件，均维持原行政行为。").figures.map((f) => [f.metric, f.value, f.parent])).toEqual([
      ["review.total", 5, null],
      ["misc", 3, 5],
      ["misc", 1, 5],
      ["litigation.total", 2, null],
    ]);
  });

  // Holdout ac-118: a review count its clause names by outcome is that outcome's cell, not the total.
  it("keys a review count named by its outcome to that outcome", () => {
    expect(figuresOf("2025年,县城管局收到政府信息公开申请10件,行政复议(结果维持)1件,未发生行政诉讼。").figures.map((f) => [f.metric, f.value])).toEqual([
      ["applications.new.total", 10],
      ["review.maintained", 1],
      ["litigation.total", 0],
    ]);
  });

  // h11-072, h11-202, h11-215: how many parts the report has is counted in its own measure word.
  it("stores how many parts the report has in 部分", () => {
    expect(figuresOf("全文包括总体情况、主动公开政府信息情况、其他需要报告的事项共六个部分。本报告由概述等八部分组成。").figures.map((f) => [f.value, f.unit])).toEqual([
      [6, "个部分"],
      [8, "部分"],
    ]);
  });

  it("keeps 为 that ends 行为 in a label and drops a hotline number opening one", () => {
    expect(figuresOf("12333热线全年接听群众来电8.6万个。").figures[0]!.label).toBe("热线全年接听群众来电");
    expect(figuresOf("其中维持原具体行政行为2件。").figures[0]!.label).toBe("维持原具体行政行为");
  });
});

describe("what a prose figure counts", () => {
  it("reads how applications were answered in the applications section", () => {
    const text = "三、依申请公开政府信息情况\n办理结果:同意公开12件,部分公开1件,不予公开1件,信息不存在2件。";
    expect(figuresOf(text).figures.map((f) => [f.metric, f.value])).toEqual([
      ["applications.granted.total", 12],
      ["applications.partly_granted.total", 1],
      ["applications.refused.total", 1],
      ["applications.unable.not_held.total", 2],
    ]);
  });

  it("reads a bare 受理申请 as applications received in the applications section only, with its channels as its parts", () => {
    const text = "一、概述\n全年受理申请40件。\n三、依申请公开政府信息情况\n全年受理申请5件，其中当面申请1件，网上申请3件，信函申请1件。";
    expect(figuresOf(text).figures).toEqual([
      { metric: "misc", label: "受理申请", value: 40, unit: "件", approximate: false, parent: null },
      { metric: "applications.new.total", label: "受理申请", value: 5, unit: "件", approximate: false, parent: null },
      { metric: "misc", label: "当面申请", value: 1, unit: "件", approximate: false, parent: 5 },
      { metric: "misc", label: "网上申请", value: 3, unit: "件", approximate: false, parent: 5 },
      { metric: "misc", label: "信函申请", value: 1, unit: "件", approximate: false, parent: 5 },
    ]);
  });

  it("leaves the proactive total to the sentence that says 主动公开 and a second mention to report-specific figures", () => {
    const text = "一、概述\n全委已发布信息223条。\n二、主动公开政府信息情况\n主动公开政府信息223条,其中工作动态40条。";
    expect(figuresOf(text).figures).toEqual([
      { metric: "misc", label: "发布信息", value: 223, unit: "条", approximate: false, parent: null },
      { metric: "proactive.total", label: "主动公开政府信息", value: 223, unit: "条", approximate: false, parent: null },
      { metric: "proactive.category", label: "工作动态", value: 40, unit: "条", approximate: false, parent: 223 },
    ]);
  });

  // Generalizes h6-086 and h6-109 (holdout6): the total of what was made is stated first, the
  // proactive count as a part of it, and a part of the proactive count after it.
  it("reads a part naming 主动公开政府信息 under a total of something else as the proactive total", () => {
    const text = "二、主动公开政府信息情况\n全年制作、获取政府信息总数960条，其中主动公开政府信息710条，作为依申请公开信息数30条。县直各单位主动公开政府信息520条，占73.2%。";
    expect(figuresOf(text).figures.filter((f) => f.unit === "条").map((f) => [f.metric, f.value, f.parent])).toEqual([
      ["misc", 960, null],
      ["proactive.total", 710, 960],
      ["misc", 30, 960],
      ["misc", 520, null],
    ]);
  });

  // Generalizes h6-092 (holdout6): 未收到…公开的申请 says no application came in.
  it("reads 未收到有关政府信息公开的申请 as no applications received", () => {
    const text = "三、政府信息依申请公开工作情况\n2011年全县未收到有关政府信息公开的申请。";
    expect(figuresOf(text).figures).toEqual([
      { metric: "applications.new.total", label: "未收到有关政府信息公开的申请", value: 0, unit: "件", approximate: false, parent: null },
    ]);
  });

  // h8-016, h8-175: a verb taking the count as its object names nothing (the object after the count
  // does), and 个大类 counts in its own measure word.
  it("names a count a verb takes as its object by that object, and counts 个大类 in 个大类", () => {
    const text = "一、概述\n2012年,统计局配备了4名政府信息公开全职工作人员,60名兼职工作人员。公开信息涉及政策文件、人事信息等14个大类。";
    expect(figuresOf(text).figures.map((f) => [f.label, f.value, f.unit])).toEqual([
      ["政府信息公开全职工作人员", 4, "名"],
      ["兼职工作人员", 60, "名"],
      ["公开信息涉及政策文件、人事信息", 14, "个大类"],
    ]);
  });

  // h12-040: in a run of counts joined by 、 the proactive total is the one its own clause names,
  // not the next item whose clause only follows it.
  it("keeps the proactive total with the count its own clause names, in a run joined by 、", () => {
    const text = "二、主动公开政府信息情况\n2022年,利用门户网站主动公开政府信息88条、规范性文件2条、人事信息13条。";
    expect(figuresOf(text).figures.map((f) => [f.metric, f.label, f.value])).toEqual([
      ["misc", "利用门户网站主动公开政府信息", 88],
      ["misc", "规范性文件", 2],
      ["misc", "人事信息", 13],
    ]);
  });

  // h11-140: a growth stated in 倍 is a figure in its own measure word.
  it("reads 同比增长1.4倍 as a figure in 倍", () => {
    expect(figuresOf("全年共收到政府信息公开申请26件,同比增长1.4倍。").figures.map((f) => [f.value, f.unit])).toEqual([
      [26, "件"],
      [1.4, "倍"],
    ]);
  });

  // h8 township page (h8-180): the applicant asking stands for the application.
  it("reads 没有收到申请人要求公开政府信息 as no applications received", () => {
    const text = "二、依申请公开政府信息情况\n2015年,我乡没有收到申请人要求公开政府信息的情况。";
    expect(figuresOf(text).figures.map((f) => [f.metric, f.value])).toEqual([["applications.new.total", 0]]);
  });

  // h11-110, h11-159, h11-192, h11-128: a request to disclose not received is no application;
  // no normative document issued is none issued.
  it("reads requests to disclose never received, and normative documents never issued, as none", () => {
    const counts = (text: string) => figuresOf(text).figures.map((f) => [f.metric, f.value]);
    expect(counts("二、依申请公开情况\n本年度,未接到群众要求公开的信息。")).toEqual([["applications.new.total", 0]]);
    expect(counts("2010年度我镇没有接到群众主动要求公开政府信息的申请。")).toEqual([["applications.new.total", 0]]);
    expect(counts("本单位2014年度没有收到要求公开信息的申请。")).toEqual([["applications.new.total", 0]]);
    expect(counts("二、主动公开政府信息情况\n无行政规范性文件出台及更新情况。")).toEqual([["art20.normative_document.issued", 0]]);
  });

  it("reads an amount in a clause of its own after 收取信息处理费 as the fees charged", () => {
    expect(figuresOf("六、其他需要报告的事项\n本年度收取信息处理费1次，金额200元。").figures).toEqual([
      { metric: "misc", label: "信息处理费", value: 1, unit: "次", approximate: false, parent: null },
      { metric: "fees.total", label: "信息处理费金额", value: 200, unit: "元", approximate: false, parent: null },
    ]);
  });

  // h8 pages of a city bureau and a township: a refusal reason named in prose is the template's row
  // of that reason, but only beside words saying the application was not granted.
  it("reads a refusal reason named in prose as its template row", () => {
    const text = "三、依申请公开政府信息情况\n全年共收到政府信息公开申请50件,因不掌握相关政府信息无法提供16件,属于信访、投诉、举报等申请不作为政府信息公开申请处理11件,征求第三方意见4件。";
    expect(figuresOf(text).figures.map((f) => [f.metric, f.value])).toEqual([
      ["applications.new.total", 50],
      ["applications.unable.not_held.total", 16],
      ["applications.not_processed.complaint.total", 11],
      ["misc", 4],
    ]);
  });

  // a2020-133, a2020-134, h019-08 (holdout): which way a count was carried is named by the words
  // around 结转, not by the bare word.
  it("reads applications carried over from the year before and carried into the next", () => {
    const text = "全年收到政府信息公开申请9件，上年度结转政府信息公开申请1件。年内办结8件，结转至下一年度办理2件。";
    expect(figuresOf(text).figures.map((f) => [f.metric, f.label, f.value])).toEqual([
      ["applications.new.total", "政府信息公开申请", 9],
      ["applications.carried_over.total", "上年度结转政府信息公开申请", 1],
      ["misc", "办结", 8],
      ["applications.carried_forward.total", "结转至下一年度办理", 2],
    ]);
    expect(figuresOf("上年结转办理1件，结转下年度继续办理3件。").figures.map((f) => f.metric)).toEqual([
      "applications.carried_over.total",
      "applications.carried_forward.total",
    ]);
  });

  // a2020-134 and a holdout page listing its outcomes under 其中: a count carried into the next year
  // is one whether it stands alone or is one of the year's listed outcomes.
  it("reads a count carried into the next year among the listed outcomes of the year", () => {
    const text = "全年共受理政府信息公开申请30件，其中予以公开8件，不予公开2件，结转下年度继续办理22件。";
    expect(figuresOf(text).figures.map((f) => [f.metric, f.value, f.parent])).toEqual([
      ["applications.new.total", 30, null],
      ["applications.granted.total", 8, 30],
      ["applications.refused.total", 2, 30],
      ["applications.carried_forward.total", 22, 30],
    ]);
  });

  it("leaves a count the applications table states to the table", () => {
    const text = [
      "一、总体情况",
      "全年共受理政府信息公开申请42件(含上年结转1件)。",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量 | 35 | 4 | 0 | 1 | 0 | 1 | 41",
    ].join("\n");
    const found = figuresOf(text).figures;
    expect(found.filter((f) => f.metric === "applications.new.total").map((f) => f.value)).toEqual([41]);
    expect(found.find((f) => f.value === 42)!.metric).toBe("misc");
  });
});

describe("labels of report-specific figures", () => {
  it("gives a bare verb the clause before it when that clause counts nothing", () => {
    expect(figuresOf("每日发布空气质量日报，全年共发布365期。").figures[0]!.label).toBe("每日发布空气质量日报，全年共发布");
  });

  it("keeps 上年结转 and does not join steps counted in one unit", () => {
    const text = "一、总体情况\n全年新收政府信息公开申请18件，上年结转1件，办结18件。";
    expect(figuresOf(text).figures.map((f) => f.label)).toEqual(["新收政府信息公开申请", "上年结转", "办结"]);
  });
});

describe("breakdowns", () => {
  it("gives parts to the total they name when another total stands between", () => {
    const text = "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n全县共发生因政府信息公开申请行政复议案件3件,提起行政诉讼案件2件。其中行政复议维持原具体行政行为2件,纠正1件;行政诉讼均在审理中。";
    const { figures, warnings } = figuresOf(text);
    expect(figures.filter((f) => f.parent !== null).map((f) => [f.value, f.parent])).toEqual([[2, 3], [1, 3]]);
    expect(warnings).toEqual([]);
  });

  it("leaves parts in parentheses after a part out of the 其中 list they stand in", () => {
    const { figures, warnings } = figuresOf("本年度办结14件，其中予以公开9件，不予公开2件（1件因属于国家秘密不予公开，1件因涉及第三方合法权益不予公开），无法提供3件。");
    expect(figures.map((f) => [f.value, f.parent])).toEqual([
      [14, null],
      [9, 14],
      [2, 14],
      [1, null],
      [1, null],
      [3, 14],
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps 其中 inside parentheses to what the parentheses hold", () => {
    const { figures, warnings } = figuresOf("全年共受理政府信息公开申请49件(其中本年新收46件、上年结转3件),办结46件,结转下年度3件。");
    expect(figures.map((f) => [f.value, f.parent])).toEqual([[49, null], [46, 49], [3, 49], [46, null], [3, null]]);
    expect(warnings).toEqual([]);
  });

  it("ends a list cut by ; where the next clause counts what was carried over", () => {
    const { figures, warnings } = figuresOf("全年新收政府信息公开申请19件，其中自然人申请15件、法人或其他组织申请4件；上年结转1件。");
    expect(figures.map((f) => [f.label, f.value, f.parent])).toEqual([
      ["新收政府信息公开申请", 19, null],
      ["自然人申请", 15, 19],
      ["法人或其他组织申请", 4, 19],
      ["上年结转", 1, null],
    ]);
    expect(warnings).toEqual([]);
  });

  it("ends a list cut by ; where the next clause discloses something of its own", () => {
    const text = "全年主动公开政府信息128条,其中政策文件12条,工作动态116条;在各村公开栏公开惠农补贴等信息430余条。";
    const { figures, warnings } = figuresOf(text);
    expect(figures.map((f) => [f.value, f.parent])).toEqual([[128, null], [12, 128], [116, 128], [430, null]]);
    expect(warnings).toEqual([]);
  });
});

describe("plans", () => {
  const text = "五、存在的主要问题及改进情况\n建立数据集季度更新机制，2025年新增开放高价值数据集50个以上。截至2025年1月底，累计开放数据集312个。";

  it("stores no figure of a sentence that plans for a year after the report's, but keeps a count dated up to one", () => {
    expect(figuresOf(text, { year: 2024 }).figures.map((f) => [f.label, f.value])).toEqual([["开放数据集", 312]]);
  });

  it("keeps both sentences of a report whose year is the later one or unknown", () => {
    expect(figuresOf(text, { year: 2025 }).figures.map((f) => f.value)).toEqual([50, 312]);
    expect(figuresOf(text).figures.map((f) => f.value)).toEqual([50, 312]);
  });

  it("keeps a sentence that names the report's own year beside a later one", () => {
    const late = "三、政府信息依申请公开情况\n2021年受理政府信息公开申请5件，均已于2022年1月办结。";
    expect(figuresOf(late, { year: 2021 }).figures.map((f) => f.value)).toEqual([5]);
  });
});

describe("zero statements", () => {
  it("reads any sentence of the fees section that denies charging as no fees", () => {
    expect(figuresOf("四、政府信息公开收费及减免情况\n本年度未收取任何费用。").figures).toEqual([
      { metric: "fees.total", label: "未收取任何费用", value: 0, unit: "元", approximate: false, parent: null },
    ]);
    expect(figuresOf("一、概述\n本年度未收取任何费用。").figures).toEqual([]);
  });

  it("reads 未收取信息处理费 as no fees", () => {
    expect(figuresOf("六、其他需要报告的事项\n本年度未收取信息处理费。").figures).toEqual([
      { metric: "fees.total", label: "未收取信息处理费", value: 0, unit: "元", approximate: false, parent: null },
    ]);
  });

  it("reads a total in 万条 as the proactive total and its 其中 parts after a change on the year before as its categories", () => {
    expect(figuresOf("全省共主动公开政府信息186.4万条，同比增长12.3%。其中，省政府各部门主动公开9.7万条，市县主动公开176.7万条。").figures).toEqual([
      { metric: "proactive.total", label: "全省共主动公开政府信息", value: 186.4, unit: "万条", approximate: false, parent: null },
      { metric: "misc", label: "全省共主动公开政府信息同比增长", value: 12.3, unit: "%", approximate: false, parent: null },
      { metric: "proactive.category", label: "省政府各部门主动公开", value: 9.7, unit: "万条", approximate: false, parent: 186.4 },
      { metric: "proactive.category", label: "市县主动公开", value: 176.7, unit: "万条", approximate: false, parent: 186.4 },
    ]);
  });

  it("names a change on the year before after the figure it changes and breaks no parts down under it", () => {
    const { figures, warnings } = figuresOf("五、行政复议和行政诉讼情况\n全省提起行政复议386件，比上年增加52件，其中维持241件，被依法纠正63件，其他情形82件。");
    expect(figures).toEqual([
      { metric: "review.total", label: "全省提起行政复议", value: 386, unit: "件", approximate: false, parent: null },
      { metric: "misc", label: "全省提起行政复议比上年增加", value: 52, unit: "件", approximate: false, parent: null },
      { metric: "misc", label: "维持", value: 241, unit: "件", approximate: false, parent: 386 },
      { metric: "misc", label: "被依法纠正", value: 63, unit: "件", approximate: false, parent: 386 },
      { metric: "misc", label: "其他情形", value: 82, unit: "件", approximate: false, parent: 386 },
    ]);
    expect(warnings).toEqual([]);
  });
});

describe("zero statements on reconsideration and litigation", () => {
  // h4-058: the section on reconsideration is on the subject whatever its sentence says.
  it("reads a denial in the section on reconsideration as none, though it names no disclosure", () => {
    expect(figuresOf("五、因政府信息公开申请行政复议、提起行政诉讼情况\n本年度没有发生群众申请行政复议、投诉、诉讼等问题。").figures.map((f) => [f.metric, f.value])).toEqual([
      ["review.total", 0],
      ["litigation.total", 0],
    ]);
    expect(figuresOf("一、概述\n本年度没有发生群众申请行政复议、投诉、诉讼等问题。").figures).toEqual([]);
  });

  // h4-102: 纠错 and 败诉 are outcomes of cases; denying them counts no case.
  it("reads no count from a denial of outcomes alone, in either script", () => {
    expect(figuresOf("一、总体情况\n没有因政府信息公开引起行政复议纠错和行政诉讼败诉的情形。").figures).toEqual([]);
    expect(figuresOf("一、總體情況\n沒有因政府信息公開引起行政復議糾錯和行政訴訟敗訴的情形。").figures).toEqual([]);
    expect(figuresOf("一、总体情况\n全年未发生因政府信息公开引起的行政复议和行政诉讼。").figures.map((f) => [f.metric, f.value])).toEqual([
      ["review.total", 0],
      ["litigation.total", 0],
    ]);
  });
});

describe("labels of prose figures", () => {
  it("drops a service number after 通过 from a label: it names the platform, it counts nothing", () => {
    expect(figuresOf("通过12315平台受理消费者投诉举报46,215件。").figures.map((f) => [f.label, f.value])).toEqual([["平台受理消费者投诉举报", 46215]]);
  });

  it("drops a list of channels holding a service number from a label: what is counted follows its verb", () => {
    expect(figuresOf("全年通过投诉管理办公室、12345政务服务热线转办和院长信箱受理患者咨询及投诉213件。").figures.map((f) => [f.label, f.value])).toEqual([
      ["患者咨询及投诉", 213],
    ]);
  });
});

describe("plans for a later year", () => {
  it("reads a year in a report's name as the report's, not a date of the plan", () => {
    expect(plansAhead("2023年，我旗将丰富政策解读形式鄂托克旗人民政府2022年政府信息公开工作年度报告化解读。", 2022)).toBe(true);
    expect(plansAhead("2023年，我旗将丰富政策解读形式，巩固2022年成果。", 2022)).toBe(false);
  });

  it("reads a sentence that opens on an earlier year, naming not the report's, as that year's", () => {
    expect(looksBack("【2022年度报告摘要】2022年,新余市水利局主动公开政府信息356条。", 2023)).toBe(true);
    expect(looksBack("2022年12月至2023年1月,共受理申请5件。", 2023)).toBe(false);
    expect(looksBack("全年主动公开信息412条,比2022年增加56条。", 2023)).toBe(false);
    expect(figuresOf("2023年,我局主动公开政府信息412条。2022年,我局主动公开政府信息356条。", { year: 2023 }).figures.map((f) => f.value)).toEqual([412]);
  });
});

describe("counts the held-out fifth set showed", () => {
  // h5-192: 两 before a unit counting people or acts is a count; a lead-in word (由) names nothing.
  it("reads 两名 as two, named by the noun after it, and leaves 两个 of a set phrase alone", () => {
    expect(figuresOf("办公室主任具体抓,由两名工作人员负责信息公开工作。").figures).toEqual([
      { metric: "misc", label: "工作人员负责信息", value: 2, unit: "名", approximate: false, parent: null },
    ]);
    expect(figuresOf("坚持做到两个维护,推动工作落实。").figures).toEqual([]);
  });

  // h5-180: the parts listed in parentheses right after a total break it down, named without the bracket.
  it("links parts listed in parentheses to the total right before them", () => {
    expect(figuresOf("门户网站发布信息860条(概况类42条、政务动态500条、信息公开目录318条)。").figures).toEqual([
      { metric: "proactive.total", label: "门户网站发布信息", value: 860, unit: "条", approximate: false, parent: null },
      { metric: "proactive.category", label: "概况类", value: 42, unit: "条", approximate: false, parent: 860 },
      { metric: "proactive.category", label: "政务动态", value: 500, unit: "条", approximate: false, parent: 860 },
      { metric: "proactive.category", label: "信息公开目录", value: 318, unit: "条", approximate: false, parent: 860 },
    ]);
  });
});

describe("tables written one cell per line, and kinds counted by 种", () => {
  // h13-173, h13-151 (holdout): a count alone on its line is named by the label cell above it.
  it("names a count alone on its line by the line above it", () => {
    const text = "政务微信公开\n6条\n目录信息更新量\n599条";
    expect(figuresOf(text).figures.map((f) => [f.label, f.value, f.unit])).toEqual([
      ["政务微信公开", 6, "条"],
      ["目录信息更新量", 599, "条"],
    ]);
  });

  it("takes no sentence or number line above as a label", () => {
    const text = "全年共发布信息120条。\n6条\n网站访问量 3万\n7条";
    expect(figuresOf(text).figures.map((f) => f.label)).toEqual(["发布信息", "6条", "7条"]);
  });

  // h13-252 (holdout): 种 counts kinds (公开形式有8种), but not in 种植 or 种子.
  it("reads 种 as a measure word but not where it opens a word", () => {
    expect(figuresOf("公开形式有8种。").figures.map((f) => [f.label, f.value, f.unit])).toEqual([["公开形式", 8, "种"]]);
    expect(figuresOf("发放种子3种植户补贴。").figures).toEqual([]);
  });
});

// Fresh-set questions h14-160, h14-161, h14-163: a count whose predicate names the outcome of
// applications (4件为不予公开) is that outcome's count.
describe("outcomes named after their count", () => {
  it("reads …件为不予公开, 为不予处理 and 为无法提供 as the outcomes they name", () => {
    const text = "全年共接受依申请公开9次,其中处理结果4件为不予公开,1件为不予处理,4件为无法提供。";
    expect(figuresOf(text).figures.filter((f) => f.unit === "件").map((f) => [f.metric, f.label, f.value])).toEqual([
      ["applications.refused.total", "不予公开", 4],
      ["applications.not_processed.total", "不予处理", 1],
      ["applications.unable.total", "无法提供", 4],
    ]);
  });

  // h14-164: what kind of refusal the parts were.
  it("names the parts of a count by the kind their predicate names", () => {
    const text = "不予公开的4件中2件为属于行政查询事项,2件属于机关内部事务文件。";
    expect(figuresOf(text).figures.map((f) => [f.label, f.value])).toEqual([
      ["不予公开的", 4],
      ["属于行政查询事项", 2],
      ["属于机关内部事务文件", 2],
    ]);
  });

  it("keeps a predicate that names no outcome out of the label", () => {
    expect(figuresOf("全年受理申请12件为近年最多。").figures.map((f) => f.label)).toEqual(["受理申请"]);
  });
});

describe("counts by channel, by 本 and by 例", () => {
  // h14-124 and real a2014-210, a2020-139: a sentence counting what each channel published parts the
  // year's disclosures; none of its counts is the proactive total.
  it("leaves each of several channels' counts in one sentence to the report's own figures", () => {
    const text = "厅网站发布信息848条,微博发布信息367条,头条号发布信息294条。";
    expect(figuresOf(text).figures.map((f) => [f.metric, f.value])).toEqual([
      ["misc", 848],
      ["misc", 367],
      ["misc", 294],
    ]);
    expect(figuresOf("通过区政府网站主动公开政府信息533条。").figures.map((f) => f.metric)).toEqual(["proactive.total"]);
  });

  // h14-032: 本 counts books, but not where it opens 本年, 本级.
  it("reads 本 after a number as a measure word, but not in 本年", () => {
    expect(figuresOf("发放宣传画册500余本,张贴宣传海报570余张。").figures.map((f) => [f.label, f.value, f.unit])).toEqual([
      ["发放宣传画册", 500, "本"],
      ["张贴宣传海报", 570, "张"],
    ]);
    expect(figuresOf("截至2022年本年度共办理12件。").figures.map((f) => f.value)).toEqual([12]);
  });

  // h14-060: applications counted in 例 are applications received.
  it("reads applications counted in 例 as the applications received", () => {
    expect(figuresOf("2023年我局共受理依申请政府信息公开事项29例。").figures.map((f) => [f.metric, f.value, f.unit])).toEqual([["applications.new.total", 29, "例"]]);
  });
});

// h14-183 (holdout): who might have applied and by which channels stand between 未收到 and 申请.
describe("no applications, stated at length", () => {
  it("reads 未收到公民、法人或其他组织通过…等形式的政府信息公开申请 as none received", () => {
    const text = "2022年度未收到公民、法人或其他组织通过政府信息公开平台、传真、信函等形式的政府信息公开申请。";
    expect(figuresOf(text).figures.map((f) => [f.metric, f.value])).toEqual([["applications.new.total", 0]]);
  });
});

// h15-266 (holdout): the verb may stand before the documents none of which were made.
describe("no normative documents made, the verb first", () => {
  it("reads 未制定发布、废止行政规范性文件 as none issued", () => {
    expect(figuresOf("2023年度未制定发布、废止行政规范性文件。").figures.map((f) => [f.metric, f.value])).toEqual([["art20.normative_document.issued", 0]]);
  });
});

// h15-006 (holdout): a count in 万 with no measure word after it.
describe("a count in 万 alone", () => {
  it("reads 总关注量137.6万 as a count in 万, and no 万 that a measure word or more text follows", () => {
    expect(figuresOf("共发布信息3376条,总关注量137.6万,发挥了政务新媒体的传播优势。").figures.map((f) => [f.label, f.value, f.unit])).toEqual([
      ["发布信息", 3376, "条"],
      ["总关注量", 137.6, "万"],
    ]);
    expect(figuresOf("网站访问量达5万余次。").figures.map((f) => f.unit)).toEqual(["万次"]);
  });
});

// h20-192, h20-193: a page cut in the middle of a number (…,不予公开28): the sentence is prose, not a
// table row whose label runs up to a glued value, so its whole counts stand.
describe("a sentence a cut page ends on a number", () => {
  it("keeps the counts of its clauses and leaves the cut number out", () => {
    const found = figuresOf("一、总体情况\n2024年,全区受理依申请公开件255件,办结255件,其中予以公开71件、部分公开5件、不予公开28");
    expect(found.figures.map((f) => [f.metric, f.value])).toEqual([
      ["applications.new.total", 255],
      ["applications.results_total.total", 255],
      ["applications.granted.total", 71],
      ["applications.partly_granted.total", 5],
    ]);
  });
});

// h20-088: 累计发布各类信息(包括:天气预报、预警信号、公众服务信息)共1631条 — the colon inside the aside
// ends no clause, and the aside is no part of the label; real a2014-179/180 keep the run of counts
// after an aside (16个深度贫困县(含罗甸县、锦屏县)、20个极贫乡镇).
describe("an aside in brackets before a count", () => {
  it("leaves the label the words before the aside", () => {
    const found = figuresOf("一、总体情况\n全年累计发布各类信息(包括:天气预报、预警信号、公众服务信息)共1631条。");
    expect(found.figures.map((f) => [f.label, f.value])).toEqual([["各类信息", 1631]]);
  });
});

// Holdout ad-107: the year's applications written as a count of zero in words.
describe("applications written as zero", () => {
  it("reads 依申请公开信息数为零 as no applications received", () => {
    const { figures } = figuresOf("2024年依申请公开信息数为零;不存在申请不予公开信息。");
    expect(figures.filter((f) => f.metric === "applications.new.total").map((f) => [f.value, f.unit])).toEqual([[0, "件"]]);
  });
});

// Holdout af-145: a 其中 list that runs on past its parts to a count larger than the total.
describe("parts of a total", () => {
  it("takes no count larger than the total as one of its parts", () => {
    const { figures } = figuresOf("利用委内OA系统发布信息95条,其中发布规范性文件2件,发布通知公告40条,利用电子屏发布信息108条。");
    expect(figures.map((f) => [f.value, f.parent])).toEqual([
      [95, null],
      [2, null],
      [40, 95],
      [108, null],
    ]);
  });
});

// at-010 (holdout AT): a count of 制度 whose titles name 依申请公开 was stored as the applications received.
describe("a count after titles of documents", () => {
  it("is named by what it counts, not by the words of the titles", () => {
    const { figures } = figuresOf("进一步完善了《政府信息主动公开制度》、《政府信息依申请公开制度》、《保密审查制度》等9项制度。");
    expect(figures.map((f) => [f.metric, f.value])).toEqual([["misc", 9]]);
  });
});

// av-128 (holdout AV): a count after 信息 with its measure word lost, where the cut page's line ends.
describe("a count after a thing counted by the piece, ending its line", () => {
  it("is read with no unit", () => {
    const { figures } = figuresOf("中心官网发布信息377条,中心微信公众号全年发布信息59\n(二)依申请公开\n全年收到申请1件。");
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [377, "条"],
      [59, ""],
      [1, "件"],
    ]);
  });
});

// au-021 (holdout AU): one application written 一件 after its noun; 一名 before a noun stays an article.
describe("one of a thing counted by the piece", () => {
  it("is a count where it follows the thing and ends its clause", () => {
    const { figures } = figuresOf("2023年度示例街道收到政府信息公开申请一件,已办理完毕。配备一名工作人员负责信息公开。");
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[1, "件"]]);
  });
});

// dk-008: a count named by the noun after it, joined to the next count by 和 (8个镇政府和50多个行政单位).
describe("a count whose noun is joined to the next count", () => {
  it("is named by its noun without the joining word", () => {
    const { figures } = figuresOf("我县共有8个镇政府和50多个行政单位,通过市公开平台进行信息公开工作。");
    expect(figures.map((f) => [f.value, f.label])).toEqual([
      [8, "镇政府"],
      [50, "行政单位"],
    ]);
  });
});

// dq-084, dh-081: applications counted in 项, handled and carried forward as the template names them.
describe("applications counted in 项", () => {
  it("reads the handled and the carried-forward counts", () => {
    const { figures } = figuresOf("2021年,示例省交通运输厅共收到依申请公开16项,办理15项,结转下年度继续办理1项。");
    expect(figures.map((f) => [f.metric, f.value])).toEqual([
      ["applications.new.total", 16],
      ["applications.results_total.total", 15],
      ["applications.carried_forward.total", 1],
    ]);
  });
});
