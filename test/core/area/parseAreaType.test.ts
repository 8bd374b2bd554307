import { parseAreaType, parseOptionalAreaType } from "../../../src/core/area/parseAreaType";
import { KoyoError } from "../../../src/core/errors";

describe("R-AREA-8 member types as typed", () => {
  it.each([
    ["雇用機会不足地域", "雇用機会不足地域"],
    ["不足", "雇用機会不足地域"],
    ["不足\n地域", "雇用機会不足地域"],
    ["過疎等地域", "過疎等地域"],
    ["過疎", "過疎等地域"],
    ["過疎地域", "過疎等地域"],
    ["　非該当　", "非該当"],
    ["該当なし", "非該当"],
  ])("R-AREA-8 reads %j as %s", (typed, expected) => {
    expect(parseAreaType(typed, "member_types")).toBe(expected);
  });
  it("R-INPUT-6 a blank is null for the optional parser and an error for the required one", () => {
    expect(parseOptionalAreaType("  ", "member_types")).toBeNull();
    expect(() => parseAreaType(null, "member_types")).toThrow(/引数「member_types」が空欄/u);
  });
  it("R-INPUT-5 anything else is #VALUE! naming the argument and the three words", () => {
    expect(() => parseAreaType("該当", "member_types")).toThrow(KoyoError);
    expect(() => parseAreaType(1, "member_types")).toThrow(/雇用機会不足地域（不足）、過疎等地域（過疎）、非該当/u);
  });
});
