import { describe, expect, it } from "vitest";
import { commandWords } from "../../src/reminders/command-words.ts";
import { loadDeadlineCalendar, occurrencesDueIn } from "../../src/reminders/deadline-calendar.ts";
import { afterDeadlineText } from "../../src/reminders/messages.ts";
import type { MissingReports } from "../../src/reminders/missing-reports.ts";

const calendar = loadDeadlineCalendar();
const [departments2026] = occurrencesDueIn(calendar, 2027, 2027);
const WX_WORDS = commandWords("wx:o-1");

/** A listing of `count` agencies of `place` that filed for 2025 but not for 2026. */
function listing(place: string, count: number): MissingReports {
  return {
    place,
    reportYear: 2026,
    asOf: "2027-02-01",
    filed: [],
    missing: Array.from({ length: count }, (_, i) => ({
      agency: `${place}第${i + 1}局`,
      kind: "departments" as const,
      filedYears: [2025],
      due: "2027-01-31",
    })),
    notExpected: 0,
  };
}

describe("the after-deadline notice", () => {
  it("shares one list of thirty names among the places a chat follows", () => {
    const lines = afterDeadlineText(departments2026!, [listing("甲县", 20), listing("乙县", 20), listing("丙县", 20)], WX_WORDS).split("\n");
    expect(lines.filter((line) => line.startsWith("· "))).toHaveLength(30);
    expect(lines.filter((line) => !line.startsWith("· "))).toEqual([
      "【年报期限已过】县级以上人民政府部门年度报告（2026年度）已于2027年1月31日（星期日）截止。",
      "依据：《中华人民共和国政府信息公开条例》（2019年修订）第四十九条",
      "甲县：2026年度报告，资料库中已有0家，近年有报告而本年度尚未收录20家。",
      "乙县：2026年度报告，资料库中已有0家，近年有报告而本年度尚未收录20家。",
      "……另有10家",
      "丙县：2026年度报告，资料库中已有0家，近年有报告而本年度尚未收录20家。",
      "……另有20家",
      "（以本资料库收录为准；未收录不等于未公布。）",
      "全部退订请发送“退订”；只退订其中一项，请发送“退订 名称”。",
    ]);
    expect(lines[3]).toBe("· 甲县第1局（已有2025年度报告；应于2027年1月31日（星期日）前公布，已过截止日期）");
  });

  it("stays within one Telegram message however many places a chat follows", () => {
    const places = Array.from({ length: 200 }, (_, i) => listing(`第${i + 1}号县`, 1));
    const text = afterDeadlineText(departments2026!, places, WX_WORDS);
    expect(text.length).toBeLessThanOrEqual(4000);
    expect(text.length).toBeGreaterThan(3900);
    expect(text.split("\n").slice(-2)).toEqual(["……（内容过长，其余从略。）", "全部退订请发送“退订”；只退订其中一项，请发送“退订 名称”。"]);
    expect(text.split("\n")[2]).toBe("第1号县：2026年度报告，资料库中已有0家，近年有报告而本年度尚未收录1家。");
  });
});
