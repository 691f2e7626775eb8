import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { generateCorpus, generateCorpusWithTruth } from "../../scripts/synthetic-corpus.ts";

const TEMPLATE_SECTIONS = ["preamble", "overview", "proactive", "applications", "review_litigation", "problems", "other"];

describe("generateCorpus", () => {
  it("is deterministic for a seed and varies with it", () => {
    const a = generateCorpus(20, 5);
    expect(generateCorpus(20, 5)).toEqual(a);
    expect(generateCorpus(20, 6).map((f) => f.bytes)).not.toEqual(a.map((f) => f.bytes));
  });

  it("yields reports that parse back to the agency, year and format they state, and the six template sections, in every layout and encoding", () => {
    const corpus = generateCorpusWithTruth(300, 11);
    const encodings = new Set<string>();
    const formats = new Set<string>();
    for (const file of corpus) {
      const parsed = parseFile(file);
      encodings.add(`${parsed.encoding}${file.name.endsWith(".html") ? " html" : ""}`);
      formats.add(file.truth.format);
      expect(parsed.reports, file.name).toHaveLength(1);
      const [report] = parsed.reports;
      expect([report!.agencyNormalized, report!.year, report!.format], file.name).toEqual([file.truth.agency, file.truth.year, file.truth.format]);
      if (file.truth.format !== "narrative") {
        expect(report!.sections.map((x) => x.kind), file.name).toEqual(TEMPLATE_SECTIONS);
      }
    }
    expect([...encodings].sort()).toEqual(["gb18030", "utf-8", "utf-8 html"]);
    expect([...formats].sort()).toEqual(["narrative", "template2019", "template2021"]);
  });

  it("yields real-size pages, menus and all, that parse back to the agency and year they state", () => {
    // Seed 1's page 40 opens with more menu lines than a title is first looked for in.
    const pages = generateCorpusWithTruth(48, 1, { size: "real" }).filter((f) => f.name.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const [report] = parseFile(file).reports;
      expect([report!.agencyNormalized, report!.year], file.name).toEqual([file.truth.agency, file.truth.year]);
    }
  });
});
