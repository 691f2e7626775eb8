/**
 * The catalogue index of the store's current version. Every call reads the catalogue version (one
 * small query) and, when it moved (an upload, a reload or another instance's load committed),
 * waits for the index of that version, so the first question after a commit already sees the new
 * reports; a build that takes longer than `FRESH_WAIT_MS` (a national corpus mid-load) is not
 * waited for past it, and the previous index answers meanwhile. Concurrent callers share one build;
 * a version that moves during a build is built next. A failed build is tried again by the next call.
 */
import type { ReportSource } from "../report-source.ts";
import { buildCatalogIndex, type CatalogIndex } from "./catalog-index.ts";

export interface CatalogCache {
  /** The index of the store's version now, built first when the version moved since the last build. */
  current(): Promise<CatalogIndex>;
  /**
   * The same, read again until the version stops moving (a few attempts), waiting for each build:
   * for answers that met a report a load removed between the version read and the report read.
   */
  latest(): Promise<CatalogIndex>;
}

/** How many builds `latest()` waits for while loads keep moving the version. */
const LATEST_ATTEMPTS = 3;
/**
 * Longest a question waits for the index of a new version when an older one can answer. Builds
 * take tens of milliseconds at thousands of reports and seconds at 100k: small corpora always
 * answer from the new data, a national load never stalls the fronts.
 */
export const FRESH_WAIT_MS = 1500;

export function createCatalogCache(source: ReportSource, freshWaitMs = FRESH_WAIT_MS): CatalogCache {
  let ready: CatalogIndex | null = null;
  let building: { version: number; index: Promise<CatalogIndex> } | null = null;

  // One build at a time. The version is read before the reports, so an index never holds less
  // than its version says (at worst more, which the next call's version check rebuilds).
  function build(version: number): Promise<CatalogIndex> {
    if (building && building.version >= version) return building.index;
    const before = building?.index.catch(() => undefined) ?? Promise.resolve();
    const index = before.then(async () => {
      if (ready && ready.version >= version) return ready;
      return buildCatalogIndex(version, await source.listReports());
    });
    const entry = { version, index };
    building = entry;
    index.then(
      (built) => {
        if (!ready || built.version > ready.version) {
          ready?.search.stop();
          ready = built;
        }
        if (building === entry) {
          building = null;
          // The near-match search fills in once no newer build is on its way.
          ready.search.warm();
        }
      },
      () => {
        if (building === entry) building = null;
      },
    );
    return index;
  }

  async function upToDate(): Promise<CatalogIndex> {
    const version = await source.catalogVersion();
    if (ready && ready.version >= version) return ready;
    return build(version);
  }

  return {
    async current() {
      const version = await source.catalogVersion();
      if (ready && ready.version >= version) return ready;
      const next = build(version);
      const previous = ready;
      if (!previous) return next;
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<CatalogIndex>((resolve) => {
        timer = setTimeout(() => resolve(previous), freshWaitMs);
      });
      // A failed build leaves the previous index answering; the next call tries again.
      return Promise.race([next.catch(() => previous), waited]).finally(() => clearTimeout(timer));
    },
    async latest() {
      let index = await upToDate();
      for (let attempt = 1; attempt < LATEST_ATTEMPTS; attempt++) {
        if ((await source.catalogVersion()) <= index.version) break;
        index = await upToDate();
      }
      return index;
    },
  };
}
