import { readFile } from 'node:fs/promises';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { fileFor, listPages } from './site.ts';

/** Every html-validate error on every page of a built site, under the project's .htmlvalidate.json. */
export async function htmlProblems(distDir: string, base: string): Promise<string[]> {
  const config = JSON.parse(await readFile('.htmlvalidate.json', 'utf8')) as ConfigData;
  const validator = new HtmlValidate(config);
  const problems: string[] = [];
  for (const page of await listPages(distDir, base)) {
    const report = await validator.validateFile(fileFor(distDir, base, page) ?? '');
    for (const { messages } of report.results) {
      for (const m of messages)
        problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? 'document'})`);
    }
  }
  return problems;
}
