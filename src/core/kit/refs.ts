/**
 * Structured references for kit formulas. `{Table}` is a placeholder the renderer replaces with
 * the name actually created (a taken name gets a suffix), so formulas follow renamed tables.
 */
export const placeholder = (table: string): string => `{${table}}`;

/** This row's cell in the named column: [@[列名]]. */
export const thisRow = (column: string): string => `[@[${column}]]`;

/** A whole data column: {Table}[列名]. */
export const column = (table: string, name: string): string => `${placeholder(table)}[[${name}]]`;

/** A table's data and its header row, the (records, headers) pair the KOYO record functions take. */
export const records = (table: string): string => `${placeholder(table)}[#Data],${placeholder(table)}[#Headers]`;
