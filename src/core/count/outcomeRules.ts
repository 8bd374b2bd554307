import type { MenuKind } from "../input/menuKind";
import type { Category } from "./category";
import { outcomeFailure, type RuleFailure } from "./failure";
import type { DateOrder, RecordFacts } from "./recordFacts";
import type { OutcomeKind } from "./outcomeKind";
import { studentRows } from "./studentTable";

type OutcomeCheck = (record: RecordFacts, outcome: OutcomeKind) => RuleFailure[];

const BLANK_PLACE = "成果地が空欄のため域内と確認できません。成果地に 域内 または 域外 を入力してください";

/** A blank residence where only a resident may have the outcome outside the area: say what to type. */
const blankResidence = (outcome: OutcomeKind): string =>
  `所在・居住が空欄のため、域外での${outcome}を計上できるか確認できません。所在・居住に 域内 または 域外 を入力してください`;

const UNCONFIRMED_ORDER = "成果が受講の後と確認できません。";

/** R-COUNT-Y4: what is wrong with the dates and what to type, per DateOrder; null when 成果日 is on or after 受講日. */
const DATE_FAILURES: { readonly [Order in DateOrder]: string | null } = {
  onOrAfter: null,
  before: "成果日が受講日より前です。受講の後の成果だけを計上します（日付の誤りなら受講日か成果日を直してください）",
  no受講日: `受講日が空欄のため、${UNCONFIRMED_ORDER}受講日を入力してください（例: 2024/5/1）`,
  no成果日: `成果日が空欄のため、${UNCONFIRMED_ORDER}成果日を入力してください（例: 2024/6/1）`,
  noDates: `受講日と成果日が空欄のため、${UNCONFIRMED_ORDER}受講日と成果日を入力してください（例: 2024/5/1）`,
};

/** Checks every outcome shares (RULES 3.5 "Common"): Y4 dates, Y1 routine hiring, Y3 prior offer. */
export function commonOutcomeFailures(record: RecordFacts): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const dates = DATE_FAILURES[record.dateOrder];
  if (dates !== null) failures.push(outcomeFailure("R-COUNT-Y4", dates));
  if (record.routineHiring === true) failures.push(outcomeFailure("R-COUNT-Y1", "定期採用や欠員補充の正社員転換など事業と関係のない雇用です"));
  if (record.offerBeforeUse === true) failures.push(outcomeFailure("R-COUNT-Y3", "事業の利用前に内定（または面接）があった人です"));
  return failures;
}

/** R-COUNT-Y6: a job (anything but a founding) needs at least 20 scheduled hours a week; blank hours cannot be confirmed. */
function hoursFailures(record: RecordFacts): RuleFailure[] {
  if (record.underMinimumHours === null) return [outcomeFailure("R-COUNT-Y6", "週所定労働時間が空欄のため20時間以上と確認できません（時間数を入力）")];
  if (record.underMinimumHours) return [outcomeFailure("R-COUNT-Y6", "週所定労働時間20時間未満")];
  return [];
}

/** R-COUNT-Y2: someone already employed before using the project is not a new hire, except a conversion to regular. */
function employedBeforeFailures(record: RecordFacts, outcome: OutcomeKind): RuleFailure[] {
  return record.employedBeforeUse === true && outcome !== "正社員転換"
    ? [outcomeFailure("R-COUNT-Y2", "事業の利用前から在職していた人です（正社員転換を除き計上できません）")]
    : [];
}

/** The job or business must be in the area: outside fails `ruleId`, blank fails Y4 (unconfirmed). */
function inAreaFailures(record: RecordFacts, ruleId: string, outsideMessage: string): RuleFailure[] {
  if (record.outcomePlace === "域内") return [];
  return [record.outcomePlace === null ? outcomeFailure("R-COUNT-Y4", BLANK_PLACE) : outcomeFailure(ruleId, outsideMessage)];
}

/**
 * Anywhere for someone living in the area; else the place must be in the area (`outsideRule`).
 * A blank residence with an outcome outside the area fails `outsideRule` too, saying to fill 所在・居住.
 */
function placeByResidence(record: RecordFacts, outcome: OutcomeKind, outsideRule: string, outsideMessage: string): RuleFailure[] {
  if (record.location === "域内") return [];
  return inAreaFailures(record, outsideRule, record.location === null ? blankResidence(outcome) : outsideMessage);
}

function wrongOutcome(ruleId: string, message: string): RuleFailure[] {
  return [outcomeFailure(ruleId, message)];
}

