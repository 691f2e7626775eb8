/**
 * The database as Kysely sees it: one interface per table, gathered in `Schema`. Another table is
 * added by writing its interface here and a property in `Schema`, next to its migration.
 * Booleans are stored as 0/1 and lists as JSON text; offsets (`span_start`, `span_end`) are UTF-16
 * indexes into the file's `original_text`.
 */
import type { ColumnType, Generated } from "kysely";

/** One ingested file (or one that failed to ingest), keyed by its absolute path. */
export interface SourceFileTable {
  id: Generated<number>;
  path: string;
  /** File name, shown as the citation's source. */
  name: string;
  /** sha256 of the bytes and the sidecar of the version the stored reports come from. */
  content_hash: string;
  url: string | null;
  encoding: string | null;
  /** ISO timestamp of the last successful ingest, or of the failed attempt for a file never ingested. */
  ingested_at: string;
  /** Why the last attempt failed; null when it succeeded. A failed change keeps the previous reports. */
  error: string | null;
  /** The text quotes and offsets refer to; null for a file that never parsed. */
  original_text: string | null;
  /** Size, mtime, ctime and inode of the file and its sidecar when `content_hash` was taken; null when unknown. */
  stat_stamp: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ReportTable {
  id: Generated<number>;
  file_id: number;
  piece_index: number;
  title: string;
  agency: string | null;
  agency_normalized: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  township: string | null;
  level: string;
  year: number | null;
  published: string | null;
  index_number: string | null;
  format: string;
  anonymized: number;
  /** GB/T 2260 code of the innermost place of the agency, or null. */
  place_code: string | null;
  identity_confidence: number;
  /** JSON array of the clues that decided the agency and place. */
  identity_evidence: string;
  span_start: number;
  span_end: number;
}

export interface SectionTable {
  report_id: number;
  idx: number;
  kind: string;
  heading: string;
  span_start: number;
  span_end: number;
}

export interface PassageTable {
  report_id: number;
  idx: number;
  section_index: number;
  text: string;
  span_start: number;
  span_end: number;
  /** JSON offsets into `text` where a web page's markup parts it, or null. */
  seams: string | null;
}

export interface FigureTable {
  id: Generated<number>;
  report_id: number;
  key: string;
  metric: string;
  label: string;
  value: number;
  unit: string;
  approximate: number;
  quote: string;
  span_start: number;
  span_end: number;
  section_index: number;
  parent_key: string | null;
}

export interface WarningTable {
  report_id: number;
  idx: number;
  code: string;
  message: string;
  /** JSON array of figure keys. */
  figure_keys: string;
}

export interface ChatStateTable {
  chat_id: string;
  /** JSON of the answer engine's `ChatState`. */
  state: string;
  updated_at: string;
}

/** Keys of incoming updates already handled (Telegram update ids, WeChat message keys). */
export interface ProcessedUpdateTable {
  key: string;
  created_at: string;
}

export interface CounterTable {
  name: string;
  value: number;
}

/** Small named values of the store itself, such as `catalog_version`. */
/** The catalogue listing (see `catalog-listing.ts`) as taken at one catalogue version. */
export interface CatalogSnapshotTable {
  version: number;
  /** JSON array of one array per report, in id order. */
  catalogue: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

/** A chat subscribed to filing-season reminders (`tg:<id>` / `wx:<openid>`). */
/** One thing a chat follows: every agency, one agency, a place's agencies, or a name as typed before names were resolved. */
export interface SubscriptionEntryTable {
  id: Generated<number>;
  chat_id: string;
  /** "departments", "governments", or null for both deadlines. */
  kind: string | null;
  /** "all", "agency", "place" or "name". */
  scope: string;
  /** The agency or place ("" for "all"). */
  target: string;
  created_at: string;
}

/** When a chat last sent us a message (WeChat pushes only within 48 hours of it). */
export interface ChatActivityTable {
  chat_id: string;
  last_inbound_at: string;
}

/** One reminder or notice, claimed under its unique key before sending. */
export interface ReminderSendLogTable {
  key: string;
  chat_id: string;
  /** "deadline", "after_deadline" or "new_report". */
  topic: string;
  /** "claimed", then "sent", "failed", "gone" (chat blocked or deleted), "undeliverable", or "abandoned" (never finished). */
  status: string;
  claimed_at: string;
  finished_at: string | null;
  detail: string | null;
  /** Id of the process that claimed it. */
  claimed_by: string;
}

/** A WeChat message (`FromUserName:MsgId`, events `FromUserName:CreateTime`) claimed by one instance, with its reply. */
export interface WechatMessageTable {
  key: string;
  /** ISO time of the claim; a claim with no reply long after it belongs to an instance that stopped. */
  claimed_at: string;
  /** The passive reply once computed ("" when none is due); null while it is being computed. */
  reply: string | null;
  /** 1 once the reply was handed to the customer-service API: retries answer `success`. */
  sent_later: Generated<number>;
}

export interface Schema {
  source_files: SourceFileTable;
  reports: ReportTable;
  sections: SectionTable;
  passages: PassageTable;
  figures: FigureTable;
  warnings: WarningTable;
  chat_states: ChatStateTable;
  processed_updates: ProcessedUpdateTable;
  counters: CounterTable;
  meta: MetaTable;
  catalog_snapshots: CatalogSnapshotTable;
  subscription_entries: SubscriptionEntryTable;
  chat_activity: ChatActivityTable;
  reminder_send_log: ReminderSendLogTable;
  wechat_messages: WechatMessageTable;
}
