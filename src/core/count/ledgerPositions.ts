import { LEDGER_COLUMNS } from "./ledgerColumns";
import type { LedgerPositions } from "./ledgerRecord";

/**
 * Where each ledger column is in a header row the kit wrote (the refresh's reading of
 * KOYO_Ledger[#Headers]). Decided: the kit's headers are matched as they are; a renamed header
 * reads as a blank column, so its rows name that column as unreadable, where the function
 * would name it missing. Only the first match counts, so a result column beside the table
 * labelled like a ledger column cannot shadow it.
 */
export function ledgerPositions(header: readonly unknown[]): LedgerPositions {
  return LEDGER_COLUMNS.map((column) => {
    const index = header.indexOf(column.header);
    return index < 0 ? undefined : index;
  });
}
