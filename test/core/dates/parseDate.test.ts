import fc from "fast-check";
import { parseDate, parseOptionalDate } from "../../../src/core/dates/parseDate";
import { KoyoError } from "../../../src/core/errors";

const read = (value: unknown): number => parseDate(value, "date");

describe("R-DATE-2 reading dates", () => {
  it.each([
    ["平成32年3月31日", 43921],
    ["令和2年3月31日", 43921],
    ["R2.3.31", 43921],
    ["R2/3/31", 43921],
    ["r2-3-31", 43921],
    ["Ｒ２．３．３１", 43921],
    ["令和２年３月３１日", 43921],
    ["　令和 2 年 3 月 31 日　", 43921],
    ["2020/3/31", 43921],
    ["2020-03-31", 43921],
    ["2020年3月31日", 43921],
    ["令和元年5月1日", 43586],
    ["R1.5.1", 43586],
    ["H31.4.30", 43585],
    ["平成元年1月8日", 32516],
    ["昭和64年1月7日", 32515],
  ])("R-DATE-2 %s = %d", (text, serial) => {
    expect(read(text)).toBe(serial);
  });
  it("R-DATE-2 a serial passes through, time of day dropped", () => {
    expect(read(43921)).toBe(43921);
    expect(read(43921.5)).toBe(43921);
  });
  it.each(["2024年2月30日", "令和1年4月30日", "R1.4.30", "平成0年1月1日", "平成元年1月7日", "2023/2/29", "R6.13.1", "1900/2/28"])(
    "R-DATE-2 impossible date %s is #VALUE! saying so",
    (text) => {
      expect(() => read(text)).toThrow(KoyoError);
      expect(() => read(text)).toThrow(/その日付はありません/u);
    },
  );
  it.each(["明日", "M45.1.1", "2024/3", true, 60, 2_958_466, Number.NaN])("R-INPUT-5 %p is #VALUE! naming the argument", (value) => {
    expect(() => read(value)).toThrow(/引数「date」/u);
  });
  it("R-DATE-2 Excel's last day 9999-12-31 (with a time) is accepted; the day after is not", () => {
    expect(read(2_958_465.9)).toBe(2_958_465);
    expect(read("9999/12/31")).toBe(2_958_465);
  });
  it("R-INPUT-6 blank is null (optional) or an error naming the argument (required)", () => {
    expect(parseOptionalDate("　", "date")).toBeNull();
    expect(() => read(undefined)).toThrow(/引数「date」が空欄/u);
  });
  it("R-INPUT-5 any input parses to a whole serial in Excel's range or throws a KoyoError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double()), (value) => {
        try {
          const serial = parseOptionalDate(value, "date");
          if (serial !== null) {
            expect(Number.isInteger(serial)).toBe(true);
            expect(serial).toBeGreaterThanOrEqual(61);
            expect(serial).toBeLessThanOrEqual(2_958_465);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(KoyoError);
        }
      }),
    );
  });
});
