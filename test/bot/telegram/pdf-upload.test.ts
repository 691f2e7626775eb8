import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "grammy";
import { createCorpusService } from "../../../src/corpus/corpus-service.ts";
import { createAdminActions } from "../../../src/bot/telegram/admin-actions.ts";
import { createBot } from "../../../src/bot/telegram/create-bot.ts";
import { claimProcessed } from "../../../src/store/processed-update.repository.ts";
import { startFakeBotApi, type FakeBotApi } from "../../support/fake-bot-api.ts";
import { openSeededEngine, recordingLog, type SeededEngine } from "../../support/seeded-engine.ts";
import { BOT_INFO, documentUpdate, textUpdate } from "../../support/telegram-updates.ts";

const ADMIN = 1001;
const USER = 2002;
const PDF_DIR = path.resolve(import.meta.dirname, "../../fixtures/pdf");

describe("a PDF report sent to the bot", () => {
  let seeded: SeededEngine;
  let fake: FakeBotApi;
  let bot: Bot;

  beforeAll(async () => {
    seeded = await openSeededEngine({ copySeeds: true, now: () => new Date("2022-06-01T12:00:00+08:00") });
    fake = await startFakeBotApi();
    bot = createBot({
      token: "123:abc",
      apiRoot: fake.url,
      botInfo: BOT_INFO,
      engine: seeded.engine,
      claimUpdate: (key) => claimProcessed(seeded.store.db, key),
      adminIds: [ADMIN],
      admin: createAdminActions({
        corpus: createCorpusService({ store: seeded.store, dataDir: seeded.dataDir, onNewReports: () => undefined }),
        countChats: async () => 0,
        countSubscribers: async () => 0,
      }),
      log: recordingLog(),
    });
  }, 60_000);
  afterAll(async () => {
    await fake.close();
    await seeded.close();
  });

  const texts = () => fake.sent("sendMessage").map((c) => String(c.payload.text));

  async function send(fileId: string, name: string): Promise<string[]> {
    const bytes = new Uint8Array(await readFile(path.join(PDF_DIR, name)));
    fake.addFile(fileId, bytes, `documents/${fileId}.pdf`);
    const before = texts().length;
    await bot.handleUpdate(documentUpdate(ADMIN, fileId, name, bytes.length));
    return texts().slice(before);
  }

  it("loads an uploaded PDF into the data folder, and the next question answers from its table", async () => {
    const replies = await send("pdf1", "qingshi-agriculture-2021.pdf");
    expect(replies[0]).toBe("正在载入……");
    expect(replies.at(-1)!.split("\n").slice(0, 2)).toEqual(["已载入 qingshi-agriculture-2021.pdf：", "· 青石县农业农村局 2021年"]);
    expect(await readFile(path.join(seeded.dataDir, "qingshi-agriculture-2021.pdf"))).toEqual(await readFile(path.join(PDF_DIR, "qingshi-agriculture-2021.pdf")));

    await bot.handleUpdate(textUpdate(USER, "青石县农业农村局2021年收到多少政府信息公开申请"));
    expect(texts().at(-1)!.split("\n")[0]).toBe("青石县农业农村局2021年年报：新收政府信息公开申请 <b>13件</b>。");
  });

  it("answers a scanned PDF with the OCR notice and stores nothing of it", async () => {
    const replies = await send("pdf2", "scanned-2021.pdf");
    expect(replies.at(-1)).toBe("未能载入：scanned-2021.pdf 是扫描件，没有文字层，需要先做文字识别（OCR）。");
    await expect(readFile(path.join(seeded.dataDir, "scanned-2021.pdf"))).rejects.toThrow(/ENOENT/);
  });

  it("refuses other kinds of documents before downloading them", async () => {
    const downloads = fake.sent("getFile").length;
    await bot.handleUpdate(documentUpdate(ADMIN, "doc3", "年报.docx", 100));
    expect(texts().at(-1)).toBe("只接受 .txt、.html 或 .pdf 年报文件。");
    expect(fake.sent("getFile")).toHaveLength(downloads);
  });
});
