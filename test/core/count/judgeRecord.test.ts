import { judgeRecord } from "../../../src/core/count/judgeRecord";
import { parseLedgerRecord } from "../../../src/core/count/ledgerRecord";
import { formatReason } from "../../../src/core/count/reason";
import type { LedgerKey } from "../../../src/core/count/ledgerColumns";
import { pipeRecord, raw, SEEKER } from "./ledgerFixture";

const judge = (cells: Partial<Record<LedgerKey, unknown>>) => judgeRecord(parseLedgerRecord(raw(cells)));
const rules = (cells: Partial<Record<LedgerKey, unknown>>) => judge(cells).failures.map((failure) => failure.ruleId);
/** A row written as メニュー|取組|区分|…|伴走型支援 (see pipeRow). */
const judgeRow = (text: string) => judgeRecord(parseLedgerRecord(pipeRecord(text)));
const ruleIds = (text: string) => judgeRow(text).failures.map((failure) => `${failure.measure}:${failure.ruleId}`);

const ESTABLISHMENT = { menu: "A-1", kind: "A", category: "事業所", establishmentId: "E1", location: "域内" } as const;
const HIRE = { ...ESTABLISHMENT, personId: "P9", attendedOn: 45413, outcome: "雇用", outcomeOn: 45444, outcomePlace: "域内", weeklyHours: 40 } as const;
const FOUNDER = { menu: "A-2", kind: "A", category: "創業希望者", personId: "F1", location: "域内", intentConfirmed: "○", foundingWithStaff: "○", attendedOn: 45413, outcome: "創業", outcomeOn: 45444 } as const;
const STUDENT = { ...SEEKER, category: "学生", intentConfirmed: null, schoolType: "大学", finalYear: "はい" } as const;

