/**
 * What every measurement hands back, and how the bench prints it: sections of Markdown tables,
 * budgets checked against measured values, and the small statistics the tables need.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { markdownTable } from 'markdown-table';
import { linearRegression, median } from 'simple-statistics';

/** A budget and what was measured against it; `ok: null` when it could not be measured here. */
export interface Budget {
  name: string;
  limit: string;
  measured: string;
  ok: boolean | null;
}

export interface Table {
  caption?: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface Section {
  id: string;
  title: string;
  tables: Table[];
  budgets: Budget[];
  /** Caveats and explanations printed under the tables. */
  notes: string[];
  /** Raw figures for the JSON file. */
  data: unknown;
}

export { median };

/** Growth exponent k of t ≈ c·nᵏ, by least squares on log n against log t. */
export function fitExponent(points: readonly { n: number; value: number }[]): {
  exponent: number;
  predict: (n: number) => number;
} {
  const { m, b } = linearRegression(points.map((p) => [Math.log(p.n), Math.log(p.value)]));
  return { exponent: m, predict: (n) => Math.exp(b + m * Math.log(n)) };
}

export function budget(name: string, limit: string, measured: string, ok: boolean | null): Budget {
  return { name, limit, measured, ok };
}

export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function machine(): Record<string, unknown> {
  const [cpu] = cpus();
  return {
    cpu: cpu?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function verdict(ok: boolean | null): string {
  return ok === null ? 'not measured' : ok ? 'met' : '**missed**';
}

export function renderSection(section: Section): string {
  const parts = [`## ${section.title}`];
  for (const table of section.tables) {
    if (table.caption) parts.push(table.caption);
    parts.push(markdownTable([table.columns, ...table.rows.map((row) => row.map(String))]));
  }
  if (section.budgets.length > 0) {
    parts.push(
      markdownTable([
        ['Budget', 'Limit', 'Measured', ''],
        ...section.budgets.map((b) => [b.name, b.limit, b.measured, verdict(b.ok)]),
      ]),
    );
  }
  if (section.notes.length > 0) parts.push(section.notes.map((note) => `- ${note}`).join('\n'));
  return parts.join('\n\n');
}
