import type { ParsedReport } from "../../src/domain/report.ts";

/** A small report with every field set, including the nullable ones both ways. */
export function sampleReport(overrides: Partial<ParsedReport> = {}): ParsedReport {
  return {
    pieceIndex: 0,
    title: "凉州区2023年政府信息公开工作年度报告",
    agency: "凉州区人民政府",
    agencyNormalized: "武威市凉州区人民政府",
    region: { province: "甘肃省", city: "武威市", county: "凉州区", township: null },
    level: "county",
    year: 2023,
    published: "2024-01-20",
    indexNumber: "620602/2024-00012",
    format: "template2021",
    anonymized: false,
    identity: { placeCode: null, confidence: 1, evidence: [] },
    start: 0,
    end: 120,
    sections: [
      { index: 0, kind: "preamble", heading: "", start: 0, end: 20 },
      { index: 1, kind: "proactive", heading: "二、主动公开政府信息情况", start: 20, end: 120 },
    ],
    passages: [
      { index: 0, sectionIndex: 0, text: "本报告由凉州区人民政府编制。", start: 0, end: 14 },
      { index: 1, sectionIndex: 1, text: "全年主动公开政府信息1,339条，其中政务文件2.5条。", start: 20, end: 48 },
    ],
    figures: [
      {
        key: "f0",
        metric: "proactive.total",
        label: "主动公开政府信息",
        value: 1339,
        unit: "条",
        approximate: false,
        quote: "全年主动公开政府信息1,339条",
        start: 20,
        end: 36,
        sectionIndex: 1,
        parentKey: null,
      },
      {
        key: "f1",
        metric: "proactive.category",
        label: "政务文件",
        value: 2.5,
        unit: "条",
        approximate: true,
        quote: "其中政务文件2.5条",
        start: 37,
        end: 47,
        sectionIndex: 1,
        parentKey: "f0",
      },
    ],
    warnings: [
      { code: "parts_exceed_total", message: "分项之和大于总数", figureKeys: ["f0", "f1"] },
      { code: "empty_keys", message: "无关联数字", figureKeys: [] },
    ],
    ...overrides,
  };
}
