import { typedValue } from "../../src/preview/typedValue";

describe("typedValue (preview grid typing behaves like Excel's)", () => {
  test.each([
    ["10", 10],
    ["-2.5", -2.5],
    [" 7 ", 7],
    ["=SUM(A1:A3)", "=SUM(A1:A3)"],
    ["１０", "１０"], // full-width stays text so the checker's R-INPUT-1 handling is exercised
    ["409人", "409人"],
    ["<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"],
    ["", ""],
  ])("%p → %p", (typed, stored) => {
    expect(typedValue(typed)).toBe(stored);
  });
});
