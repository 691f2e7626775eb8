/**
 * The process configuration, read from environment variables once at start-up and validated with
 * zod. A front whose credentials are absent is off (`telegram` / `wechat` are null).
 */
import { stat } from "node:fs/promises";
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

/** Configuration of the Telegram front; present only when `TELEGRAM_BOT_TOKEN` is set. */
export interface TelegramConfig {
  token: string;
  /** Bot API root (default `https://api.telegram.org`); a local fake in tests, a self-hosted server in production. */
  apiRoot: string;
  /** Public HTTPS URL Telegram posts to; long polling when null. */
  webhookUrl: string | null;
  /** Value of the `X-Telegram-Bot-Api-Secret-Token` header; required with a webhook URL. */
  webhookSecret: string | null;
  /** Telegram user ids allowed to run /reload, /stats and upload reports. */
  adminIds: number[];
}

/** Configuration of the WeChat official-account front; present only when `WECHAT_TOKEN` is set. */
export interface WechatConfig {
  token: string;
  /** AppID and AppSecret: needed for safe mode (appid check) and for customer-service sends. */
  appId: string | null;
  appSecret: string | null;
  /** 43-character EncodingAESKey; safe mode is accepted only when set. */
  encodingAesKey: string | null;
  /** The key before the last rotation, still accepted for decryption. */
  previousEncodingAesKey: string | null;
  /** WeChat API root (default `https://api.weixin.qq.com`). */
  apiRoot: string;
}

/** Where the store lives: PostgreSQL when `databaseUrl` is set, else SQLite at `databasePath`. */
export interface DatabaseConfig {
  databasePath: string;
  /** `postgres://user:password@host:port/database?sslmode=…`; null for SQLite. */
  databaseUrl: string | null;
  /** Connections of the PostgreSQL pool per process (default 10). */
  databasePoolSize: number;
}

export interface Config extends DatabaseConfig {
  port: number;
  host: string;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  telegram: TelegramConfig | null;
  wechat: WechatConfig | null;
}

