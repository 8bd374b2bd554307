/**
 * Words that suggest a seminar the programme does not allow, as data with their kind and rule.
 * A match is a hint for the user to look again, never a verdict (R-CHECK-3): a 講演会 with a
 * workshop attached, or 歴史 in 「歴史ある企業の事業承継」, may be fine.
 *
 * Sources: 001 「各事業メニューにおいて…説明ができること」 (R-PROG-4) and 「特定の企業・団体への
 * 個別支援は不可」 (R-PROG-5). Words beyond the seed's examples are marked; we left out words
 * that the seed's own sample seminars use for allowed content (自社: 「自社の魅力等の理解」).
 */
export interface SeminarKeyword {
  readonly ruleId: "R-PROG-4" | "R-PROG-5";
  readonly kind: string;
  /** Matched against NFKC text, so full-width letters, digits and ㈱ are folded first. */
  readonly pattern: string | RegExp;
}

const words = (ruleId: SeminarKeyword["ruleId"], kind: string, patterns: readonly (string | RegExp)[]): SeminarKeyword[] =>
  patterns.map((pattern) => ({ ruleId, kind, pattern }));

export const SEMINAR_KEYWORDS: readonly SeminarKeyword[] = [
  // 「単なる地域振興や町おこしのためのイベントは不可」; 町おこし is the seed's own word for them.
  ...words("R-PROG-4", "地域振興イベント", ["オープニングイベント", "基調講演", "講演会", "対談", "シンポジウム", "パネルディスカッション", "町おこし"]),
  // 「単なる趣味や教養のためのセミナー」; いけばな・華道 and きき酒 are other spellings of the seed's words.
  ...words("R-PROG-4", "カルチャースクール", ["文学", "歴史", "生け花", "いけばな", "華道", "陶芸", "ヨガ", "利き酒", "きき酒", "ソムリエ"]),
  // 「単なる料理教室・試食会とならないよう」
  ...words("R-PROG-4", "料理教室・試食会", ["料理教室", "試食会"]),
  // 「カヌー、乗馬、サーキットなど地域の観光プログラムを体験するだけのセミナー」
  ...words("R-PROG-4", "観光体験", ["カヌー", "乗馬", "サーキット"]),
  // 「特定の企業・団体のみを対象とした企業内研修のような講習会」
  ...words("R-PROG-5", "特定企業向け", [
    "特定の企業",
    "特定企業",
    "特定の団体",
    "特定の事業所",
    "企業内研修",
    "社内研修",
    /1社(?:限定|のみ)/u,
    // 「○○株式会社の社員向け」「(株)○○従業員限定」: a company name before staff-only wording.
    /(?:株式会社|有限会社|合同会社|\((?:株|有)\))[^\s、。,]{0,20}?(?:社員|従業員)(?:向け|対象|限定|のみ)/u,
  ]),
];
