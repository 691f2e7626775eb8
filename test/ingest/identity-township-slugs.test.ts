import { describe, expect, it } from "vitest";
import { addressClues } from "../../src/ingest/address-clues.ts";
import { reportOfPage, TABLE } from "./made-up-page.ts";

// aq-107…110, aq-112…116 (holdout AQ): 街道 pages on their district's site saying only 我街, filed
// under the initials of the 街道's name and office (/xyzjdbsc/ 西于庄街道办事处, /wddjbsc1/ 王顶堤街办事处).
describe("a township's folder on its district's site", () => {
  it("spells the township by its initials within the district the host spells", () => {
    const spelled = (url: string) => addressClues(url).places.map((w) => [w.word, w.places.map((p) => p.name)]);
    expect(spelled("http://www.tjhq.gov.cn/zwgk/xyzjdbsc/zfxxgknb38/202012/t20201211_1.html")).toEqual([
      ["tjhq", ["红桥区"]],
      ["xyzjdbsc", ["西于庄街道"]],
    ]);
    expect(spelled("https://www.tjnk.gov.cn/zwgk/wddjbsc1/zfxxgknb42/202301/t20230113_1.html")).toEqual([
      ["tjnk", ["南开区"]],
      ["wddjbsc", ["王顶堤街道"]],
    ]);
  });

  it("names the report of a page naming no body of its own", () => {
    const r = reportOfPage(`一、总体情况\n2022年,我街认真贯彻《条例》,主动公开政府信息7条。\n${TABLE}`, "https://www.tjnk.gov.cn/zwgk/wddjbsc1/zfxxgknb42/202301/t20230113_1.html");
    expect([r.agencyNormalized, r.region.county, r.region.township, r.level]).toEqual(["王顶堤街道办事处", "南开区", "王顶堤街道", "township"]);
  });
});
