import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/ingest/ingest-error.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { pdfText } from "../../src/ingest/pdf-text.ts";

const PDF_DIR = path.resolve(import.meta.dirname, "../fixtures/pdf");
const read = async (name: string) => new Uint8Array(await readFile(path.join(PDF_DIR, name)));

describe("pdfText", () => {
  it("reads a report's lines in order and its table rows as cells joined with pipes", async () => {
    const lines = (await pdfText(await read("qingshi-agriculture-2021.pdf"), "qingshi-agriculture-2021.pdf")).split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "青石县农业农村局2021年政府信息公开工作年度报告",
      "本报告根据《中华人民共和国政府信息公开条例》编制。本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
      "一、总体情况",
      "2021年，我局主动公开政府信息86条，及时回应社会关切。",
    ]);
    const received = lines.indexOf("三、收到和处理政府信息公开申请情况");
    expect(lines.slice(received + 4, received + 7)).toEqual([
      "一、本年新收政府信息公开申请数量 | 9 | 3 | 0 | 0 | 1 | 0 | 13",
      "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1",
      "三、本年度办理结果 | （一）予以公开 | 6 | 2 | 0 | 0 | 1 | 0 | 9",
    ]);
    const appeals = lines.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    expect(lines.slice(appeals + 1, appeals + 5)).toEqual([
      "行政复议 | 行政诉讼",
      "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉",
      "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计",
      "2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0",
    ]);
  });

  it("puts a row whose narrow label wraps around its centred figures back on one line", async () => {
    const lines = (await pdfText(await read("qingshi-forestry-2021.pdf"), "qingshi-forestry-2021.pdf")).split("\n");
    expect(lines.slice(6, 10)).toEqual([
      "一、本年新收政府信息公开申请数量 | 7 | 2 | 0 | 0 | 0 | 1 | 10",
      "二、上年结转政府信息公开申请数量 | 0 | 1 | 0 | 0 | 0 | 0 | 1",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 | 0 | 0 | 0 | 0 | 0 | 3",
      "四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1",
    ]);
  });

  it("reads text in a font the file does not embed, through a predefined Chinese character map", async () => {
    expect(await pdfText(await read("predefined-cmap-2021.pdf"), "predefined-cmap-2021.pdf")).toBe(
      "青石县水务局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局主动公开政府信息42条。",
    );
  });

  it("refuses a scan without a text layer as needing OCR", async () => {
    const reading = pdfText(await read("scanned-2021.pdf"), "扫描件.pdf");
    await expect(reading).rejects.toThrow(IngestError);
    await expect(reading).rejects.toThrow(/^扫描件\.pdf 是扫描件，没有文字层，需要先做文字识别（OCR）。$/);
  });

  it("refuses bytes that are not a PDF", async () => {
    await expect(pdfText(new TextEncoder().encode("政府信息公开"), "坏文件.pdf")).rejects.toThrow(/^坏文件\.pdf 不是可以读取的 PDF 文件（可能已损坏）。$/);
  });

  it("leaves the bytes it was given readable", async () => {
    const bytes = await read("qingshi-agriculture-2021.pdf");
    const length = bytes.byteLength;
    await pdfText(bytes, "qingshi-agriculture-2021.pdf");
    expect(bytes.byteLength).toBe(length);
  });
});

describe("parseSource of a PDF", () => {
  it("parses the text layer into one report with its agency, year and table figures", async () => {
    const parsed = await parseSource({ bytes: await read("qingshi-agriculture-2021.pdf"), name: "qingshi-agriculture-2021.pdf" });
    expect(parsed.encoding).toBe("pdf");
    expect(parsed.reports.map((r) => [r.title, r.agencyNormalized, r.year, r.format])).toEqual([
      ["青石县农业农村局2021年政府信息公开工作年度报告", "青石县农业农村局", 2021, "template2021"],
    ]);
  });
});
