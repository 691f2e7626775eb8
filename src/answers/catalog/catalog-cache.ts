/**
 * The current catalogue index, rebuilt when `ReportSource.catalogVersion()` moves (an ingest or
 * admin reload while running). Concurrent callers during a rebuild share the same build, and
 * while a rebuild runs the previous index keeps answering: a reload never stalls questions. A
 * failed build is tried again by the next call.
 */
import type { ReportSource } from "../report-source.ts";
import { buildCatalogIndex, type CatalogIndex } from "./catalog-index.ts";

export interface CatalogCache {
  /** The newest index built, or the first one once it is built. */
  current(): Promise<CatalogIndex>;
  /** The index of the store's version now, waiting for its build (for answers that met a report a reload removed). */
  latest(): Promise<CatalogIndex>;
}

/** How many builds `latest()` waits for while loads keep moving the version. */
const LATEST_ATTEMPTS = 3;

export function createCatalogCache(source: ReportSource): CatalogCache {
  let ready: CatalogIndex | null = null;
  let building: Promise<CatalogIndex> | null = null;

  // One build at a time: versions that move during a build are picked up by the next call.
  function build(version: number): Promise<CatalogIndex> {
    if (building) return building;
    const started = source.listReports().then((reports) => buildCatalogIndex(version, reports));
    building = started;
    started.then(
      (index) => {
        ready = index;
        building = null;
      },
      () => {
        building = null;
      },
    );
    return started;
  }

  return {
    async current() {
      const version = await source.catalogVersion();
      if (ready?.version === version) return ready;
      const next = build(version);
      return ready ?? next;
    },

    async latest() {
      for (let attempt = 0; attempt < LATEST_ATTEMPTS; attempt++) {
        const version = await source.catalogVersion();
        if (ready?.version === version) return ready;
        await build(version);
      }
      return ready ?? build(await source.catalogVersion());
    },
  };
}
