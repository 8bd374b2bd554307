import { parseRange, qualify, rangeAddress, splitSheetAddress, type RangeRef } from "../../core/kit/a1";
import { EXCEL_PAYLOAD_LIMIT, jsonBytes } from "../payload";
import { FakeOfficeError, type FakeScalar, type FakeSheet, type FakeTable, type FakeWorkbook, writeContent } from "./model";

/**
 * Proxies that behave like the Office.js objects the add-in uses: calls only queue work,
 * `context.sync()` applies the queue in order, and a property can be read only after it was
 * loaded and synced (PropertyNotLoaded otherwise). Objects from `…OrNullObject` report
 * `isNullObject` after a sync. Writes to a protected sheet fail at sync, as in Excel.
 */

type Resolver<T> = () => T | null;
type LoadSpec = string | string[] | undefined;

interface Counters {
  syncs: number;
  writes: number;
}

interface Operation {
  readonly run: () => void;
  /** Estimated request size of a write, checked against Excel on the web's 5 MB limit. */
  readonly bytes: number;
}

function propsOf(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((prop) => prop.trim()).filter((prop) => prop !== "");
}

const notLoaded = (prop: string): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/** Whole columns ("B:B") reach the sheet's last row, as in Excel; a bad address is InvalidReference. */
function parseAddress(local: string): RangeRef {
  const whole = /^([A-Z]{1,3}):([A-Z]{1,3})$/u.exec(local.toUpperCase());
  try {
    if (whole) {
      const range = parseRange(`${whole[1]}1:${whole[2]}1`);
      return { ...range, top: 0, bottom: 1_048_575 };
    }
    return parseRange(local);
  } catch {
    throw new FakeOfficeError("InvalidReference", `This reference isn't valid: ${local}`);
  }
}

const missing = (what: string): FakeOfficeError =>
  new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);

export class FakeRequestContext {
  private queue: Operation[] = [];
  private readonly objects: FakeClientObject<unknown>[] = [];
  private failure: FakeOfficeError | null = null;
  readonly workbook: FakeWorkbookProxy;

  constructor(
    readonly model: FakeWorkbook,
    private readonly counters: Counters,
    private readonly takeInjectedFailure: () => FakeOfficeError | null,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  private responseBytes = 0;

  enqueue(run: () => void, bytes = 0): void {
    this.queue.push({ run, bytes });
  }

  /** A loaded value travels back in the response; past 5 MB Excel on the web fails the sync. */
  addResponse(value: unknown): void {
    this.responseBytes += jsonBytes(value);
    if (this.responseBytes > EXCEL_PAYLOAD_LIMIT) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }

  /** A write: refused on a protected sheet, counted, and reported to change listeners. */
  enqueueWrite(sheet: (() => FakeSheet) | null, run: () => void, bytes = 0): void {
    this.enqueue(() => {
      if (sheet?.().protected) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "The cell or chart that you are trying to change is protected and therefore read-only.",
        );
      }
      run();
      this.counters.writes++;
    }, bytes);
  }

  track(object: FakeClientObject<unknown>): void {
    this.objects.push(object);
  }

  failNextWith(error: FakeOfficeError): void {
    this.failure = error;
  }

  async sync(): Promise<void> {
    this.counters.syncs++;
    const pending = this.queue;
    this.queue = [];
    const injected = this.failure ?? this.takeInjectedFailure();
    this.failure = null;
    if (injected) throw injected;
    const requestBytes = pending.reduce((total, operation) => total + operation.bytes, 0);
    if (requestBytes > EXCEL_PAYLOAD_LIMIT) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.responseBytes = 0;
    const writesBefore = this.counters.writes;
    try {
      for (const operation of pending) operation.run();
    } finally {
      for (const object of this.objects) object.settle();
      if (this.counters.writes !== writesBefore) this.model.notify();
    }
  }

  /** Whether anything is queued, so the runner can flush a batch that forgot its last sync. */
  get hasPending(): boolean {
    return this.queue.length > 0;
  }
}

export abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly context: FakeRequestContext,
    protected readonly resolver: Resolver<T>,
  ) {
    context.track(this as FakeClientObject<unknown>);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** After a sync: a null object knows it is null; a missing non-null item stays unknown. */
  settle(): void {
    try {
      this.nullState = this.resolver() === null;
    } catch {
      this.nullState = undefined;
    }
  }

  /** The live model object; an operation on a null object fails the sync like Office.js. */
  protected target(): T {
    const found = this.resolver();
    if (found === null) throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working for what you're trying to do.");
    return found;
  }

  load(spec?: LoadSpec): this {
    const props = propsOf(spec);
    this.context.enqueue(() => this.loadNow(props));
    return this;
  }

  /** Reads properties during a sync (a collection loading its items' properties). */
  loadNow(props: readonly string[]): void {
    const found = this.resolver();
    if (found === null) return;
    for (const prop of props) this.loaded.set(prop, this.read(found, prop));
  }

  protected abstract read(target: T, prop: string): unknown;

  protected loadedValue<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }
}

/** A collection whose `items` exist after `load("items/…")` and a sync. */
abstract class FakeCollection<M, P> extends FakeClientObject<M[]> {
  private snapshot: P[] | undefined;

  override load(spec?: LoadSpec): this {
    const props = propsOf(spec).map((prop) => prop.replace(/^items\/?/u, "")).filter((prop) => prop !== "");
    this.context.enqueue(() => {
      this.snapshot = this.target().map((item) => {
        const proxy = this.wrap(item);
        (proxy as unknown as FakeClientObject<M>).loadNow(props);
        return proxy;
      });
    });
    return this;
  }

  get items(): P[] {
    if (!this.snapshot) throw notLoaded("items");
    return this.snapshot;
  }

  protected read(): unknown {
    return undefined;
  }

  protected abstract wrap(item: M): P;
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context, () => context.model.sheets);
    this.tables = new FakeTableCollection(context, () => context.model.tables, null);
    this.settings = new FakeSettingCollection(context);
  }
}

/** Workbook.settings (ExcelApi 1.4): `add` sets or replaces a key; values round-trip through JSON as in Office. */
export class FakeSettingCollection {
  constructor(private readonly context: FakeRequestContext) {}

  add(key: string, value: unknown): void {
    const json = JSON.stringify(value);
    this.context.enqueueWrite(null, () => {
      this.context.model.settings.set(key, json);
    }, json.length);
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => {
      const json = this.context.model.settings.get(key);
      return json === undefined ? null : { json };
    });
  }
}

export class FakeSetting extends FakeClientObject<{ json: string }> {
  protected read(setting: { json: string }, prop: string): unknown {
    if (prop === "value") return JSON.parse(setting.json) as unknown;
    throw new FakeOfficeError("InvalidArgument", `Unknown setting property ${prop}`);
  }

  get value(): unknown {
    return this.loadedValue("value");
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  protected wrap(sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueueWrite(null, () => {
      created = this.context.model.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => created);
  }

  getItem(name: string): FakeWorksheet {
    this.context.enqueue(() => {
      if (!this.context.model.findSheet(name)) throw missing(`worksheet ${name}`);
    });
    return new FakeWorksheet(this.context, () => this.context.model.findSheet(name) ?? null);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.findSheet(name) ?? null);
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly tables: FakeTableCollection;
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly protection: FakeProtection;

  constructor(context: FakeRequestContext, resolver: Resolver<FakeSheet>) {
    super(context, resolver);
    this.tables = new FakeTableCollection(
      context,
      () => {
        const sheet = resolver();
        return sheet ? context.model.tables.filter((table) => table.sheet === sheet) : null;
      },
      () => this.target(),
    );
    this.freezePanes = {
      freezeRows: (count: number) =>
        context.enqueueWrite(
          () => this.target(),
          () => {
            this.target().frozenRows = count;
          },
        ),
    };
    this.protection = new FakeProtection(context, resolver);
  }

  protected read(sheet: FakeSheet, prop: string): unknown {
    if (prop === "name") return sheet.name;
    if (prop === "position") return this.context.model.sheets.indexOf(sheet);
    throw new FakeOfficeError("InvalidArgument", `Unknown worksheet property ${prop}`);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  getRange(address: string): FakeRange {
    const local = splitSheetAddress(address).local;
    return new FakeRange(this.context, () => {
      const sheet = this.resolver();
      return sheet ? { sheet, range: parseAddress(local) } : null;
    });
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolver();
      const used = sheet?.usedRange();
      return sheet && used ? { sheet, range: used } : null;
    });
  }

  activate(): void {
    this.context.enqueue(() => {
      this.context.model.activeSheet = this.target();
    });
  }
}

class FakeProtection extends FakeClientObject<FakeSheet> {
  protected read(sheet: FakeSheet, prop: string): unknown {
    if (prop === "protected") return sheet.protected;
    throw new FakeOfficeError("InvalidArgument", `Unknown protection property ${prop}`);
  }

  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable, FakeTableProxy> {
  constructor(
    context: FakeRequestContext,
    resolver: Resolver<FakeTable[]>,
    private readonly ownerSheet: (() => FakeSheet) | null,
  ) {
    super(context, resolver);
  }

  protected wrap(table: FakeTable): FakeTableProxy {
    return new FakeTableProxy(this.context, () => table);
  }

  add(address: string, hasHeaders: boolean): FakeTableProxy {
    let created: FakeTable | null = null;
    const resolveSheet = (): FakeSheet => {
      if (this.ownerSheet) return this.ownerSheet();
      const sheetName = splitSheetAddress(address).sheet;
      const sheet = sheetName === null ? this.context.model.activeSheet : this.context.model.findSheet(sheetName);
      if (!sheet) throw missing(`worksheet of ${address}`);
      return sheet;
    };
    this.context.enqueueWrite(resolveSheet, () => {
      if (!hasHeaders) throw new FakeOfficeError("NotImplemented", "The fake only creates tables with headers.");
      created = this.context.model.addTable(resolveSheet(), parseRange(address));
    });
    return new FakeTableProxy(this.context, () => created);
  }

  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, () => {
      const table = this.context.model.findTable(name);
      const scope = this.resolver();
      return table && scope?.includes(table) ? table : null;
    });
  }
}

