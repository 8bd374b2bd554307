import { LIST } from "../formats";
import type { KitSheet } from "../types";

export const COUNCIL_TABLE = "KOYO_Council";
export const COUNCIL_COLUMNS = { name: "名称", kind: "種別", role: "役割" } as const;

export const COUNCIL_SHEET: KitSheet = {
  id: "council",
  name: "協議会",
  labelEn: "Council",
  title: "地域雇用創造協議会 構成員名簿",
  notes: ["※ 協議会には市町村と地域の経済団体が少なくとも1つずつ必要です (R-PROG-7)。"],
  freezeRows: 4,
  tables: [
    {
      name: COUNCIL_TABLE,
      at: "A4",
      rows: 8,
      columns: [
        { header: COUNCIL_COLUMNS.name, width: 220 },
        { header: COUNCIL_COLUMNS.kind, width: 150, list: LIST.councilKind },
        { header: COUNCIL_COLUMNS.role, width: 220 },
        { header: "備考", width: 220 },
      ],
    },
  ],
};
