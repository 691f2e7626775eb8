/**
 * A small least-recently-used cache of report details in front of `ReportSource.getReport`, so a
 * chat's follow-ups and popular reports are not reloaded. Default capacity: 64 reports.
 */
import type { ReportDetail, ReportSource } from "./report-source.ts";

export interface ReportCache {
  get(id: number): Promise<ReportDetail | null>;
  clear(): void;
}

export function createReportCache(source: ReportSource, capacity = 64): ReportCache {
  const entries = new Map<number, ReportDetail>();
  return {
    async get(id) {
      const hit = entries.get(id);
      if (hit) {
        entries.delete(id);
        entries.set(id, hit);
        return hit;
      }
      const detail = await source.getReport(id);
      if (!detail) return null;
      entries.set(id, detail);
      if (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return detail;
    },
    clear() {
      entries.clear();
    },
  };
}
