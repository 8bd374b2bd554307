import { normalizeText } from "../input/text";
import { SEMINAR_KEYWORDS, type SeminarKeyword } from "./seminarKeywords";

export interface SeminarHit {
  readonly ruleId: SeminarKeyword["ruleId"];
  readonly kind: string;
  /** The text as found (after NFKC), e.g. 「講演会」 or 「株式会社山田の社員向け」. */
  readonly word: string;
}

function findWord(text: string, pattern: string | RegExp): string | null {
  if (typeof pattern === "string") return text.includes(pattern) ? pattern : null;
  return pattern.exec(text)?.[0] ?? null;
}

/**
 * R-PROG-4 / R-PROG-5: the not-allowed kinds a seminar's name or content mentions, each word
 * once, in the order of the keyword list. A hint for the checker (R-CHECK-3, R-CHECK-4), not a
 * verdict.
 */
export function screenSeminar(text: string): SeminarHit[] {
  const folded = normalizeText(text);
  const hits: SeminarHit[] = [];
  for (const { ruleId, kind, pattern } of SEMINAR_KEYWORDS) {
    const word = findWord(folded, pattern);
    if (word !== null && !hits.some((hit) => hit.kind === kind && hit.word === word)) hits.push({ ruleId, kind, word });
  }
  return hits;
}

const ADVICE: Readonly<Record<SeminarKeyword["ruleId"], string>> = {
  "R-PROG-4": "単なるイベント・趣味・体験のセミナーは対象外です。座学や講評、ロールプレイなど雇用につながる内容か確かめてください",
  "R-PROG-5": "特定の企業・団体のための研修は対象外です。地域の事業所に広く開かれた内容か確かめてください",
};

/**
 * KOYO.SEMINARCHECK's text: "" when nothing matches, else one warning per rule naming each
 * kind and word, e.g. 「R-PROG-4: 地域振興イベント「講演会」… (語句の一致による注意で、判定ではありません)」.
 */
export function seminarWarning(text: string): string {
  const hits = screenSeminar(text);
  if (hits.length === 0) return "";
  const parts = (["R-PROG-4", "R-PROG-5"] as const).flatMap((ruleId) => {
    const found = hits.filter((hit) => hit.ruleId === ruleId);
    if (found.length === 0) return [];
    const named = found.map((hit) => `${hit.kind}「${hit.word}」`).join("、");
    return [`${ruleId}: ${named}に当たる語があります。${ADVICE[ruleId]}。`];
  });
  return `${parts.join(" ")}（語句の一致による注意で、判定ではありません）`;
}
