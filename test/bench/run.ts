/**
 * `npm run bench`: times the ledger functions and CONTINUATION (menu tables) on generated inputs of 10k, 100k and 1M rows and
 * reports rows/s and memory. Each (function, size) runs in a child process of its own, so the
 * peak resident memory (the OS's max RSS) belongs to that run alone: it includes the input
 * arrays, as Excel's would be in memory too.
 * Targets: COUNTABLE ≥ 1,000,000 rows/s; peak < 300 MB at 100k rows.
 */
import { fork } from "node:child_process";
import { continuation } from "../../src/functions/continuation";
import { countable, outputtotal } from "../../src/functions/counting";
import { generateLedger, generateMenus } from "./ledger";

type BenchFunction = (input: unknown[][]) => unknown;

const FUNCTIONS: Readonly<Record<string, { generate: (rows: number) => unknown[][]; run: BenchFunction }>> = {
  COUNTABLE: { generate: generateLedger, run: (ledger) => countable(ledger) },
  OUTPUTTOTAL: { generate: generateLedger, run: (ledger) => outputtotal(ledger) },
  CONTINUATION: { generate: generateMenus, run: (menus) => continuation([[1]], menus, undefined, [[2024]]) },
};

const SIZES = [10_000, 100_000, 1_000_000];
const MB = 1024 * 1024;

interface Measurement {
  readonly name: string;
  readonly rows: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
  /** Heap the call added on top of its input, its result still alive: what our code costs. */
  readonly heapAddedMb: number;
}

/** In the child: build the input, warm the JIT on a small ledger, then time one call. */
function measure(name: string, rows: number): Measurement {
  const { generate, run } = FUNCTIONS[name];
  run(generate(2_000));
  const input = generate(rows);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const result = run(input);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const heapUsedMb = process.memoryUsage().heapUsed / MB;
  if (!Array.isArray(result) || result.length === 0) throw new Error(`${name} returned nothing`);
  return { name, rows, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, heapUsedMb, heapAddedMb: heapUsedMb - heapBefore / MB };
}

function runChild(name: string, rows: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--child", name, String(rows)], { execArgv: process.execArgv });
    child.on("message", (message) => resolve(message as Measurement));
    child.on("error", reject);
    child.on("exit", (code) => code !== 0 && reject(new Error(`${name} ${rows}: exit ${code}`)));
  });
}

async function main(): Promise<void> {
  if (process.argv[2] === "--child") {
    process.send?.(measure(process.argv[3], Number(process.argv[4])));
    return;
  }
  console.log("function       rows        seconds   rows/s        peak RSS MB  heap used MB  heap added MB");
  // `npm run bench -- COUNTABLE` measures only the functions named.
  const chosen = process.argv.slice(2);
  for (const name of Object.keys(FUNCTIONS).filter((name) => chosen.length === 0 || chosen.includes(name))) {
    for (const rows of SIZES) {
      const m = await runChild(name, rows);
      console.log(
        `${m.name.padEnd(14)} ${String(m.rows).padStart(9)}  ${m.seconds.toFixed(3).padStart(8)}  ${Math.round(m.rows / m.seconds).toLocaleString("en-US").padStart(12)}  ${m.peakRssMb.toFixed(0).padStart(11)}  ${m.heapUsedMb.toFixed(0).padStart(12)}  ${m.heapAddedMb.toFixed(0).padStart(13)}`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
