import { columnLetter, parseRange, rangeAddress, splitSheetAddress } from "../core/kit/a1";
import type { Block, SheetPlan } from "../core/kit/types";
import { ExcelOperationError, toOperationError } from "./errors";
import { SYNC_PAYLOAD_BUDGET, jsonBytes } from "./payload";
import { EXCEL_API, assertExcelApi } from "./requirements";
import type { ExcelRunner } from "./runner";
import type { SnapshotTable } from "../core/check/snapshot";

/**
 * The only module that touches the Excel JavaScript API. Every operation reads or writes whole
 * ranges at once and syncs a fixed number of times whatever the row count, splitting only
 * where a sync would pass Excel on the web's payload limit. Every failure leaves here as an
 * {@link ExcelOperationError} with a Japanese message.
 */

export type CellValue = string | number | boolean;

/** Counts the syncs of one operation, for the report and the sync-budget tests. */
export class ExcelSession {
  syncs = 0;

  constructor(readonly context: Excel.RequestContext) {}

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }
}

/**
 * Runs one operation in one batch; whatever it throws becomes a Japanese ExcelOperationError.
 * `api` is the ExcelApi version the body needs, checked before anything is queued.
 */
export async function runOperation<T>(run: ExcelRunner, body: (session: ExcelSession) => Promise<T>, api: string = EXCEL_API.read): Promise<T> {
  try {
    assertExcelApi(api);
    return await run((context) => body(new ExcelSession(context)));
  } catch (error) {
    throw toOperationError(error);
  }
}

/** Sheet and table names in use (one sync). */
export async function readNames(session: ExcelSession): Promise<{ sheets: string[]; tables: string[] }> {
  const { workbook } = session.context;
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  await session.sync();
  return { sheets: sheets.items.map((sheet) => sheet.name), tables: tables.items.map((table) => table.name) };
}

/** One queued write with its estimated request size. */
interface Write {
  readonly bytes: number;
  readonly queue: () => void;
}

/** Splits a block whose JSON would not fit one sync into row bands that do. */
function splitBlock(block: Block): Block[] {
  const bytes = jsonBytes(block.rows);
  if (bytes <= SYNC_PAYLOAD_BUDGET || block.rows.length < 2) return [block];
  const range = parseRange(block.address);
  const bands = Math.ceil(bytes / SYNC_PAYLOAD_BUDGET);
  const rowsPerBand = Math.ceil(block.rows.length / bands);
  const out: Block[] = [];
  for (let start = 0; start < block.rows.length; start += rowsPerBand) {
    const rows = block.rows.slice(start, start + rowsPerBand);
    out.push({ address: rangeAddress({ ...range, top: range.top + start, bottom: range.top + start + rows.length - 1 }), rows });
  }
  return out;
}

function planWrites(context: Excel.RequestContext, plan: SheetPlan): Write[] {
  let sheet: Excel.Worksheet | null = null;
  const target = (): Excel.Worksheet => {
    sheet ??= context.workbook.worksheets.getItem(plan.sheetName);
    return sheet;
  };
  const small = (queue: () => void): Write => ({ bytes: 200, queue });
  const blockWrites = (blocks: readonly Block[]): Write[] =>
    blocks.flatMap(splitBlock).map((block) => ({
      bytes: jsonBytes(block.rows) + 200,
      queue: () => {
        // `formulas` takes constants as well; null leaves a cell as it is.
        target().getRange(block.address).formulas = block.rows as unknown as CellValue[][];
      },
    }));
  const matrixOf = <V>(address: string, value: V): V[][] => {
    const range = parseRange(address);
    return Array.from({ length: range.bottom - range.top + 1 }, () => Array.from({ length: range.right - range.left + 1 }, () => value));
  };
  return [
    small(() => {
      sheet = context.workbook.worksheets.add(plan.sheetName);
    }),
    ...blockWrites(plan.values),
    ...plan.tables.map((table) =>
      small(() => {
        const created = target().tables.add(table.address, true);
        created.name = table.name;
        created.style = table.style;
      }),
    ),
    ...blockWrites(plan.formulas),
    ...plan.numberFormats.map(({ address, format }) =>
      small(() => {
        target().getRange(address).numberFormat = matrixOf(address, format);
      }),
    ),
    ...plan.validations.map(({ address, list }) =>
      small(() => {
        target().getRange(address).dataValidation.rule = { list: { inCellDropDown: true, source: list.join(",") } };
      }),
    ),
    ...plan.bold.map((address) =>
      small(() => {
        target().getRange(address).format.font.bold = true;
      }),
    ),
    ...plan.columnWidths.map(({ column, width }) =>
      small(() => {
        const letter = columnLetter(column);
        target().getRange(`${letter}:${letter}`).format.columnWidth = width;
      }),
    ),
    small(() => {
      if (plan.freezeRows > 0) target().freezePanes.freezeRows(plan.freezeRows);
    }),
  ];
}

