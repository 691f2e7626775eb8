/**
 * A fake Telegram Bot API: a real HTTP server on 127.0.0.1 that answers `POST /bot<token>/<method>`
 * (JSON, urlencoded or multipart bodies) with `{ ok: true, result }`, serves queued updates to
 * long polling, serves uploaded files under `/file/bot<token>/<path>`, and fails on request
 * (429 with `retry_after`, 400/403/500, a dropped connection) so retry and blocked-user paths can
 * be tested.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { BOT_INFO } from "./telegram-updates.ts";

export interface FakeBotApiCall {
  method: string;
  token: string;
  payload: Record<string, unknown>;
  /** HTTP status the fake answered with (200, or the injected failure; 0 for a dropped connection). */
  status: number;
}

export type FakeFailure =
  | { status: 429; retryAfter: number }
  | { status: 403 | 400 | 500; description?: string }
  /** The connection is closed without an answer, as on a network failure. */
  | { status: 0 };

export interface FakeBotApi {
  /** The apiRoot to give grammY (`new Bot(token, { client: { apiRoot: fake.url } })`). */
  url: string;
  /** Every request received, in order, failed ones included (see `status`). */
  calls: FakeBotApiCall[];
  /** Answers the next calls of `method` with these failures, one each, before answering normally again. */
  failNext(method: string, ...responses: FakeFailure[]): void;
  /** Every later call aimed at this chat answers 403 "Forbidden: bot was blocked by the user". */
  blockChat(chatId: number | string): void;
  /**
   * Every later call naming this chat (`chat_id`, or a command scope's `chat_id`) answers 400
   * "Bad Request: chat not found", as for a user who never opened a chat with the bot.
   */
  unknownChat(chatId: number | string): void;
  /** Queues an update for getUpdates (an `update_id` is assigned when absent). */
  pushUpdate(update: Record<string, unknown>): void;
  /** Makes a file available to getFile and for download under `/file/bot<token>/<path>`. */
  addFile(fileId: string, bytes: Uint8Array, path: string): void;
  /** Calls of one method, successful ones only. */
  sent(method: string): FakeBotApiCall[];
  close(): Promise<void>;
}

export interface FakeBotApiOptions {
  /** Requests per rolling second before the fake answers 429 with `retry_after: 1`; unlimited when absent. */
  maxPerSecond?: number;
}

interface PendingPoll {
  offset: number;
  resolve: (updates: Record<string, unknown>[]) => void;
  timer: NodeJS.Timeout;
}

