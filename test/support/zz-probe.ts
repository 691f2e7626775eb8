import { openSeededEngine, SEED_DIR } from "./seeded-engine.ts";
const [corpus, now, ...qs] = process.argv.slice(2);
const s = await openSeededEngine({ now: () => new Date(`${now}T12:00:00`), corpus: corpus === "seeds" ? SEED_DIR : corpus });
for (const q of qs) {
  const [chat, text] = q.includes("|") ? q.split("|") : ["c:1", q];
  const a = await s.engine.ask(chat!, text!);
  console.log(`Q[${chat}] ${text}\n  -> ${a.status} ${a.agency} ${a.year} ${a.text.split("\n").slice(0,3).join(" / ")}\n  figs=${JSON.stringify(a.figures.map(f=>[f.metric,f.value]))} cands=${a.candidates.length}`);
}
s.close();