/**
 * Creates the planned sheets: everything is queued, and a sync is sent only when the next
 * write would take the request past the payload budget, so the whole kit is one sync.
 */
export async function writePlans(session: ExcelSession, plans: readonly SheetPlan[], onQueued?: (plan: SheetPlan) => void): Promise<void> {
  let pending = 0;
  for (const plan of plans) {
    for (const write of planWrites(session.context, plan)) {
      if (pending > 0 && pending + write.bytes > SYNC_PAYLOAD_BUDGET) {
        await session.sync();
        pending = 0;
      }
      write.queue();
      pending += write.bytes;
    }
    onQueued?.(plan);
  }
  if (plans.length > 0) session.context.workbook.worksheets.getItem(plans[0].sheetName).activate();
  await session.sync();
}

/** Guess of a cell's JSON size before reading it; a chunk that still proves too big is halved. */
const BYTES_PER_CELL_ESTIMATE = 64;

interface Chunk {
  readonly table: string;
  readonly sheet: string;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

const isPayloadTooLarge = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";

/**
 * Reads tables by name (never by sheet position): one sync finds them and their size, then
 * one sync per payload-sized group of row chunks reads the values. Missing tables are absent
 * from the result.
 */
export async function readTables(session: ExcelSession, names: readonly string[]): Promise<Map<string, SnapshotTable>> {
  return readTableCells(session, names, false);
}

/** A table read with its formulas too ("=…" text where a cell has one, the constant otherwise), header row excluded. */
export type TableWithFormulas = SnapshotTable & { readonly formulas: readonly (readonly CellValue[])[] };

/**
 * {@link readTables} that also loads each cell's formula, for writing only where no formula is.
 * `extraColumns` widens a table's read to the right (by table name), for results kept beside it
 * (a spill, a labelled cell): same syncs, they come in the same ranges.
 */
export async function readTablesWithFormulas(
  session: ExcelSession,
  names: readonly string[],
  extraColumns: ReadonlyMap<string, number> = new Map(),
): Promise<Map<string, TableWithFormulas>> {
  return readTableCells(session, names, true, extraColumns);
}

async function readTableCells(session: ExcelSession, names: readonly string[], withFormulas: true, extraColumns: ReadonlyMap<string, number>): Promise<Map<string, TableWithFormulas>>;
async function readTableCells(session: ExcelSession, names: readonly string[], withFormulas: false): Promise<Map<string, SnapshotTable>>;
async function readTableCells(
  session: ExcelSession,
  names: readonly string[],
  withFormulas: boolean,
  extraColumns: ReadonlyMap<string, number> = new Map(),
): Promise<Map<string, SnapshotTable | TableWithFormulas>> {
  const { workbook } = session.context;
  const found = names.map((name) => {
    const table = workbook.tables.getItemOrNullObject(name);
    table.load("name");
    const range = table.getRange().load("address,rowCount,columnCount");
    return { name, table, range };
  });
  await session.sync();

  const chunks: Chunk[] = [];
  const shapes = new Map<string, { sheet: string; top: number; left: number }>();
  for (const { name, table, range } of found) {
    if (table.isNullObject) continue;
    const { sheet, local } = splitSheetAddress(range.address);
    const own = parseRange(local);
    const box = { ...own, right: own.right + (extraColumns.get(name) ?? 0) };
    const sheetName = sheet ?? "";
    shapes.set(name, { sheet: sheetName, top: box.top, left: box.left });
    const columnCount = box.right - box.left + 1;
    const rowsPerChunk = Math.max(1, Math.floor(SYNC_PAYLOAD_BUDGET / (columnCount * BYTES_PER_CELL_ESTIMATE * (withFormulas ? 2 : 1))));
    for (let top = box.top; top <= box.bottom; top += rowsPerChunk) {
      chunks.push({ table: name, sheet: sheetName, top, bottom: Math.min(box.bottom, top + rowsPerChunk - 1), left: box.left, right: box.right });
    }
  }

  const read: { chunk: Chunk; values: CellValue[][]; formulas: CellValue[][] }[] = [];
  const readGroup = async (group: readonly Chunk[]): Promise<void> => {
    const ranges = group.map((chunk) =>
      workbook.worksheets.getItem(chunk.sheet).getRange(rangeAddress(chunk)).load(withFormulas ? "values,formulas" : "values"),
    );
    try {
      await session.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      for (const part of halve(group)) await readGroup(part);
      return;
    }
    group.forEach((chunk, index) =>
      read.push({ chunk, values: ranges[index].values as CellValue[][], formulas: withFormulas ? (ranges[index].formulas as CellValue[][]) : [] }),
    );
  };
  for (const group of groupByBudget(chunks)) await readGroup(group);

  const result = new Map<string, SnapshotTable | TableWithFormulas>();
  for (const [name, shape] of shapes) {
    const parts = read.filter(({ chunk }) => chunk.table === name).sort((a, b) => a.chunk.top - b.chunk.top);
    const cells = parts.flatMap(({ values }) => values);
    const table = found.find((entry) => entry.name === name)?.table;
    const snapshot = { name: table?.name ?? name, sheet: shape.sheet, top: shape.top, left: shape.left, header: cells[0] ?? [], rows: cells.slice(1) };
    result.set(name, withFormulas ? { ...snapshot, formulas: parts.flatMap(({ formulas }) => formulas).slice(1) } : snapshot);
  }
  return result;
}

function groupByBudget(chunks: readonly Chunk[]): Chunk[][] {
  const groups: Chunk[][] = [];
  let current: Chunk[] = [];
  let bytes = 0;
  for (const chunk of chunks) {
    const size = (chunk.bottom - chunk.top + 1) * (chunk.right - chunk.left + 1) * BYTES_PER_CELL_ESTIMATE;
    if (current.length > 0 && bytes + size > SYNC_PAYLOAD_BUDGET) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(chunk);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A group that proved too large: split its chunks' rows in two, and a lone one-row chunk cannot shrink. */
function halve(group: readonly Chunk[]): Chunk[][] {
  if (group.length > 1) {
    const middle = Math.ceil(group.length / 2);
    return [group.slice(0, middle), group.slice(middle)];
  }
  const [chunk] = group;
  if (chunk.top === chunk.bottom) {
    throw new ExcelOperationError(
      "1行のデータが大きすぎて Excel から読み込めません。長すぎる文章のセルを短くしてから、もう一度実行してください。",
      "ResponsePayloadSizeLimitExceeded",
    );
  }
  const middle = chunk.top + Math.floor((chunk.bottom - chunk.top) / 2);
  return [[{ ...chunk, bottom: middle }], [{ ...chunk, top: middle + 1 }]];
}

/**
 * Writes value blocks (null leaves a cell as it is) and one add-in setting in one sync, more only
 * past the payload budget. `values`, not `formulas`: a computed text is never taken for a formula.
 */
export async function writeValues(session: ExcelSession, blocks: readonly { sheet: string; block: Block }[], setting: { key: string; value: unknown }): Promise<void> {
  let pending = 0;
  for (const { sheet, block } of blocks) {
    for (const part of splitBlock(block)) {
      const bytes = jsonBytes(part.rows) + 200;
      if (pending > 0 && pending + bytes > SYNC_PAYLOAD_BUDGET) {
        await session.sync();
        pending = 0;
      }
      session.context.workbook.worksheets.getItem(sheet).getRange(part.address).values = part.rows as unknown as CellValue[][];
      pending += bytes;
    }
  }
  session.context.workbook.settings.add(setting.key, setting.value);
  await session.sync();
}

/** Queues reading one add-in setting; its value is there after the operation's next sync (undefined when unset). */
export function queueSettingRead(session: ExcelSession, key: string): () => unknown {
  const setting = session.context.workbook.settings.getItemOrNullObject(key).load("value");
  return () => (setting.isNullObject ? undefined : (setting.value as unknown));
}

/** Selects one cell (and its sheet), for a clicked finding. One sync. */
export async function selectRange(session: ExcelSession, sheet: string, address: string): Promise<void> {
  const target = session.context.workbook.worksheets.getItem(sheet);
  target.activate();
  target.getRange(address).select();
  await session.sync();
}
