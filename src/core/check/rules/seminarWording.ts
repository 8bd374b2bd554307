import { screenSeminar } from "../../seminar/screenSeminar";
import type { Finding } from "../finding";
import { frameworkMenus } from "../frameworkMenus";
import { findingAt, textOf, valueAt, type WorkbookSnapshot } from "../snapshot";

const ADVICE = {
  "R-PROG-4": "単なるイベント・趣味・体験だけの内容は対象外です。座学・講評・ロールプレイなど雇用につながる内容であることが分かるように書いてください",
  "R-PROG-5": "特定の企業・団体のための研修は対象外です。地域の事業所・求職者に広く開かれた内容であることが分かるように書いてください",
} as const;

const CHECK_OF = { "R-PROG-4": "R-CHECK-3", "R-PROG-5": "R-CHECK-4" } as const;

/**
 * R-CHECK-3 (R-PROG-4) and R-CHECK-4 (R-PROG-5): a seminar or event whose text matches a
 * not-allowed kind. One finding per cell and rule, naming every matched word, and saying it is
 * a hint from a word match, not a verdict.
 */
export function checkSeminarWording(snapshot: WorkbookSnapshot): Finding[] {
  return frameworkMenus(snapshot).flatMap(({ table, row, contentHeader }) => {
    const text = textOf(valueAt(table, row, contentHeader));
    const hits = screenSeminar(text);
    return (["R-PROG-4", "R-PROG-5"] as const).flatMap((ruleId) => {
      const found = hits.filter((hit) => hit.ruleId === ruleId);
      if (found.length === 0) return [];
      const words = found.map((hit) => `${hit.kind}「${hit.word}」`).join("、");
      return [
        findingAt(
          "警告",
          CHECK_OF[ruleId],
          `「${text}」に${words}に当たる語があります (${ruleId})。語句の一致による注意で、判定ではありません。${ADVICE[ruleId]}。`,
          table,
          row,
          contentHeader,
        ),
      ];
    });
  });
}
