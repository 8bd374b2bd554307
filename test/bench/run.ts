/**
 * `npm run bench`: times the ledger functions and CONTINUATION (menu tables) on generated inputs (for the ledger functions, the realistic ledger and the worst case; see ledger.ts) of 10k, 100k and 1M rows and
 * reports rows/s and memory. Each (function, ledger, size) runs in a child process of its own, so the
 * peak resident memory (the OS's max RSS) belongs to that run alone: it includes the input
 * arrays, as Excel's would be in memory too.
 * Targets: COUNTABLE ≥ 1,000,000 rows/s on the realistic ledger (the worst case is reported too); peak < 300 MB at 100k rows.
 */
import { fork } from "node:child_process";
import { continuation } from "../../src/functions/continuation";
import { countable, outputtotal } from "../../src/functions/counting";
import { generateLedger, generateMenus, generateWorstCaseLedger } from "./ledger";

type BenchFunction = (input: unknown[][]) => unknown;
type Generate = (rows: number) => unknown[][];

/** The ledger functions run on both ledgers: the targets are judged on the realistic one. */
const LEDGERS: Readonly<Record<string, Generate>> = { realistic: generateLedger, "worst-case": generateWorstCaseLedger };

const FUNCTIONS: Readonly<Record<string, { inputs: Readonly<Record<string, Generate>>; run: BenchFunction }>> = {
  COUNTABLE: { inputs: LEDGERS, run: (ledger) => countable(ledger) },
  OUTPUTTOTAL: { inputs: LEDGERS, run: (ledger) => outputtotal(ledger) },
  CONTINUATION: { inputs: { menus: generateMenus }, run: (menus) => continuation([[1]], menus, undefined, [[2024]]) },
};

const SIZES = [10_000, 100_000, 1_000_000];
const MB = 1024 * 1024;

interface Measurement {
  readonly name: string;
  readonly input: string;
  readonly rows: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
  /** Heap the call added on top of its input, its result still alive: what our code costs. */
  readonly heapAddedMb: number;
}

/** In the child: build the input, warm the JIT on a small ledger, then time one call. */
function measure(name: string, inputName: string, rows: number): Measurement {
  const { inputs, run } = FUNCTIONS[name];
  const generate = inputs[inputName];
  run(generate(2_000));
  const input = generate(rows);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const result = run(input);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const heapUsedMb = process.memoryUsage().heapUsed / MB;
  if (!Array.isArray(result) || result.length === 0) throw new Error(`${name} returned nothing`);
  return { name, input: inputName, rows, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, heapUsedMb, heapAddedMb: heapUsedMb - heapBefore / MB };
}

function runChild(name: string, inputName: string, rows: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--child", name, inputName, String(rows)], { execArgv: process.execArgv });
    child.on("message", (message) => resolve(message as Measurement));
    child.on("error", reject);
    child.on("exit", (code) => code !== 0 && reject(new Error(`${name} ${rows}: exit ${code}`)));
  });
}

async function main(): Promise<void> {
  if (process.argv[2] === "--child") {
    process.send?.(measure(process.argv[3], process.argv[4], Number(process.argv[5])));
    return;
  }
  console.log("function      input       rows        seconds   rows/s        peak RSS MB  heap used MB  heap added MB");
  // `npm run bench -- COUNTABLE` measures only the functions named.
  const chosen = process.argv.slice(2);
  for (const name of Object.keys(FUNCTIONS).filter((name) => chosen.length === 0 || chosen.includes(name))) {
    for (const [inputName, rows] of Object.keys(FUNCTIONS[name].inputs).flatMap((input) => SIZES.map((size) => [input, size] as const))) {
      const m = await runChild(name, inputName, rows);
      console.log(
        `${m.name.padEnd(13)} ${m.input.padEnd(10)} ${String(m.rows).padStart(9)}  ${m.seconds.toFixed(3).padStart(8)}  ${Math.round(m.rows / m.seconds).toLocaleString("en-US").padStart(12)}  ${m.peakRssMb.toFixed(0).padStart(11)}  ${m.heapUsedMb.toFixed(0).padStart(12)}  ${m.heapAddedMb.toFixed(0).padStart(13)}`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