export class FakeTableProxy extends FakeClientObject<FakeTable> {
  protected read(table: FakeTable, prop: string): unknown {
    if (prop === "name") return table.name;
    if (prop === "style") return table.style;
    throw new FakeOfficeError("InvalidArgument", `Unknown table property ${prop}`);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  set name(value: string) {
    this.context.enqueueWrite(
      () => this.target().sheet,
      () => {
        const clash = this.context.model.findTable(value);
        if (clash && clash !== this.target()) throw new FakeOfficeError("InvalidArgument", "A table with that name already exists.");
        this.target().name = value;
      },
    );
  }

  set style(value: string) {
    this.context.enqueueWrite(
      () => this.target().sheet,
      () => {
        this.target().style = value;
      },
    );
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolver()?.sheet ?? null);
  }

  private part(pick: (range: RangeRef) => RangeRef): FakeRange {
    return new FakeRange(this.context, () => {
      const table = this.resolver();
      return table ? { sheet: table.sheet, range: pick(table.range) } : null;
    });
  }

  getRange(): FakeRange {
    return this.part((range) => range);
  }

  getHeaderRowRange(): FakeRange {
    return this.part((range) => ({ ...range, bottom: range.top }));
  }

  getDataBodyRange(): FakeRange {
    return this.part((range) => ({ ...range, top: range.top + 1 }));
  }
}

interface Located {
  readonly sheet: FakeSheet;
  readonly range: RangeRef;
}

type Matrix = readonly (readonly (FakeScalar | null)[])[];

