import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, gb18030 } from "../../src/ingest/decode.ts";
import { IngestError } from "../../src/ingest/ingest-error.ts";

const TEXT = "凉州区科学技术局2021年政府信息公开工作年度报告：主动公开政府信息13条。";

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeBytes(utf8)).toEqual({ text: TEXT, encoding: "utf-8" });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("reads GBK bytes as GB18030", () => {
    expect(decodeBytes(new Uint8Array(iconv.encode(TEXT, "gbk")))).toEqual({ text: TEXT, encoding: "gb18030" });
  });

  it("reads UTF-16 in both byte orders by their byte-order marks", () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, "utf-16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(TEXT, "utf-16be")]);
    expect(decodeBytes(le)).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeBytes(be)).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  it("keeps UTF-8 whose lines were cut mid-character", () => {
    const whole = new TextEncoder().encode(`${TEXT.repeat(3)}\n`);
    // Drop the last byte of a three-byte character, as a cut line does.
    const cut = new Uint8Array([...whole.subarray(0, 10), ...whole.subarray(11)]);
    const decoded = decodeBytes(cut);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toContain("\uFFFD");
    expect(decoded.text.endsWith(`${TEXT}\n`)).toBe(true);
  });

  it("rejects empty and binary input", () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(IngestError);
    expect(() => decodeBytes(new Uint8Array([1, 0, 2, 0, 3]))).toThrow("文件不是文本（含 NUL 字节，又没有 UTF-16 字节序标记）");
  });
});

describe("gb18030", () => {
  const iconvText = (bytes: number[]): string => iconv.decode(Buffer.from(bytes), "gb18030");

  it("reads every one- and two-byte sequence, and four-byte ones, as iconv-lite does", () => {
    const sequences: number[][] = [];
    for (let a = 0; a <= 0xff; a++) sequences.push([a]);
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) sequences.push([a, b]);
    for (const a of [0x81, 0x82, 0x84, 0x90, 0x95, 0xe3, 0xfe]) for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) sequences.push([a, b, c, d]);
    for (const bytes of sequences) expect(gb18030(new Uint8Array(bytes)), Buffer.from(bytes).toString("hex")).toBe(iconvText(bytes));
  });

  it("reads a page with a character GB18030-2022 maps anew, or with broken bytes, as iconv-lite does", () => {
    const page = [...iconv.encode(TEXT, "gb18030")];
    for (const bytes of [[...page, 0xa6, 0xd9, ...page], [...page, 0xfe, 0x59], [...page, 0xff, ...page], [...page.slice(0, -1)]]) {
      expect(gb18030(new Uint8Array(bytes))).toBe(iconvText(bytes));
    }
  });
});
