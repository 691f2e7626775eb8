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
