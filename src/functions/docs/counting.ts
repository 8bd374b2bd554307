import { LEDGER_COLUMNS } from "../../core/count/ledgerColumns";
import type { FunctionDoc } from "./functionDoc";

const HEADERS = LEDGER_COLUMNS.map((column) => column.header);
/** A ledger row in canonical column order, blank except the given cells. */
const row = (cells: Readonly<Record<string, unknown>>): unknown[] => HEADERS.map((header) => cells[header] ?? "");

const SEEKER = { メニュー: "B-1", 取組: "B", 区分: "求職者", 個人ID: "P1", "所在・居住": "域内", 意思確認: "はい", 受講日: "2024/5/1", 成果: "就職", 成果日: "2024/6/1", 成果地: "域外", 週所定労働時間: 30 };
const SHORT_HOURS = { ...SEEKER, 個人ID: "P2", 週所定労働時間: 19.5 };
const OUTSIDER = { ...SEEKER, 個人ID: "P3", "所在・居住": "域外", 成果: "", 成果日: "", 成果地: "" };
const E1 = { メニュー: "A-1", 取組: "A", 区分: "事業所", 事業所ID: "E1", "所在・居住": "域内" };
const LEDGER = [HEADERS, row(SEEKER), row(SHORT_HOURS), row(E1), row({ ...E1, 個人ID: "社員2" }), row({ ...E1, メニュー: "A-2" })];

const RECORDS = "The participant ledger (実績台帳): one row per participant per menu, columns メニュー, 取組, 区分, 事業所ID, 個人ID, 所在・居住, 地域内希望, 意思確認, 学校種別, 卒業年次, 受講日, 成果, 成果日, 成果地, 週所定労働時間, 雇用を伴う創業, 利用前内定, 利用前から在職, 定期採用等, 伴走型支援 in this order (the header row may be selected too).";
const HEADERS_PARAM = "Optional header row; with it the columns may be in any order.";

export const COUNTING_DOCS: readonly FunctionDoc[] = [
  {
    id: "COUNTABLE",
    en: {
      description:
        "Judges each ledger row: whether it counts as output (○/×), as outcome (○/×, empty when 成果 is blank), and a Japanese reason naming every rule that failed, separated by \"; \" (RULES section 3).",
      parameters: { records: RECORDS, headers: HEADERS_PARAM },
    },
    examples: [
      {
        formula: "=KOYO.COUNTABLE(A1:T3)",
        args: [[HEADERS, row(SEEKER), row(SHORT_HOURS)]],
        expected: [["アウトプット", "アウトカム", "理由"], ["○", "○", ""], ["○", "×", "アウトカム×: 週所定労働時間20時間未満 (R-COUNT-Y6)"]],
        note: "域内に住む求職者の就職は域外でも計上 (R-COUNT-BC1)。週19.5時間の就職は計上できない (R-COUNT-Y6)。見出し行を含めて選ぶと見出しが付く。",
      },
      {
        formula: "=KOYO.COUNTABLE(A2:T2)",
        args: [[row(OUTSIDER)]],
        expected: [["×", "", "アウトプット×: 域外に住む人は地域内での就職を希望する場合だけ計上できます（地域内希望に「はい」） (R-COUNT-BC2)"]],
        note: "域外に住み地域内での就職希望がない人はアウトプット×。成果が空欄なのでアウトカムは空欄。",
      },
    ],
  },
  {
    id: "OUTPUTTOTAL",
    en: {
      description:
        "Counts output with dedup (RULES D-1, R-COUNT-X1): a menu id counts distinct establishments (for 事業所 rows) or persons counted ○ in that menu; A/B/C counts them across that kind's menus; blank sums the three kinds. A row that cannot be read makes the total an error naming its row and column.",
      parameters: { records: RECORDS, headers: HEADERS_PARAM, scope: "A menu id (e.g. A-1; b-1 and B-1 are the same menu), a kind as A/B/C or by its Japanese name (e.g. 人材育成の取組), or blank for the sum of the three kinds." },
    },
    examples: [
      { formula: "=KOYO.OUTPUTTOTAL(A1:T6, , \"A-1\")", args: [LEDGER, null, [["A-1"]]], expected: 1, note: "同じ事業所 E1 から2人が参加しても1社 (R-COUNT-X1)。" },
      { formula: "=KOYO.OUTPUTTOTAL(A1:T6, , \"A\")", args: [LEDGER, null, [["A"]]], expected: 1, note: "A-1 と A-2 の両方に参加した E1 も取組A全体では1社 (D-1)。" },
      { formula: "=KOYO.OUTPUTTOTAL(A1:T6)", args: [LEDGER], expected: 3, note: "空欄は A（1社）+ B（2人）+ C（0人）の合計。" },
    ],
  },
  {
    id: "OUTCOMETOTAL",
    en: {
      description:
        "Counts outcome: distinct 個人ID among rows whose outcome is ○ in scope (a blank 個人ID counts as its own person). Blank scope is the whole project, where each person counts once (RULES D-1).",
      parameters: { records: RECORDS, headers: HEADERS_PARAM, scope: "A menu id (e.g. B-1; b-1 and B-1 are the same menu), a kind as A/B/C or by its Japanese name (e.g. 人材育成の取組), or blank for the whole project." },
    },
    examples: [
      { formula: "=KOYO.OUTCOMETOTAL(A1:T6, , \"B\")", args: [LEDGER, null, [["B"]]], expected: 1, note: "P2 は週20時間未満のため数えない (R-COUNT-Y6)。" },
      { formula: "=KOYO.OUTCOMETOTAL(A1:T6, , \"人材育成の取組\")", args: [LEDGER, null, [["人材育成の取組"]]], expected: 1, note: "取組は名前でも指定できる（取組Bと同じ）(R-INPUT-4)。" },
      { formula: "=KOYO.OUTCOMETOTAL(A1:T3)", args: [[HEADERS, row(SEEKER), row(SEEKER)]], expected: 1, note: "同じ個人IDは1人 (D-1)。" },
    ],
  },
];
