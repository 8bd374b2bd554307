import { parseOptionalId } from "./ledgerId";

/**
 * A menu id (メニュー column, or a total's scope) as the totals compare it: as parseOptionalId,
 * then in upper case. Decided: staff type b-1 and B-1 for the same menu, and no council names
 * two menus apart only by case, so case is not part of a menu id. Returns null for a blank.
 */
export function parseOptionalMenuId(value: unknown, column: string): string | null {
  const id = parseOptionalId(value, column);
  return id === null ? null : id.toUpperCase();
}