/** Thrown when an environment variable has a bad value; the message names the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const optional = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? null : value.trim()));

// An IP literal or a DNS name (labels of letters, digits and inner hyphens).
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

const httpUrl = optional.refine((value) => value === null || /^https?:\/\/[^\s]+$/.test(value), "must be an http(s) URL");

const databaseFields = {
  DATABASE_PATH: optional.transform((v) => v ?? "var/nianbao.sqlite"),
  DATABASE_URL: optional.refine((v) => v === null || /^postgres(ql)?:\/\/[^\s]+$/.test(v), "must be a postgres:// or postgresql:// URL"),
  DATABASE_POOL_SIZE: optional
    // Two at least: a load holds one for its lock while it writes on another.
    .refine((v) => v === null || (/^\d{1,4}$/.test(v) && Number(v) >= 2), "must be a whole number of connections, at least 2")
    .transform((v) => (v === null ? 10 : Number(v))),
};

const schema = z.object({
  ...databaseFields,
  PORT: optional.refine((v) => v === null || (/^\d{1,5}$/.test(v) && Number(v) <= 65535), "must be a port number 0-65535").transform((v) => (v === null ? 3000 : Number(v))),
  HOST: optional
    .refine((v) => v === null || isIP(v) !== 0 || HOSTNAME.test(v), "must be an IP address or a host name")
    .transform((v) => v ?? "127.0.0.1"),
  DATA_DIR: optional.transform((v) => v ?? "data/reports"),
  LOG_LEVEL: optional
    .refine((v) => v === null || (LOG_LEVELS as readonly string[]).includes(v), `must be one of ${LOG_LEVELS.join(", ")}`)
    .transform((v) => (v ?? "info") as Config["logLevel"]),
  TELEGRAM_BOT_TOKEN: optional.refine((v) => v === null || /^\d+:[\w-]+$/.test(v), "must look like 123456:ABC-def"),
  TELEGRAM_API_ROOT: httpUrl.transform((v) => (v ?? "https://api.telegram.org").replace(/\/+$/, "")),
  TELEGRAM_WEBHOOK_URL: optional.refine((v) => v === null || /^https:\/\/[^\s]+$/.test(v), "must be an https URL"),
  TELEGRAM_WEBHOOK_SECRET: optional.refine(
    (v) => v === null || /^[A-Za-z0-9_-]{1,256}$/.test(v),
    "must be 1-256 characters of A-Z, a-z, 0-9, _ and -",
  ),
  ADMIN_TELEGRAM_IDS: optional.transform((v, ctx) => {
    if (v === null) return [];
    const ids = v.split(/[\s,]+/).filter(Boolean);
    if (!ids.every((id) => /^\d+$/.test(id))) {
      ctx.addIssue({ code: "custom", message: "must be a comma-separated list of numeric Telegram user ids" });
      return z.NEVER;
    }
    return ids.map(Number);
  }),
  WECHAT_TOKEN: optional.refine((v) => v === null || /^[A-Za-z0-9]{3,32}$/.test(v), "must be 3-32 letters or digits"),
  WECHAT_APPID: optional.refine((v) => v === null || /^wx[A-Za-z0-9]{16}$/.test(v), "must be wx followed by 16 letters or digits"),
  WECHAT_APPSECRET: optional.refine((v) => v === null || /^[A-Za-z0-9]{32}$/.test(v), "must be 32 letters or digits"),
  WECHAT_ENCODING_AES_KEY: optional.refine((v) => v === null || /^[A-Za-z0-9]{43}$/.test(v), "must be 43 letters or digits"),
  WECHAT_PREVIOUS_ENCODING_AES_KEY: optional.refine((v) => v === null || /^[A-Za-z0-9]{43}$/.test(v), "must be 43 letters or digits"),
  WECHAT_API_ROOT: httpUrl.transform((v) => (v ?? "https://api.weixin.qq.com").replace(/\/+$/, "")),
});

/** Validates `env` (normally `process.env`) into a Config, or throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const e = parse(schema, env);
  if (e.TELEGRAM_WEBHOOK_URL !== null && e.TELEGRAM_WEBHOOK_SECRET === null) {
    throw new ConfigError("Invalid configuration: TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set");
  }
  if (e.WECHAT_ENCODING_AES_KEY !== null && e.WECHAT_APPID === null) {
    throw new ConfigError("Invalid configuration: WECHAT_APPID: required when WECHAT_ENCODING_AES_KEY is set");
  }
  if (e.WECHAT_APPSECRET !== null && e.WECHAT_APPID === null) {
    throw new ConfigError("Invalid configuration: WECHAT_APPID: required when WECHAT_APPSECRET is set");
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    telegram:
      e.TELEGRAM_BOT_TOKEN === null
        ? null
        : {
            token: e.TELEGRAM_BOT_TOKEN,
            apiRoot: e.TELEGRAM_API_ROOT,
            webhookUrl: e.TELEGRAM_WEBHOOK_URL,
            webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
            adminIds: e.ADMIN_TELEGRAM_IDS,
          },
    wechat:
      e.WECHAT_TOKEN === null
        ? null
        : {
            token: e.WECHAT_TOKEN,
            appId: e.WECHAT_APPID,
            appSecret: e.WECHAT_APPSECRET,
            encodingAesKey: e.WECHAT_ENCODING_AES_KEY,
            previousEncodingAesKey: e.WECHAT_PREVIOUS_ENCODING_AES_KEY,
            apiRoot: e.WECHAT_API_ROOT,
          },
  };
}

/**
 * Only the database variables (`DATABASE_PATH`, `DATABASE_URL`, `DATABASE_POOL_SIZE`), for the
 * command lines, which need no front's settings; throws ConfigError like `loadConfig`.
 */
export function loadDatabaseConfig(env: Record<string, string | undefined>): DatabaseConfig {
  const e = parse(z.object(databaseFields), env);
  return { databasePath: e.DATABASE_PATH, databaseUrl: e.DATABASE_URL, databasePoolSize: e.DATABASE_POOL_SIZE };
}

function parse<T extends z.ZodType>(shape: T, env: Record<string, string | undefined>): z.output<T> {
  const parsed = shape.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}

/** Checks what the configuration names on disk: `DATA_DIR` must be a directory (a typo would serve an empty corpus). */
export async function checkConfigPaths(config: Config): Promise<void> {
  const dir = path.resolve(config.dataDir);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new ConfigError(`Invalid configuration: DATA_DIR: ${dir} is not a directory`);
}
