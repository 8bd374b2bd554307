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

/**
 * `=IF(<condition>,"",<call>)`. The kit's tables start empty, and a KOYO function given a blank
 * required input answers #VALUE! (R-INPUT-5); guarded, a row not yet filled shows blank, and a
 * column of such results (地域類型) can feed another function (JOINTAREATYPE) without an error
 * poisoning it. Excel's IF evaluates only the branch taken, so the call never sees the blanks.
 */
export const blankIf = (condition: string, call: string): string => `=IF(${condition},"",${call})`;

/** Blank while any of these cells is blank (every input is required). */
export const anyBlank = (cells: readonly string[]): string =>
  cells.length === 1 ? `${cells[0]}=""` : `OR(${cells.map((cell) => `${cell}=""`).join(",")})`;

/** Blank while all of these cells are blank (any one of them is enough). */
export const allBlank = (cells: readonly string[]): string =>
  cells.length === 1 ? `${cells[0]}=""` : `AND(${cells.map((cell) => `${cell}=""`).join(",")})`;
