import { KoyoError } from "../../core/errors";
import { toCell, toCellError } from "./cellError";
import { asMatrix, shapeOf, type CellInput, type CellOutput } from "./matrix";

/** One argument of a lifting function: its name (as Excel shows it) and what Excel passed. */
export type NamedArgument = readonly [name: string, value: unknown];

/**
 * Applies a per-cell rule over arguments that may each be a cell or a range (FUNCTIONS.md
 * "Lifting"): a 1×1 argument pairs with every cell, other shapes must be equal. The result
 * has the broadcast shape, so a single-cell call gives a 1×1 result (one value in the cell)
 * and one formula can spill over a column. A bad element becomes an error in its own cell;
 * the others still compute. Differing shapes give one #VALUE! naming the arguments.
 */
export function lift(
  args: readonly NamedArgument[],
  compute: (...cells: CellInput[]) => string | number | boolean,
): CellOutput[][] {
  const matrices = args.map(([, value]) => asMatrix(value));
  const shapes = matrices.map(shapeOf);
  const ranged = shapes
    .map((shape, index) => ({ shape, name: args[index][0] }))
    .filter(({ shape }) => shape.rows !== 1 || shape.columns !== 1);
  const target = ranged[0]?.shape ?? { rows: 1, columns: 1 };
  const mismatch = ranged.find(({ shape }) => shape.rows !== target.rows || shape.columns !== target.columns);
  if (mismatch) {
    const describe = ({ shape, name }: (typeof ranged)[number]): string => `${name}（${shape.rows}行×${shape.columns}列）`;
    return [[
      toCellError(
        new KoyoError(
          "#VALUE!",
          `範囲の大きさがそろっていません: ${describe(ranged[0])} と ${describe(mismatch)}。同じ大きさの範囲か、1つのセルを指定してください。`,
        ),
      ),
    ]];
  }
  const result: CellOutput[][] = [];
  for (let row = 0; row < target.rows; row++) {
    const outputRow: CellOutput[] = [];
    for (let column = 0; column < target.columns; column++) {
      const cells = matrices.map((matrix) => (matrix.length === 1 && matrix[0].length === 1 ? matrix[0][0] : matrix[row][column]));
      outputRow.push(toCell(() => compute(...cells)));
    }
    result.push(outputRow);
  }
  return result;
}
