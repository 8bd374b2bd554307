import type { MenuKind } from "../input/menuKind";
import type { RecordJudgement } from "./judgeRecord";
import type { LedgerRecord } from "./ledgerRecord";

/** What the totals read of a ledger row: its menu, who it is about and its outcome. */
export type CountedRecord = Pick<LedgerRecord, "menu" | "kind" | "category" | "outcome" | "establishmentId" | "personId">;

/** What the totals read of a row's judgement: whether it counts as output and as outcome. */
export type Counts = Pick<RecordJudgement, "output" | "outcome">;

/** A ledger row together with its judgement. */
export interface JudgedRow {
  readonly record: CountedRecord;
  readonly judgement: Counts;
}

/**
 * Which rows a total covers: "A", "B" or "C" for one kind's menus, any other text for the menu
 * with that id (upper case, as parseOptionalMenuId reads it), null for the whole project.
 * Decided: what R-INPUT-4 reads as a kind always means the kind (parseScope), so a menu cannot
 * be named just A, B or C (menus are named like A-1).
 */
export type CountScope = MenuKind | string | null;

const KINDS: readonly string[] = ["A", "B", "C"];

function inScope(record: CountedRecord, scope: string): boolean {
  return KINDS.includes(scope) ? record.kind === scope : record.menu === scope;
}

/**
 * Distinct keys; a null key (a blank id) is a subject of its own, since nothing says two blank
 * rows are the same establishment or person — counting them once would silently undercount.
 */
function countDistinct(keys: Iterable<string | null>): number {
  const seen = new Set<string>();
  let anonymous = 0;
  for (const key of keys) {
    if (key === null) anonymous++;
    else seen.add(key);
  }
  return seen.size + anonymous;
}

/**
 * Who a row counts as output: the establishment for 事業所 rows (R-COUNT-X1: several
 * participants from one establishment count once), else the person. Decided: a founder's
 * hire row (創業希望者 with 成果 雇用) names the hired person in 個人ID, not the founder, so it
 * adds no output subject of its own; the founder counts through their own row.
 * Returns undefined for a row that adds no subject.
 */
function outputSubject(record: CountedRecord): string | null | undefined {
  if (record.category === "事業所") return record.establishmentId === null ? null : `事業所:${record.establishmentId}`;
  if (record.category === "創業希望者" && record.outcome === "雇用") return undefined;
  return record.personId === null ? null : `個人:${record.personId}`;
}

function* outputSubjects(rows: readonly JudgedRow[], scope: string): Generator<string | null> {
  for (const { record, judgement } of rows) {
    if (!judgement.output || !inScope(record, scope)) continue;
    const subject = outputSubject(record);
    if (subject !== undefined) yield subject;
  }
}

/**
 * D-1, FUNCTIONS.md OUTPUTTOTAL: distinct subjects counted ○ in a menu, or across a kind's
 * menus (so the project counts each establishment once); a null scope sums the three kinds'
 * counts (a person in both B and C counts in each, as each kind reports its own output).
 */
export function outputTotal(rows: readonly JudgedRow[], scope: CountScope): number {
  if (scope === null) return KINDS.reduce((sum, kind) => sum + outputTotal(rows, kind), 0);
  return countDistinct(outputSubjects(rows, scope));
}

function* outcomePersons(rows: readonly JudgedRow[], scope: CountScope): Generator<string | null> {
  for (const { record, judgement } of rows) {
    if (judgement.outcome === true && (scope === null || inScope(record, scope))) yield record.personId;
  }
}

/**
 * D-1, FUNCTIONS.md OUTCOMETOTAL: distinct 個人ID among outcome-○ rows in scope. A null scope
 * is the whole project, where D-1 counts each person once across menus and kinds
 * (the seed's 「アウトカム重複排除」), so it is not a sum of the kinds.
 */
export function outcomeTotal(rows: readonly JudgedRow[], scope: CountScope): number {
  return countDistinct(outcomePersons(rows, scope));
}
