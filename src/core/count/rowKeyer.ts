import { COLUMN_CODES, keyFromCodes } from "./judgementKey";
import { LEDGER_COLUMNS } from "./ledgerColumns";
import { isIdCell } from "./ledgerId";
import { readCell, type LedgerPositions } from "./ledgerRecord";

/** Caps each column's cache so a column of unique values cannot grow it without bound. */
const CACHE_LIMIT = 4096;
/** A value no cell holds, so the first cell of a column is never taken for the last one. */
const NOTHING = Symbol("nothing");

/** A cell's code: COLUMN_CODES of the cell as read, or -1 when it cannot be read. */
function codeOfCell(column: (typeof LEDGER_COLUMNS)[number], value: unknown): number {
  try {
    return (COLUMN_CODES[column.key] as (read: unknown) => number)(readCell(column.key, column.header, value));
  } catch {
    return -1;
  }
}

/**
 * For one ledger (columns at `positions`): each worksheet row's judgementKey, without building
 * its record, or null when the row has a cell that cannot be read or a word no code covers
 * (the caller then reads the row for its error or judges it unmemoized). Equal to
 * keyFromCodes of COLUMN_CODES of every cell as readCell reads it, i.e. judgementKey of the
 * read record. Ledger cells repeat, so each column remembers each distinct cell's code, the
 * last one first (consecutive rows often agree). The ids only need to be readable (isIdCell):
 * they are never read.
 */
export function createRowKeyer(positions: LedgerPositions): (row: readonly unknown[]) => number | null {
  const count = LEDGER_COLUMNS.length;
  const at = Int32Array.from(positions, (position) => position ?? -1);
  const isId = LEDGER_COLUMNS.map((column) => column.key === "establishmentId" || column.key === "personId");
  const caches = LEDGER_COLUMNS.map(() => new Map<unknown, number>());
  const lastValues: unknown[] = LEDGER_COLUMNS.map(() => NOTHING);
  const lastCodes = new Int32Array(count);
  const codes = new Int32Array(count);
  return (row) => {
    for (let index = 0; index < count; index++) {
      const position = at[index];
      const value = position < 0 ? null : row[position];
      if (value === lastValues[index]) {
        codes[index] = lastCodes[index];
        continue;
      }
      let code: number | undefined;
      if (isId[index]) {
        code = isIdCell(value) ? 0 : -1;
      } else {
        const cache = caches[index];
        code = cache.get(value);
        if (code === undefined) {
          code = codeOfCell(LEDGER_COLUMNS[index], value);
          if (cache.size < CACHE_LIMIT) cache.set(value, code);
        }
      }
      lastValues[index] = value;
      lastCodes[index] = code;
      codes[index] = code;
    }
    return keyFromCodes(codes);
  };
}
