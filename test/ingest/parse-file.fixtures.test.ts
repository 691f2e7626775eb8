import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/ingest/ingest-error.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/ingest");

function parseFixture(name: string) {
  return parseFile({ bytes: readFileSync(join(FIXTURES, name)), name });
}

describe("parseFile over encoded, HTML and polluted fixtures", () => {
  it("reads a GBK-encoded report exactly as its UTF-8 original", () => {
    const gbk = parseFixture("narrative-2015.gbk.txt");
    const utf8 = parseFixture("narrative-2015.utf8.txt");
    expect(gbk.encoding).toBe("gb18030");
    expect(utf8.encoding).toBe("utf-8");
    expect(gbk.original).toBe(utf8.original);
    expect(gbk.reports).toEqual(utf8.reports);
    const [report] = gbk.reports;
    expect(report!.agencyNormalized).toBe("清河县民政局");
    expect(report!.year).toBe(2015);
    expect(report!.published).toBe("2016-03-18");
    expect(report!.indexNumber).toBe("QH-MZ-2016-0012");
    expect(report!.region).toEqual({ province: "河北省", city: "邢台市", county: "清河县", township: null });
    expect(report!.level).toBe("county");
  });

  it("reads a UTF-16 report with a byte-order mark and recognises the 2019 trial template", () => {
    const file = parseFixture("template2019.utf16le.txt");
    expect(file.encoding).toBe("utf-16le");
    const [report] = file.reports;
    expect(report!.agencyNormalized).toBe("新安县交通运输局");
    expect(report!.year).toBe(2019);
    expect(report!.format).toBe("template2019");
    expect(report!.passages.map((p) => p.text)).toContain("规范性文件 | 2 | 2 | 15");
  });

  it("turns an HTML page into text with one line per table row and no script, style or navigation", () => {
    const file = parseFixture("template2021.html");
    expect(file.original).not.toMatch(/_hmt|color: red|首页/);
    expect(file.original).toContain("行政规范性文件 | 3 | 1 | 27");
    expect(file.original).toContain("“三公”经费12条");
    const [report] = file.reports;
    expect(report!.agencyNormalized).toBe("东阳区财政局");
    expect(report!.year).toBe(2021);
    expect(report!.format).toBe("template2021");
    expect(report!.sections.map((s) => s.kind)).toEqual([
      "preamble", "overview", "proactive", "applications", "review_litigation", "problems", "other",
    ]);
    const row = report!.passages.find((p) => p.text.startsWith("行政规范性文件"))!;
    expect(file.original.slice(row.start, row.end)).toBe("行政规范性文件 | 3 | 1 | 27");
    expect(report!.sections[row.sectionIndex]!.kind).toBe("proactive");
  });

  it("removes spam and page debris from titles, names and passages", () => {
    const [report] = parseFixture("spam-debris.txt").reports;
    expect(report!.title).toBe("南山镇2013年政府信息公开工作年度报告");
    expect(report!.agencyNormalized).toBe("南山镇人民政府");
    expect(report!.published).toBe("2014-02-20");
    // The header line dating the page stays, so 哪天发布的 can quote it; the other header fields go.
    expect(report!.passages.map((p) => p.text)).toEqual([
      "时间：2014-02-20 来源：",
      "2013年，我镇认真落实《",
      "条例》要求，扎实推进政府信息公开工作。",
      "2013年，南山镇共主动公开政府信息62条。",
      "2013年，我镇未收到政府信息公开申请。",
      "信息更新不够及时。",
    ]);
  });

  it("lets a sidecar's fields override what parsing derived", () => {
    const file = parseFile({
      bytes: readFileSync(join(FIXTURES, "narrative-2015.utf8.txt")),
      name: "narrative-2015.utf8.txt",
      meta: { title: "清河县民政局2015年年报", agency: "河北省清河县民政局", year: 2015, published: "2016-03-31" },
    });
    expect(file.reports[0]).toMatchObject({
      title: "清河县民政局2015年年报", agency: "河北省清河县民政局", agencyNormalized: "河北省清河县民政局", published: "2016-03-31",
    });
  });

  it("throws IngestError for an empty file, a binary file and text holding no report", () => {
    expect(() => parseFile({ bytes: new Uint8Array(), name: "empty.txt" })).toThrow(IngestError);
    expect(() => parseFile({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), name: "x.png" })).toThrow("文件不是文本（含 NUL 字节，又没有 UTF-16 字节序标记）");
    expect(() => parseFile({ bytes: new TextEncoder().encode("今天天气很好。\n我们去公园散步。"), name: "note.txt" })).toThrow("note.txt 中没有找到政府信息公开工作年度报告");
  });
});
