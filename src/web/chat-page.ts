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
  .citations { margin-top: 10px; padding-top: 8px; border-top: 1px dashed var(--line); font-size: 14px; color: var(--muted); }
  .citation { margin: 6px 0; }
  .citation q { display: block; color: var(--ink); quotes: "「" "」"; }
  .candidates button { margin: 6px 6px 0 0; border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 2px 10px; cursor: pointer; font: inherit; font-size: 14px; }
  form { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; border-top: 1px solid var(--line); padding: 12px; display: flex; gap: 8px; justify-content: center; }
  form input { flex: 1; max-width: 700px; font: inherit; padding: 8px 12px; border: 1px solid var(--line); border-radius: 8px; }
  form button { font: inherit; padding: 8px 18px; border: 0; border-radius: 8px; background: var(--accent); color: #fff; cursor: pointer; }
  form button:disabled { opacity: .6; }
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
  <input id="question" name="question" autocomplete="off" maxlength="500" placeholder="例如：凉州区科技局2021年公开了多少条信息" aria-label="问题">
  <button type="submit" id="send">提问</button>
</form>
<script>
(() => {
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
  const el = (tag, cls, text) => { const n = document.createElement(tag); if (cls) n.className = cls; if (text !== undefined) n.textContent = text; return n; };

  for (const q of examples) {
    const b = el("button", "", q);
    b.type = "button";
    b.addEventListener("click", () => ask(q));
    document.getElementById("examples").append(b);
  }

  function inline(parent, line) {
    line.split("**").forEach((part, i) => { if (part) parent.append(i % 2 ? el("strong", "", part) : document.createTextNode(part)); });
  }

  function renderText(target, text) {
    let quote = null;
    for (const line of text.split("\\n")) {
      const m = /^\\s*>\\s?(.*)$/.exec(line);
      if (m) {
        if (!quote) { quote = el("blockquote"); target.append(quote); } else quote.append(document.createElement("br"));
        inline(quote, m[1]);
      } else {
        quote = null;
        if (line.trim() === "") continue;
        const p = el("p"); inline(p, line); target.append(p);
      }
    }
  }

  function renderAnswer(answer) {
    const box = el("div", "msg bot");
    box.dataset.status = answer.status;
    renderText(box, answer.text);
    if (answer.candidates && answer.candidates.length && answer.status === "ambiguous") {
      const c = el("div", "candidates");
      for (const cand of answer.candidates) {
        const b = el("button", "", cand.agency + (cand.year ? " " + cand.year + "年" : ""));
        b.type = "button";
        b.addEventListener("click", () => ask(cand.agency + (cand.year ? cand.year + "年" : "")));
        c.append(b);
      }
      box.append(c);
    }
    if (answer.citations && answer.citations.length) {
      const list = el("div", "citations");
      list.append(el("div", "", "出处"));
      for (const c of answer.citations) {
        const item = el("div", "citation");
        const head = el("div");
        const title = c.url && /^https?:/i.test(c.url) ? el("a", "", c.title || c.source) : el("span", "", c.title || c.source);
        if (title.tagName === "A") { title.href = c.url; title.target = "_blank"; title.rel = "noopener noreferrer"; }
        head.append(title, document.createTextNode((c.section ? " · " + c.section : "") + " · " + c.source));
        item.append(head, el("q", "", c.quote));
        list.append(item);
      }
      box.append(list);
    }
    log.append(box);
  }

  async function ask(question) {
    question = question.trim();
    if (!question) return;
    log.append(el("div", "msg user", question));
    input.value = "";
    send.disabled = true;
    try {
      const res = await fetch("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question, chat }) });
      const wait = res.headers.get("retry-after");
      if (res.status === 429) throw new Error(wait ? "提问太频繁，请" + wait + "秒后再问" : "提问太频繁，请稍候再问");
      if (!res.ok) throw new Error("HTTP " + res.status);
      renderAnswer(await res.json());
    } catch (e) {
      log.append(el("div", "msg bot error", "出错了，请稍后再试（" + e.message + "）"));
    } finally {
      send.disabled = false;
      input.focus();
      window.scrollTo(0, document.body.scrollHeight);
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); ask(input.value); });
})();
</script>
</body>
</html>
`;
