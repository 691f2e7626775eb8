/**
 * Parsing one source file into its reports: decode → HTML to text → normalize → drop spam and
 * page debris → split into reports → per report: title, agency, year, format, sections,
 * passages, figures. Pure: takes bytes, returns values, throws `IngestError` only when the file
 * holds no readable report at all.
 */
import { placesNamed, placesStemmed } from "../places/gazetteer.ts";
import type { ParsedFile, ParsedPassage, ParsedReport, ParsedSection, SourceMeta } from "../domain/report.ts";
import { normalizeAgencyName } from "./agency-names.ts";
import { addressClues, type AddressClues } from "./address-clues.ts";
import { withCreditCodePlaces } from "./credit-code.ts";
import { nameWithPlaceInFull, placeAgency } from "./agency-place.ts";
import { organNamed } from "../places/organs.ts";
import { agencyRegion } from "./agency-region.ts";
import { isDebrisLine } from "./debris.ts";
import { decodeBytes, type DecodedText } from "./decode.ts";
import { dropSpans } from "./drop-spans.ts";
import { extractFigures } from "./figures/extract-figures.ts";
import type { FigureSection } from "./figures/figure-input.ts";
import { tabCellsAsPipes } from "./tab-cells.ts";
import { cutBreaks } from "./cut-characters.ts";
import { wrappedBreaks } from "./hard-wrap.ts";
import { IngestError } from "./ingest-error.ts";
import { insertBreaks } from "./insert-breaks.ts";
import { lostBreaks } from "./lost-breaks.ts";
import { normalize, originalSlice, originalSpan, type NormalizedText } from "../text/normalized-text.ts";
import { keptOriginal } from "./original-text.ts";
import { pageFurnitureLines } from "./page-furniture.ts";
import { originalOf, type OriginalText } from "./read-original.ts";
import { findAgency } from "./report-agency.ts";
import { detectFormat } from "./report-format.ts";
import { YEAR_IN_TITLE, gluedTitle, isReportTitleLine, isSectionHeading, isSplitTitle, openingTitle, titleCore } from "./report-headings.ts";
import { METADATA_LINE, findDateLine, findIndexNumber, findPublishedLine } from "./report-metadata.ts";
import { buildPassages, type PassageLine } from "./report-passages.ts";
import { findSections } from "./report-sections.ts";
import { splitPieces, type PieceDraft } from "./report-split.ts";
import { rankYear } from "./report-year.ts";
import { withOwnSitePlaces } from "./own-site.ts";
import type { Span } from "./span.ts";
import { findSpamSpans, isMostlySpam } from "./spam.ts";
import { markupDebrisSpans } from "./markup-debris.ts";
import { splitLines, type TextLine } from "./text-lines.ts";

export interface ParseInput {
  bytes: Uint8Array;
  /** File name; `.html`/`.htm` marks an HTML page (and `.pdf` a PDF, read by `parseSource`). */
  name: string;
  /** Sidecar provenance; its title, agency, year and published override what parsing derives. */
  meta?: SourceMeta;
}

// A later page of a report (cut before its title) still reads as one by its sections: 主动公开政府信息….
const DISCLOSURE = /信息公开|政务公开|主动公开政府信息|依申请公开/;
const TITLE_LABEL = /^(?:标\s*题|题\s*目|名\s*称)\s*[:：|]?\s*/;
const COLLECTION_TITLE = /汇编|合集|汇总|精选|范文|大全|\d+篇/;
const LINE_BREAK = /\s*\n\s*/g;
const LEADING_BULLET = /^[•·・●◆■▪]\s*/u;

/** Parses a source file; throws `IngestError` when it is undecodable, empty, or holds no report. */
export function parseFile(input: ParseInput): ParsedFile {
  return parseText(decodeBytes(input.bytes), input);
}

/** Parses the text of a source file read by other means (a PDF's text layer); `input.bytes` is not read. */
export function parseText(decoded: DecodedText, input: ParseInput): ParsedFile {
  return parseOriginal(originalOf(decoded, input.name), input);
}

/**
 * Parses a source file from its original text (`read-original.ts`), read by the caller; throws
 * `IngestError` when it is empty or holds no report.
 */
