import { describe, expect, it } from 'vitest';
import { ALIAS_GROUPS, aliasKey, aliasSpellings } from '../../src/lib/aliases.ts';

describe('the alias table', () => {
  it('gives each group the key of its first name, as comparison tokens', () => {
    expect(ALIAS_GROUPS.map(aliasKey)).toContain('isis');
    expect(ALIAS_GROUPS.map(aliasKey)).toContain('united states');
    expect(new Set(ALIAS_GROUPS.map(aliasKey)).size).toBe(ALIAS_GROUPS.length);
  });

  it('never lists one spelling in two groups', () => {
    const seen = new Map<string, string>();
    for (const s of aliasSpellings()) {
      const id = `${s.exact ? 'exact:' : ''}${s.tokens.join(' ')}`;
      expect(seen.get(id) ?? s.key, id).toBe(s.key);
      seen.set(id, s.key);
    }
  });

  it('folds punctuation of acronyms, and keeps the short ones that are also words exact', () => {
    const us = aliasSpellings().filter((s) => s.key === 'united states');
    expect(us.find((s) => s.printed === 'U.S.')).toMatchObject({ tokens: ['us'], exact: true });
    expect(aliasSpellings().find((s) => s.printed === 'IS')).toMatchObject({ key: 'isis', exact: true });
    expect(aliasSpellings().find((s) => s.printed === 'Office of the Director of National Intelligence')?.key).toBe(
      'odni',
    );
  });
});
