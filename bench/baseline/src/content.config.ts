/**
 * The baseline's content collections. The bare baseline has none; with BASELINE_COLLECTIONS=1 it
 * has exactly the site's own (src/content.config.ts: the glob loader over PARALLAX_CONTENT_DIR
 * and the same zod schemas), which the design requires, so that "the site against a baseline with
 * collections" compares like with like and leaves only analysis, components and styles.
 */
import { collections as site } from '../../../src/content.config.ts';

export const collections = process.env['BASELINE_COLLECTIONS'] === '1' ? site : {};