export function parseOriginal(text: OriginalText, input: Pick<ParseInput, "name" | "meta">): ParsedFile {
  const { original } = text;
  if (!/\S/.test(original)) throw new IngestError(`${input.name} 中没有文字`);
  // A page that lost its line breaks gets them back first: furniture, headings and rows are lines.
  const read = tabCellsAsPipes(normalize(original));
  const raw = insertBreaks(read, lostBreaks(read.text, splitLines(read.text)));
  const spam = [...findSpamSpans(raw.text), ...markupDebrisSpans(raw.text)].sort((a, b) => a.start - b.start);
  const rawLines = splitLines(raw.text);
  const debris: Span[] = [
    ...rawLines.filter((l) => isDebrisLine(l.text) || isMostlySpam(l.text, spam, l.start)),
    ...pageFurnitureLines(rawLines),
  ];
  const kept = dropSpans(raw, [...spam, ...debris]);
  const keptLines = splitLines(kept.text);
  const norm = dropSpans(kept, [...wrappedBreaks(kept.text, keptLines), ...cutBreaks(kept, keptLines)]);
  const spamInOriginal = spam.map((s) => originalSpan(raw, s.start, s.end));
  const lines = splitLines(norm.text);
  if (!lines.some((l) => DISCLOSURE.test(l.text))) {
    throw new IngestError(`${input.name} 中没有找到政府信息公开工作年度报告`);
  }
  const pieces = splitPieces(lines);
  const address = withOwnSitePlaces(withCreditCodePlaces(addressClues(input.meta?.url ?? null), norm.text), norm.text);
  const reports = pieces
    .map((piece) => buildReport(norm, lines, piece, spamInOriginal, address, pieces.length === 1))
    .filter((r): r is ParsedReport => r !== null)
    .map((r, pieceIndex) => ({ ...r, pieceIndex }));
  if (reports.length === 0) throw new IngestError(`${input.name} 中没有找到政府信息公开工作年度报告`);
  if (input.meta && reports.length === 1) applyMeta(reports[0]!, input.meta, norm.text);
  if (text.seams && text.seams.length > 0) for (const r of reports) withSeams(r.passages, text.seams);
  return { original, encoding: text.encoding, reports };
}

