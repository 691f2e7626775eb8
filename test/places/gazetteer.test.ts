import { describe, expect, it } from "vitest";
import { chainOf, placeMentions, placeRunAt, placeStem, placesNamed, placesStemmed } from "../../src/places/gazetteer.ts";
import { placesSpelled } from "../../src/places/place-pinyin.ts";
import { isVerticalOffice, organMentions, organNamed } from "../../src/places/organs.ts";

describe("the gazetteer", () => {
  it("places a district with its city and province", () => {
    expect(placesNamed("船山区").map(chainOf)).toEqual([{ province: "四川省", city: "遂宁市", county: "船山区", township: null }]);
  });

  // h19-171…179: a 2014 report of 九江市庐山区, renamed 濂溪区 in 2016.
  it("knows a division renamed since, under its successor's parent", () => {
    expect(placesNamed("庐山区").map((p) => chainOf(p))).toEqual([{ province: "江西省", city: "九江市", county: "庐山区", township: null }]);
    expect(placesNamed("崇文区").map((p) => p.parent?.name)).toEqual(["北京市"]);
  });

  it("places a 街道 of a municipality's district with no city between", () => {
    expect(placesNamed("鲁山道街道").map(chainOf)).toEqual([{ province: "天津市", city: null, county: "河东区", township: "鲁山道街道" }]);
  });

  it("keeps every reading of a name several places share", () => {
    expect(placesNamed("朝阳区").map((p) => p.code)).toEqual(["110105", "220104"]);
  });

  it("reads a run of places written one inside the next, and stops at the first that is not inside", () => {
    const run = placeRunAt("吐鲁番市高昌区住建局");
    expect([run?.length, run?.places.map((p) => p.code)]).toEqual([7, ["650402"]]);
    expect(placeRunAt("北京市朝阳区民政局")?.places.map((p) => p.code)).toEqual(["110105"]);
    expect(placeRunAt("住建局")).toBeNull();
  });

  it("lists no park or zone under a bare common word as a place", () => {
    expect(placesNamed("经济开发区")).toEqual([]);
  });

  it("cuts the level word and the peoples of an autonomous place off its stem", () => {
    expect([placeStem("东风区"), placeStem("民和回族土族自治县"), placeStem("鲁山道街道"), placeStem("西藏自治区")]).toEqual(["东风", "民和", "鲁山道", "西藏"]);
    expect(placesStemmed("船山").map((p) => p.name)).toEqual(["船山区"]);
  });

  it("finds the place names of a text where they start", () => {
    expect(placeMentions("地址:佳木斯市东风区长安路").map((m) => [m.at, m.name])).toEqual([[3, "佳木斯市"], [7, "东风区"]]);
  });
});

describe("places spelled in web addresses", () => {
  it("reads whole syllables, initials, and initials run on from the parent place", () => {
    expect(placesSpelled("chuanshan").map((p) => p.name)).toEqual(["船山区"]);
    expect(placesSpelled("jmsdf").map((p) => p.name)).toEqual(["东风区"]);
    expect(placesSpelled("tjhd").map((p) => p.name)).toEqual(["河东区"]);
    expect(placesSpelled("hkjmqz")).toEqual([]);
  });
});

describe("national organs", () => {
  it("reads a ministry by its short names and tells a vertical system's local office", () => {
    expect(organNamed("人社部")?.name).toBe("人力资源和社会保障部");
    expect(organNamed("国管局")?.name).toBe("国家机关事务管理局");
    expect(organMentions("由國家機關事務管理局根據").length).toBe(0);
    expect(organMentions("由国家机关事务管理局根据").map((m) => [m.at, m.organ.name])).toEqual([[1, "国家机关事务管理局"]]);
    expect([isVerticalOffice("海南海事局"), isVerticalOffice("海南省财政厅")]).toEqual([true, false]);
  });
});

// bq-082, bq-084: the township list writes a few townships with their parents before them.
describe("a township the list writes with its parents", () => {
  it("is named without them, under its county", () => {
    const run = placeRunAt("四平市铁东区解放街道办事处");
    expect(run?.places.map((p) => [p.name, p.parent?.name])).toEqual([["解放街道", "铁东区"]]);
  });
});
