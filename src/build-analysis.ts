/**
 * The Astro integration that analyses the stories beside Astro's own work. When `astro build`
 * starts (its config is set up, before the content sync and Vite's bundling) it starts a worker
 * thread (src/build-analysis-worker.ts) that reads every story and runs `cachedAnalysis` on it,
 * one story at a time, so the analysis cache holds every story's entry by the time the first page
 * asks for one; the pages then read entries back instead of loading the engine's dictionaries and
 * analysing on the main thread. The content sync and bundling keep the main thread busy; the
 * worker uses the second core.
 *
 * The worker only fills the cache. src/comparisons.ts still assembles the stories from Astro's
 * content collections, reports their errors, and looks each one up by the hash of its inputs: a
 * story the worker could not read or analyse, or read differently, is a cache miss and is
 * analysed on the main thread as without the worker, so what is built never depends on it.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';

/** Where the build's pages find the worker: one Node process holds both the integration and the pages. */
const WORKER = Symbol.for('parallax.build-analysis');

interface Running {
  worker: Worker;
  ended: Promise<void>;
}

type WithWorker = typeof globalThis & { [WORKER]?: Running };

/** Resolves when the build's analysis worker has ended, however it ended; at once when there is none (`astro dev`). */
export function analysisWorkerDone(): Promise<void> {
  const running = (globalThis as WithWorker)[WORKER];
  if (running === undefined) return Promise.resolve();
  // Waited for now, so it must keep the process alive (below).
  running.worker.ref();
  return running.ended;
}

export function buildAnalysis(): AstroIntegration {
  return {
    name: 'parallax:build-analysis',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const worker = new Worker(new URL('build-analysis-worker.ts', import.meta.url), {
          workerData: { root: fileURLToPath(config.root) },
        });
        // Until a page waits for it, the worker does not keep the process alive: a build that fails
        // before its pages (bad content) ends at once rather than after the analyses.
        worker.unref();
        // A failed worker costs time, not correctness: the pages analyse what it left undone.
        worker.on('error', (error) => {
          logger.warn(`the analysis worker failed (${error.message}); the build analyses the stories itself`);
        });
        const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        (globalThis as WithWorker)[WORKER] = { worker, ended };
      },
      'astro:build:done': () => {
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a symbol key
        delete (globalThis as WithWorker)[WORKER];
      },
    },
  };
}
