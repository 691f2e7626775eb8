import { describe, expect, it } from "vitest";
import { documentNumbers } from "../../../src/ingest/figures/document-numbers.ts";

const numbersOf = (text: string) => documentNumbers(text, [{ start: 0, end: text.length }]).map((f) => [f.label, f.value, f.unit, f.metric]);

// h16-076, real a2014-064 and a2014-069: an order's number and an issued document's, asked as 第几号.
describe("the numbers of the documents a sentence cites", () => {
  it("reads an order's number written either way, and an issued document's after its year in brackets", () => {
    expect(numbersOf("根据《中华人民共和国政府信息公开条例》(国务院令第711号)编制。")).toEqual([["国务院令第711号", 711, "号", "document.number"]]);
    expect(numbersOf("已经市政府令291号发布实施。")).toEqual([["市政府令291号", 291, "号", "document.number"]]);
    expect(numbersOf("依据国务院第492号令的规定。")).toEqual([["国务院第492号令", 492, "号", "document.number"]]);
    expect(numbersOf("按照《要点》(国办发〔2015〕22号)和赣府发[2010]90号文件的要求。")).toEqual([
      ["国办发〔2015〕22号", 22, "号", "document.number"],
      ["赣府发[2010]90号", 90, "号", "document.number"],
    ]);
  });

  it("leaves the words before an issuer out of its designation", () => {
    expect(numbersOf("深入贯彻落实辽政办发[2014]19号文件精神。")).toEqual([["辽政办发[2014]19号", 19, "号", "document.number"]]);
  });
});
