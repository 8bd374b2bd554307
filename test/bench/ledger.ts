/**
 * Generated ledgers for the benchmark: cells as Excel hands them to a custom function
 * (numbers for dates and hours, "" for empty cells, short repeated words), with the mix of
 * rows a council's ledger has: mostly B/C job seekers, some establishments and founders,
 * a few students and non-countable rows, about half with an outcome.
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

export function generateLedger(rows: number, seed = 1): unknown[][] {
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
