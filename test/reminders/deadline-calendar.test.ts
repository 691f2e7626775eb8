import { commandWords } from "../../src/reminders/command-words.ts";
import { describe, expect, it } from "vitest";
import {
  dayOff,
  loadDeadlineCalendar,
  occurrencesDueIn,
  parseDeadlineCalendar,
  ruleFor,
} from "../../src/reminders/deadline-calendar.ts";
import { dueLeadDays } from "../../src/reminders/due-reminders.ts";
import { DeadlineCalendarError } from "../../src/reminders/errors.ts";
import { deadlineReminderText } from "../../src/reminders/messages.ts";
import { parseSubscriptionFilters } from "../../src/reminders/subscription.ts";

const TG_WORDS = commandWords("tg:1");

const calendar = loadDeadlineCalendar();

describe("the deadline calendar", () => {
  it("dates each report year's deadlines in the following year, under the regulation in force", () => {
    expect(occurrencesDueIn(calendar, 2019, 2020).map((o) => `${o.due} ${o.rule.id} ${o.reportYear}`)).toEqual([
      "2019-03-31 all-2008 2018",
      "2020-01-31 departments-2019 2019",
      "2020-03-31 governments-2019 2019",
    ]);
    expect(ruleFor(calendar, "departments", 2015)?.id).toBe("all-2008");
    expect(ruleFor(calendar, "governments", 2026)?.id).toBe("governments-2019");
  });

  it("reminds 30, 7 and 1 days before and on the day, never after", () => {
    const [departments] = occurrencesDueIn(calendar, 2027, 2027);
    const leads = ["2026-12-31", "2027-01-01", "2027-01-23", "2027-01-24", "2027-01-30", "2027-01-31", "2027-02-01"].map(
      (date) => dueLeadDays(calendar, departments!, date),
    );
    expect(leads).toEqual([null, 30, 30, 7, 1, 0, null]);
  });

  it("notes a deadline on a weekend or in a listed holiday, and keeps the legal date", () => {
    expect(dayOff(calendar, "2026-01-31")).toEqual({ kind: "weekend" });
    expect(dayOff(calendar, "2025-01-31")).toEqual({ kind: "holiday", name: "春节" });
    expect(dayOff(calendar, "2024-10-05")).toEqual({ kind: "holiday", name: "国庆节" });
    // Weekend days made working days (调休上班) are working days.
    expect(dayOff(calendar, "2026-02-14")).toBeNull();
    expect(dayOff(calendar, "2026-01-04")).toBeNull();
    expect(dayOff(calendar, "2026-03-31")).toBeNull();
    const [departments2024] = occurrencesDueIn(calendar, 2025, 2025);
    expect(deadlineReminderText(calendar, departments2024!, "2025-01-30", [], TG_WORDS).split("\n").slice(0, 3)).toEqual([
      "【年报提醒】县级以上人民政府部门年度报告（2024年度）",
      "截止日期：2025年1月31日（星期五），还有1天。",
      "该日为春节假期，截止日期仍按条例规定，不顺延。",
    ]);
    const [departments2025, governments2025] = occurrencesDueIn(calendar, 2026, 2026);
    expect(deadlineReminderText(calendar, departments2025!, "2026-01-24", [], TG_WORDS).split("\n")[2]).toBe("该日为周末，截止日期仍按条例规定，不顺延。");
    expect(deadlineReminderText(calendar, governments2025!, "2026-03-24", [], TG_WORDS).split("\n")[2]).toMatch(/^依据：/);
  });

  it("says the holiday arrangement is not on file for a year the calendar does not cover, instead of guessing", () => {
    expect(calendar.holidayArrangements.map((a) => a.year)).toEqual([2024, 2025, 2026]);
    expect(dayOff(calendar, "2027-01-31")).toEqual({ kind: "unknown", year: 2027, weekend: true });
    expect(dayOff(calendar, "2027-03-31")).toEqual({ kind: "unknown", year: 2027, weekend: false });
    const [departments2026, governments2026] = occurrencesDueIn(calendar, 2027, 2027);
    expect(deadlineReminderText(calendar, departments2026!, "2027-01-30", [], TG_WORDS).split("\n")[2]).toBe(
      "该日为周末（尚未收录2027年节假日安排，未能核对是否调休上班），截止日期仍按条例规定，不顺延。",
    );
    expect(deadlineReminderText(calendar, governments2026!, "2027-03-30", [], TG_WORDS).split("\n")[2]).toBe(
      "尚未收录2027年节假日安排，未能核对该日是否放假；截止日期仍按条例规定，不顺延。",
    );
  });

  it("refuses a swapped working day that is not a weekend day, naming it", () => {
    const [first, ...rest] = calendar.holidayArrangements;
    const broken = { ...calendar, holidayArrangements: [{ ...first!, workdays: ["2024-02-05"] }, ...rest] };
    expect(() => parseDeadlineCalendar(broken)).toThrow(DeadlineCalendarError);
    expect(() => parseDeadlineCalendar(broken)).toThrow(/swapped working day 2024-02-05 is not a weekend day\n.*holidayArrangements\[0\]\.workdays\[0\]/);
  });

  it("refuses a calendar without lead times, naming the field", () => {
    expect(() => parseDeadlineCalendar({ ...calendar, leadDays: [] })).toThrow(DeadlineCalendarError);
    expect(() => parseDeadlineCalendar({ ...calendar, leadDays: [] })).toThrow(/leadDays/);
  });
});

describe("subscription filters", () => {
  it("reads a deadline choice and the agencies or places to follow", () => {
    expect(parseSubscriptionFilters("")).toEqual({ kind: null, follows: [] });
    expect(parseSubscriptionFilters("部门")).toEqual({ kind: "departments", follows: [] });
    expect(parseSubscriptionFilters("政府 部门")).toEqual({ kind: "both", follows: [] });
    expect(parseSubscriptionFilters("政府，凉州区、古浪县 凉州区")).toEqual({ kind: "governments", follows: ["凉州区", "古浪县"] });
  });
});
