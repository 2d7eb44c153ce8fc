/**
 * Time budgets that hold on any machine. Each time budget is stated for one reference machine;
 * the bench runs a calibration task (bench/calibration.ts) in the same run and checks
 *
 *   measured here ÷ speed factor ≤ budget,   speed factor = calibration here ÷ calibration on the reference machine
 *
 * so a machine twice as slow, or twice as busy, is allowed twice the time; the report keeps the
 * absolute figure beside the scaled one. The calibration task uses none of the project's code, so
 * a slower engine or page is never hidden by a slower yardstick.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { median, ms } from './report.ts';

const run = promisify(execFile);

/**
 * The machine the budgets are stated for, and the calibration task's time on it. The budgets
 * were set on an AMD EPYC (2 cores, Node 24.21, quiet; bench/results of 2026-11-22) before the
 * calibration task existed, when all-pairs at 20 outlets (bench/all-pairs.ts at commit 57f9fd2)
 * took 3,482 ms there. On the 2-core Xeon below, twelve runs of the task alternated with six of
 * that all-pairs, each timed by its own CPU time (which other processes on a busy machine barely
 * change), took 676.5 ms and 7,993 ms (medians; the runs agreed within ±3 %): a ratio of 0.0846,
 * so the task takes 0.0846 × 3,482 ms = 295 ms on the reference machine.
 */
export const REFERENCE_MACHINE = {
  name: 'AMD EPYC, 2 cores, Node 24.21, quiet',
  calibrationMs: 295,
};

/**
 * The 2-core Intel Xeon 2.5 GHz some budgets are stated for ("the full build of 1,000 stories
 * takes at most 10 minutes on this machine"): the calibration task's CPU time there, measured as
 * above, and so its speed factor against the reference machine (2.29).
 */
export const XEON = { name: 'Intel Xeon 2.5 GHz, 2 cores, Node 24.21', calibrationMs: 676.5 };

/** A time budget stated for the Xeon, as the same budget on the reference machine. */
export function xeonBudgetOnReference(timeMs: number): number {
  return timeMs * (REFERENCE_MACHINE.calibrationMs / XEON.calibrationMs);
}

/** Calibration runs before, and again after, the measurements a speed factor is for. */
const CALIBRATION_RUNS = 3;

export interface MachineSpeed {
  /** Calibration task here: median and each run. */
  ms: number;
  runs: number[];
  /** How many times slower than the reference machine this machine was while it was measured. */
  factor: number;
}

/** The calibration task in `runs` fresh processes. */
export async function calibrate(runs = CALIBRATION_RUNS): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, ['bench/calibration.ts']);
    times.push((JSON.parse(stdout) as { ms: number }).ms);
  }
  return times;
}

export function speedOf(runs: number[]): MachineSpeed {
  const here = median(runs);
  return { ms: here, runs, factor: here / REFERENCE_MACHINE.calibrationMs };
}

/**
 * Runs `measure` between two sets of calibration runs, and returns its result with the machine's
 * speed while it ran: on a shared machine the load changes from minute to minute, so the factor
 * is measured around each measurement rather than once per bench run.
 */
export async function withSpeed<T>(
  what: string,
  measure: () => Promise<T>,
  log: (line: string) => void = console.error,
): Promise<{ result: T; speed: MachineSpeed }> {
  log(`calibration before ${what}`);
  const before = await calibrate();
  const result = await measure();
  log(`calibration after ${what}`);
  const after = await calibrate();
  return { result, speed: speedOf([...before, ...after]) };
}

/** A time measured here, scaled to the reference machine. */
export function onReference(timeMs: number, speed: MachineSpeed): number {
  return timeMs / speed.factor;
}

/** "52.7 ms here = 12.9 ms on the reference machine", for a report cell. */
export function scaledCell(timeMs: number, speed: MachineSpeed): string {
  return `${ms(timeMs)} here = ${ms(onReference(timeMs, speed))} on the reference machine`;
}

/** One line for a section's notes: what the factor was and how it was measured. */
export function speedNote(speed: MachineSpeed): string {
  return `Time budgets are checked on the reference machine (${REFERENCE_MACHINE.name}): measured ÷ speed factor, where the speed factor ${speed.factor.toFixed(2)} = the calibration task here (median ${ms(speed.ms)} of ${speed.runs.map((t) => ms(t)).join(', ')}) ÷ ${ms(REFERENCE_MACHINE.calibrationMs)} there (bench/reference.ts).`;
}
