/**
 * The WeChat official-account endpoint as a Fastify plugin: `GET /wechat` answers the server
 * verification, `POST /wechat` takes messages in plaintext or safe (AES) mode. Requests are
 * checked (signature, ±300 s timestamp, nonce replay) before anything runs; each message is
 * answered once, retries wait on the same pending reply, and a reply not ready in time goes out
 * through the customer-service API instead. Closing the server waits for replies still being
 * computed or sent.
 *
 * Message keys live in memory and, with `messages`, in the database too. WeChat re-sends a
 * message only while it has no reply (three tries over about 15 s). On one instance the memory
 * is enough: a graceful restart finishes the requests in flight, and a retry that reaches a new
 * process is a message nobody answered, which it computes afresh. Behind a load balancer a retry
 * can reach another instance while the first is still computing: the shared log hands it the
 * first instance's reply (or `success` once that one went out through the customer-service API),
 * and a claim left without a reply by an instance that stopped is taken over.
 */
import { randomInt } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { WechatApiClient } from "./wechat-api.client.ts";
import type { WechatMessageLog } from "./wechat-message-log.ts";
import type { WechatCipher } from "./wechat.crypto.ts";
import type { WechatMessageHandler } from "./wechat.messages.ts";
import { createReplayGuard } from "./replay-guard.ts";
import { signaturesMatch, wechatSignature } from "./wechat.signature.ts";
import { buildWechatXml, parseWechatXml } from "./wechat.xml.ts";

export interface WechatPluginOptions {
  /** The Token set in the WeChat console. */
  token: string;
  /** Safe-mode cipher; requests with `encrypt_type=aes` are refused without it. */
  cipher: WechatCipher | null;
  handler: WechatMessageHandler;
  /** Customer-service client for replies that miss the passive window; without it retries keep waiting. */
  client: WechatApiClient | null;
  /** How long a request waits for its reply before answering `success` (default 4500 ms; WeChat gives up at 5 s). */
  replyWithinMs?: number;
  /** Allowed clock difference of `timestamp` (default 300 s). */
  maxSkewSeconds?: number;
  /** Clock in ms (default `Date.now`). */
  now?: () => number;
  /** How long closing the server waits for replies still being computed or sent (default 10 000 ms). */
  closeWithinMs?: number;
  /** Message keys and replies shared with other instances (default: this instance's memory only). */
  messages?: WechatMessageLog | null;
}

/** Body limit of the endpoint: real messages are a few hundred bytes. */
export const WECHAT_BODY_LIMIT = 64 * 1024;

/** A request refused before anything ran, with the HTTP status to answer. */
class Refusal extends Error {
  override name = "Refusal";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Pending {
  reply: Promise<string>;
  /** Set once the reply was handed to the customer-service API. */
  sentLater: boolean;
  createdAt: number;
}

// Retries of one message arrive within about 15 s; keep entries a while longer, and only so many.
const PENDING_TTL_MS = 60_000;
const MAX_PENDING = 20_000;

export const wechatPlugin: FastifyPluginAsync<WechatPluginOptions> = async (app, options) => {
  const now = options.now ?? Date.now;
  const replyWithinMs = options.replyWithinMs ?? 4500;
  const maxSkew = options.maxSkewSeconds ?? 300;
  const replays = createReplayGuard({ ttlMs: maxSkew * 2 * 1000, now });
  const pending = new Map<string, Pending>();
  // Replies being computed and customer-service sends, awaited on close so none runs on a closed store.
  const background = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    const settled: Promise<unknown> = work.then(noop, noop).finally(() => background.delete(settled));
    background.add(settled);
    return work;
  };

  app.addHook("onClose", async () => {
    if (background.size === 0) return;
    app.log.info({ running: background.size }, "waiting for wechat replies before closing");
    await Promise.race([Promise.all([...background]), delay(options.closeWithinMs ?? 10_000)]);
  });

  app.addContentTypeParser("*", { parseAs: "string", bodyLimit: WECHAT_BODY_LIMIT }, (_request, body, done) => done(null, body));

