import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";

// fc-011…fc-018: a district government's page naming no body, on its own site, speaking for the whole
// district (全区受理依申请公开政府信息1102件).
describe("a government's page known by its site and by speaking for its whole place", () => {
  const url = "https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/2019n/737475/index.html";

  it("names the district's government where the text counts what the whole district received", () => {
    const page = ["一、总体情况", "2019年,全区受理依申请公开政府信息1102件,结转自上年度71件。", TABLE].join("\n");
    const r = report(page, url);
    expect([r.agencyNormalized, r.region.county]).toEqual(["大兴区人民政府", "大兴区"]);
  });

  it("names no government where the text never speaks for the whole district", () => {
    const page = ["一、总体情况", "2019年,受理依申请公开政府信息12件。", TABLE].join("\n");
    expect(report(page, url).agencyNormalized).toBeNull();
  });
});

// ga-139…ga-144: swj spells 商务局 and 水务局 alike; a page saying 我局 of 水务 is the 水务局, and the
// 民政 inside 人民政府 names no field.
describe("a department slug whose field the page never writes", () => {
  const url = "https://swj.haikou.gov.cn/hksswj/zfxxgknb/201502/a4ce.shtml";

  it("takes the field the page writes about over the slug's", () => {
    const page = [
      "根据海口市人民政府办公厅的通知要求,我局严格落实海口市人民政府信息公开规定。",
      "我局对13个水务审批事项做到公开,依托市政务中心水务窗口公开水务动态、水务局信息。",
      TABLE,
    ].join("\n");
    expect(report(page, url).agencyNormalized).toBe("海口市水务局");
  });

  it("keeps the slug's department where the page writes its field", () => {
    const page = ["我局严格落实信息公开规定,及时公开商务动态和水务协作信息。", TABLE].join("\n");
    expect(report(page, url).agencyNormalized).toBe("海口市商务局");
  });
});

// gf-022…gf-033, gh-022…gh-031: a 供销合作联社 named in full before its short name, and a national
// organ named as the subject by its Party group (审计署党组高度重视…).
describe("subjects written with an aside or their Party group", () => {
  it("reads 中山市供销合作联社(以下简称“市供销社”) over a mirror path's initials", () => {
    const page = ["一、总体情况", "2023年,中山市供销合作联社(以下简称“市供销社”)坚持以人民为中心,认真做好政府信息公开工作。", TABLE].join("\n");
    const r = report(page, "http://www.example.com/gxs/gggs/content/post_2366472.html");
    expect([r.agencyNormalized, r.region.city]).toEqual(["中山市供销合作联社", "中山市"]);
  });

  it("reads 审计署党组高度重视… as 审计署's report", () => {
    const page = ["2016年,审计署党组高度重视政府信息公开工作,认真贯彻落实中央有关文件精神。", TABLE].join("\n");
    expect([report(page).agencyNormalized, report(page).level]).toEqual(["审计署", "national"]);
  });
});
