import type { AreaSide } from "../input/areaSide";
import type { SchoolGroup } from "./schoolGroup";

/** ○ counts; ※3 counts only for a student who wishes to work in the area; × does not count. */
export type StudentMark = "○" | "※3" | "×";

export interface StudentTableRow {
  readonly group: SchoolGroup;
  readonly resides: AreaSide;
  /** Where the job is (for output: where the student ends up or wishes to work). */
  readonly job: AreaSide;
  readonly B: { readonly output: StudentMark; readonly outcome: StudentMark };
  readonly C: { readonly output: StudentMark; readonly outcome: StudentMark };
}

/**
 * R-COUNT-S1: 001 「学校種別による事業対象、実績（アウトプット、アウトカム）計上の可否一覧」,
 * row for row, the B and C output and outcome columns. Left out as they decide nothing here:
 * the target columns (students are B's and C's target; 高校等 in B only as ※2, seminars aimed
 * mainly at general job seekers) and A 計上, which is A's own rule that a hire counts only
 * in the area (R-COUNT-A1/A2, applied to the hiring 事業所 row).
 */
export const STUDENT_TABLE: readonly StudentTableRow[] = [
  { group: "大学等", resides: "域外", job: "域内", B: { output: "○", outcome: "○" }, C: { output: "○", outcome: "○" } },
  { group: "大学等", resides: "域外", job: "域外", B: { output: "※3", outcome: "×" }, C: { output: "※3", outcome: "×" } },
  { group: "大学等", resides: "域内", job: "域内", B: { output: "○", outcome: "○" }, C: { output: "○", outcome: "○" } },
  { group: "大学等", resides: "域内", job: "域外", B: { output: "※3", outcome: "○" }, C: { output: "※3", outcome: "×" } },
  { group: "高校等", resides: "域外", job: "域内", B: { output: "○", outcome: "○" }, C: { output: "×", outcome: "×" } },
  { group: "高校等", resides: "域外", job: "域外", B: { output: "※3", outcome: "×" }, C: { output: "×", outcome: "×" } },
  { group: "高校等", resides: "域内", job: "域内", B: { output: "○", outcome: "○" }, C: { output: "×", outcome: "×" } },
  { group: "高校等", resides: "域内", job: "域外", B: { output: "※3", outcome: "○" }, C: { output: "×", outcome: "×" } },
];

/**
 * The table rows that fit a student; an unknown residence or job place (null) fits both
 * sides, so a mark holds for an incomplete row only if it holds whichever side is true.
 */
export function studentRows(group: SchoolGroup, resides: AreaSide | null, job: AreaSide | null): readonly StudentTableRow[] {
  return STUDENT_TABLE.filter(
    (row) => row.group === group && (resides === null || row.resides === resides) && (job === null || row.job === job),
  );
}
