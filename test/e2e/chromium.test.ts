import { e2eMode } from "./support/chromium";

describe("e2e gate (issue 6: skipped without chromium, mandatory in CI)", () => {
  const exists = (present: boolean) => () => present;
  test("runs when /usr/bin/chromium exists", () => {
    expect(e2eMode({}, exists(true))).toBe("run");
    expect(e2eMode({ KOYO_E2E_REQUIRED: "1" }, exists(true))).toBe("run");
  });
  test("skips without chromium unless required", () => {
    expect(e2eMode({}, exists(false))).toBe("skip");
    expect(e2eMode({ KOYO_E2E_REQUIRED: "0" }, exists(false))).toBe("skip");
  });
  test("fails without chromium when KOYO_E2E_REQUIRED=1", () => {
    expect(e2eMode({ KOYO_E2E_REQUIRED: "1" }, exists(false))).toBe("fail");
  });
});
