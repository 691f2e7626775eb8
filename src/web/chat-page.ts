/**
 * The local chat page: one self-contained HTML document (inline CSS and JS, no external assets).
 * Answers are rendered through DOM text nodes only, so nothing from a report is ever parsed as HTML.
 */
export const CHAT_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>年报问答</title>
<style>
  :root { --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --accent: #b42318; --bg: #f6f8fa; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.6 -apple-system, "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; color: var(--ink); background: var(--bg); }
  header { background: #fff; border-bottom: 1px solid var(--line); padding: 14px 20px; }
  header h1 { margin: 0; font-size: 20px; }
  header p { margin: 4px 0 0; color: var(--muted); font-size: 14px; }
  main { max-width: 820px; margin: 0 auto; padding: 16px 16px 120px; }
  .examples { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 16px; }
  .examples button { border: 1px solid var(--line); background: #fff; border-radius: 16px; padding: 4px 12px; cursor: pointer; font: inherit; font-size: 14px; }
  .examples button:hover { border-color: var(--accent); color: var(--accent); }
  .msg { margin: 12px 0; padding: 12px 14px; border-radius: 10px; background: #fff; border: 1px solid var(--line); white-space: pre-wrap; word-break: break-word; }
  .msg.user { background: #fff5f4; border-color: #f4c7c3; margin-left: 15%; }
  .msg.bot.error { color: var(--accent); }
  .msg p { margin: 0 0 8px; }
  .msg p:last-child { margin-bottom: 0; }
  blockquote { margin: 8px 0; padding: 6px 12px; border-left: 4px solid var(--accent); background: var(--bg); color: #333; }
  .msg p.source { font-size: 14px; color: var(--muted); }
  .msg p.source a { color: var(--accent); }
  .msg.bot.pending { color: var(--muted); }
  .msg.bot.pending::after { content: ""; display: inline-block; width: 1em; animation: dots 1.2s steps(4) infinite; }
  @keyframes dots { 0% { content: ""; } 25% { content: "·"; } 50% { content: "··"; } 75% { content: "···"; } }
  .candidates { margin-top: 8px; }
  .candidates button { margin: 6px 6px 0 0; border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 2px 10px; cursor: pointer; font: inherit; font-size: 14px; }
  .candidates button:hover { border-color: var(--accent); color: var(--accent); }
  form { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; border-top: 1px solid var(--line); padding: 10px 12px 8px; }
  .row { display: flex; gap: 8px; justify-content: center; max-width: 800px; margin: 0 auto; }
  form input { flex: 1; min-width: 0; font: inherit; padding: 8px 12px; border: 1px solid var(--line); border-radius: 8px; }
  form input.over { border-color: var(--accent); outline-color: var(--accent); }
  form button { font: inherit; padding: 8px 18px; border: 0; border-radius: 8px; background: var(--accent); color: #fff; cursor: pointer; white-space: nowrap; }
  form button:disabled { opacity: .6; cursor: default; }
  .hint { max-width: 800px; margin: 4px auto 0; display: flex; justify-content: space-between; gap: 8px; font-size: 12px; color: var(--muted); }
  .hint .over { color: var(--accent); }
</style>
</head>
<body>
<header>
  <h1>政府信息公开年报问答</h1>
  <p>问年报里的数字，回答附原文出处。</p>
</header>
<main>
  <div class="examples" id="examples"></div>
  <div id="log" aria-live="polite"></div>
</main>
<form id="ask">
  <div class="row">
    <input id="question" name="question" autocomplete="off" placeholder="例如：凉州区科技局2021年公开了多少条信息" aria-label="问题" aria-describedby="status count">
    <button type="submit" id="send">提问</button>
  </div>
  <div class="hint"><span id="status"></span><span id="count">0/500</span></div>
</form>
<script>
(() => {
  const LIMIT = 500;
  const examples = ["凉州区科技局2021年公开了多少条信息", "凉州区科学技术局2021年新收到几件政府信息公开申请？", "凉州区科技局2021年行政复议有多少件"];
  // Each browser keeps its own chat (follow-ups work across reloads); strangers never share one.
  const newChat = () => (crypto.randomUUID ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join(""));
  const chat = (() => {
    try {
      const kept = localStorage.getItem("nianbao-chat");
      if (kept && /^[A-Za-z0-9_-]{1,64}$/.test(kept)) return kept;
      const made = newChat();
      localStorage.setItem("nianbao-chat", made);
      return made;
    } catch {
      return newChat();
    }
  })();
  const log = document.getElementById("log");
  const form = document.getElementById("ask");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const status = document.getElementById("status");
  const count = document.getElementById("count");
  const el = (tag, cls, text) => { const n = document.createElement(tag); if (cls) n.className = cls; if (text !== undefined) n.textContent = text; return n; };
  let pending = false;

  for (const q of examples) {
    const b = el("button", "", q);
    b.type = "button";
    // An example asks itself: what the person is typing stays in the box.
    b.addEventListener("click", () => ask(q, false));
    document.getElementById("examples").append(b);
  }

  function inline(parent, line) {
    line.split("**").forEach((part, i) => { if (part) parent.append(i % 2 ? el("strong", "", part) : document.createTextNode(part)); });
  }

  const isLink = (url) => typeof url === "string" && /^https?:\\/\\/\\S+$/i.test(url);

  function link(url, text) {
    const a = el("a", "", text);
    a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }

  // 出处：《title》 · section · url — the title becomes the link and the bare address goes.
  function sourceLine(line, citations) {
    const p = el("p", "source");
    const cited = citations.find((c) => c.title && line.includes("《" + c.title + "》"));
    if (!cited) { p.textContent = line; return p; }
    let rest = line;
    if (cited.url) rest = rest.replace(" · " + cited.url, "");
    const at = rest.indexOf("《" + cited.title + "》");
    p.append(document.createTextNode(rest.slice(0, at + 1)));
    p.append(isLink(cited.url) ? link(cited.url, cited.title) : document.createTextNode(cited.title));
    p.append(document.createTextNode(rest.slice(at + 1 + cited.title.length)));
    return p;
  }

  function renderText(target, text, citations) {
    let quote = null;
    for (const line of text.split("\\n")) {
      const m = /^\\s*>\\s?(.*)$/.exec(line);
      if (m) {
        if (!quote) { quote = el("blockquote"); target.append(quote); } else quote.append(document.createElement("br"));
        inline(quote, m[1]);
      } else {
        quote = null;
        if (line.trim() === "") continue;
        if (line.startsWith("出处：")) { target.append(sourceLine(line, citations)); continue; }
        const p = el("p"); inline(p, line); target.append(p);
      }
    }
  }

  // Years as people write them, so a picked candidate's year replaces the one asked.
  const YEARS = /(?:19|20)\\d{2}\\s*年度?|[〇零一二三四五六七八九]{4}\\s*年度?|[去今前]年/gu;
  // A near match stands in for a name the corpus does not hold: that name leaves the question.
  const candidateQuestion = (c, question, replaced) => {
    const named = replaced ? question.replace(replaced, "") : question;
    return c.agency + (c.year ? c.year + "年" : "") + " " + (c.year ? named.replace(YEARS, "") : named).trim();
  };

  function renderAnswer(box, answer, question) {
    box.className = "msg bot";
    box.textContent = "";
    box.dataset.status = answer.status;
    const citations = answer.citations || [];
    renderText(box, answer.text, citations);
    // A source the text does not name (no 出处 line of its own) is listed once under it.
    const seen = new Set();
    for (const c of citations) {
      if (!c.title || answer.text.includes("《" + c.title + "》") || seen.has(c.title)) continue;
      seen.add(c.title);
      const p = el("p", "source", "来源：");
      p.append(isLink(c.url) ? link(c.url, c.title) : document.createTextNode(c.title));
      if (c.section) p.append(document.createTextNode(" · " + c.section));
      box.append(p);
    }
    // Fitting agencies and near matches are buttons that ask the same question for them.
    if (answer.candidates && answer.candidates.length && (answer.status === "ambiguous" || answer.status === "not_found")) {
      const list = el("div", "candidates");
      const shown = new Set();
      for (const cand of answer.candidates) {
        const label = cand.agency + (cand.year ? " " + cand.year + "年" : "");
        if (shown.has(label) || cand.year === answer.year && cand.agency === answer.agency) continue;
        shown.add(label);
        const b = el("button", "", label);
        b.type = "button";
        b.addEventListener("click", () => ask(candidateQuestion(cand, question, answer.status === "not_found" ? answer.agency : null), false));
        list.append(b);
      }
      if (list.childElementCount) box.append(list);
    }
    // A figure ranked close behind the answer's is a button that answers with it.
    if (answer.choices && answer.choices.length) {
      const list = el("div", "candidates choices");
      for (const c of answer.choices) {
        const label = "查看" + c.label + (answer.year === null && c.year ? " " + c.year + "年" : "");
        const b = el("button", "", label);
        b.type = "button";
        b.addEventListener("click", () => post(label, "/api/choose", { report: c.reportId, figure: c.figureKey, chat }));
        list.append(b);
      }
      box.append(list);
    }
  }

  function friendlyError(status, wait) {
    if (status === 429) return wait ? "您提问太频繁了，请" + wait + "秒后再问。" : "您提问太频繁了，请稍候再问。";
    if (status === 400 || status === 413) return "这个问题没能读懂，请换个说法，或缩短到" + LIMIT + "字以内再问。";
    if (status >= 500) return "服务暂时出了点问题，请稍后再试。";
    return "没能得到回答，请稍后再试。";
  }

  function setPending(on) {
    pending = on;
    send.textContent = on ? "查找中…" : "提问";
    updateCount();
  }

  async function ask(question, fromInput) {
    question = question.trim();
    // One question at a time: a second Enter or click while one is pending sends nothing and keeps what was typed.
    if (!question || pending) return;
    if (question.length > LIMIT) { status.textContent = "问题最多" + LIMIT + "字，请缩短后再问。"; return; }
    if (fromInput) { input.value = ""; updateCount(); }
    await post(question, "/api/ask", { question, chat });
  }

  // Shows what the person asked or picked (said), posts body to path and shows the answer.
  async function post(said, path, body) {
    if (pending) return;
    log.append(el("div", "msg user", said));
    const box = el("div", "msg bot pending", "正在查找");
    box.setAttribute("role", "status");
    log.append(box);
    setPending(true);
    window.scrollTo(0, document.body.scrollHeight);
    try {
      const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) {
        box.className = "msg bot error";
        box.textContent = res.status === 404 ? "这份报告已不在库中，请重新提问。" : friendlyError(res.status, res.headers.get("retry-after"));
        return;
      }
      renderAnswer(box, await res.json(), said);
    } catch {
      box.className = "msg bot error";
      box.textContent = "无法连接到服务，请检查网络后再试。";
    } finally {
      box.removeAttribute("role");
      setPending(false);
      input.focus();
      window.scrollTo(0, document.body.scrollHeight);
    }
  }

  function updateCount() {
    const n = input.value.length;
    count.textContent = n + "/" + LIMIT;
    const over = n > LIMIT;
    count.classList.toggle("over", over);
    input.classList.toggle("over", over);
    // The limit matters more than the wait: it is what the person has to act on.
    status.textContent = over ? "问题最多" + LIMIT + "字，已超出" + (n - LIMIT) + "字，请缩短后再问。" : pending ? "正在查找，请稍候；您可以先输入下一个问题。" : "";
    send.disabled = pending || over;
  }

  input.addEventListener("input", updateCount);
  form.addEventListener("submit", (e) => { e.preventDefault(); ask(input.value, true); });
})();
</script>
</body>
</html>
`;
