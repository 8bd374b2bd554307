import fc from "fast-check";
import { parseDate } from "../../../src/core/dates/parseDate";
import { serialFromDate } from "../../../src/core/dates/serial";
import { formatWareki } from "../../../src/core/dates/wareki";
import { parseWarekiStyle } from "../../../src/core/dates/warekiStyle";
import { KoyoError } from "../../../src/core/errors";

const serial = (year: number, month: number, day: number): number => serialFromDate({ year, month, day }) as number;

describe("R-DATE-2 writing dates in the era calendar", () => {
  it.each([
    [serial(2024, 3, 31), "令和6年3月31日", "R6.3.31", "令和5年度"],
    [serial(2024, 4, 1), "令和6年4月1日", "R6.4.1", "令和6年度"],
    [43921, "令和2年3月31日", "R2.3.31", "令和元年度"],
    [43586, "令和元年5月1日", "R1.5.1", "令和元年度"],
    [43585, "平成31年4月30日", "H31.4.30", "令和元年度"],
    [serial(2019, 3, 31), "平成31年3月31日", "H31.3.31", "平成30年度"],
    [32516, "平成元年1月8日", "H1.1.8", "昭和63年度"],
    [32515, "昭和64年1月7日", "S64.1.7", "昭和63年度"],
    [serial(1989, 4, 1), "平成元年4月1日", "H1.4.1", "平成元年度"],
  ])("R-DATE-2 serial %d: %s, %s, %s", (value, long, short, fy) => {
    expect(formatWareki(value, "long")).toBe(long);
    expect(formatWareki(value, "short")).toBe(short);
    expect(formatWareki(value, "fy")).toBe(fy);
  });
  it("R-DATE-2 dates before 昭和 are #VALUE!", () => {
    expect(() => formatWareki(serial(1926, 12, 24), "long")).toThrow(KoyoError);
    expect(() => formatWareki(serial(1926, 3, 31), "fy")).toThrow(/昭和元年/u);
    expect(formatWareki(serial(1926, 12, 25), "long")).toBe("昭和元年12月25日");
  });
  it("R-DATE-2 long and short forms read back to the same date (era years of up to two digits, 令和99年)", () => {
    fc.assert(
      fc.property(fc.integer({ min: serial(1926, 12, 25), max: serial(2117, 12, 31) }), (value) => {
        expect(parseDate(formatWareki(value, "long"), "date")).toBe(value);
        expect(parseDate(formatWareki(value, "short"), "date")).toBe(value);
      }),
    );
  });
});

describe("R-DATE-2 the style argument", () => {
  it.each([
    [null, "long"],
    ["", "long"],
    ["long", "long"],
    ["LONG", "long"],
    ["長", "long"],
    ["short", "short"],
    ["ｓｈｏｒｔ", "short"],
    ["短", "short"],
    ["fy", "fy"],
    ["FY", "fy"],
    ["年度", "fy"],
  ])("R-DATE-2 %p is %s", (value, style) => {
    expect(parseWarekiStyle(value, "style")).toBe(style);
  });
  it.each(["iso", "西暦", 1, true])("R-INPUT-5 %p is #VALUE! listing the three styles", (value) => {
    expect(() => parseWarekiStyle(value, "style")).toThrow(/引数「style」.*long.*short.*fy/u);
  });
});
