/**
 * The canonical metric keys shared by ingest (which assigns them) and answers (which asks for them).
 * Keys are dotted paths; the template tables produce `<table>.<row>.<column>`.
 */

/** Columns of the applications table (section 三), in template order. */
export const APPLICANT_COLUMNS = [
  "natural_person",
  "commercial",
  "research",
  "public_interest",
  "legal_service",
  "other_org",
  "total",
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** The columns under 法人或其他组织, which the template totals nowhere; `legal_persons` names them together. */
export const LEGAL_PERSON_COLUMNS: readonly ApplicantColumn[] = ["commercial", "research", "public_interest", "legal_service", "other_org"];
export const LEGAL_PERSONS = "legal_persons";

/** Rows of the applications table, in template order (2021 format; the 2019 trial format lacks the other.* sub-rows). */
export const APPLICATION_ROWS = [
  "new",
  "carried_over",
  "granted",
  "partly_granted",
  "refused",
  "refused.state_secret",
  "refused.law_prohibited",
  "refused.three_safety",
  "refused.third_party",
  "refused.internal_affairs",
  "refused.process_info",
  "refused.enforcement_file",
  "refused.inquiry",
  "unable",
  "unable.not_held",
  "unable.needs_creation",
  "unable.unclear",
  "not_processed",
  "not_processed.complaint",
  "not_processed.repeated",
  "not_processed.publication",
  "not_processed.mass_repeated",
  "not_processed.confirmation",
  "other",
  "other.no_correction",
  "other.no_fee",
  "other.other",
  "results_total",
  "carried_forward",
] as const;
export type ApplicationRow = (typeof APPLICATION_ROWS)[number];

/** The three blocks of the reconsideration/litigation table, and the five outcomes of each. */
export const REVIEW_BLOCKS = ["review", "litigation_direct", "litigation_after_review"] as const;
export const REVIEW_OUTCOMES = ["maintained", "corrected", "other", "pending", "total"] as const;

/** Metric keys outside the tables. */
export const NARRATIVE_METRICS = {
  /** Total proactively disclosed items (主动公开政府信息N条). */
  proactiveTotal: "proactive.total",
  /** One category of the proactive total (其中政务文件2条); the label names the category. */
  proactiveCategory: "proactive.category",
  /** Applications received, stated in prose (收到依申请公开N件 / 未接收到依申请公开 → 0). */
  applicationsReceived: "applications.new.total",
  /** Fees charged for disclosure (无收费 → 0). */
  feesTotal: "fees.total",
  /** Reconsideration cases stated in prose. */
  reviewTotal: "review.total",
  /** Litigation cases stated in prose (both kinds together). */
  litigationTotal: "litigation.total",
  /** A report-specific figure (website visits, hotline calls, mailbox letters …); the label says what. */
  misc: "misc",
  /** The number of a document the report cites (711 of 国务院令第711号); never a count. */
  documentNumber: "document.number",
  /** A street's or building's number in an address (77 of 港城大街77号, 1 of 1号楼); never a count. */
  addressNumber: "address.number",
  /** A place in an order (41 of 第41次常务会议, 5 of 排行榜第5名); never a count. */
  ordinal: "ordinal",
  /** The year of an event the report tells of (2001 of 于2001年成立); never a count. */
  eventYear: "event.year",
} as const;

/** The metrics of numbers that name a thing (a document, an address, a place in an order) rather than count. */
export const NAMING_METRICS: ReadonlySet<string> = new Set([NARRATIVE_METRICS.documentNumber, NARRATIVE_METRICS.addressNumber, NARRATIVE_METRICS.ordinal, NARRATIVE_METRICS.eventYear]);

/**
 * Metric keys of the 第二十条 tables: `art20.<row>.<column>`.
 * Rows: regulation, normative_document, licensing, other_services, punishment, enforcement, fees, procurement.
 * Columns (2021): issued, repealed, in_force, decisions, amount.
 * Columns (2019): made, published, total_published, prior_count, change, decisions, procurement_count, procurement_amount.
 * Some pages count a decision row's items beside its decisions: items.
 */
export const ART20_PREFIX = "art20";

export function applicationMetric(row: ApplicationRow, column: ApplicantColumn): string {
  return `applications.${row}.${column}`;
}
