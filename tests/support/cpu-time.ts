/**
 * `node tests/support/cpu-time.ts <command> [args…]`: runs a command and prints its wall time and
 * the CPU time (user + system) of it and of every process it starts, Chromium's included, read
 * from /proc (Linux). `time` misses Chromium: its renderers are reaped by no process of the
 * command, so their CPU never reaches the command's own totals (a page spinning 5 s in Chromium
 * under `time node …` showed 1.8 s). Sampled every SAMPLE_MS; a process's last few milliseconds
 * before it exits, and a process that lives less than that, are missed.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Often enough to see every page's renderer, rarely enough to cost little of the CPU it measures. */
const SAMPLE_MS = 200;
/** Clock ticks per second of /proc/<pid>/stat's times: USER_HZ, 100 on every Linux build in use. */
const TICKS_PER_SECOND = 100;

interface Sample {
  ppid: number;
  ticks: number;
  started: string;
  name: string;
}

function sample(pid: number): Sample | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // exited since the directory was listed
  }
  // The name is in parentheses and may hold spaces; the fields after it are space-separated.
  const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state, ppid, …, utime (12th), stime (13th), …, starttime (20th).
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), started: fields[19] ?? '', name };
}

const [command, ...args] = process.argv.slice(2);
if (command === undefined) {
  console.error('usage: node tests/support/cpu-time.ts <command> [args…]');
  process.exit(2);
}
const started = performance.now();
const child = spawn(command, args, { stdio: 'inherit' });
const family = new Set([child.pid!]);
/** Last CPU ticks seen of each process, by pid and start time (pids are reused). */
const seen = new Map<string, { ticks: number; name: string }>();

function look(): void {
  const all = new Map<number, Sample>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const found = sample(Number(entry));
    if (found !== undefined) all.set(Number(entry), found);
  }
  // A process belongs to the family when its parent does, however deep.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of all) {
      if (!family.has(pid) && family.has(ppid)) {
        family.add(pid);
        grew = true;
      }
    }
  }
  for (const pid of family) {
    const found = all.get(pid);
    if (found !== undefined) seen.set(`${pid}@${found.started}`, { ticks: found.ticks, name: found.name });
  }
}

const timer = setInterval(look, SAMPLE_MS);
child.on('exit', (code) => {
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  const byName = new Map<string, number>();
  for (const { ticks, name } of seen.values()) {
    const key = /chrom/i.test(name) ? 'chromium' : 'node and others';
    byName.set(key, (byName.get(key) ?? 0) + ticks / TICKS_PER_SECOND);
  }
  const cpu = [...byName.values()].reduce((sum, s) => sum + s, 0);
  const parts = [...byName].map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ');
  console.error(`wall ${wall.toFixed(1)} s, CPU ${cpu.toFixed(1)} s (${parts})`);
  process.exit(code ?? 1);
});