function buildReport(
  norm: NormalizedText,
  allLines: readonly TextLine[],
  piece: PieceDraft,
  spam: readonly Span[],
  address: AddressClues,
  alone: boolean,
): ParsedReport | null {
  const pieceLines = allLines.slice(piece.firstLine, piece.endLine);
  const content = pieceLines.filter((l) => l.index !== piece.markerLine);
  if (content.length === 0) return null;
  const normStart = pieceLines[0]!.start;
  const normEnd = pieceLines.at(-1)!.end;
  const contentText = norm.text.slice(content[0]!.start, normEnd);
  if (!DISCLOSURE.test(contentText) && !(piece.markerTitle && DISCLOSURE.test(piece.markerTitle))) return null;

  // A page heading without a year (…财政局政府信息公开年度报告) or naming a collection (…年度报告汇编)
  // sits over the report's own dated title.
  const head = titleWindow(content);
  const titleLines = piece.markerLine >= 0 ? [] : head.filter((l) => isReportTitleLine(l.text));
  const ownTitles = titleLines.filter((l) => !COLLECTION_TITLE.test(l.text));
  const titleLine = ownTitles.find((l) => YEAR_IN_TITLE.test(l.text)) ?? ownTitles[0] ?? titleLines[0] ?? null;
  const ownTitleLine = (titleLine && joinedWithLineBefore(content, titleLine)) ?? titleLine ?? head.slice(0, 2).find((l) => isReportTitleLine(l.text) && !/^报告$/.test(l.text)) ?? (piece.markerLine >= 0 ? null : splitTitle(head));
  // A header field's label (标 题 | …) is no part of the title it labels.
  const label = ownTitleLine ? (TITLE_LABEL.exec(ownTitleLine.text)?.[0].length ?? 0) : 0;
  // A page holding the whole report on one line opens that line with the report's name.
  const opening = ownTitleLine || piece.markerLine >= 0 ? null : openingTitle(content[0]!.text);
  const ownTitle = ownTitleLine
    ? { start: ownTitleLine.start + label, end: spansLines(ownTitleLine) ? ownTitleLine.end : ownTitleLine.start + titleCore(ownTitleLine.text).length }
    : opening
      ? { start: content[0]!.start, end: content[0]!.start + opening.length }
      : null;
  const normTitle = piece.markerTitle ?? (ownTitle ? norm.text.slice(ownTitle.start, ownTitle.end).replace(LINE_BREAK, "") : null);
  // A page whose text names no year is dated by the folder or date its address files it under.
  const rankedYear = rankYear(contentText, normTitle, alone ? address.year : null);
  const year = rankedYear?.year ?? null;
  const format = detectFormat(contentText);
  const agency = findAgency({ text: contentText, lines: content, title: normTitle, ...(alone ? { address } : {}) });
  const placement = agency?.anonymized ? null : placeAgency(agency?.normalized ?? null, contentText, address);
  const { region, level } = placement ?? agencyRegion(agency?.normalized ?? null, contentText, norm.text);
  const agencyNormalized = agency && placement ? nameWithPlaceInFull(agency.normalized, placement.region) : (agency?.normalized ?? null);

  const drafts = findSections(content, normStart, normEnd);
  const sections: FigureSection[] = drafts.map((d, index) => {
    const span = originalSpan(norm, d.normStart, d.normEnd);
    const heading = d.lineIndex < 0 ? "" : originalSlice(norm, d.headingStart, d.headingEnd);
    return { index, kind: d.kind, heading, start: span.start, end: span.end, normStart: d.normStart, normEnd: d.normEnd };
  });
  const headingOnly = new Set(drafts.filter((d) => d.lineIndex >= 0 && d.headingEnd >= content[d.lineIndex]!.end).map((d) => d.lineIndex));
  const published = findPublishedLine(content, year);
  // The line dating the page, even a mirror's years later, answers 哪天公开的 verbatim.
  const dating = published?.line ?? findDateLine(content)?.line;
  const passageLines: PassageLine[] = [];
  content.forEach((line, i) => {
    // Header fields are no report text, except the line dating the page.
    const header = METADATA_LINE.test(line.text) || isHeaderValueRow(content, i);
    // A title line running on into the first sentence keeps that sentence.
    const titleOnly = line.text === ownTitleLine?.text && gluedTitle(line.text) === null;
    if (headingOnly.has(i) || titleOnly || (header && line !== dating)) return;
    passageLines.push({ normStart: line.start, normEnd: line.end, sectionIndex: sectionAt(drafts, line.start) });
  });

  const span = originalSpan(norm, normStart, normEnd);
  const figureResult = extractFigures({ norm, report: { normStart, normEnd, year, format }, sections });
  return {
    pieceIndex: 0,
    title: titleText(norm, ownTitle, piece.markerTitle, pieceLines[0]!, agency?.normalized ?? null, year),
    agency: agency ? writtenName(norm, contentText, content[0]!.start, agency.name) : null,
    agencyNormalized,
    region,
    level,
    year,
    published: published?.date ?? null,
    indexNumber: findIndexNumber(content),
    format,
    anonymized: agency?.anonymized ?? false,
    identity: {
      placeCode: placement?.placeCode ?? null,
      confidence: agency?.confidence ?? 0,
      evidence: [...(agency?.evidence ?? []), ...(placement?.evidence ?? []), ...(rankedYear?.evidence ?? [])],
    },
    start: span.start,
    end: span.end,
    sections: sections.map(({ normStart: _s, normEnd: _e, ...s }): ParsedSection => s),
    passages: buildPassages(norm, passageLines, spam),
    figures: figureResult.figures,
    warnings: figureResult.warnings,
  };
}

// A title opens a report's first lines, or closes the site's menus that fill them, over its first section.
const TITLE_LINES = 6;

/** The lines a report's title is looked for in: its first few, else the few before its first numbered section. */
function titleWindow(content: readonly TextLine[]): readonly TextLine[] {
  const first = content.slice(0, TITLE_LINES);
  if (first.some((l) => isReportTitleLine(l.text))) return first;
  const section = content.findIndex((l) => isSectionHeading(l.text));
  return section > TITLE_LINES ? content.slice(section - TITLE_LINES, section) : first;
}

/** Gives each passage the seams of the page's markup inside it (`seams`: ascending offsets of the original). */
function withSeams(passages: ParsedPassage[], seams: readonly number[]): void {
  for (const p of passages) {
    const inside: number[] = [];
    for (let i = firstAfter(seams, p.start); i < seams.length && seams[i]! < p.end; i++) inside.push(seams[i]! - p.start);
    if (inside.length > 0) p.seams = inside;
  }
}

/** Index of the first of ascending `values` above `at`. */
function firstAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sectionAt(drafts: ReadonlyArray<{ normStart: number; normEnd: number }>, at: number): number {
  const i = drafts.findIndex((d) => at >= d.normStart && at < d.normEnd);
  return i >= 0 ? i : Math.max(0, drafts.length - 1);
}

