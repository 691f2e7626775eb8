import { describe, expect, it } from "vitest";
import { createAgencySearch, type AgencyDocument } from "../../../src/answers/search/minisearch-index.ts";

/** 2,500 made-up county justice bureaus (甲甲县司法局 …): 县司, 司法 and 法局 are in every name. */
function counties(): AgencyDocument[] {
  const chars = [..."甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星云雨风雷山川河湖江海春夏秋冬东南西北中松"];
  const docs: AgencyDocument[] = [];
  for (const a of chars) for (const b of chars) docs.push({ id: docs.length, name: `${a}${b}县司法局`, places: `${a}${b}县 ${a}${b}` });
  return docs;
}

describe("agency search", () => {
  it("fills a small catalogue on its first search", () => {
    const search = createAgencySearch([
      { id: 0, name: "凉州区科学技术局", places: "凉州区 凉州" },
      { id: 1, name: "凉州区人民政府", places: "凉州区 凉州" },
      { id: 2, name: "龙港区人民政府", places: "龙港区 龙港" },
    ]);
    expect(search.search("凉州区科技局", 5).map((h) => [h.id, h.matched])).toEqual([
      [0, ["凉州", "州区", "区科"]],
      [1, ["凉州", "州区"]],
    ]);
  });

  it("finds nothing in a large catalogue until its background fill is done, then ranks on the whole query", async () => {
    const docs = counties();
    const search = createAgencySearch(docs);
    expect(search.search("甲乙县司法局", 3)).toEqual([]);
    await search.ready();
    // 乙县 (50 names) picks the candidates; the names every agency shares only score them.
    const hits = search.search("甲乙县司法局", 3);
    expect(hits.map((h) => docs[h.id]!.name)).toEqual(["甲乙县司法局", "乙乙县司法局", "丙乙县司法局"]);
    expect(hits.map((h) => h.matched)).toEqual([
      ["甲乙", "乙县", "县司", "司法", "法局"],
      ["乙县", "县司", "司法", "法局"],
      ["乙县", "县司", "司法", "法局"],
    ]);
    // What every agency shares picks none: the nearest of 2,500 alike would be chance.
    expect(search.search("天地县司法局", 3)).toEqual([]);
    expect(search.search("司法局", 3)).toEqual([]);
  });

  it("answers a query asked again with the same hits, and at most the limit asked", async () => {
    const docs = counties();
    const search = createAgencySearch(docs);
    await search.ready({ hurry: true });
    const first = search.search("甲乙县司法局", 12);
    expect(first.length).toBe(12);
    expect(search.search("甲乙县司法局", 5)).toEqual(first.slice(0, 5));
  });

  it("lets nothing wait on an index replaced before it filled", async () => {
    const search = createAgencySearch(counties());
    search.warm();
    const waiting = search.ready();
    search.stop();
    await waiting;
    expect(search.search("甲乙县司法局", 3)).toEqual([]);
  });
});
