import { ERAS, eraOfSerial, findEra } from "../../../src/core/dates/eras";

describe("R-DATE-2 eras", () => {
  it("R-DATE-2 finds an era by kanji or by letter in any case", () => {
    expect(findEra("令和")?.firstYear).toBe(2019);
    expect(findEra("h")?.name).toBe("平成");
    expect(findEra("S")?.name).toBe("昭和");
    expect(findEra("M")).toBeUndefined();
  });
  it("R-DATE-2 the change of era: 2019-04-30 is 平成, 2019-05-01 is 令和; 1989-01-07 is 昭和, 01-08 平成", () => {
    expect(eraOfSerial(43585)?.name).toBe("平成");
    expect(eraOfSerial(43586)?.name).toBe("令和");
    expect(eraOfSerial(32515)?.name).toBe("昭和");
    expect(eraOfSerial(32516)?.name).toBe("平成");
  });
  it("R-DATE-2 no era before 昭和 (1926-12-25)", () => {
    expect(eraOfSerial(ERAS[2].startSerial - 1)).toBeUndefined();
  });
});
