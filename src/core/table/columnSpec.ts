/**
 * One column of a records table in its canonical position (FUNCTIONS.md "Records"). The
 * worksheet functions map a user's table by these headers; the task pane writes the same
 * headers when it generates a sheet, so what it makes is what the functions read.
 */
export interface ColumnSpec<Key extends string> {
  readonly key: Key;
  readonly header: string;
  readonly required: boolean;
}
