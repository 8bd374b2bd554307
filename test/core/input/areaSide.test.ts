import fc from "fast-check";
import { KoyoError } from "../../../src/core/errors";
import { parseAreaSide, parseOptionalAreaSide } from "../../../src/core/input/areaSide";

const read = (value: unknown): string => parseAreaSide(value, "residence");

describe("R-INPUT-4 inside / outside the area", () => {
  it.each(["域内", "地域内", "内", "市内", "町内", "村内", "区内", " 域 内 "])("R-INPUT-4 %p is 域内", (value) => {
    expect(read(value)).toBe("域内");
  });
  it.each(["域外", "地域外", "外", "市外", "町外", "村外", "区外"])("R-INPUT-4 %p is 域外", (value) => {
    expect(read(value)).toBe("域外");
  });
  it.each(["県内", "国外", 1, true])("R-INPUT-5 %p is #VALUE! listing the words", (value) => {
    expect(() => read(value)).toThrow(/引数「residence」.*域内 または 域外/u);
  });
  it("R-INPUT-6 blank", () => {
    expect(parseOptionalAreaSide("", "residence")).toBeNull();
    expect(() => read(undefined)).toThrow(/引数「residence」が空欄/u);
  });
  it("R-INPUT-5 any input is 域内/域外, blank, or a KoyoError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string()), (value) => {
        try {
          expect([null, "域内", "域外"]).toContain(parseOptionalAreaSide(value, "residence"));
        } catch (error) {
          expect(error).toBeInstanceOf(KoyoError);
        }
      }),
    );
  });
});
