import type { LedgerRecord } from "./ledgerRecord";

/** R-COUNT-Y6: the scheduled hours a week a job (anything but a founding) needs at least. */
const MIN_WEEKLY_HOURS = 20;

/**
 * What the rules of RULES 3.5 read of a ledger row: not ids (dedup is the totals' job) and not
 * exact dates or hours, only how they compare, so rows that differ only there judge alike and
 * can share one judgement (memoizeJudgement).
 */
export type RecordFacts = Omit<LedgerRecord, "menu" | "establishmentId" | "personId" | "attendedOn" | "outcomeOn" | "weeklyHours"> & {
  /** R-COUNT-Y4: how 成果日 compares with 受講日, or which of them is blank (the reason names it). */
  readonly dateOrder: DateOrder;
  /** R-COUNT-Y6: null when 週所定労働時間 is blank, else whether it is under 20 hours. */
  readonly underMinimumHours: boolean | null;
};

/** R-COUNT-Y4: 成果日 on or after 受講日, before it, or which date is blank. */
export type DateOrder = "onOrAfter" | "before" | "no受講日" | "no成果日" | "noDates";

/** R-COUNT-Y4: how 成果日 compares with 受講日 (Excel serials, null when blank). */
export function compareDates(attendedOn: number | null, outcomeOn: number | null): DateOrder {
  if (attendedOn === null) return outcomeOn === null ? "noDates" : "no受講日";
  if (outcomeOn === null) return "no成果日";
  return outcomeOn < attendedOn ? "before" : "onOrAfter";
}

/** R-COUNT-Y6: null for blank hours, else whether they are under the minimum. */
export function isUnderMinimumHours(weeklyHours: number | null): boolean | null {
  return weeklyHours === null ? null : weeklyHours < MIN_WEEKLY_HOURS;
}

/** R-COUNT-Y4: how the record's two dates compare. */
export function dateOrder(record: LedgerRecord): DateOrder {
  return compareDates(record.attendedOn, record.outcomeOn);
}

/** R-COUNT-Y6: how the record's hours compare with the minimum. */
export function underMinimumHours(record: LedgerRecord): boolean | null {
  return isUnderMinimumHours(record.weeklyHours);
}

/** The facts of one record, as a new object of one shape. */
export function recordFacts(record: LedgerRecord): RecordFacts {
  return {
    kind: record.kind,
    category: record.category,
    location: record.location,
    wantsInArea: record.wantsInArea,
    intentConfirmed: record.intentConfirmed,
    schoolType: record.schoolType,
    finalYear: record.finalYear,
    outcome: record.outcome,
    dateOrder: dateOrder(record),
    outcomePlace: record.outcomePlace,
    underMinimumHours: underMinimumHours(record),
    foundingWithStaff: record.foundingWithStaff,
    offerBeforeUse: record.offerBeforeUse,
    employedBeforeUse: record.employedBeforeUse,
    routineHiring: record.routineHiring,
    handsOnSupport: record.handsOnSupport,
  };
}