describe("output (RULES 3.1, 3.2, 3.5)", () => {
  it("R-COUNT-A1 an in-area establishment that attended counts", () => {
    expect(judge(ESTABLISHMENT)).toMatchObject({ output: true, outcome: null, outputRule: "R-COUNT-A1", failures: [] });
  });
  it("R-COUNT-A1 a hire by an in-area establishment counts as outcome; outside the area it does not", () => {
    expect(judge(HIRE).outcome).toBe(true);
    expect(rules({ ...HIRE, outcomePlace: "域外" })).toEqual(["R-COUNT-A1"]);
  });
  it("R-COUNT-A2 an out-of-area establishment counts only with the wish to expand into the area; its hire only in the area", () => {
    expect(judge({ ...ESTABLISHMENT, location: "域外", wantsInArea: "はい" })).toMatchObject({ output: true, outputRule: "R-COUNT-A2" });
    expect(rules({ ...ESTABLISHMENT, location: "域外" })).toEqual(["R-COUNT-A2"]);
    expect(rules({ ...HIRE, location: "域外", wantsInArea: "はい", outcomePlace: "域外" })).toEqual(["R-COUNT-A2"]);
  });
  it("R-COUNT-A3 an in-area would-be founder counts; the founding counts in or outside the area", () => {
    expect(judge(FOUNDER)).toMatchObject({ output: true, outcome: true, outputRule: "R-COUNT-A3" });
    expect(judge({ ...FOUNDER, outcomePlace: "域外" }).outcome).toBe(true);
    expect(rules({ ...FOUNDER, outcome: "雇用", outcomePlace: "域外", weeklyHours: 40 })).toEqual(["R-COUNT-A3"]);
  });
  it("R-COUNT-A4 an out-of-area founder counts with the wish; the founding only in the area", () => {
    const outside = { ...FOUNDER, location: "域外", wantsInArea: "はい" };
    expect(judge({ ...outside, outcomePlace: "域内" })).toMatchObject({ output: true, outcome: true, outputRule: "R-COUNT-A4" });
    expect(rules({ ...outside, outcomePlace: "域外" })).toEqual(["R-COUNT-A4"]);
    expect(rules({ ...FOUNDER, location: "域外" })).toContain("R-COUNT-A4");
  });
  it("R-COUNT-A5 an in-area establishment receiving 伴走型支援 counts under A5", () => {
    expect(judge({ ...HIRE, handsOnSupport: "○" })).toMatchObject({ output: true, outcome: true, outputRule: "R-COUNT-A5" });
  });
  it("R-COUNT-BC1 a resident job seeker counts; any job place counts", () => {
    expect(judge(SEEKER)).toMatchObject({ output: true, outcome: true, outputRule: "R-COUNT-BC1" });
    expect(judge({ ...SEEKER, kind: "C", outcomePlace: "域外" }).outcome).toBe(true);
    expect(rules({ ...SEEKER, category: "事業所" })).toEqual(["R-COUNT-BC1", "R-COUNT-Y7"]);
  });
  it("R-COUNT-BC2 an out-of-area resident counts with the wish, and the job only in the area", () => {
    const outside = { ...SEEKER, location: "域外", wantsInArea: "はい" };
    expect(judge(outside)).toMatchObject({ output: true, outcome: true, outputRule: "R-COUNT-BC2" });
    expect(rules({ ...outside, outcomePlace: "域外" })).toEqual(["R-COUNT-BC2"]);
    expect(rules({ ...outside, outcomePlace: null })).toEqual(["R-COUNT-Y4"]);
    expect(rules({ ...SEEKER, location: "域外" })).toEqual(["R-COUNT-BC2", "R-COUNT-Y7"]);
  });
  it("R-COUNT-X1 one establishment's row is judged per row (dedup is in the totals)", () => {
    expect(judge(ESTABLISHMENT).output).toBe(true);
    expect(judge({ ...ESTABLISHMENT, personId: "other" }).output).toBe(true);
  });
  it("R-COUNT-X2 行政機関 and 事業推進員 never count", () => {
    for (const category of ["行政機関", "事業推進員"]) {
      for (const kind of ["A", "B", "C"]) expect(rules({ ...SEEKER, kind, category })).toEqual(["R-COUNT-X2", "R-COUNT-Y7"]);
    }
  });
  it("R-COUNT-X3 unconfirmed intent and skill-up-only incumbents do not count", () => {
    expect(rules({ ...SEEKER, intentConfirmed: null, outcome: null })).toEqual(["R-COUNT-X3"]);
    expect(rules({ ...FOUNDER, intentConfirmed: "いいえ", outcome: null })).toEqual(["R-COUNT-X3"]);
    expect(rules({ ...SEEKER, category: "在職者", outcome: null })).toEqual(["R-COUNT-X3"]);
  });
  it("R-COUNT-X4 a freelance would-be founder does not count as output", () => {
    expect(rules({ ...FOUNDER, foundingWithStaff: "×", outcome: null })).toEqual(["R-COUNT-X4"]);
  });
  it("R-COUNT-X5 junior-high and high-school students do not count in C", () => {
    expect(rules({ ...STUDENT, kind: "C", schoolType: "高校", outcome: null })).toEqual(["R-COUNT-X5"]);
    expect(judge({ ...STUDENT, kind: "B", schoolType: "高校" }).output).toBe(true);
  });
});

