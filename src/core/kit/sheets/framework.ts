import { FORMAT } from "../formats";
import type { KitColumn, KitSheet } from "../types";

/** Table names the checker reads (R-CHECK-1, 5–7, 10, 12). */
export const FRAMEWORK_TABLES = {
  head: "KOYO_Framework_Head",
  a: "KOYO_Framework_A",
  b: "KOYO_Framework_B",
  c1: "KOYO_Framework_C1",
  c2: "KOYO_Framework_C2",
} as const;

/** Head figures above the tables (R-FW-A, R-FW-B). */
export const FRAMEWORK_HEAD = {
  focus: "重点分野",
  establishments: "重点分野・対象業種に係る地域内事業所数",
  seekers: "重点分野・対象職種への就職を希望する地域求職者数",
} as const;

/** Column headers exactly as the seed's framework sheet (R-FW-A, R-FW-B, R-FW-C1, R-FW-C2). */
export const FRAMEWORK_COLUMNS = {
  needs: "事業主ニーズ／求職者ニーズ",
  needsC2: "事業主ニーズ／（求職者ニーズ）",
  target: "ターゲット",
  targetB: "ターゲット（重点求職者）",
  employers: "予想される就職先（事業所数）",
  goals: "アウトプット／アウトカム（目標）",
  seminar: "セミナー（名称・内容・回数・講師）",
  seminarPlace: "セミナー（場所・時間帯）",
  seminarPublicity: "セミナー周知方法（媒体・配付場所 等）",
  partners: "連携する関係団体の事業",
  form: "形態（説明会・面接会 等）",
  place: "開催場所／開催時間帯",
  publicity: "周知方法（媒体・配付場所 等）",
  migration: "市町村独自の移住支援策",
  attraction: "地域への呼び込み策",
} as const;

const text = (header: string, width = 150): KitColumn => ({ header, width });
const C = FRAMEWORK_COLUMNS;

/**
 * R-FW-0 in the seed's own words (001, the notes above the framework), with the rule IDs added;
 * only 「…移住支援策との組み合わせて」 is corrected to 「と組み合わせて」. The last line is the kit's:
 * how to write a target so the functions and the checker can read it (R-FW-T).
 */
const NOTES = [
  "※ 各表ともに左欄からの記載を心掛けること (R-PROG-10)。",
  "※ 「Ａ 事業所の魅力向上、事業拡大の取組」→「Ｂ 人材育成の取組」→「Ｃ 就職促進の取組」の順に策定することを心掛けること (R-PROG-10)。",
  "※ 朱書き項目は特に入念な調査・分析が不可欠。",
  "※ ＵＩＪターン就職希望者を対象とした情報提供・説明会等は、自治体独自の移住支援策と組み合わせて周知することが重要。",
  "※ 想定されるターゲット数に対して、適切なアウトプット／アウトカム（目標数）を設定することが重要（理想ではなく、実現可能な目標であるか）。",
  "※ なお、アウトプットからアウトカムへの移行率は、ハローワークの就職率等を参考とすること。セミナー毎に整理することが効果的。",
  "※ 目標は「アウトプット／アウトカム」の順に単位を付けて記入します（例: A は「10社／5人」、B・C は「20人／8人」）(R-FW-T)。",
];

const HEADER_ROW = 14;

/** フレームワーク: tables A, B, C(地域求職者), C(UIJ) side by side so one frozen header row serves all four. */
export const FRAMEWORK_SHEET: KitSheet = {
  id: "framework",
  name: "フレームワーク",
  labelEn: "Framework",
  title: "地域雇用活性化推進事業に係る事業構想策定の基礎となるフレームワーク",
  notes: NOTES,
  freezeRows: HEADER_ROW,
  tables: [
    {
      name: FRAMEWORK_TABLES.head,
      at: "A10",
      caption: "重点分野と対象者数",
      rows: 1,
      columns: [
        text(FRAMEWORK_HEAD.focus, 150),
        { header: FRAMEWORK_HEAD.establishments, width: 150, numberFormat: FORMAT.firms },
        { header: FRAMEWORK_HEAD.seekers, width: 150, numberFormat: FORMAT.persons },
      ],
    },
    {
      name: FRAMEWORK_TABLES.a,
      at: `A${HEADER_ROW}`,
      caption: "A 事業所の魅力向上、事業拡大の取組",
      rows: 5,
      columns: [C.needs, C.target, C.goals, C.seminar, C.seminarPlace, C.seminarPublicity, C.partners].map((header) => text(header)),
    },
    {
      name: FRAMEWORK_TABLES.b,
      at: `I${HEADER_ROW}`,
      caption: "B 人材育成の取組",
      rows: 5,
      columns: [C.needs, C.targetB, C.employers, C.goals, C.seminar, C.seminarPlace, C.seminarPublicity, C.partners].map((header) =>
        text(header),
      ),
    },
    {
      name: FRAMEWORK_TABLES.c1,
      at: `R${HEADER_ROW}`,
      // R-FW-M: C matches the employment secured in A with the people trained in B (001's arrows).
      caption: "C 就職促進の取組 ◎地域求職者対象（A で確保した魅力ある雇用と B で育成した人材をマッチング (R-FW-M)）",
      rows: 5,
      columns: [C.needs, C.form, C.goals, C.place, C.publicity].map((header) => text(header)),
    },
    {
      name: FRAMEWORK_TABLES.c2,
      at: `X${HEADER_ROW}`,
      caption: "C 就職促進の取組 ◎ＵＩＪターン就職希望者対象",
      rows: 5,
      columns: [C.needsC2, C.migration, C.attraction, C.publicity].map((header) => text(header)),
    },
  ],
};
