/**
 * Generated ledgers for the benchmark: cells as Excel hands them to a custom function
 * (numbers for dates and hours, "" for empty cells, short repeated words).
 *
 * generateLedger is the realistic ledger, the one the targets are judged on. Its model:
 * - 取組: A 20 %, B 30 %, C 50 %; menus A-1..A-3, B-1..B-4, C-1..C-5.
 * - 区分 by 取組: A is 事業所 75 %, 創業希望者 20 %, 行政機関 3 %, 事業推進員 2 %;
 *   B is 求職者 60 %, 転換希望者 15 %, 在職者 10 %, 学生 10 %, 行政機関 5 %;
 *   C is 求職者 75 %, 学生 20 %, 事業推進員 5 %.
 * - Which columns a 区分 fills (every other column blank):
 *   事業所: 事業所ID (one of rows/8 establishments, so an establishment attends several
 *     times), 所在, 地域内希望 only when 域外, 伴走型支援 ○ on 10 % of A rows, 定期採用等 on a hire;
 *   創業希望者: 個人ID, 所在, 地域内希望 when 域外, 意思確認, 雇用を伴う創業 (○ 60 %, × 30 %);
 *   求職者, 転換希望者, 在職者: 個人ID, 所在 (3 % blank), 地域内希望 when 域外, 意思確認
 *     (○ mostly, some blank or ×), 利用前内定 / 利用前から在職 on about 5 % of outcome rows;
 *   学生: 個人ID, 所在, 地域内希望, 学校種別 (大学 / 専修学校 / 短大 / 高校), 卒業年次 (○ 80 %), 意思確認;
 *   行政機関, 事業推進員: 所在 only.
 * - 成果 is blank on about 75 % of rows; on the rest it is what the 区分 can achieve (雇用 or
 *   正社員転換 for an establishment, 創業 or 雇用 for a founder, 就職 / 転職 / 正社員転換 for a
 *   person), with 成果日 0–180 days after 受講日 (3 % before it), 成果地 (域内 80 %) and
 *   週所定労働時間 among the common 40, 37.5, 30, 20, 7.5… (blank for a founding).
 * - 個人ID: a new person on 70 % of person rows, else someone seen before (people take
 *   several menus); dates spread over fiscal 2024 (serials 45383–45747).
 * - Words are mostly the canonical ones (○, 域内), with a few synonyms (はい, 内, 大学).
 *
 * generateWorstCaseLedger draws every yes/no column at random for every row, whatever the
 * 区分: about 176k different fact combinations in a million rows, the most work a memo can get.
 */
const CATEGORIES_BY_KIND: Readonly<Record<string, readonly string[]>> = {
  A: ["事業所", "事業所", "事業所", "創業希望者", "行政機関"],
  B: ["求職者", "求職者", "転換希望者", "学生", "在職者"],
  C: ["求職者", "求職者", "学生", "求職者", "事業推進員"],
};
const OUTCOMES_BY_KIND: Readonly<Record<string, readonly string[]>> = {
  A: ["", "雇用", "正社員転換", "創業"],
  B: ["", "就職", "転職", "正社員転換"],
  C: ["", "就職", "", "転職"],
};
const SIDES = ["域内", "域内", "域外", "内", ""];
const YES_NO = ["○", "×", "", "はい", ""];
const SCHOOLS = ["大学", "高校", "専修学校", "大学等"];
const HOURS = [40, 30, 20, 19.5, "", "20時間"];

/** A small deterministic generator, so every run measures the same ledger. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The all-random ledger: every yes/no column drawn for every row, whatever the 区分. */
export function generateWorstCaseLedger(rows: number, seed = 1): unknown[][] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const ledger: unknown[][] = [];
  for (let index = 0; index < rows; index++) {
    const kind = pick(["A", "B", "C"]);
    const menu = `${kind}-${1 + Math.floor(next() * 5)}`;
    const category = pick(CATEGORIES_BY_KIND[kind]);
    const outcome = pick(OUTCOMES_BY_KIND[kind]);
    const attended = 45400 + Math.floor(next() * 300);
    const student = category === "学生";
    ledger.push([
      menu, kind, category,
      category === "事業所" ? `E${Math.floor(next() * (rows / 10 + 1))}` : "",
      `P${index}`,
      pick(SIDES), pick(YES_NO), pick(["はい", "はい", "○", ""]),
      student ? pick(SCHOOLS) : "", student ? pick(["○", "はい", "×"]) : "",
      attended, outcome, outcome === "" ? "" : attended + Math.floor(next() * 120) - 10,
      outcome === "" ? "" : pick(SIDES), outcome === "" ? "" : pick(HOURS),
      category === "創業希望者" ? pick(["○", "×", ""]) : "",
      pick(YES_NO), pick(YES_NO), pick(["", "", "×", "○"]), kind === "A" ? pick(["", "○"]) : "",
    ]);
  }
  return ledger;
}

type Weighted<T> = readonly (readonly [T, number])[];

/** Picks a value with the given weights (they need not sum to 1). */
function weightedPicker(next: () => number): <T>(choices: Weighted<T>) => T {
  return (choices) => {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = next() * total;
    for (const [value, weight] of choices) {
      draw -= weight;
      if (draw < 0) return value;
    }
    return choices[choices.length - 1][0];
  };
}