describe("outcome (RULES 3.3, 3.5)", () => {
  it("R-COUNT-Y1 routine hiring does not count", () => {
    expect(rules({ ...HIRE, routineHiring: "○" })).toEqual(["R-COUNT-Y1"]);
  });
  it("R-COUNT-Y2 someone employed before the project counts only when converted to regular", () => {
    expect(rules({ ...HIRE, employedBeforeUse: "はい" })).toEqual(["R-COUNT-Y2"]);
    expect(judge({ ...HIRE, employedBeforeUse: "はい", outcome: "正社員転換" }).outcome).toBe(true);
    expect(rules({ ...SEEKER, employedBeforeUse: "はい", outcome: "転職" })).toEqual(["R-COUNT-Y2"]);
    expect(judge({ ...SEEKER, category: "転換希望者", employedBeforeUse: "はい", outcome: "正社員転換" }).outcome).toBe(true);
  });
  it("R-COUNT-Y3 a job offer before using the project does not count", () => {
    expect(rules({ ...SEEKER, offerBeforeUse: "あり" })).toEqual(["R-COUNT-Y3"]);
  });
  it("R-COUNT-Y4 the outcome date must be on or after the attendance date, and both given", () => {
    expect(judge({ ...SEEKER, outcomeOn: "2024/5/1" }).outcome).toBe(true);
    expect(rules({ ...SEEKER, outcomeOn: "2024/4/30" })).toEqual(["R-COUNT-Y4"]);
    expect(rules({ ...SEEKER, outcomeOn: null })).toEqual(["R-COUNT-Y4"]);
    expect(rules({ ...SEEKER, attendedOn: null })).toEqual(["R-COUNT-Y4"]);
    expect(rules({ ...HIRE, outcomePlace: null })).toEqual(["R-COUNT-Y4"]);
  });
  it("R-COUNT-Y4 a missing date names the blank column and says what to type", () => {
    const message = (cells: Partial<Record<LedgerKey, unknown>>) => judge(cells).failures.map((failure) => failure.message);
    expect(message({ ...SEEKER, outcomeOn: null })).toEqual(["成果日が空欄のため、成果が受講の後と確認できません。成果日を入力してください（例: 2024/6/1）"]);
    expect(message({ ...SEEKER, attendedOn: null })).toEqual(["受講日が空欄のため、成果が受講の後と確認できません。受講日を入力してください（例: 2024/5/1）"]);
    expect(message({ ...SEEKER, attendedOn: null, outcomeOn: null })).toEqual(["受講日と成果日が空欄のため、成果が受講の後と確認できません。受講日と成果日を入力してください（例: 2024/5/1）"]);
    expect(message({ ...SEEKER, outcomeOn: "2024/4/30" })).toEqual(["成果日が受講日より前です。受講の後の成果だけを計上します（日付の誤りなら受講日か成果日を直してください）"]);
  });
  it("R-COUNT-Y5 a founding without staff does not count", () => {
    expect(rules({ ...FOUNDER, foundingWithStaff: null })).toEqual(["R-COUNT-Y5"]);
  });
  it("R-COUNT-Y6 exactly 20 hours counts, 19.5 does not, blank hours for a job do not", () => {
    expect(judge({ ...SEEKER, weeklyHours: 20 }).outcome).toBe(true);
    expect(judge({ ...SEEKER, weeklyHours: "２０時間" }).outcome).toBe(true);
    expect(rules({ ...SEEKER, weeklyHours: 19.5 })).toEqual(["R-COUNT-Y6"]);
    expect(rules({ ...SEEKER, weeklyHours: null })).toEqual(["R-COUNT-Y6"]);
    expect(judge(FOUNDER).outcome).toBe(true); // a founding is not a job: hours do not apply
  });
  it("R-COUNT-Y6 reason text", () => {
    expect(formatReason(judge({ ...SEEKER, weeklyHours: 19.5 }).failures)).toBe("アウトカム×: 週所定労働時間20時間未満 (R-COUNT-Y6)");
  });
  it("R-COUNT-Y7 no outcome for a row that is not output, and every failed rule is named", () => {
    const judgement = judge({ ...SEEKER, intentConfirmed: null, weeklyHours: 10 });
    expect(judgement).toMatchObject({ output: false, outcome: false });
    expect(judgement.failures.map((failure) => failure.ruleId)).toEqual(["R-COUNT-X3", "R-COUNT-Y6", "R-COUNT-Y7"]);
    expect(formatReason(judgement.failures).split("; ")).toHaveLength(3);
  });
  it("R-COUNT-Z1 is information only: a row that cannot be counted is still judged, never an error", () => {
    expect(judge({ ...SEEKER, category: "在職者" })).toMatchObject({ output: false, outcome: false });
  });
  it("other combinations (e.g. 創業 in B) are ×", () => {
    expect(rules({ ...SEEKER, outcome: "創業" })).toEqual(["R-COUNT-BC1"]);
  });
});

