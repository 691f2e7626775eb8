import { describe, expect, it } from "vitest";
import {
  ANNOUNCED,
  announcedNames,
  announcements,
  isBlank,
  compilerNames,
  contactNames,
  headingNames,
  mentionedNames,
  nameEnding,
  subjectNames,
} from "../../src/ingest/agency-clues.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";

// Each clue is read off made-up sentences shaped like those of real pages (real pages 002, 023,
// 025, 036, 042, 043, 053, 058, 061, 067, 078 of the shared set name their agency only this way).
describe("clues to a report's agency", () => {
  it("takes the name a phrase ends with, after its lead-in verb and year", () => {
    expect(nameEnding("现发布东风区人力资源和社会保障局")).toBe("东风区人力资源和社会保障局");
    expect(nameEnding("特公布2019年度柳州市民政局")).toBe("柳州市民政局");
    expect(nameEnding("海口市人民政府编制了")).toBe("海口市人民政府");
    expect(nameEnding("现公开人力资源社会保障部(含国家公务员局)")).toBe("人力资源社会保障部");
    expect(nameEnding("根据有关要求")).toBeNull();
  });

  it("gives back the 政府 that 政府信息公开 took from a name", () => {
    expect(announcedNames("2016年桐柏县人民政府信息公开年度报告")).toEqual(["桐柏县人民政府"]);
  });

  it("reads the names a report announces itself under", () => {
    expect(announcedNames("依据条例,现公布桃源县农业农村局2020年政府信息公开工作年度报告。")).toEqual(["桃源县农业农村局"]);
    expect(announcedNames("2023年南京市“政府信息公开工作年度报告”专题")).toEqual(["南京市"]);
    expect(announcedNames("按照《中华人民共和国政府信息公开工作年度报告格式》要求")).toEqual([]);
    // h12: rules on reports that a report cites are not its title.
    expect(announcedNames("和《天津市政府信息公开工作年度报告编制办法》有关规定")).toEqual([]);
  });

  // h8 pages of a ministry and a zone: the year stands after 信息公开, not before it.
  it("reads a name announced with its year after 信息公开", () => {
    expect(announcedNames("现发布《水利部政府信息公开工作2010年度报告》。")).toEqual(["水利部"]);
    expect(announcedNames("现公开桃源经济开发区信息公开2018年度报告。")).toEqual(["桃源经济开发区"]);
  });

  it("reads who compiled the report, a government's office standing for the government", () => {
    expect(compilerNames("本报告由国家林业和草原局根据条例编制。")).toEqual(["国家林业和草原局"]);
    expect(compilerNames("由市政府办公厅编制。")).toEqual(["市政府"]);
  });

  // an-052…055 (holdout AN): 由常州市人民政府外事辦公室編制 was read as the government's own report.
  it("keeps a department written under its government as the department", () => {
    expect(compilerNames("由常州市人民政府外事办公室编制的2011年度政府信息公开年度报告。")).toEqual(["常州市人民政府外事办公室"]);
    expect(compilerNames("由南平市人民政府政府信息公开协调小组办公室编制。")).toEqual(["南平市人民政府"]);
  });

  it("reads a name line over a title that names no agency", () => {
    const lines = splitLines("芜湖市鸠江区人民政府办公室\n2024年政府信息公开工作年度报告\n一、总体情况");
    expect(headingNames(lines)).toEqual(["芜湖市鸠江区人民政府办公室"]);
  });

  it("reads the body an overview opens with", () => {
    const lines = splitLines("一、总体情况\n2021年,金山街道办事处认真贯彻落实条例。");
    expect(subjectNames(lines)).toEqual(["金山街道办事处"]);
  });

  it("reads the body readers are asked to contact", () => {
    expect(contactNames("如有疑问,请与宜章县林业局办公室联系(电话:0735-1234567)。")).toEqual(["宜章县林业局"]);
  });

  it("reads places with an office after them and national organs in passing", () => {
    expect(mentionedNames("依托芜湖市鸠江区人民政府网站,按国务院办公厅要求")).toEqual(["国务院办公厅", "芜湖市鸠江区人民政府"]);
  });

  it("finds the announcements matchAll finds, trying the pattern only near 信息公开", () => {
    const pieces = ["信息公开", "政府", "政务", "2020", "二〇二一", " ", "   ", "\n", "年", "度", "的", "报告", "年报", "工作", "《", "》", "“", "”", "局", "，", "龙港区", "人民政府", "现发布"];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let i = 0; i < 3000; i++) {
      let text = "";
      for (let j = 1 + next(40); j > 0; j--) text += pieces[next(pieces.length)];
      const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0], m[1]]);
      expect(found(announcements(text)), text).toEqual(found(text.matchAll(ANNOUNCED)));
    }
  });

  it("tells blanks by code as \\s does", () => {
    for (let code = 0; code < 0x10000; code++) expect(isBlank(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});
