import { KoyoError } from "../errors";
import { parseCount } from "../input/count";
import { isBlank } from "../input/text";

const shapeText = (rows: readonly (readonly unknown[])[]): string =>
  `${rows.length}行×${rows.reduce((widest, row) => Math.max(widest, row.length), 0)}列`;

/**
 * R-AREA-7 input: two ranges of the same size holding, cell by cell, one municipality's
 * 有効求人数 and 有効求職者数. A pair blank in both ranges is a spare row and is skipped; a
 * figure in one range with a blank in the other is a mistake (a sum would silently pair the
 * wrong municipalities), so it is an error naming the cell's position in the range.
 */
export function pairedCounts(
  openings: readonly (readonly unknown[])[],
  seekers: readonly (readonly unknown[])[],
  names: { readonly openings: string; readonly seekers: string },
): { openings: number[]; seekers: number[] } {
  const sameShape =
    openings.length === seekers.length && openings.every((row, index) => row.length === seekers[index].length);
  if (!sameShape) {
    throw new KoyoError(
      "#VALUE!",
      `範囲の大きさがそろっていません: ${names.openings}（${shapeText(openings)}）と ${names.seekers}（${shapeText(seekers)}）。同じ大きさの範囲を指定してください。`,
    );
  }
  const result = { openings: [] as number[], seekers: [] as number[] };
  openings.forEach((row, rowIndex) =>
    row.forEach((opening, columnIndex) => {
      const seeker = seekers[rowIndex][columnIndex];
      if (isBlank(opening) && isBlank(seeker)) return;
      if (isBlank(opening) || isBlank(seeker)) {
        const [blank, filled] = isBlank(opening) ? [names.openings, names.seekers] : [names.seekers, names.openings];
        throw new KoyoError(
          "#VALUE!",
          `範囲の ${rowIndex + 1} 行 ${columnIndex + 1} 列目は、${filled} に数値がありますが ${blank} が空欄です。同じ位置に両方の人数を入力するか、両方を空欄にしてください。`,
        );
      }
      result.openings.push(parseCount(opening, names.openings));
      result.seekers.push(parseCount(seeker, names.seekers));
    }),
  );
  return result;
}
