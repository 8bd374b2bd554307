import type { ExcelRunner } from "../runner";
import { FakeRequestContext } from "./context";
import { FakeOfficeError, FakeWorkbook } from "./model";

export { FakeWorkbook, FakeOfficeError } from "./model";
export type { FakeCellView, FakeScalar } from "./model";

export interface FakeExcel {
  /** Runs a batch against the in-memory workbook, like `Excel.run`. */
  readonly run: ExcelRunner;
  readonly workbook: FakeWorkbook;
  /** How many `context.sync()` calls have been made (failed ones included). */
  readonly syncCount: number;
  /** How many write operations reached the workbook. */
  readonly writeCount: number;
  /** The next sync rejects with this Excel error code and applies nothing. */
  failNextSyncWith(code: string, message?: string): void;
  /** Redraw hook for the preview grid; returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  resetCounters(): void;
}

/**
 * An in-memory stand-in for the Excel JavaScript API subset the add-in uses, for jest tests
 * and the preview page (so it uses nothing Node-only).
 */
export function createFakeExcel(workbook: FakeWorkbook = new FakeWorkbook()): FakeExcel {
  const counters = { syncs: 0, writes: 0 };
  let injected: FakeOfficeError | null = null;
  const takeInjected = (): FakeOfficeError | null => {
    const error = injected;
    injected = null;
    return error;
  };
  const run: ExcelRunner = async (batch) => {
    const context = new FakeRequestContext(workbook, counters, takeInjected);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run sends whatever the batch left queued.
    if (context.hasPending) await context.sync();
    return result;
  };
  return {
    run,
    workbook,
    get syncCount() {
      return counters.syncs;
    },
    get writeCount() {
      return counters.writes;
    },
    failNextSyncWith(code, message = `Injected ${code}`) {
      injected = new FakeOfficeError(code, message);
    },
    onChange: (listener) => workbook.onChange(listener),
    resetCounters() {
      counters.syncs = 0;
      counters.writes = 0;
    },
  };
}
