import type { Finding } from "../../src/app";
import { sortFindings } from "../../src/taskpane/sortFindings";

const finding = (severity: Finding["severity"], ruleId: string): Finding => ({ severity, ruleId, message: "", sheet: "", address: "" });

test("findings list errors first, then warnings, then information, keeping the checker's order within each", () => {
  const sorted = sortFindings([finding("情報", "R-CHECK-11"), finding("警告", "R-CHECK-10"), finding("エラー", "R-CHECK-9"), finding("警告", "R-CHECK-3"), finding("エラー", "R-CHECK-1")]);
  expect(sorted.map((f) => f.ruleId)).toEqual(["R-CHECK-9", "R-CHECK-1", "R-CHECK-10", "R-CHECK-3", "R-CHECK-11"]);
});
