/**
 * Preloaded into a process the bench measures (`node --import ./bench/rusage.ts …`): when that
 * process exits, it writes its own resource usage (`process.resourceUsage()`: peak resident
 * memory, user and system CPU time) to the file named by PARALLAX_BENCH_RUSAGE. Node has no
 * portable way to read a child's usage from its parent, and the build runs Astro in-process, so
 * this is the build's own peak memory, threads included (not esbuild's helper process).
 */
import { writeFileSync } from 'node:fs';

const file = process.env['PARALLAX_BENCH_RUSAGE'];
if (file !== undefined) {
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify(process.resourceUsage()));
  });
}
