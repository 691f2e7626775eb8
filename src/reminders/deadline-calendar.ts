/**
 * The filing-deadline calendar (`data/deadlines.json`): which reports are due when, on what legal
 * basis, and when to remind. A deadline occurs once per report year: the report for year Y is due
 * on the rule's month/day of year Y + 1 (Shanghai calendar).
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { DeadlineCalendarError } from "./errors.ts";
import { addDays, isoDate, weekday, type IsoDate } from "./shanghai-time.ts";

/** Who a deadline binds: government departments, governments' disclosure offices, or every agency (2008 rule). */
export type DeadlineKind = "departments" | "governments" | "all";

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const calendarSchema = z.object({
  timeZone: z.literal("Asia/Shanghai"),
  leadDays: z.array(z.number().int().min(0)).min(1),
  afterDays: z.number().int().min(0),
  deadlines: z
    .array(
      z.object({
        id: z.string().min(1),
        kind: z.enum(["departments", "governments", "all"]),
        name: z.string().min(1),
        reportYears: z.object({ from: z.number().int(), to: z.number().int().nullable() }),
        month: z.number().int().min(1).max(12),
        day: z.number().int().min(1).max(31),
        basis: z.string().min(1),
        wording: z.string().min(1),
      }),
    )
    .min(1),
  holidayArrangements: z.array(
    z.object({
      year: z.number().int(),
      /** The title of the State Council General Office's notice the days come from. */
      notice: z.string().min(1),
      holidays: z.array(z.object({ from: isoDateSchema, to: isoDateSchema, name: z.string().min(1) })),
      /** Weekend days made working days (调休上班). */
      workdays: z.array(
        isoDateSchema.refine((date) => weekday(date) === 0 || weekday(date) === 6, {
          error: (issue) => `swapped working day ${String(issue.input)} is not a weekend day`,
        }),
      ),
    }),
  ),
});

export type DeadlineCalendar = z.infer<typeof calendarSchema>;
export type DeadlineRule = DeadlineCalendar["deadlines"][number];

/** One deadline for one report year. */
export interface DeadlineOccurrence {
  rule: DeadlineRule;
  reportYear: number;
  due: IsoDate;
}

/**
 * Why a date may not be a working day: a listed holiday, a weekend that is not a swapped working
 * day, or "unknown" when the calendar holds no holiday arrangement for the date's year (it may be
 * a holiday, or a weekend made a working day).
 */
export type DayOff =
  | { kind: "weekend" }
  | { kind: "holiday"; name: string }
  | { kind: "unknown"; year: number; weekend: boolean };

export const DEFAULT_CALENDAR_PATH = new URL("../../data/deadlines.json", import.meta.url);

/** Reads and checks a calendar file (default: the project's `data/deadlines.json`). */
export function loadDeadlineCalendar(path: string | URL = DEFAULT_CALENDAR_PATH): DeadlineCalendar {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new DeadlineCalendarError(`cannot read deadline calendar ${String(path)}`, { cause });
  }
  return parseDeadlineCalendar(raw);
}

export function parseDeadlineCalendar(raw: unknown): DeadlineCalendar {
  const parsed = calendarSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DeadlineCalendarError(`invalid deadline calendar: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** The deadline of a rule for a report year, or null when the rule does not cover that year. */
export function occurrenceFor(rule: DeadlineRule, reportYear: number): DeadlineOccurrence | null {
  if (reportYear < rule.reportYears.from) return null;
  if (rule.reportYears.to !== null && reportYear > rule.reportYears.to) return null;
  return { rule, reportYear, due: isoDate(reportYear + 1, rule.month, rule.day) };
}

/** Every occurrence due within the calendar years `fromYear`…`toYear`, in date order. */
export function occurrencesDueIn(calendar: DeadlineCalendar, fromYear: number, toYear: number): DeadlineOccurrence[] {
  const found: DeadlineOccurrence[] = [];
  for (let dueYear = fromYear; dueYear <= toYear; dueYear++) {
    for (const rule of calendar.deadlines) {
      const occurrence = occurrenceFor(rule, dueYear - 1);
      if (occurrence) found.push(occurrence);
    }
  }
  return found.sort((a, b) => a.due.localeCompare(b.due) || a.rule.id.localeCompare(b.rule.id));
}

/** The rule that binds an agency of `kind` for a report year (the 2008 rule binds every agency). */
export function ruleFor(calendar: DeadlineCalendar, kind: "departments" | "governments", reportYear: number): DeadlineRule | null {
  return (
    calendar.deadlines.find(
      (rule) => (rule.kind === kind || rule.kind === "all") && occurrenceFor(rule, reportYear) !== null,
    ) ?? null
  );
}

/** Whether a date is a day off, or null when the published arrangement makes it a working day. */
export function dayOff(calendar: DeadlineCalendar, date: IsoDate): DayOff | null {
  const arrangements = calendar.holidayArrangements;
  // A New Year holiday can start in late December, so every arrangement is searched.
  const holiday = arrangements.flatMap((a) => a.holidays).find((h) => h.from <= date && date <= h.to);
  if (holiday) return { kind: "holiday", name: holiday.name };
  const weekend = weekday(date) === 0 || weekday(date) === 6;
  const year = Number(date.slice(0, 4));
  if (!arrangements.some((a) => a.year === year)) return { kind: "unknown", year, weekend };
  if (weekend && !arrangements.some((a) => a.workdays.includes(date))) return { kind: "weekend" };
  return null;
}

/** The date a reminder with a lead time goes out. */
export function reminderDate(occurrence: DeadlineOccurrence, leadDays: number): IsoDate {
  return addDays(occurrence.due, -leadDays);
}