export class FakeRange extends FakeClientObject<Located> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: { rule: unknown };

  constructor(context: FakeRequestContext, resolver: Resolver<Located>) {
    super(context, resolver);
    this.format = new FakeRangeFormat(context, () => this.target());
    const forEachCell = this.forEachCell.bind(this);
    const writeOn = (run: () => void): void => context.enqueueWrite(() => this.target().sheet, run);
    this.dataValidation = {
      set rule(rule: unknown) {
        const source = (rule as { list?: { source?: unknown } }).list?.source;
        if (typeof source !== "string") throw new FakeOfficeError("NotImplemented", "The fake supports list validation only.");
        const list = source.split(",").map((item) => item.trim());
        writeOn(() =>
          forEachCell((cell) => {
            cell.validationList = list;
          }),
        );
      },
      get rule(): unknown {
        throw new FakeOfficeError("NotImplemented", "Reading validation rules is not faked.");
      },
    };
  }

  private forEachCell(visit: (cell: ReturnType<FakeSheet["cell"]>, r: number, c: number) => void): void {
    const { sheet, range } = this.target();
    for (let row = range.top; row <= range.bottom; row++) {
      for (let column = range.left; column <= range.right; column++) visit(sheet.cell(row, column), row - range.top, column - range.left);
    }
  }

  protected read({ sheet, range }: Located, prop: string): unknown {
    const grid = <V>(pick: (cell: ReturnType<FakeSheet["cell"]> | undefined) => V): V[][] => {
      const rows: V[][] = [];
      for (let row = range.top; row <= range.bottom; row++) {
        const cells: V[] = [];
        for (let column = range.left; column <= range.right; column++) cells.push(pick(sheet.peek(row, column)));
        rows.push(cells);
      }
      return rows;
    };
    switch (prop) {
      case "address":
        return qualify(sheet.name, rangeAddress(range));
      case "rowCount":
        return range.bottom - range.top + 1;
      case "columnCount":
        return range.right - range.left + 1;
      case "rowIndex":
        return range.top;
      case "columnIndex":
        return range.left;
      case "values":
        return this.respond(grid((cell) => cell?.value ?? ""));
      case "formulas":
        return this.respond(grid((cell) => cell?.formula ?? cell?.value ?? ""));
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      default:
        throw new FakeOfficeError("InvalidArgument", `Unknown range property ${prop}`);
    }
  }

  private respond<V>(value: V): V {
    this.context.addResponse(value);
    return value;
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get values(): FakeScalar[][] {
    return this.loadedValue("values");
  }
  set values(matrix: Matrix) {
    this.writeMatrix(matrix, (cell, content) => writeContent(cell, content));
  }
  get formulas(): FakeScalar[][] {
    return this.loadedValue("formulas");
  }
  set formulas(matrix: Matrix) {
    this.writeMatrix(matrix, (cell, content) => writeContent(cell, content));
  }
  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(matrix: Matrix) {
    this.writeMatrix(matrix, (cell, content) => {
      cell.numberFormat = String(content);
    });
  }

  /** As Office.js: the matrix must match the range; a null element leaves its cell alone. */
  private writeMatrix(matrix: Matrix, apply: (cell: ReturnType<FakeSheet["cell"]>, content: FakeScalar) => void): void {
    const bytes = jsonBytes(matrix);
    this.context.enqueueWrite(
      () => this.target().sheet,
      () => {
        const { range } = this.target();
        const rows = range.bottom - range.top + 1;
        const columns = range.right - range.left + 1;
        if (matrix.length !== rows || matrix.some((row) => row.length !== columns)) {
          throw new FakeOfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        }
        this.forEachCell((cell, r, c) => {
          const content = matrix[r][c];
          if (content !== null) apply(cell, content);
        });
      },
      bytes,
    );
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      this.context.model.activeSheet = sheet;
      this.context.model.selection = { sheet: sheet.name, address: rangeAddress(range) };
      this.context.model.notify();
    });
  }
}

class FakeRangeFormat {
  readonly font: { bold: boolean };
  readonly fill: { color: string };

  constructor(
    private readonly context: FakeRequestContext,
    private readonly located: () => Located,
  ) {
    const set = this.set.bind(this);
    this.font = {
      set bold(value: boolean) {
        set((sheet, range) => eachCell(sheet, range, (cell) => (cell.bold = value)));
      },
      get bold(): boolean {
        throw notLoaded("bold");
      },
    };
    this.fill = {
      set color(value: string) {
        set((sheet, range) => eachCell(sheet, range, (cell) => (cell.fill = value)));
      },
      get color(): string {
        throw notLoaded("color");
      },
    };
  }

  private set(apply: (sheet: FakeSheet, range: RangeRef) => void): void {
    this.context.enqueueWrite(
      () => this.located().sheet,
      () => {
        const { sheet, range } = this.located();
        apply(sheet, range);
      },
    );
  }

  set columnWidth(width: number) {
    this.set((sheet, range) => {
      for (let column = range.left; column <= range.right; column++) sheet.columnWidths.set(column, width);
    });
  }

  get columnWidth(): number {
    throw notLoaded("columnWidth");
  }

  /** Accepted and counted; the fake does not model wrapping. */
  set wrapText(_value: boolean) {
    this.set(() => undefined);
  }

  get wrapText(): boolean {
    throw notLoaded("wrapText");
  }
}

function eachCell(sheet: FakeSheet, range: RangeRef, visit: (cell: ReturnType<FakeSheet["cell"]>) => void): void {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) visit(sheet.cell(row, column));
  }
}
