/**
 * R-KPI-3: 事業効果 in a result report, strongest first (the national form's four steps; the
 * seed 004 shows the third). The task pane offers these as a dropdown.
 */
export const KPI_EFFECTS = [
  "地方創生に非常に効果的であった",
  "地方創生に相当程度効果があった",
  "地方創生に効果があった",
  "地方創生に対して効果がなかった",
] as const;

/** R-KPI-4: 今後の方針 (004 shows the first two with their explanations). */
export const KPI_POLICIES = ["事業の発展", "事業の継続", "事業内容の見直し（改善）", "事業の中止"] as const;
