import { isDarkColor } from "../../src/taskpane/isDarkColor";

describe("isDarkColor (follows the Office theme)", () => {
  test.each([
    ["#FFFFFF", false],
    ["#262626", true], // Office Black
    ["#444444", true], // Office Dark Gray
    ["#E6E6E6", false], // Office Colorful/White controls
    ["#000", true],
    ["#fff", false],
    ["", false],
    [undefined, false],
    ["red", false],
  ])("%p dark: %p", (hex, dark) => {
    expect(isDarkColor(hex)).toBe(dark);
  });
});
