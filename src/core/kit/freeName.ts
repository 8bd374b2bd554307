/**
 * Generation never overwrites: a taken sheet name becomes 「フレームワーク (2)」, a taken table
 * name KOYO_Ledger_2 (table names allow no spaces or brackets). Excel compares names without
 * regard to case, so this does too.
 */
export function freeName(wanted: string, taken: ReadonlySet<string>, style: "sheet" | "table"): string {
  const isTaken = (name: string): boolean => taken.has(name.toLowerCase());
  if (!isTaken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = style === "sheet" ? `${wanted} (${n})` : `${wanted}_${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}

export const lowerSet = (names: Iterable<string>): Set<string> => new Set([...names].map((name) => name.toLowerCase()));
