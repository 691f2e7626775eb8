import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/answers/search/bigram-tokenizer.ts";

describe("tokenize", () => {
  it("cuts Han runs into overlapping bigrams and keeps a lone Han character whole", () => {
    expect(tokenize("凉州区科技局")).toEqual(["凉州", "州区", "区科", "科技", "技局"]);
    expect(tokenize("局，办")).toEqual(["局", "办"]);
  });

  it("keeps runs of Latin letters and digits whole, lower-cased, apart from the Han around them", () => {
    expect(tokenize("2021年ABC网站www1")).toEqual(["2021", "年", "abc", "网站", "www1"]);
    // The Kelvin sign and the long s count as letters, as a case-insensitive [a-z] takes them.
    expect(tokenize("\u212aB\u017f")).toEqual(["kb\u017f"]);
  });

  it("ends a run at anything else: punctuation, spaces, full-width forms, characters beyond U+FFFF", () => {
    expect(tokenize("主动 公开、ＡＢ１")).toEqual(["主动", "公开"]);
    expect(tokenize("中\u{20000}文")).toEqual(["中", "文"]);
    expect(tokenize("")).toEqual([]);
  });
});