export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const calls: FakeBotApiCall[] = [];
  const failures = new Map<string, FakeFailure[]>();
  const blocked = new Set<string>();
  const unknown = new Set<string>();
  const files = new Map<string, { bytes: Uint8Array; path: string }>();
  const updates: Record<string, unknown>[] = [];
  const polls = new Set<PendingPoll>();
  const recent: number[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 1;

  function pendingUpdates(offset: number): Record<string, unknown>[] {
    return updates.filter((u) => (u.update_id as number) >= offset);
  }

  function wakePolls(): void {
    for (const poll of [...polls]) {
      const ready = pendingUpdates(poll.offset);
      if (ready.length > 0) {
        clearTimeout(poll.timer);
        polls.delete(poll);
        poll.resolve(ready);
      }
    }
  }

  function message(payload: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
    const chatId = Number(payload.chat_id);
    return {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: chatId < 0 ? { id: chatId, type: "group", title: "群组" } : { id: chatId, type: "private", first_name: "用户" },
      from: { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username },
      ...extra,
    };
  }

  async function result(method: string, payload: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "getMe":
        return BOT_INFO;
      case "sendMessage":
        return message(payload, {
          text: payload.text,
          ...(payload.reply_markup ? { reply_markup: parseMaybeJson(payload.reply_markup) } : {}),
        });
      case "sendDocument":
        return message(payload, { document: { file_id: "uploaded", file_unique_id: "uploaded" } });
      case "editMessageText":
        return payload.inline_message_id ? true : message(payload, { text: payload.text, message_id: Number(payload.message_id) });
      case "getUpdates": {
        const offset = Number(payload.offset ?? 0);
        for (let i = updates.length - 1; i >= 0; i--) {
          if ((updates[i]!.update_id as number) < offset) updates.splice(i, 1);
        }
        const ready = pendingUpdates(offset);
        if (ready.length > 0) return ready;
        const timeoutMs = Math.min(Number(payload.timeout ?? 0), 30) * 1000;
        if (timeoutMs === 0) return [];
        return new Promise((resolve) => {
          const poll: PendingPoll = {
            offset,
            resolve,
            timer: setTimeout(() => {
              polls.delete(poll);
              resolve([]);
            }, timeoutMs),
          };
          polls.add(poll);
        });
      }
      case "getFile": {
        const file = files.get(String(payload.file_id));
        if (!file) return undefined;
        return { file_id: payload.file_id, file_unique_id: `u${payload.file_id}`, file_size: file.bytes.length, file_path: file.path };
      }
      case "getWebhookInfo":
        return { url: "", has_custom_certificate: false, pending_update_count: 0 };
      case "getMyCommands":
        return [];
      default:
        // setMyCommands, setWebhook, deleteWebhook, answerCallbackQuery, sendChatAction, deleteMessage …
        return true;
    }
  }

  function rateLimited(): boolean {
    if (options.maxPerSecond === undefined) return false;
    const now = Date.now();
    while (recent.length > 0 && recent[0]! <= now - 1000) recent.shift();
    if (recent.length >= options.maxPerSecond) return true;
    recent.push(now);
    return false;
  }

  function send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (req.method === "GET" && fileMatch) {
      const path = decodeURIComponent(fileMatch[2]!);
      const file = [...files.values()].find((f) => f.path === path);
      if (!file) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.from(file.bytes));
      return;
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const token = match[1]!;
    const method = match[2]!;
    const payload = await readPayload(req, url);
    const call: FakeBotApiCall = { method, token, payload, status: 200 };
    calls.push(call);

    const failure = failures.get(method)?.shift();
    if (failure) {
      call.status = failure.status;
      if (failure.status === 0) {
        res.socket?.destroy();
        return;
      }
      if (failure.status === 429) {
        return send(res, 429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${failure.retryAfter}`,
          parameters: { retry_after: failure.retryAfter },
        });
      }
      return send(res, failure.status, { ok: false, error_code: failure.status, description: failure.description ?? defaultDescription(failure.status) });
    }
    const scopeChat = (payload.scope as { chat_id?: unknown } | undefined)?.chat_id;
    if ([payload.chat_id, scopeChat].some((id) => id !== undefined && unknown.has(String(id)))) {
      call.status = 400;
      return send(res, 400, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
    }
    if (payload.chat_id !== undefined && blocked.has(String(payload.chat_id))) {
      call.status = 403;
      return send(res, 403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
    }
    if (method !== "getUpdates" && rateLimited()) {
      call.status = 429;
      return send(res, 429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    }
    const value = await result(method, payload);
    if (value === undefined) {
      call.status = 400;
      return send(res, 400, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
    }
    send(res, 200, { ok: true, result: value });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { ok: false, error_code: 500, description: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    failNext(method, ...responses) {
      failures.set(method, [...(failures.get(method) ?? []), ...responses]);
    },
    blockChat(chatId) {
      blocked.add(String(chatId));
    },
    unknownChat(chatId) {
      unknown.add(String(chatId));
    },
    pushUpdate(update) {
      const id = typeof update.update_id === "number" ? update.update_id : nextUpdateId;
      nextUpdateId = Math.max(nextUpdateId, id + 1);
      updates.push({ ...update, update_id: id });
      wakePolls();
    },
    addFile(fileId, bytes, path) {
      files.set(fileId, { bytes, path });
    },
    sent(method) {
      return calls.filter((c) => c.method === method && c.status === 200);
    },
    async close() {
      for (const poll of polls) {
        clearTimeout(poll.timer);
        poll.resolve([]);
      }
      polls.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function defaultDescription(status: number): string {
  if (status === 403) return "Forbidden: bot was blocked by the user";
  if (status === 400) return "Bad Request";
  return "Internal Server Error";
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== "string" || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

async function readPayload(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const payload: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const type = req.headers["content-type"] ?? "";
  if (body.length === 0) return payload;
  if (type.includes("application/json")) return { ...payload, ...(JSON.parse(body.toString("utf8")) as Record<string, unknown>) };
  if (type.includes("application/x-www-form-urlencoded")) {
    for (const [key, value] of new URLSearchParams(body.toString("utf8"))) payload[key] = parseMaybeJson(value);
  }
  const boundary = /boundary=([^;]+)/.exec(type)?.[1];
  if (type.includes("multipart/form-data") && boundary) {
    const fileParts = new Map<string, { filename: string; size: number }>();
    for (const part of body.toString("latin1").split(`--${boundary}`)) {
      const headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd < 0) continue;
      const headers = part.slice(0, headerEnd);
      const content = Buffer.from(part.slice(headerEnd + 4).replace(/\r\n$/, ""), "latin1");
      const name = /name="([^"]*)"/.exec(headers)?.[1];
      if (name === undefined) continue;
      const filename = /filename="?([^";\r\n]*)"?/.exec(headers)?.[1];
      if (filename !== undefined) fileParts.set(name, { filename, size: content.length });
      else payload[name] = parseMaybeJson(content.toString("utf8"));
    }
    // grammY sends files as `attach://<id>` fields plus one part per file.
    for (const [key, value] of Object.entries(payload)) {
      const attached = typeof value === "string" && value.startsWith("attach://") ? fileParts.get(value.slice(9)) : undefined;
      if (attached) payload[key] = attached;
    }
  }
  return payload;
}
