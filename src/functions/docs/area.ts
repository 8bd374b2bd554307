import type { FunctionDoc } from "./functionDoc";

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
];