describe("students (RULES 3.4)", () => {
  it("R-COUNT-X3 a student whose 意思確認 is explicitly いいえ is not output; blank stays allowed for students", () => {
    expect(judge({ ...STUDENT, intentConfirmed: null })).toMatchObject({ output: true, outcome: true });
    expect(judge({ ...STUDENT, intentConfirmed: "はい" })).toMatchObject({ output: true, outcome: true });
    expect(rules({ ...STUDENT, intentConfirmed: "いいえ" })).toEqual(["R-COUNT-X3", "R-COUNT-Y7"]);
    expect(judge({ ...STUDENT, intentConfirmed: "いいえ", outcome: null }).failures[0].message).toBe(
      "就職の意思がないと記録された学生は計上できません（意思を確認できたら意思確認に「はい」）",
    );
  });
  it("R-COUNT-S0 only final-year students with a school type are targets", () => {
    expect(rules({ ...STUDENT, finalYear: "いいえ", outcome: null })).toEqual(["R-COUNT-S0"]);
    expect(rules({ ...STUDENT, schoolType: null, outcome: null })).toEqual(["R-COUNT-S0"]);
    expect(rules({ ...STUDENT, kind: "A", outcome: null })).toEqual(["R-COUNT-S1"]);
  });

  // 001 「学校種別による事業対象、実績（アウトプット、アウトカム）計上の可否一覧」, written out from the seed
  // (not read from src): group, resides, job, A 計上, B target/output/outcome, C target/output/outcome.
  const SEED_TABLE = [
    ["大学等", "域外", "域内", "○", "○", "○", "○", "○", "○", "○"],
    ["大学等", "域外", "域外", "—", "○", "※3", "×", "○", "※3", "×"],
    ["大学等", "域内", "域内", "○", "○", "○", "○", "○", "○", "○"],
    ["大学等", "域内", "域外", "—", "○", "※3", "○", "○", "※3", "×"],
    ["高校等", "域外", "域内", "○", "△", "○", "○", "○", "×", "×"],
    ["高校等", "域外", "域外", "—", "△", "※3", "×", "○", "×", "×"],
    ["高校等", "域内", "域内", "○", "△", "○", "○", "○", "×", "×"],
    ["高校等", "域内", "域外", "—", "△", "※3", "○", "○", "×", "×"],
  ] as const;
  for (const [group, resides, job, aCounts, bTarget, bOutput, bOutcome, cTarget, cOutput, cOutcome] of SEED_TABLE) {
    it(`R-COUNT-S1 ${group} 居住${resides} 就職${job}: A 計上 ${aCounts} (the hiring 事業所's outcome)`, () => {
      expect(judge({ ...HIRE, outcomePlace: job }).outcome).toBe(aCounts === "○");
    });
    const columns = { B: [bTarget, bOutput, bOutcome], C: [cTarget, cOutput, cOutcome] } as const;
    for (const kind of ["B", "C"] as const) {
      const [target, output, outcome] = columns[kind];
      it(`R-COUNT-S1 ${group} 居住${resides} 就職${job} 取組${kind}: target ${target}, output ${output}, outcome ${outcome}`, () => {
        const cells = { ...STUDENT, kind, schoolType: group, location: resides, outcomePlace: job };
        const withoutWish = judge({ ...cells, wantsInArea: "いいえ" });
        const withWish = judge({ ...cells, wantsInArea: "はい" });
        // A target (○, or △ ※2 for seminars aimed at general job seekers) is never refused by S0.
        expect(target === "○" || target === "△").toBe(true);
        expect(withWish.failures.map((failure) => failure.ruleId)).not.toContain("R-COUNT-S0");
        // ○ counts; ※3 only for a student who wishes to work in the area; × never.
        expect(withWish.output).toBe(output !== "×");
        expect(withoutWish.output).toBe(output === "○");
        expect(withWish.outcome).toBe(output !== "×" && outcome === "○");
        expect(withoutWish.outcome).toBe(output === "○" && outcome === "○");
      });
    }
  }
});

