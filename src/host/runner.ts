/** How operations reach Excel: `Excel.run` in the add-in, the fake's `run` in tests and the preview. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
