import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { titleCore } from "../../src/ingest/report-headings.ts";

const BODY = [
  "一、概述",
  "本年度政府信息公开工作有序推进,各项制度不断完善。".repeat(8),
  "二、主动公开政府信息情况",
  "全年共主动公开政府信息94条。".repeat(6),
];

function titlesOf(lines: string[]) {
  const file = parseFile({ bytes: new TextEncoder().encode(lines.join("\n")), name: "page.txt" });
  return file.reports.map((r) => [r.title, r.agencyNormalized, r.year]);
}

describe("report titles", () => {
  it("takes the report's name out of a page title that trails column and site names", () => {
    expect(titleCore("临泽县人民政府2022年政府信息公开工作年度报告_政府信息公开年报_临泽县人民政府")).toBe("临泽县人民政府2022年政府信息公开工作年度报告");
    expect(titleCore("襄城县人民政府2015年政府信息公开工作年度报告 - 襄城县人民政府门户网站")).toBe("襄城县人民政府2015年政府信息公开工作年度报告");
    expect(titleCore("2019-2020年度政府信息公开工作年度报告")).toBe("2019-2020年度政府信息公开工作年度报告");
  });

  it("prefers the report's own dated title to a page heading over it", () => {
    expect(titlesOf(["沭阳县财政局政府信息公开年度报告", "沭阳县财政局2017年政府信息公开工作年度报告", ...BODY])).toEqual([
      ["沭阳县财政局2017年政府信息公开工作年度报告", "沭阳县财政局", 2017],
    ]);
  });

  it("takes no collection heading for the title of the first report under it", () => {
    expect(titlesOf(["通渭县2014年部门政府信息公开工作年度报告汇编", "通渭县交通运输局2014年政府信息公开工作年度报告", ...BODY])).toEqual([
      ["通渭县交通运输局2014年政府信息公开工作年度报告", "通渭县交通运输局", 2014],
    ]);
  });
});
