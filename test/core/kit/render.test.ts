import { MENU_COLUMNS } from "../../../src/core/continuation/menuColumns";
import { LEDGER_COLUMNS } from "../../../src/core/count/ledgerColumns";
import { parseRange, type RangeRef } from "../../../src/core/kit/a1";
import { freeName, lowerSet } from "../../../src/core/kit/freeName";
import { KIT_SHEETS, kitSheet } from "../../../src/core/kit";
import { renderSheet } from "../../../src/core/kit/render";
import type { SheetPlan } from "../../../src/core/kit/types";

const render = (id: Parameters<typeof kitSheet>[0], valuesInsteadOfFormulas = false): SheetPlan =>
  renderSheet(kitSheet(id), { sheetName: kitSheet(id).name, tableName: (name) => name, valuesInsteadOfFormulas });

const headersOf = (plan: SheetPlan, table: string): readonly unknown[] => {
  const at = plan.tables.find((entry) => entry.name === table);
  const block = plan.values.find((entry) => at && parseRange(entry.address).top === parseRange(at.address).top && parseRange(entry.address).left === parseRange(at.address).left);
  return block?.rows[0] ?? [];
};

/** The fixed rows the sheet writes under a table's header. */
const prefillOf = (plan: SheetPlan, table: string): readonly (readonly unknown[])[] => {
  const at = parseRange(plan.tables.find((entry) => entry.name === table)?.address ?? "A1");
  return plan.values.find((block) => parseRange(block.address).top === at.top + 1 && parseRange(block.address).left === at.left)?.rows ?? [];
};

/** The bold caption just above a table's header. */
const captionOf = (plan: SheetPlan, table: string): string => {
  const at = parseRange(plan.tables.find((entry) => entry.name === table)?.address ?? "A1");
  return String(plan.values.find((block) => parseRange(block.address).top === at.top - 1 && parseRange(block.address).left === at.left)?.rows[0][0] ?? "");
};

const overlaps = (a: RangeRef, b: RangeRef): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

