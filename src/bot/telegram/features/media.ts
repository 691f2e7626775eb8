/**
 * Messages the bot cannot read (photos, voice, stickers, files from non-admins …) in a private
 * chat: a short reply saying what it can do, instead of silence.
 */
import { Composer, type Context } from "../grammy.ts";
import { EXAMPLE_QUESTIONS } from "./start.ts";

export const MEDIA_TEXT = `我只能看懂文字提问，暂时不能识别图片、语音、贴纸或文件。请直接用文字问年报里的数字或内容，例如“${EXAMPLE_QUESTIONS[0]}”。`;

const UNREADABLE: Array<"message:photo" | "message:voice" | "message:audio" | "message:video" | "message:video_note" | "message:animation" | "message:sticker" | "message:document" | "message:location" | "message:contact"> = [
  "message:photo",
  "message:voice",
  "message:audio",
  "message:video",
  "message:video_note",
  "message:animation",
  "message:sticker",
  "message:document",
  "message:location",
  "message:contact",
];

export function mediaFeature(): Composer<Context> {
  const feature = new Composer<Context>();
  // In a group such messages are meant for the people there, not for the bot.
  feature.chatType("private").on(UNREADABLE, (ctx) => ctx.reply(MEDIA_TEXT));
  return feature;
}