/** R-COUNT-A1, A2 (A's outcome in the area), Y2, Y6. */
const establishmentOutcome: OutcomeCheck = (record, outcome) => {
  if (outcome !== "雇用" && outcome !== "正社員転換") return wrongOutcome("R-COUNT-A1", `事業所の成果は雇用か正社員転換です（「${outcome}」は計上できません）`);
  return [
    ...inAreaFailures(record, record.location === "域外" ? "R-COUNT-A2" : "R-COUNT-A1", "域外で雇用された人は取組Aのアウトカムに計上できません"),
    ...employedBeforeFailures(record, outcome),
    ...hoursFailures(record),
  ];
};

/** R-COUNT-A3/A4: ① the founding itself (Y5: with staff), ② a person hired by it, in the area (Y6). */
const founderOutcome: OutcomeCheck = (record, outcome) => {
  if (outcome === "創業") {
    const failures = placeByResidence(record, outcome, "R-COUNT-A4", "域外に住む人の創業は域内での創業だけ計上できます");
    if (record.foundingWithStaff !== true) {
      failures.unshift(outcomeFailure("R-COUNT-Y5", "従業員を雇う創業と確認できません（雇用を伴う創業に「はい」）"));
    }
    return failures;
  }
  if (outcome === "雇用") {
    return [...inAreaFailures(record, "R-COUNT-A3", "創業した事業が域外で雇った人は計上できません"), ...hoursFailures(record)];
  }
  return wrongOutcome("R-COUNT-A3", `創業希望者の成果は創業か雇用です（「${outcome}」は計上できません）`);
};

const JOB_OUTCOMES: readonly OutcomeKind[] = ["就職", "転職", "正社員転換"];
const NOT_A_JOB = (outcome: OutcomeKind): RuleFailure[] =>
  wrongOutcome("R-COUNT-BC1", `取組B・Cの成果は就職・転職・正社員転換です（「${outcome}」は計上できません）`);

/** R-COUNT-BC1 (anywhere for residents), BC2 (in the area for others), Y2, Y6. */
const jobSeekerOutcome: OutcomeCheck = (record, outcome) => {
  if (!JOB_OUTCOMES.includes(outcome)) return NOT_A_JOB(outcome);
  return [
    ...employedBeforeFailures(record, outcome),
    ...placeByResidence(record, outcome, "R-COUNT-BC2", "域外に住む人は域内での就職だけ計上できます"),
    ...hoursFailures(record),
  ];
};

/**
 * R-COUNT-S1: why a student's job place keeps the outcome out, or null when it counts whichever
 * side a blank residence or place turns out to be.
 */
function studentPlaceFailure(record: RecordFacts, kind: "B" | "C", outcome: OutcomeKind): RuleFailure | null {
  // Output already failed (and Y7 says so) when 学校種別 is blank.
  if (record.schoolType === null) return null;
  const marks = studentRows(record.schoolType, record.location, record.outcomePlace).map((row) => row[kind].outcome);
  if (marks.every((mark) => mark === "○")) return null;
  if (record.outcomePlace === null) return outcomeFailure("R-COUNT-Y4", BLANK_PLACE);
  // A blank residence fits both rows: when one would count, only the blank keeps it out.
  if (marks.includes("○")) return outcomeFailure("R-COUNT-S1", blankResidence(outcome));
  return outcomeFailure("R-COUNT-S1", `取組${kind}では、この学生の域外での就職はアウトカムに計上できません`);
}

/** R-COUNT-S1 outcome marks, with Y2 and Y6. */
function studentOutcome(kind: "B" | "C"): OutcomeCheck {
  return (record, outcome) => {
    if (!JOB_OUTCOMES.includes(outcome)) return NOT_A_JOB(outcome);
    const place = studentPlaceFailure(record, kind, outcome);
    return [...employedBeforeFailures(record, outcome), ...(place === null ? [] : [place]), ...hoursFailures(record)];
  };
}

/**
 * RULES 3.5 "Outcome", category × kind. A combination without an entry never counts as
 * output, so its outcome is × by R-COUNT-Y7 alone.
 */
export const OUTCOME_RULES: { readonly [C in Category]?: { readonly [K in MenuKind]?: OutcomeCheck } } = {
  事業所: { A: establishmentOutcome },
  創業希望者: { A: founderOutcome },
  求職者: { B: jobSeekerOutcome, C: jobSeekerOutcome },
  転換希望者: { B: jobSeekerOutcome, C: jobSeekerOutcome },
  学生: { B: studentOutcome("B"), C: studentOutcome("C") },
};