// The value row under a flattened header table (`索引号 | 公开方式 | 发布机构`).
function isHeaderValueRow(lines: readonly TextLine[], i: number): boolean {
  const prev = lines[i - 1];
  // The values sit in cells as their header does: a paragraph after a header line is report text.
  return prev !== undefined && prev.text.includes("|") && METADATA_LINE.test(prev.text) && lines[i]!.text.includes("|");
}

/**
 * A title a page breaks over two lines (2025年上海市人民政府办公厅政府信息公开 / 工作年度报告), as one
 * line spanning both; null when no two lines of `lines` make one that neither makes alone.
 */
function splitTitle(lines: readonly TextLine[]): TextLine | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const [first, second] = [lines[i]!, lines[i + 1]!];
    if (isSplitTitle(first.text, second.text)) return { ...first, text: first.text + second.text, end: second.end };
  }
  return null;
}

/** Whether `line` is a title joined from two lines (its span holds the break between them). */
/** A title line that is the second part of a title broken over two lines (…2023年度政府 | 信息公开工作年度报告), joined with the first; else null. */
function joinedWithLineBefore(lines: readonly TextLine[], title: TextLine): TextLine | null {
  const before = lines[lines.indexOf(title) - 1];
  return before && isSplitTitle(before.text, title.text) ? { ...before, text: before.text + title.text, end: title.end } : null;
}

function spansLines(line: TextLine): boolean {
  return line.end - line.start > line.text.length;
}

function titleText(norm: NormalizedText, own: Span | null, markerTitle: string | null, first: TextLine, agency: string | null, year: number | null): string {
  // A title broken over two lines is cited as one.
  // A header list's bullet (• 2020年…) marks the line, not the title.
  if (own) return keptOriginal(norm, own.start, own.end).replace(LINE_BREAK, "").replace(LEADING_BULLET, "");
  if (markerTitle) {
    const at = norm.text.indexOf(markerTitle, first.start);
    if (at >= 0) return keptOriginal(norm, at, at + markerTitle.length);
  }
  return `${agency ?? ""}${year !== null ? `${year}年` : ""}政府信息公开工作年度报告`;
}

// The agency name as the text writes it (traditional script stays traditional), where it occurs.
function writtenName(norm: NormalizedText, text: string, offset: number, name: string): string {
  const at = text.indexOf(name);
  if (at >= 0) return keptOriginal(norm, offset + at, offset + at + name.length);
  // 泰州医药高新区(高港区)财政局: the name as written with a place in brackets inside it (海口市(市区) holds none).
  const bracketed = new RegExp([...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(BRACKETED_ASIDE), "u").exec(text);
  const places = bracketed ? [...bracketed[0].matchAll(/[(（]([^()（）]+)[)）]/gu)].map((m) => m[1]!) : [];
  const placed = places.length > 0 && places.every((p) => placesNamed(p).length > 0 || placesStemmed(p).length > 0);
  return bracketed && placed ? keptOriginal(norm, offset + bracketed.index, offset + bracketed.index + bracketed[0].length) : name;
}

// A place in brackets a written name may hold between two of its characters.
const BRACKETED_ASIDE = "(?:[(（][^()（）\\s]{1,10}[)）])?";

// A sidecar describes the whole file, so it applies only where the file holds one report.
function applyMeta(report: ParsedReport, meta: SourceMeta, text: string): void {
  if (meta.title) report.title = meta.title;
  if (meta.agency) {
    report.agency = meta.agency;
    const named = normalizeAgencyName(normalize(meta.agency).text);
    // A national organ is filed under its own name, however the sidecar writes it.
    report.agencyNormalized = organNamed(named)?.name ?? named;
    report.anonymized = false;
    const placement = placeAgency(report.agencyNormalized, text, addressClues(meta.url ?? null));
    Object.assign(report, placement ? { region: placement.region, level: placement.level } : agencyRegion(report.agencyNormalized, text));
    const yearEvidence = report.identity.evidence.filter((e) => e.startsWith("year:"));
    report.identity = { placeCode: placement?.placeCode ?? null, confidence: 1, evidence: ["sidecar:agency", ...(placement?.evidence ?? []), ...yearEvidence] };
  }
  if (meta.year !== undefined) {
    report.year = meta.year;
    report.identity.evidence = [...report.identity.evidence.filter((e) => !e.startsWith("year:")), "sidecar:year"];
  }
  if (meta.published) report.published = meta.published;
}
