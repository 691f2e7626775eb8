import { openStore } from "./src/store/db.ts";
import { createReportSource } from "./src/store/report-source.ts";
import { understand } from "./src/answers/question/understand-question.ts";
import { buildCatalogIndex } from "./src/answers/catalog/catalog-index.ts";
import { findInReport } from "./src/answers/figures/figure-choice.ts";
const store = await openStore({ databaseUrl: null, databasePath: "/tmp/a.sqlite" });
const src = createReportSource(store.db);
const index = buildCatalogIndex(1, await src.listReports());
const u = understand(process.argv[2]!, null, index, new Date("2022-06-01"));
console.log(u.intent?.id, JSON.stringify(u.query), u.also.map(a => [a.intent.id, a.query]));
const d = (await src.getReport(2))!;
for (const m of [{intent: u.intent, query: u.query}, ...u.also]) {
  const f = findInReport(d, { ...m, units: u.units, text: u.text });
  console.log(f.kind, (f as any).parts, (f as any).figures?.map((x: any) => [x.label, x.value]));
}
await store.close();
