import type { FunctionDoc } from "./functionDoc";

/** Parameters shared by AREATYPE and AREAREASON. */
const AREA_PARAMETERS = {
  ratio_3y: "Effective job-opening ratio of the area, averaged over the most recent 3 years. May be blank, but not together with ratio_1y.",
  ratio_1y: "Effective job-opening ratio of the area, averaged over the most recent year. May be blank.",
  national_ratio: "National average effective job-opening ratio (e.g. 1.28).",
  pop_decline:
    "Optional. The area's population decline over the most recent 5 years, as a rate (6.54% or 0.0654; a plain 6.54 is refused). Used for R-AREA-3 only together with national_pop_decline.",
  national_pop_decline: "Optional. The national average population decline rate (the guide states 1.10%).",
  depopulated: "Optional. Whether the area is a 過疎地域 or a designated disaster area (yes/no, ○/×, TRUE/FALSE, はい/いいえ …). Blank means no.",
};

export const AREA_DOCS: readonly FunctionDoc[] = [
  {
    id: "THRESHOLD",
    en: {
      description:
        "Returns the threshold an area's job-opening ratio is compared to: the national average, but 1.00 if it is above 1 and 0.67 if it is below 0.67 (R-AREA-1).",
      parameters: { national_ratio: "National average effective job-opening ratio. A cell or a range (e.g. 1.28)." },
    },
    examples: [
      { formula: "=KOYO.THRESHOLD(1.28)", args: [[[1.28]]], expected: 1, note: "全国平均が 1 を超えるので 1.00。" },
      { formula: "=KOYO.THRESHOLD(0.85)", args: [[[0.85]]], expected: 0.85, note: "0.67〜1.00 の間なので全国平均のまま。" },
      { formula: "=KOYO.THRESHOLD(\"0.5倍\")", args: [[["0.5倍"]]], expected: 0.67, note: "0.67 未満なので 0.67。" },
    ],
  },
  {
    id: "POPDECLINE",
    en: {
      description:
        "Returns the population decline rate (start − end) / start as a fraction; negative when the population grew (R-AREA-4). The guide's examples compare 1 Jan H29 with 1 Jan R4.",
      parameters: {
        population_start: "Population at the start of the period (e.g. on 1 Jan H29). A cell or a range.",
        population_end: "Population at the end of the period (e.g. on 1 Jan R4). A cell or a range.",
      },
    },
    examples: [
      { formula: "=KOYO.POPDECLINE(100000, 98900)", args: [[[100000]], [[98900]]], expected: 0.011, note: "1,100人減って 1.10%（全国平均と同じ）。" },
      { formula: "=KOYO.POPDECLINE(\"20,000人\", \"20,500人\")", args: [[["20,000人"]], [["20,500人"]]], expected: -0.025, note: "人口が増えたので負の値（−2.5%）。" },
      { formula: "=KOYO.POPDECLINE(0, 100)", args: [[[0]], [[100]]], expected: "#DIV/0!", note: "期首の人口が 0 では計算できません。" },
    ],
  },
  {
    id: "AREATYPE",
    en: {
      description:
        "Classifies an area as 雇用機会不足地域 (R-AREA-2: a ratio at or below the threshold; R-AREA-3: a ratio below 1 and a population decline at or above the national one), else 過疎等地域 (R-AREA-5 flag), else 非該当. An area that is both applies as 雇用機会不足地域 (R-AREA-6).",
      parameters: AREA_PARAMETERS,
    },
    examples: [
      { formula: "=KOYO.AREATYPE(0.85, \"\", 0.9)", args: [[[0.85]], [[""]], [[0.9]]], expected: "雇用機会不足地域", note: "3年平均 0.85 が基準値 0.9 以下 (R-AREA-2)。" },
      {
        formula: "=KOYO.AREATYPE(1.05, 0.98, 1.28, \"6.54%\", \"1.10%\")",
        args: [[[1.05]], [[0.98]], [[1.28]], [["6.54%"]], [["1.10%"]]],
        expected: "雇用機会不足地域",
        note: "1年平均 0.98 が基準値 1.00 以下 (R-AREA-2)。",
      },
      {
        formula: "=KOYO.AREATYPE(1.2, 1.1, 1.28, \"6.54%\", \"1.10%\", \"○\")",
        args: [[[1.2]], [[1.1]], [[1.28]], [["6.54%"]], [["1.10%"]], [["○"]]],
        expected: "過疎等地域",
        note: "倍率は基準を超えるが過疎地域 (R-AREA-5)。釧路市の人口減少率 6.54% の例。",
      },
      { formula: "=KOYO.AREATYPE(1.2, 1.1, 1.28, 6.54, 1.1)", args: [[[1.2]], [[1.1]], [[1.28]], [[6.54]], [[1.1]]], expected: "#VALUE!", note: "割合は 6.54% か 0.0654 と入力します (R-INPUT-2)。" },
    ],
  },
  {
    id: "AREAREASON",
    en: {
      description:
        "Explains the AREATYPE result in one Japanese sentence: which criterion decided, the figures compared, the rule ID, and for a 雇用機会不足地域 the duty to draft a 地域雇用創造計画 (R-AREA-10).",
      parameters: AREA_PARAMETERS,
    },
    examples: [
      {
        formula: "=KOYO.AREAREASON(0.85, \"\", 0.9)",
        args: [[[0.85]], [[""]], [[0.9]]],
        expected:
          "最近3年間の有効求人倍率 0.85 が基準値 0.9（全国平均）以下のため雇用機会不足地域です (R-AREA-2)。選抜された場合は地域雇用開発促進法の地域雇用創造計画を策定し、厚生労働大臣の同意を受ける必要があります (R-AREA-10)。",
        note: "R-AREA-2 で決まり、計画策定の義務 (R-AREA-10) も示します。",
      },
      {
        formula: "=KOYO.AREAREASON(1.2, 1.1, 1.28, , , \"はい\")",
        args: [[[1.2]], [[1.1]], [[1.28]], null, null, [["はい"]]],
        expected:
          "有効求人倍率（最近3年間 1.2・最近1年間 1.1）が基準値 1（全国平均 1.28 を R-AREA-1 により読み替えた値）を超え、人口減少率と全国平均の人口減少率が空欄のため R-AREA-3 は判定しておらず、過疎地域等に該当するため過疎等地域です (R-AREA-5)。",
        note: "人口減少率を省くと R-AREA-3 は判定しないことも示します。",
      },
    ],
  },
  {
    id: "JOINTRATIO",
    en: {
      description:
        "Returns the job-opening ratio of municipalities applying together: the sum of their job openings divided by the sum of their job seekers (R-AREA-7). One value; pairs blank in both ranges are skipped.",
      parameters: {
        openings: "Range of each municipality's effective job openings (有効求人数).",
        seekers: "Range of each municipality's effective job seekers (有効求職者数), the same size and order as openings.",
      },
    },
    examples: [
      {
        formula: "=KOYO.JOINTRATIO(B2:B3, C2:C3)",
        args: [[[1200], [300]], [[1500], [500]]],
        expected: 0.75,
        note: "A市とB町: (1,200 + 300) ÷ (1,500 + 500) = 0.75。倍率の平均ではありません。",
      },
      { formula: "=KOYO.JOINTRATIO(B2:B3, C2:C3)", args: [[[1200], [300]], [[1500], [null]]], expected: "#VALUE!", note: "B町の有効求職者数が空欄。" },
      { formula: "=KOYO.JOINTRATIO(B2, C2)", args: [[[10]], [[0]]], expected: "#DIV/0!", note: "有効求職者数の合計が 0。" },
    ],
  },
  {
    id: "JOINTAREATYPE",
    en: {
      description:
        "Classifies a joint application (R-AREA-8): with a 不足 member, 雇用機会不足地域 if the joint 3-year or 1-year ratio is at or below the threshold, else 過疎等地域 if a member is 過疎, else 非該当; without a 不足 member, 過疎等地域 if a member is 過疎, else 非該当. One value.",
      parameters: {
        member_types: "Range of each member's own type: 雇用機会不足地域 / 過疎等地域 / 非該当, or 不足 / 過疎 / 非該当. Blank cells are ignored.",
        joint_ratio_3y: "Joint ratio over the most recent 3 years (KOYO.JOINTRATIO). May be blank when no member is 不足.",
        joint_ratio_1y: "Joint ratio over the most recent year. May be blank.",
        national_ratio: "National average effective job-opening ratio (e.g. 1.28).",
      },
    },
    examples: [
      {
        formula: "=KOYO.JOINTAREATYPE(A2:A4, 0.95, 1.05, 1.28)",
        args: [[["不足"], ["不足"], ["過疎"]], [[0.95]], [[1.05]], [[1.28]]],
        expected: "雇用機会不足地域",
        note: "ケース1: 連携地域の3年平均 0.95 が基準値 1.00 以下。",
      },
      {
        formula: "=KOYO.JOINTAREATYPE(A2:A4, 1.1, 1.05, 1.28)",
        args: [[["不足"], ["過疎"], ["非該当"]], [[1.1]], [[1.05]], [[1.28]]],
        expected: "過疎等地域",
        note: "ケース2: 連携地域の倍率が基準値を超え、過疎地域を含む。",
      },
      {
        formula: "=KOYO.JOINTAREATYPE(A2:A4, , , 1.28)",
        args: [[["過疎"], ["非該当"], ["非該当"]], null, null, [[1.28]]],
        expected: "過疎等地域",
        note: "ケース6: 不足地域がないので倍率は見ません。",
      },
    ],
  },
];
