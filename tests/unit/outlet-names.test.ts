import { describe, expect, it } from 'vitest';
import { outletKey, sameOutlet } from '../../src/lib/outlet-names.ts';

describe('outletKey', () => {
  it('ignores case, spaces, punctuation and accents', () => {
    expect(outletKey('bne IntelliNews')).toBe('bneintellinews');
    expect(outletKey('BNE Intelli-News')).toBe('bneintellinews');
    expect(outletKey('Le Monde Diplomatique')).toBe(outletKey('le monde diplomatique'));
    expect(outletKey('Télé Liban')).toBe('teleliban');
  });

  it('keeps names apart that differ in letters or digits', () => {
    expect(outletKey('Kurdistan24')).not.toBe(outletKey('Kurdistan 25'));
  });
});

describe('sameOutlet', () => {
  it('treats an outlet and its digital edition as one source', () => {
    expect(sameOutlet('Fox News', 'Fox News Digital')).toBe(true);
    expect(sameOutlet('Fox News Digital', 'fox news')).toBe(true);
  });

  it('keeps different outlets apart, and an empty name matches nothing', () => {
    expect(sameOutlet('Fox News', 'Las Vegas News Magazine')).toBe(false);
    expect(sameOutlet('', 'Fox News')).toBe(false);
  });
});
