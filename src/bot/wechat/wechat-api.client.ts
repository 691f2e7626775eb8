/**
 * Client of the WeChat official-account API for customer-service messages: one cached
 * access_token (fetched one at a time, since a new token invalidates the old one) and `sendText`.
 */

/** A WeChat API answer with a non-zero errcode (45015: outside the 48-hour window; 48001: no API rights). */
export class WechatApiError extends Error {
  override name = "WechatApiError";
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    options?: ErrorOptions,
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`, options);
  }
}

export interface WechatApiClient {
  /** Sends a customer-service text message to `openid`; throws WechatApiError or a network error. */
  sendText(openid: string, text: string): Promise<void>;
}

export interface WechatApiClientOptions {
  /** API root, e.g. `https://api.weixin.qq.com`. */
  apiRoot: string;
  appId: string;
  appSecret: string;
  /** Clock for token expiry (default `Date.now`). */
  now?: () => number;
}

// Tokens the API reports as invalid or expired: refetch once and retry.
const STALE_TOKEN = new Set([40001, 40014, 42001]);

export function createWechatApiClient(options: WechatApiClientOptions): WechatApiClient {
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | null = null;
  let inFlight: Promise<string> | null = null;

  async function call(url: string, init?: RequestInit): Promise<Record<string, unknown>> {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
    const body = (await response.json()) as Record<string, unknown>;
    const errcode = typeof body.errcode === "number" ? body.errcode : 0;
    if (errcode !== 0) throw new WechatApiError(errcode, String(body.errmsg ?? ""));
    if (!response.ok) throw new WechatApiError(-1, `HTTP ${response.status}`);
    return body;
  }

  async function fetchToken(): Promise<string> {
    const query = new URLSearchParams({ grant_type: "client_credential", appid: options.appId, secret: options.appSecret });
    const body = await call(`${options.apiRoot}/cgi-bin/token?${query}`);
    const token = String(body.access_token ?? "");
    const expiresIn = Number(body.expires_in ?? 7200);
    // Refresh five minutes early so a token never expires mid-request.
    cached = { token, expiresAt: now() + Math.max(60, expiresIn - 300) * 1000 };
    return token;
  }

  function accessToken(): Promise<string> {
    if (cached && cached.expiresAt > now()) return Promise.resolve(cached.token);
    inFlight ??= fetchToken().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function send(openid: string, text: string): Promise<void> {
    const token = await accessToken();
    await call(`${options.apiRoot}/cgi-bin/message/custom/send?access_token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ touser: openid, msgtype: "text", text: { content: text } }),
    });
  }

  return {
    async sendText(openid, text) {
      try {
        await send(openid, text);
      } catch (error) {
        if (!(error instanceof WechatApiError) || !STALE_TOKEN.has(error.errcode)) throw error;
        cached = null;
        await send(openid, text);
      }
    },
  };
}
