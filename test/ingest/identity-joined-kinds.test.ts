import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { tagWords } from "../../src/ingest/word-tags.ts";

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// h8-082…h8-089: a bureau whose page names itself only as 我局 and in the titles of its own rules;
// its kind is joined by 和, which the tagger read as a conjunction ending the name (保障局).
describe("a kind of office joined by 和", () => {
  it("is one word to the tagger", () => {
    expect(tagWords("泉州市住房和城乡建设局").map((w) => w.word)).toEqual(["泉州市", "住房和城乡建设局"]);
  });

  it("names the bureau that refers to itself as 我局 through its own rules' titles", () => {
    const page = [
      "一、总体情况",
      "2022年,我局贯彻落实《中华人民共和国政府信息公开条例》,围绕人力资源和社会保障工作主线,加大主动公开力度。",
      "二是提升依申请公开质量。按照《泉州市人力资源和社会保障局政府信息公开申请办理工作实施细则》要求,规范办理流程,我局全年按时办结。",
      TABLE,
    ].join("\n");
    const r = parseFile({ bytes: new TextEncoder().encode(page), name: "page.txt" }).reports[0]!;
    expect([r.agencyNormalized, r.region.province, r.region.city, r.level]).toEqual(["泉州市人力资源和社会保障局", "福建省", "泉州市", "city"]);
  });
});
