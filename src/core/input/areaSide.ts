import { badArgument } from "../errors";
import { required } from "./required";
import { isBlank, normalizeText } from "./text";

/** Whether an establishment, a residence or a job is inside the project area or outside it. */
export type AreaSide = "域内" | "域外";

const AREA_SIDE_EXPECTED = "域内 または 域外（地域内/地域外、内/外、市内/市外、町内/町外、村内/村外 も可）を入力してください。";

const INSIDE = new Set(["域内", "地域内", "内", "市内", "町内", "村内", "区内"]);
const OUTSIDE = new Set(["域外", "地域外", "外", "市外", "町外", "村外", "区外"]);

/** R-INPUT-4: 域内/域外 and the everyday words for them. Returns null for a blank. */
export function parseOptionalAreaSide(value: unknown, argument: string): AreaSide | null {
  if (isBlank(value)) return null;
  if (typeof value !== "string") throw badArgument(argument, value, AREA_SIDE_EXPECTED);
  const word = normalizeText(value).replace(/\s+/gu, "");
  if (INSIDE.has(word)) return "域内";
  if (OUTSIDE.has(word)) return "域外";
  throw badArgument(argument, value, AREA_SIDE_EXPECTED);
}

/** As {@link parseOptionalAreaSide}, but a blank is an error naming the argument. */
export const parseAreaSide = required(parseOptionalAreaSide, AREA_SIDE_EXPECTED);
