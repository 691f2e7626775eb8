const c0 = process.cpuUsage(); const t0 = performance.now();
const [{ ingestPaths }, { formatIngestSummary }, { cliStoreTarget, openCliStore }] = await Promise.all([
  import("../src/corpus/ingest-paths.ts"), import("../src/corpus/ingest-summary.ts"), import("../src/cli/cli-store.ts")]);
const c1 = process.cpuUsage(c0); const t1 = performance.now();
const store = await openCliStore(cliStoreTarget({ db: "/tmp/perf-m.sqlite" }, {}, "x"));
const c2 = process.cpuUsage(c0); const t2 = performance.now();
console.log(`import ${(t1 - t0).toFixed(0)} ms cpu ${((c1.user + c1.system) / 1000).toFixed(0)}; open+migrate ${(t2 - t1).toFixed(0)} ms cpu ${((c2.user + c2.system - c1.user - c1.system) / 1000).toFixed(0)}`);
await store.close();
