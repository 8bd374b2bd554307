import type { MenuKind } from "../input/menuKind";
import type { Category } from "./category";
import { outputFailure, type RuleFailure } from "./failure";
import type { RecordFacts } from "./recordFacts";
import { studentRows } from "./studentTable";

/** Whether a row's subject counts as output of its menu: the rule it counts under, or why not. */
export type OutputVerdict = { readonly countedBy: string; readonly failures: readonly [] } | { readonly countedBy: null; readonly failures: readonly RuleFailure[] };

type OutputCheck = (record: RecordFacts) => OutputVerdict;

const counted = (ruleId: string): OutputVerdict => ({ countedBy: ruleId, failures: [] });
const notCounted = (...failures: RuleFailure[]): OutputVerdict => ({ countedBy: null, failures });
const never = (ruleId: string, message: string): OutputCheck => () => notCounted(outputFailure(ruleId, message));

const BLANK_LOCATION = "所在・居住が空欄のため域内か確認できません。所在・居住に 域内 または 域外 を入力してください";

/** R-COUNT-X3: intent to seek a job, start a business or convert must be confirmed. */
function intentFailures(record: RecordFacts): RuleFailure[] {
  return record.intentConfirmed === true
    ? []
    : [outputFailure("R-COUNT-X3", "求職・創業・転換の意思が確認されていません（確認できたら意思確認に「はい」）")];
}

/**
 * In the area counts under `insideRule`; outside only with the wish to come (`outsideRule`);
 * a blank location cannot be confirmed either way.
 */
function byLocation(record: RecordFacts, insideRule: string, outsideRule: string, outsideMessage: string): OutputVerdict {
  if (record.location === "域内") return counted(insideRule);
  if (record.location === "域外") return record.wantsInArea === true ? counted(outsideRule) : notCounted(outputFailure(outsideRule, outsideMessage));
  return notCounted(outputFailure(insideRule, BLANK_LOCATION));
}

/** R-COUNT-A1, A2, A5: an establishment in the area, or outside it wishing to expand into it. */
const establishment: OutputCheck = (record) =>
  byLocation(
    record,
    record.handsOnSupport === true ? "R-COUNT-A5" : "R-COUNT-A1",
    "R-COUNT-A2",
    "域外の事業所は地域内での事業拡大・事業所開設等の希望がある場合だけ計上できます（地域内希望に「はい」）",
  );

/** R-COUNT-A3, A4 with X3 (intent confirmed) and X4 (not a freelance founding). */
const founder: OutputCheck = (record) => {
  const failures = intentFailures(record);
  if (record.foundingWithStaff === false) {
    failures.push(outputFailure("R-COUNT-X4", "従業員を雇わない創業（フリーランス）の希望者は計上できません"));
  }
  const located = byLocation(record, "R-COUNT-A3", "R-COUNT-A4", "域外に住む創業希望者は地域内での創業を希望する場合だけ計上できます（地域内希望に「はい」）");
  failures.push(...located.failures);
  return failures.length === 0 ? located : notCounted(...failures);
};

/** R-COUNT-BC1, BC2 with X3: a job seeker living in the area, or outside it wanting a job in it. */
const jobSeeker: OutputCheck = (record) => {
  const failures = intentFailures(record);
  const located = byLocation(record, "R-COUNT-BC1", "R-COUNT-BC2", "域外に住む人は地域内での就職を希望する場合だけ計上できます（地域内希望に「はい」）");
  failures.push(...located.failures);
  return failures.length === 0 ? located : notCounted(...failures);
};

/** R-COUNT-S0, S1 (※3), X3 and X5 for a student in B or C. */
function student(kind: "B" | "C"): OutputCheck {
  return (record) => {
    const failures: RuleFailure[] = [];
    // R-COUNT-X3: RULES 3.5 does not require 意思確認 for students (blank is fine), but seed 001
    // (~line 926: 「利用者の求職・創業の意思が確認できない場合」) covers every user, so an explicit いいえ is ×.
    if (record.intentConfirmed === false) {
      failures.push(outputFailure("R-COUNT-X3", "就職の意思がないと記録された学生は計上できません（意思を確認できたら意思確認に「はい」）"));
    }
    if (record.finalYear !== true) failures.push(outputFailure("R-COUNT-S0", "卒業年次の学生だけが対象です（卒業年次に「はい」）"));
    if (record.schoolType === null) {
      failures.push(outputFailure("R-COUNT-S0", "学校種別が空欄です。大学等 または 高校等 を入力してください"));
      return notCounted(...failures);
    }
    // Output marks do not depend on residence; a blank 成果地 fits both job places, so only ※3 (the wish) can make it count.
    const marks = studentRows(record.schoolType, null, record.outcomePlace).map((row) => row[kind].output);
    if (marks.includes("×")) {
      failures.push(outputFailure("R-COUNT-X5", "取組Cでは中学・高校の学生はアウトプットに計上できません"));
    } else if (!marks.every((mark) => mark === "○") && record.wantsInArea !== true) {
      failures.push(outputFailure("R-COUNT-S1", "地域内での就職を希望する（地域内希望に「はい」）か域内で就職した（成果地が域内）学生だけ計上できます"));
    }
    return failures.length === 0 ? counted("R-COUNT-S1") : notCounted(...failures);
  };
}

const adminBody = never("R-COUNT-X2", "行政機関と事業推進員はアウトプットに計上できません");
const incumbent = never("R-COUNT-X3", "スキルアップだけが目的の在職者はアウトプットに計上できません");
const notAnAParticipant = never("R-COUNT-A1", "取組Aのアウトプットは事業所と創業希望者を数えます（求職者等は取組B・Cへ）");
const notABCParticipant = never("R-COUNT-BC1", "取組B・Cのアウトプットは求職者・転換希望者・学生を数えます（事業所・創業希望者は取組Aへ）");

/** RULES 3.5 "Output", category × kind. */
export const OUTPUT_RULES: { readonly [C in Category]: { readonly [K in MenuKind]: OutputCheck } } = {
  事業所: { A: establishment, B: notABCParticipant, C: notABCParticipant },
  創業希望者: { A: founder, B: notABCParticipant, C: notABCParticipant },
  求職者: { A: notAnAParticipant, B: jobSeeker, C: jobSeeker },
  転換希望者: { A: notAnAParticipant, B: jobSeeker, C: jobSeeker },
  在職者: { A: incumbent, B: incumbent, C: incumbent },
  学生: { A: never("R-COUNT-S1", "学生は取組Aの対象ではありません（取組B・Cで計上します）"), B: student("B"), C: student("C") },
  行政機関: { A: adminBody, B: adminBody, C: adminBody },
  事業推進員: { A: adminBody, B: adminBody, C: adminBody },
};
