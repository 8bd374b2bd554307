import { createFakeExcel } from "../../src/host/fake";

describe("fake Excel: load/sync semantics", () => {
  it("throws PropertyNotLoaded before load+sync, and applies queued writes only at sync", async () => {
    const excel = createFakeExcel();
    excel.workbook.setCell("S", "A1", 1);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.values = [[2, 3]];
      expect(excel.workbook.getCell("S", "A1")?.value).toBe(1);
      range.load("values,address");
      await context.sync();
      expect(range.values).toEqual([[2, 3]]);
      expect(range.address).toBe("S!A1:B1");
    });
    expect(excel.syncCount).toBe(1);
    expect(excel.writeCount).toBe(1);
  });

  it("null objects report isNullObject after a sync", async () => {
    const excel = createFakeExcel();
    excel.workbook.addSheet("ある");
    await excel.run(async (context) => {
      const present = context.workbook.worksheets.getItemOrNullObject("ある");
      const absent = context.workbook.tables.getItemOrNullObject("ない");
      expect(() => absent.isNullObject).toThrow();
      await context.sync();
      expect(present.isNullObject).toBe(false);
      expect(absent.isNullObject).toBe(true);
    });
  });

  it("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const excel = createFakeExcel();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("ない");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("a range written with the wrong shape fails; null elements leave cells alone", async () => {
    const excel = createFakeExcel();
    excel.workbook.setBlock("S", "A1", [["keep", "old"]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, "new"]] as never;
      await context.sync();
    });
    expect(excel.workbook.dump("S")).toEqual({ A1: "keep", B1: "new" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("tables, validation, formats, freeze and selection are modelled; onChange fires after writes", async () => {
    const excel = createFakeExcel();
    let changes = 0;
    excel.onChange(() => changes++);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("T");
      sheet.getRange("A1:B1").values = [["h1", "h2"]];
      const table = sheet.tables.add("A1:B3", true);
      table.name = "MyTable";
      sheet.getRange("B2:B3").dataValidation.rule = { list: { inCellDropDown: true, source: "はい,いいえ" } };
      sheet.getRange("A2:A3").numberFormat = [["0%"], ["0%"]];
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A:A").format.columnWidth = 120;
      sheet.freezePanes.freezeRows(1);
      sheet.getRange("B3").select();
      await context.sync();
    });
    const wb = excel.workbook;
    expect(wb.listTables()).toEqual([{ name: "MyTable", sheet: "T", address: "A1:B3" }]);
    expect(wb.getCell("T", "B3")?.validationList).toEqual(["はい", "いいえ"]);
    expect(wb.getCell("T", "A2")?.numberFormat).toBe("0%");
    expect(wb.getCell("T", "B1")?.bold).toBe(true);
    expect(wb.findSheet("T")?.columnWidths.get(0)).toBe(120);
    expect(wb.findSheet("T")?.frozenRows).toBe(1);
    expect(wb.selection).toEqual({ sheet: "T", address: "B3" });
    expect(changes).toBeGreaterThan(0);
  });

  it("writes to a protected sheet fail at sync with InvalidOperation", async () => {
    const excel = createFakeExcel();
    excel.workbook.addSheet("P");
    excel.workbook.protectSheet("P");
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("P").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(excel.workbook.getCell("P", "A1")).toBeUndefined();
  });

  it("failNextSyncWith rejects one sync, applies nothing, and still counts it", async () => {
    const excel = createFakeExcel();
    excel.failNextSyncWith("InvalidOperationInCellEditMode");
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("X");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(excel.workbook.listSheets()).toEqual([]);
    expect(excel.syncCount).toBe(1);
  });

  it("refuses a request or a response above 5 MB, like Excel on the web", async () => {
    const excel = createFakeExcel();
    excel.workbook.addSheet("Big");
    const rows = Array.from({ length: 60_000 }, () => ["あいうえおかきくけこ".repeat(3)]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:A60000").values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    excel.workbook.setBlock("Big", "A1", rows);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:A60000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