const REAL_KINDS: Weighted<string> = [["A", 20], ["B", 30], ["C", 50]];
const MENUS_PER_KIND: Readonly<Record<string, number>> = { A: 3, B: 4, C: 5 };
const REAL_CATEGORIES: Readonly<Record<string, Weighted<string>>> = {
  A: [["事業所", 75], ["創業希望者", 20], ["行政機関", 3], ["事業推進員", 2]],
  B: [["求職者", 60], ["転換希望者", 15], ["在職者", 10], ["学生", 10], ["行政機関", 5]],
  C: [["求職者", 75], ["学生", 20], ["事業推進員", 5]],
};
/** What each 区分 can achieve, and how often a row has it (the rest is blank). */
const REAL_OUTCOMES: Readonly<Record<string, Weighted<string>>> = {
  事業所: [["", 75], ["雇用", 20], ["正社員転換", 5]],
  創業希望者: [["", 80], ["創業", 15], ["雇用", 5]],
  求職者: [["", 65], ["就職", 30], ["転職", 5]],
  転換希望者: [["", 75], ["正社員転換", 25]],
  在職者: [["", 90], ["転職", 10]],
  学生: [["", 75], ["就職", 25]],
  行政機関: [["", 1]],
  事業推進員: [["", 1]],
};
const RESIDENCE: Weighted<string> = [["域内", 82], ["域外", 13], ["内", 2], ["", 3]];
const WANTS_IN_AREA: Weighted<string> = [["○", 75], ["×", 10], ["", 15]];
const INTENT: Weighted<string> = [["○", 80], ["はい", 5], ["", 10], ["×", 5]];
const REAL_SCHOOLS: Weighted<string> = [["大学", 55], ["専修学校", 15], ["短期大学", 5], ["高校", 25]];
const JOB_PLACE: Weighted<string> = [["域内", 80], ["域外", 20]];
const REAL_HOURS: Weighted<number | string> = [[40, 40], [37.5, 10], [30, 15], [20, 15], [35, 8], [15, 5], [7.5, 4], ["30時間", 3]];
const FISCAL_2024_START = 45383;

/** The realistic ledger of the header comment: rows shaped by 区分 and 成果. */
export function generateLedger(rows: number, seed = 1): unknown[][] {
  const next = random(seed);
  const pick = weightedPicker(next);
  const chance = (share: number): boolean => next() < share;
  const establishments = Math.max(1, Math.floor(rows / 8));
  let people = 0;
  const ledger: unknown[][] = [];
  for (let index = 0; index < rows; index++) {
    const kind = pick(REAL_KINDS);
    const menu = `${kind}-${1 + Math.floor(next() * MENUS_PER_KIND[kind])}`;
    const category = pick(REAL_CATEGORIES[kind]);
    const establishment = category === "事業所";
    const person = !establishment && category !== "行政機関" && category !== "事業推進員";
    const student = category === "学生";
    const location = pick(RESIDENCE);
    const outcome = pick(REAL_OUTCOMES[category]);
    const attended = FISCAL_2024_START + Math.floor(next() * 365);
    const hired = outcome !== "" && outcome !== "創業";
    const offsetDays = chance(0.03) ? -1 - Math.floor(next() * 30) : Math.floor(next() * 181);
    const personId = person ? `P${String(people === 0 || chance(0.7) ? people++ : Math.floor(next() * people)).padStart(7, "0")}` : "";
    ledger.push([
      menu, kind, category,
      establishment ? `E${String(Math.floor(next() * establishments)).padStart(6, "0")}` : "",
      personId,
      location,
      student || (location === "域外" && (establishment || person)) ? pick(WANTS_IN_AREA) : "",
      person ? pick(INTENT) : "",
      student ? pick(REAL_SCHOOLS) : "",
      student ? (chance(0.8) ? "○" : "×") : "",
      attended,
      outcome,
      outcome === "" ? "" : attended + offsetDays,
      outcome === "" ? "" : pick(JOB_PLACE),
      hired ? pick(REAL_HOURS) : "",
      category === "創業希望者" ? pick([["○", 60], ["×", 30], ["", 10]] as const) : "",
      person && outcome !== "" && chance(0.05) ? "○" : "",
      person && outcome !== "" && chance(0.05) ? "○" : "",
      establishment && hired ? pick([["", 80], ["×", 15], ["○", 5]] as const) : "",
      establishment && kind === "A" && chance(0.1) ? "○" : "",
    ]);
  }
  return ledger;
}

/** A menu table (MENU_COLUMNS order) with targets, results and satisfaction as a council fills it. */
export function generateMenus(rows: number, seed = 2): unknown[][] {
  const next = random(seed);
  const menus: unknown[][] = [];
  for (let index = 0; index < rows; index++) {
    const kind = ["A", "B", "C"][index % 3];
    const target = 10 + Math.floor(next() * 90);
    const outcomeTarget = kind === "A" ? "" : Math.floor(target / 2);
    menus.push([
      `${kind}-${index}`, kind, target, Math.floor(next() * target * 1.2),
      kind === "A" ? Math.round(next() * 100) / 100 : "",
      outcomeTarget, outcomeTarget === "" ? "" : Math.floor(next() * outcomeTarget * 1.2), 45400 + Math.floor(next() * 300),
    ]);
  }
  return menus;
}