describe("kit layouts", () => {
  it.each(KIT_SHEETS.map((sheet) => [sheet.id]))("%s: no two written blocks overlap and every block's size matches its address", (id) => {
    for (const values of [false, true]) {
      const plan = render(id, values);
      const blocks = [...plan.values, ...plan.formulas];
      for (const block of blocks) {
        const range = parseRange(block.address);
        expect(block.rows).toHaveLength(range.bottom - range.top + 1);
        for (const row of block.rows) expect(row).toHaveLength(range.right - range.left + 1);
      }
      blocks.forEach((a, i) => blocks.slice(i + 1).forEach((b) => expect(overlaps(parseRange(a.address), parseRange(b.address))).toBe(false)));
      const tables = plan.tables.map((table) => parseRange(table.address));
      tables.forEach((a, i) => tables.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    }
  });

  it("every sheet freezes through its first table's header row", () => {
    for (const sheet of KIT_SHEETS) {
      const firstHeader = Math.min(...sheet.tables.map((table) => parseRange(table.at).top)) + 1;
      expect(sheet.freezeRows).toBeGreaterThanOrEqual(firstHeader);
    }
  });

  it("R-FW-A R-FW-B R-FW-C1 R-FW-C2 the framework tables have exactly the seed's columns", () => {
    const plan = render("framework");
    expect(headersOf(plan, "KOYO_Framework_A")).toEqual([
      "事業主ニーズ／求職者ニーズ", "ターゲット", "アウトプット／アウトカム（目標）", "セミナー（名称・内容・回数・講師）",
      "セミナー（場所・時間帯）", "セミナー周知方法（媒体・配付場所 等）", "連携する関係団体の事業",
    ]);
    expect(headersOf(plan, "KOYO_Framework_B")).toEqual([
      "事業主ニーズ／求職者ニーズ", "ターゲット（重点求職者）", "予想される就職先（事業所数）", "アウトプット／アウトカム（目標）",
      "セミナー（名称・内容・回数・講師）", "セミナー（場所・時間帯）", "セミナー周知方法（媒体・配付場所 等）", "連携する関係団体の事業",
    ]);
    expect(headersOf(plan, "KOYO_Framework_C1")).toEqual([
      "事業主ニーズ／求職者ニーズ", "形態（説明会・面接会 等）", "アウトプット／アウトカム（目標）", "開催場所／開催時間帯", "周知方法（媒体・配付場所 等）",
    ]);
    expect(headersOf(plan, "KOYO_Framework_C2")).toEqual(["事業主ニーズ／（求職者ニーズ）", "市町村独自の移住支援策", "地域への呼び込み策", "周知方法（媒体・配付場所 等）"]);
    expect(headersOf(plan, "KOYO_Framework_Head")).toEqual(["重点分野", "重点分野・対象業種に係る地域内事業所数", "重点分野・対象職種への就職を希望する地域求職者数"]);
  });

  it("the ledger and menu tables use the canonical columns of FUNCTIONS.md", () => {
    expect(headersOf(render("ledger"), "KOYO_Ledger")).toEqual(LEDGER_COLUMNS.map((column) => column.header));
    expect(headersOf(render("continuation"), "KOYO_Menus")).toEqual(MENU_COLUMNS.map((column) => column.header));
  });

  it("R-PROP-1 R-PROP-2 the proposal lists items 1–7 and the attachments", () => {
    const plan = render("proposal");
    const items = plan.values.find((block) => block.address === "A5:C20");
    expect(items?.rows.map((row) => row[1])).toContain("目標の達成状況に係る評価に関する事項");
    expect(items?.rows[0]).toEqual(["1", "事業タイトル", null]);
    expect(plan.validations).toContainEqual({ address: "C24:C28", list: ["はい", "いいえ"] });
    expect(prefillOf(plan, "KOYO_Attachments").map((row) => row[1])).toEqual([
      "アウトプット・アウトカム指標とその設定根拠", "協議会の構成員名簿・組織図", "各取組の詳細・スケジュール", "地域独自の取組の詳細", "経費の積算",
    ]);
  });

  it("R-PROP-4 the proposal lists the ten elements ① 地域課題 … ⑩ C in the seed's order, each with a blank 内容", () => {
    const rows = prefillOf(render("proposal"), "KOYO_Proposal_Elements");
    expect(rows.map((row) => row[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(rows.map((row) => String(row[1]).slice(0, 4))).toEqual(["地域課題", "地域の志", "地域資源", "重点分野", "コンセプ", "事業名", "体制", "Ａ 事業", "Ｂ 人材", "Ｃ 就職"]);
    expect(rows.every((row) => row[2] === null)).toBe(true);
  });

  it("R-PROP-5 the proposal has the regional profile: 人口, 人口減少率 (R-AREA-4), 高齢化率, focus field, job-seeker group, 3-year target", () => {
    const items = prefillOf(render("proposal"), "KOYO_Proposal_Profile").map((row) => String(row[1]));
    expect(items).toHaveLength(6);
    ["人口", "人口減少率", "高齢化率", "重点雇用創出分野", "重点求職者層", "雇用創出目標数（3年度計）"].forEach((item, index) => expect(items[index].startsWith(item)).toBe(true));
    expect(items[1]).toContain("R-AREA-4");
  });

  it("R-PROP-3 the proposal lists the four selection points with a yes/no self-check, and each caption names its rule", () => {
    const plan = render("proposal");
    expect(prefillOf(plan, "KOYO_Proposal_Points").map((row) => row[0])).toEqual(["事業の趣旨・目的等", "取組内容", "事業効果", "その他"]);
    const points = parseRange(plan.tables.find((table) => table.name === "KOYO_Proposal_Points")?.address ?? "A1");
    expect(plan.validations).toContainEqual({ address: `C${points.top + 2}:C${points.bottom + 1}`, list: ["はい", "いいえ"] });
    for (const [table, rule] of [["KOYO_Proposal_Elements", "R-PROP-4"], ["KOYO_Proposal_Profile", "R-PROP-5"], ["KOYO_Proposal_Points", "R-PROP-3"]]) {
      expect(captionOf(plan, table)).toContain(rule);
    }
  });

  it("R-PROG-3 R-PROG-6 the proposal's notes say every menu must serve 魅力ある雇用 or its people, and only what the proposal states may be done", () => {
    const notes = render("proposal").values[0].rows.map((row) => String(row[0]));
    expect(notes.find((note) => note.includes("R-PROG-3"))).toContain("魅力ある雇用");
    expect(notes.find((note) => note.includes("R-PROG-6"))).toContain("事業選抜・評価委員会の承認");
  });

  it("R-PROG-8 the cost sheet says a 事業推進員 may be employed and the 人件費 line is their pay", () => {
    const plan = render("cost");
    expect(plan.values[0].rows.map((row) => String(row[0])).find((note) => note.includes("R-PROG-8"))).toContain("事業推進員");
    expect(prefillOf(plan, "KOYO_Cost").find((row) => row[0] === "人件費")?.[2]).toContain("事業推進員");
  });

  it("R-PROG-10 the framework notes say left column first and A → B → C, and the tables stand A, B, C left to right", () => {
    const plan = render("framework");
    const notes = plan.values[0].rows.map((row) => String(row[0])).filter((note) => note.includes("R-PROG-10"));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain("左欄から");
    expect(notes[1]).toMatch(/Ａ.*→.*Ｂ.*→.*Ｃ/u);
    const lefts = ["KOYO_Framework_A", "KOYO_Framework_B", "KOYO_Framework_C1", "KOYO_Framework_C2"].map((name) => parseRange(plan.tables.find((table) => table.name === name)?.address ?? "A1").left);
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
  });

  it("R-FW-M the caption of C(地域求職者) says C matches A's employment with B's trained people", () => {
    const caption = captionOf(render("framework"), "KOYO_Framework_C1");
    expect(caption).toContain("マッチング");
    expect(caption).toContain("R-FW-M");
  });

  it("R-AREA-9 the area sheet says joint members need not be adjacent and may cross prefecture borders (nothing is checked)", () => {
    const note = render("area").values[0].rows.map((row) => String(row[0])).find((text) => text.includes("R-AREA-9"));
    expect(note).toContain("隣接していなくても");
    expect(note).toContain("県境");
  });

  it("R-PROG-9 the cost sheet has 人件費, 管理費 and 事業費 A/B/C with COSTCHECK", () => {
    const plan = render("cost");
    const lines = plan.values.find((block) => block.address === "A5:D9");
    expect(lines?.rows.map((row) => `${row[0]}${row[1] ?? ""}`)).toEqual(["人件費", "管理費", "事業費A", "事業費B", "事業費C"]);
    expect(plan.formulas.map((block) => block.rows[0][0])).toContain(
      '=IF([@[アウトカム目標の合計（人）]]="","",KOYO.COSTCHECK([@[総事業費（円）]],[@[アウトカム目標の合計（人）]]))',
    );
  });

  it("KOYO formulas bind to the names actually created", () => {
    const plan = renderSheet(kitSheet("area"), { sheetName: "地域要件 (2)", tableName: (name) => `${name}_2`, valuesInsteadOfFormulas: false });
    expect(plan.tables.map((table) => table.name)).toEqual(["KOYO_Area_Head_2", "KOYO_Area_2", "KOYO_Area_Joint_2"]);
    expect(plan.formulas.map((block) => String(block.rows[0][0])).join(" ")).not.toMatch(/\{|KOYO_Area\[/u);
  });

  it("the area sheet carries AREATYPE/AREAREASON per municipality and the joint result", () => {
    const formulas = render("area").formulas.map((block) => String(block.rows[0][0]));
    expect(formulas).toEqual(
      expect.arrayContaining([
        '=IF(AND([@[有効求人倍率（3年平均）]]="",[@[有効求人倍率（直近1年）]]=""),"",KOYO.AREATYPE([@[有効求人倍率（3年平均）]],[@[有効求人倍率（直近1年）]],KOYO_Area_Head[[全国の有効求人倍率]],[@[人口減少率]],KOYO_Area_Head[[全国の人口減少率]],[@[過疎等地域]]))',
        '=IF(COUNTIF(KOYO_Area[[地域類型]],"?*")<2,"",KOYO.JOINTAREATYPE(KOYO_Area[[地域類型]],[@[連携地域の有効求人倍率（3年平均）]],[@[連携地域の有効求人倍率（直近1年）]],KOYO_Area_Head[[全国の有効求人倍率]]))',
      ]),
    );
    expect(formulas.some((formula) => formula.includes(",KOYO.AREAREASON("))).toBe(true);
  });

  it("the KPI sheet offers R-KPI-3/4 words as dropdowns and KPICHECK/KPIPROGRESS", () => {
    const plan = render("kpi");
    expect(plan.validations.map((entry) => entry.list[0])).toEqual(expect.arrayContaining(["地方創生に非常に効果的であった", "事業の発展"]));
    const formulas = plan.formulas.map((block) => String(block.rows[0][0]));
    expect(formulas).toEqual(expect.arrayContaining(["=KOYO.KPICHECK([@[1年目増加分]:[3年目増加分]],[@[KPI増加分の累計]])"]));
    expect(formulas.some((formula) => formula.includes(",KOYO.KPIPROGRESS([@[基準値]],[@[目標値]],[@[最新値]])"))).toBe(true);
  });
});

describe("R-KPI-5 budget lines of the result report", () => {
  it("R-KPI-5 the KPI sheet has 予算額 with （うち交付金見込） and 実績額 with （うち交付金）, every amount formatted in 千円", () => {
    const plan = render("kpi");
    expect(headersOf(plan, "KOYO_KPI_Budget")).toEqual([
      "事業名", "概要", "主な事業実績", "予算額（千円）", "（うち交付金見込）（千円）", "実績額（千円）", "（うち交付金）（千円）",
    ]);
    const table = parseRange(plan.tables.find((entry) => entry.name === "KOYO_KPI_Budget")?.address ?? "A1");
    const amountColumns = new Set([3, 4, 5, 6].map((offset) => table.left + offset));
    const thousandYen = plan.numberFormats.filter((entry) => entry.format.includes("千円")).map((entry) => parseRange(entry.address));
    expect(new Set(thousandYen.map((range) => range.left))).toEqual(amountColumns);
    for (const range of thousandYen) expect([range.top, range.bottom]).toEqual([table.top + 1, table.bottom]);
    expect(plan.values.some((block) => String(block.rows[0][0]).includes("R-KPI-5"))).toBe(true);
  });
});

describe("freeName", () => {
  it("takes the next free sheet or table name, ignoring case like Excel", () => {
    expect(freeName("協議会", lowerSet(["協議会", "協議会 (2)"]), "sheet")).toBe("協議会 (3)");
    expect(freeName("KOYO_Ledger", lowerSet(["koyo_ledger"]), "table")).toBe("KOYO_Ledger_2");
    expect(freeName("KPI", lowerSet([]), "sheet")).toBe("KPI");
  });
});