describe("rows from the mutation review (RULES 3.5)", () => {
  it("R-COUNT-A3/A4 ② a person hired by the founding counts (○/○); under 20 hours it does not (R-COUNT-Y6)", () => {
    const hire = "A-2|A|創業希望者||H1|域内||はい|||45413|雇用|45444|域内|40|はい||||";
    expect(judgeRow(hire)).toMatchObject({ output: true, outcome: true, failures: [] });
    const short = "A-2|A|創業希望者||H1|域内||はい|||45413|雇用|45444|域内|10|はい||||";
    expect(judgeRow(short)).toMatchObject({ output: true, outcome: false });
    expect(ruleIds(short)).toEqual(["outcome:R-COUNT-Y6"]);
  });
  it("R-COUNT-Y2 a student employed before using the project is not a new hire", () => {
    const row = "B-1|B|学生||S1|域内|はい||大学|はい|45413|就職|45444|域内|30|||はい||";
    expect(judgeRow(row)).toMatchObject({ output: true, outcome: false });
    expect(ruleIds(row)).toEqual(["outcome:R-COUNT-Y2"]);
  });
  it("R-COUNT-X4 / R-COUNT-Y5 an explicit いいえ for 雇用を伴う創業: output × (X4), outcome × (Y5, Y7)", () => {
    const row = "A-2|A|創業希望者||F1|域内||はい|||45413|創業|45444|||いいえ||||";
    expect(judgeRow(row)).toMatchObject({ output: false, outcome: false });
    expect(ruleIds(row)).toEqual(["output:R-COUNT-X4", "outcome:R-COUNT-Y5", "outcome:R-COUNT-Y7"]);
  });
  it("R-COUNT-A1 an establishment's 就職 and R-COUNT-BC1 a job seeker's 雇用 are not their outcomes", () => {
    const establishment = "A-1|A|事業所|E1|P9|域内|||||45413|就職|45444|域内|40|||||";
    expect(judgeRow(establishment)).toMatchObject({ output: true, outcome: false });
    expect(ruleIds(establishment)).toEqual(["outcome:R-COUNT-A1"]);
    const seeker = "B-1|B|求職者||P1|域内||はい|||45413|雇用|45444|域内|30|||||";
    expect(judgeRow(seeker)).toMatchObject({ output: true, outcome: false });
    expect(ruleIds(seeker)).toEqual(["outcome:R-COUNT-BC1"]);
  });
  it("R-COUNT-BC1 a blank 所在・居住 cannot be confirmed: output × (BC1), outcome × (BC2 job outside, Y7); each says what to type", () => {
    const row = "B-1|B|求職者||P1||はい|はい|||45413|就職|45444|域外|30|||||";
    const judgement = judgeRow(row);
    expect(judgement).toMatchObject({ output: false, outcome: false });
    expect(ruleIds(row)).toEqual(["output:R-COUNT-BC1", "outcome:R-COUNT-BC2", "outcome:R-COUNT-Y7"]);
    expect(judgement.failures[0].message).toBe("所在・居住が空欄のため域内か確認できません。所在・居住に 域内 または 域外 を入力してください");
    expect(judgement.failures[1].message).toBe("所在・居住が空欄のため、域外での就職を計上できるか確認できません。所在・居住に 域内 または 域外 を入力してください");
  });
  it("R-COUNT-S1 a student's blank 所在・居住 with a job outside the area: B says to fill it; C cannot count either way", () => {
    const inB = judgeRow("B-1|B|学生||S1||はい||大学|はい|45413|就職|45444|域外|30|||||");
    expect(inB).toMatchObject({ output: true, outcome: false });
    expect(inB.failures).toEqual([{ measure: "outcome", ruleId: "R-COUNT-S1", message: "所在・居住が空欄のため、域外での就職を計上できるか確認できません。所在・居住に 域内 または 域外 を入力してください" }]);
    const inC = judgeRow("C-1|C|学生||S1||はい||大学|はい|45413|就職|45444|域外|30|||||");
    expect(inC.failures.map((failure) => failure.message)).toEqual(["取組Cでは、この学生の域外での就職はアウトカムに計上できません"]);
  });
  it("R-COUNT-Y4 a blank 成果地 where it must be 域内 says to fill 成果地", () => {
    expect(judge({ ...SEEKER, location: "域外", wantsInArea: "はい", outcomePlace: null }).failures[0].message).toBe(
      "成果地が空欄のため域内と確認できません。成果地に 域内 または 域外 を入力してください",
    );
  });
});