  function checkTimestamp(timestamp: string): void {
    const seconds = Number(timestamp);
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now() / 1000 - seconds) > maxSkew) {
      throw new Refusal(403, `timestamp ${JSON.stringify(timestamp)} outside ±${maxSkew} s`);
    }
  }

  function checkSignature(query: Record<string, string>): void {
    const expected = wechatSignature(options.token, query.timestamp ?? "", query.nonce ?? "");
    if (!signaturesMatch(expected, query.signature ?? "")) throw new Refusal(403, "bad signature");
  }

  app.get("/wechat", async (request, reply) => {
    const query = request.query as Record<string, string>;
    try {
      checkTimestamp(query.timestamp ?? "");
      checkSignature(query);
    } catch (error) {
      return refuse(request, reply, error);
    }
    return reply.type("text/plain").send(query.echostr ?? "");
  });

  app.post("/wechat", { bodyLimit: WECHAT_BODY_LIMIT }, async (request, reply) => {
    const query = request.query as Record<string, string>;
    const body = typeof request.body === "string" ? request.body : "";
    let fields: Record<string, string>;
    const safeMode = query.encrypt_type === "aes";
    try {
      checkTimestamp(query.timestamp ?? "");
      checkSignature(query);
      fields = parseWechatXml(body);
      if (safeMode) {
        if (!options.cipher) throw new Refusal(400, "safe mode not configured");
        const encrypted = fields.Encrypt ?? "";
        const expected = wechatSignature(options.token, query.timestamp!, query.nonce ?? "", encrypted);
        if (!signaturesMatch(expected, query.msg_signature ?? "")) throw new Refusal(403, "bad msg_signature");
        fields = parseWechatXml(decryptOrRefuse(options.cipher, encrypted));
      }
      if (!replays.accept(`${query.timestamp}:${query.nonce}`, body)) throw new Refusal(403, "replayed nonce");
      if (!fields.FromUserName || !fields.MsgType) throw new Refusal(400, "message without FromUserName or MsgType");
    } catch (error) {
      return refuse(request, reply, error);
    }
    if (fields.MsgType !== "text" && fields.MsgType !== "event" && !(fields.MsgType === "voice" && fields.Recognition)) {
      request.log.info({ msgType: fields.MsgType }, "wechat message type not understood; answering with a note");
    }

    const text = await replyFor(request, fields);
    if (text === "") return reply.type("text/plain").send("success");
    const xml = buildWechatXml({
      ToUserName: fields.FromUserName,
      FromUserName: fields.ToUserName ?? "",
      CreateTime: Math.floor(now() / 1000),
      MsgType: "text",
      Content: text,
    });
    if (!safeMode || !options.cipher) return reply.type("application/xml").send(xml);
    const encrypted = options.cipher.encrypt(xml);
    const timestamp = String(Math.floor(now() / 1000));
    const nonce = String(randomInt(1e9, 1e10));
    return reply.type("application/xml").send(
      buildWechatXml({
        Encrypt: encrypted,
        MsgSignature: wechatSignature(options.token, timestamp, nonce, encrypted),
        TimeStamp: timestamp,
        Nonce: nonce,
      }),
    );
  });

  /** The reply for this message now, or "" when it will be (or was) sent through the customer-service API. */
  async function replyFor(request: FastifyRequest, fields: Record<string, string>): Promise<string> {
    sweep();
    const key = fields.MsgType === "event" ? `${fields.FromUserName}:${fields.CreateTime}` : `${fields.FromUserName}:${fields.MsgId ?? fields.CreateTime}`;
    let entry = pending.get(key);
    const shared = options.messages ?? null;
    if (!entry && shared && !(await shared.claim(key))) {
      request.log.info({ key }, "wechat retry served from another instance's reply");
      const other = await shared.awaitReply(key, replyWithinMs);
      return other === null || other.sentLater ? "" : other.reply;
    }
    if (!entry) {
      const at = new Date(Number(fields.CreateTime) * 1000 || now());
      const reply = track(
        options.handler.reply(fields, at).catch((error: unknown) => {
          request.log.error({ err: error, key }, "wechat message failed");
          return "抱歉，处理时出错了，请稍后再试。";
        }),
      );
      if (shared) {
        void track(reply.then((text) => shared.saveReply(key, text)).catch((error: unknown) => request.log.error({ err: error, key }, "wechat reply not stored")));
      }
      entry = { reply, sentLater: false, createdAt: now() };
      pending.set(key, entry);
    } else {
      request.log.info({ key }, "wechat retry served from the pending reply");
    }
    if (entry.sentLater) return "";
    const ready = await Promise.race([entry.reply, delay(replyWithinMs)]);
    if (ready !== undefined) return ready;
    if (!options.client) return entry.reply;
    if (!entry.sentLater) {
      entry.sentLater = true;
      shared?.markSentLater(key).catch((error: unknown) => request.log.error({ err: error, key }, "wechat sent-later mark not stored"));
      const client = options.client;
      const openid = fields.FromUserName!;
      void track(
        entry.reply.then(async (text) => {
          if (text === "") return;
          try {
            await client.sendText(openid, text);
          } catch (error) {
            request.log.error({ err: error, key }, "wechat customer-service send failed");
          }
        }),
      );
    }
    return "";
  }

  function sweep(): void {
    const oldest = now() - PENDING_TTL_MS;
    for (const [key, entry] of pending) {
      if (entry.createdAt >= oldest && pending.size < MAX_PENDING) break;
      pending.delete(key);
    }
  }
};

function decryptOrRefuse(cipher: WechatCipher, encrypted: string): string {
  try {
    return cipher.decrypt(encrypted);
  } catch (error) {
    throw new Refusal(400, error instanceof Error ? error.message : "cannot decrypt");
  }
}

function refuse(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const status = error instanceof Refusal ? error.status : 400;
  const message = error instanceof Error ? error.message : String(error);
  request.log.warn({ status, reason: message }, "wechat request refused");
  return reply.code(status).type("text/plain").send(status === 403 ? "forbidden" : "bad request");
}

function noop(): void {}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}
