import fc from "fast-check";
import { KoyoError } from "../../../src/core/errors";
import { parseNumber, parseOptionalNumber } from "../../../src/core/input/number";

const read = (value: unknown): number => parseNumber(value, "amount");

describe("R-INPUT-1 numbers as staff type them", () => {
  it.each([
    [1.23, 1.23],
    [-4, -4],
    ["1.23", 1.23],
    ["１．２３", 1.23],
    ["1,234", 1234],
    ["１，２３４", 1234],
    ["1.23倍", 1.23],
    ["409人", 409],
    ["10社", 10],
    ["3時間", 3],
    ["12名", 12],
    ["5件", 5],
    ["  42  ", 42],
    ["\u300042\u3000", 42],
    [".5", 0.5],
    ["+7", 7],
    ["1,000円/人", 1000],
  ])("R-INPUT-1 %p reads as %p", (value, expected) => {
    expect(read(value)).toBe(expected);
  });
  it.each([
    ["10,072千円", 10_072_000],
    ["１０，０７２千円", 10_072_000],
    ["100万円", 1_000_000],
    ["1.5億円", 150_000_000],
    ["2百万円", 2_000_000],
    ["1.1千円", 1100],
    ["¥1,000,000", 1_000_000],
    ["￥1,000,000", 1_000_000],
    ["1,000,000円", 1_000_000],
    ["5千円/人", 5000],
  ])("R-INPUT-1 money units scale: %p = %p", (value, expected) => {
    expect(read(value)).toBe(expected);
  });
  it.each([
    ["▲100", -100],
    ["△1,000千円", -1_000_000],
    ["−5", -5],
    ["－5", -5],
    ["-5", -5],
  ])("R-INPUT-1 minus signs incl. ▲ and △: %p = %p", (value, expected) => {
    expect(read(value)).toBe(expected);
  });
  it("R-INPUT-2 a percent sign reads as a fraction, as in Excel", () => {
    expect(read("85%")).toBe(0.85);
    expect(read("８５％")).toBe(0.85);
    expect(read("85 %")).toBe(0.85);
  });
  it.each(["abc", "1,23", "1.2.3", "12kg", "%", "千円", "1e5", "¥", "1千円%", "12/", "/人", true, {}, Number.NaN, Number.POSITIVE_INFINITY, "9".repeat(400)])(
    "R-INPUT-5 %p is #VALUE! naming the argument and what to type",
    (value) => {
      expect(() => read(value)).toThrow(KoyoError);
      expect(() => read(value)).toThrow(/引数「amount」.*数値を入力してください/u);
    },
  );
  it("R-INPUT-6 blanks: null, undefined, empty and whitespace-only text", () => {
    for (const blank of [null, undefined, "", "   ", "\u3000"]) expect(parseOptionalNumber(blank, "amount")).toBeNull();
    expect(() => read("")).toThrow(/引数「amount」が空欄/u);
  });
  it("R-INPUT-1 a typed integer with separators reads back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(read(n.toLocaleString("en-US"))).toBe(n);
        expect(read(`${n}人`)).toBe(n);
      }),
    );
  });
  it("R-INPUT-5 any input either parses to a finite number, is blank, or throws a KoyoError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double(), fc.stringMatching(/^[-▲¥\d,.千万億円人%％ ]{0,12}$/u)), (value) => {
        try {
          const result = parseOptionalNumber(value, "amount");
          if (result !== null) expect(Number.isFinite(result)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(KoyoError);
        }
      }),
    );
  });
});
