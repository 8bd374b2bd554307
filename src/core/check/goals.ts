import { KoyoError } from "../errors";
import { parseOptionalNumber } from "../input/number";
import { normalizeText } from "../input/text";

export interface Goals {
  readonly output: number | null;
  readonly outcome: number | null;
}

/** Labels staff write before the figures; they carry no number. */
const LABELS = /(?:アウトプット|アウトカム|目標|output|outcome)\s*[:：]?/giu;

/**
 * The framework writes a menu's targets in one cell as 「アウトプット／アウトカム」 (R-FW-T),
 * e.g. 10社／5人 or 20人/8人, optionally labelled (アウトプット: 20人 アウトカム: 8人). The
 * slash, a line break or 、 separates the two; a comma is a thousands separator (1,000人).
 */
export function parseGoals(value: unknown): Goals {
  if (typeof value === "number") return { output: value, outcome: null };
  if (typeof value !== "string") return { output: null, outcome: null };
  const parts = normalizeText(value)
    .replace(LABELS, " ")
    .split(/[/\n、]|\s{2,}|(?<=[人社名件])\s+/u)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length > 2) {
    throw new KoyoError("#VALUE!", `目標「${value}」から数値を2つより多く読み取りました。「アウトプット／アウトカム」の順に2つだけ入力してください（例: 20人／8人）。`);
  }
  const [output = null, outcome = null] = parts.map((part, index) =>
    parseOptionalNumber(part, index === 0 ? "アウトプット目標" : "アウトカム目標"),
  );
  return { output, outcome };
}
