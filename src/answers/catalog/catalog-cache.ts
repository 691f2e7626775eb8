/**
 * The current catalogue index, rebuilt when `ReportSource.catalogVersion()` moves (an ingest or
 * admin reload while running). Concurrent callers during a rebuild share the same build, and
 * while a rebuild runs the previous index keeps answering: a reload never stalls questions. A
 * failed build is tried again by the next call.
 */
import type { ReportSource } from "../report-source.ts";
import { buildCatalogIndex, type CatalogIndex } from "./catalog-index.ts";

export interface CatalogCache {
  current(): Promise<CatalogIndex>;
}

export function createCatalogCache(source: ReportSource): CatalogCache {
  let ready: CatalogIndex | null = null;
  let building: Promise<CatalogIndex> | null = null;
  return {
    async current() {
      const version = await source.catalogVersion();
      if (ready?.version === version) return ready;
      // One build at a time: versions that move during a build are picked up by the next call.
      if (!building) {
        const build = source.listReports().then((reports) => buildCatalogIndex(version, reports));
        building = build;
        build.then(
          (index) => {
            ready = index;
            building = null;
          },
          () => {
            building = null;
          },
        );
      }
      return ready ?? building;
    },
  };
}
