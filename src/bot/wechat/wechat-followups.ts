/**
 * What a WeChat user can reply to the last answer without buttons: a number or a distinguishing
 * name (`1`, `本溪的`) picks one of the listed agencies, a number one of the figures an answer
 * offered as choices; `原文` shows the cited passage, `其他年份` lists the agency's other years and
 * a year alone (`2020年`) asks the same question for it. Each
 * user's last question and answer are kept in memory (bounded; a restart forgets them).
 */
import type { Answer, AnswerEngine, Candidate } from "../../answers/answer.ts";
import { citationTitle } from "../../answers/render/answer-text.ts";
import { candidateQuestion } from "../candidate-question.ts";

/**
 * A follow-up read from a reply: a question to ask the engine, a text to send as it is, or the
 * answer of a figure picked among the choices the last answer offered (`question` names it).
 */
export type FollowUp = { kind: "ask"; question: string } | { kind: "reply"; text: string } | { kind: "answer"; question: string; answer: Answer };

export const PASSAGE_KEYWORDS = new Set(["原文", "看原文", "查看原文", "出处"]);
export const OTHER_YEARS_KEYWORDS = new Set(["其他年份", "其它年份", "别的年份", "其他年度"]);

const NO_LAST = "请先提一个问题，再回复“原文”或“其他年份”。";
const MAX_USERS = 10_000;

interface Last {
  question: string;
  answer: Answer;
}

export interface WechatFollowUps {
  /** Keeps `question` and its `answer` as the user's last. */
  remember(openid: string, question: string, answer: Answer): void;
  /** The follow-up `content` stands for, or null when it is a question of its own. */
  read(openid: string, content: string): Promise<FollowUp | null>;
}

export function createWechatFollowUps(engine: AnswerEngine): WechatFollowUps {
  const last = new Map<string, Last>();

  async function passage(l: Last | undefined): Promise<FollowUp> {
    const cited = l?.answer.citations[0];
    if (!l) return { kind: "reply", text: NO_LAST };
    if (!cited) return { kind: "reply", text: "上一条回答没有引用原文。" };
    const view = await engine.passage(cited.reportId, cited.start);
    if (!view) return { kind: "reply", text: "这份报告已不在库中，请重新提问。" };
    const c = view.citation;
    const head = `《${citationTitle(c)}》${c.section ? ` · ${c.section}` : ""}${c.url ? `\n${c.url}` : ""}`;
    return { kind: "reply", text: `${head}\n\n「${view.text.trim()}」` };
  }

  async function heldYears(agency: string): Promise<number[]> {
    const entries = await engine.catalog(agency);
    return [...new Set(entries.filter((e) => e.agency === agency && e.year !== null).map((e) => e.year!))].sort((a, b) => b - a);
  }

  async function otherYears(l: Last | undefined): Promise<FollowUp> {
    const agency = l?.answer.agency;
    if (!l || !agency) return { kind: "reply", text: NO_LAST };
    const years = (await heldYears(agency)).filter((y) => y !== l.answer.year);
    if (years.length === 0) return { kind: "reply", text: `库中没有${agency}其他年份的年报。` };
    return {
      kind: "reply",
      text: `${agency}还有这些年份的年报：${years.map((y) => `${y}年`).join("、")}。\n回复年份（如“${years[0]}年”）查看同一问题的答案。`,
    };
  }

  /** A number picking one of the figures the last answer offered as choices: that figure's answer. */
  async function chooseFigure(openid: string, l: Last, said: string): Promise<FollowUp | null> {
    const choices = l.answer.choices ?? [];
    const number = /^第?(\d{1,2})(?:个|号)?$/u.exec(said);
    if (choices.length === 0 || !number) return null;
    const choice = choices[Number(number[1]) - 1];
    if (!choice) return { kind: "reply", text: choices.length === 1 ? "请回复“1”查看相近的数字，或直接提问。" : `请回复 1 到 ${choices.length} 之间的序号，或直接提问。` };
    const answer = await engine.figure(`wx:${openid}`, choice.reportId, choice.figureKey);
    if (!answer) return { kind: "reply", text: "这份报告已不在库中，请重新提问。" };
    return { kind: "answer", question: choice.label, answer };
  }

  return {
    remember(openid, question, answer) {
      last.delete(openid);
      if (last.size >= MAX_USERS) last.delete(last.keys().next().value!);
      last.set(openid, { question, answer });
    },

    async read(openid, content) {
      const l = last.get(openid);
      const said = content.replace(/[\s。.！!？?]+$/u, "");
      if (PASSAGE_KEYWORDS.has(said)) return passage(l);
      if (OTHER_YEARS_KEYWORDS.has(said)) return otherYears(l);
      if (!l) return null;
      const chosen = await chooseFigure(openid, l, said);
      if (chosen) return chosen;
      const picked = pick(l, said);
      if (picked) return picked;
      const year = /^((?:19|20)\d{2})\s*年?度?$/u.exec(said);
      if (year && l.answer.agency) return { kind: "ask", question: candidateQuestion({ agency: l.answer.agency, year: Number(year[1]) }, l.question) };
      return null;
    },
  };
}

/** A choice among the agencies the last answer listed, by number or by a name only one of them fits. */
function pick(l: Last, said: string): FollowUp | null {
  const listed = listedCandidates(l.answer);
  if (listed.length === 0) return null;
  const number = /^第?(\d{1,2})(?:个|号)?$/u.exec(said);
  if (number) {
    const chosen = listed[Number(number[1]) - 1];
    if (!chosen) return { kind: "reply", text: `请回复 1 到 ${listed.length} 之间的序号，或机构名称。` };
    return { kind: "ask", question: candidateQuestion(chosen.candidate, l.question, nearMatchOf(l.answer)) };
  }
  // 本溪的, 是宁安那个: the distinguishing words, matched against each listed line (name and place).
  const name = said.replace(/^(?:是|选|要)/u, "").replace(/(?:的|那个|那家|这个)$/u, "");
  if (name.length < 2) return null;
  const fitting = listed.filter((c) => c.line.includes(name));
  if (fitting.length !== 1) return null;
  return { kind: "ask", question: candidateQuestion(fitting[0]!.candidate, l.question, nearMatchOf(l.answer)) };
}

// Near matches stand in for a name the corpus does not hold: that name leaves the question.
function nearMatchOf(answer: Answer): string | null {
  return answer.status === "not_found" ? answer.agency : null;
}

/** The candidates an answer lists one a line (`- 本溪市教育局（辽宁省，2010年）`), in order, with their line. */
export function listedCandidates(answer: Answer): Array<{ candidate: Candidate; line: string }> {
  if (answer.candidates.length === 0 || (answer.status !== "ambiguous" && answer.status !== "not_found")) return [];
  const lines = answer.text.split("\n").filter((line) => line.startsWith("- "));
  if (lines.length !== answer.candidates.length) return [];
  return answer.candidates.map((candidate, i) => ({ candidate, line: lines[i]!.slice(2) }));
}
