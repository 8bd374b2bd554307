/**
 * What a function's help says beyond its Japanese JSDoc (which custom-functions-metadata turns
 * into the default, Japanese functions.json): the English metadata for `functions.en-US.json`
 * and worked examples for the help page and the README. Every example is run by a test, so the
 * help can never show a result the function does not give.
 */
export interface FunctionExample {
  /** The formula as a user types it, e.g. `=KOYO.THRESHOLD(1.28)`. */
  readonly formula: string;
  /** The arguments Excel passes for that formula, in order (a cell as a value, a range as rows). */
  readonly args: readonly unknown[];
  /** What the cell shows: a value, rows for a spilled result, or an error code such as "#VALUE!". */
  readonly expected: unknown;
  /** One Japanese line on what the example shows. */
  readonly note: string;
}

export interface FunctionDoc {
  /** The function id in functions.json, e.g. "THRESHOLD". */
  readonly id: string;
  readonly en: {
    readonly description: string;
    /** Keyed by the parameter names of the JSDoc signature. */
    readonly parameters: Readonly<Record<string, string>>;
  };
  readonly examples: readonly FunctionExample[];
}
