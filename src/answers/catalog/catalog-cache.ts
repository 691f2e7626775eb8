/**
 * The current catalogue index, rebuilt when `ReportSource.catalogVersion()` moves (an ingest or
 * admin reload while running). Concurrent callers during a rebuild share the same build.
 */
import type { ReportSource } from "../report-source.ts";
import { buildCatalogIndex, type CatalogIndex } from "./catalog-index.ts";

export interface CatalogCache {
  current(): Promise<CatalogIndex>;
}

export function createCatalogCache(source: ReportSource): CatalogCache {
  let built: Promise<CatalogIndex> | null = null;
  let builtVersion = -1;
  return {
    async current() {
      const version = await source.catalogVersion();
      if (!built || version !== builtVersion) {
        builtVersion = version;
        built = source.listReports().then((reports) => buildCatalogIndex(version, reports));
        built.catch(() => {
          builtVersion = -1;
        });
      }
      return built;
    },
  };
}
