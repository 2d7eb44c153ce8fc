import { describe, expect, it } from 'vitest';
import {
  joinNames,
  percent,
  plural,
  readableDate,
  readableDateRange,
  shortName,
  textDirection,
  urlPieces,
} from '../../../src/view/format.ts';

describe('format helpers', () => {
  it('rounds shares to whole percentages', () => {
    expect(percent(0.437)).toBe('44%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });

  it('abbreviates outlet names by their capitals and digits, or their first letters', () => {
    expect(shortName('Kurdistan24')).toBe('K24');
    expect(shortName('Top Real News')).toBe('TRN');
    expect(shortName('bne IntelliNews')).toBe('IN');
    expect(shortName('daljoog')).toBe('dal');
  });

  it('writes the calendar date as given, whatever the time zone of the time', () => {
    expect(readableDate('2026-02-18T20:34:00-05:00')).toBe('18 February 2026');
    expect(readableDate('not a date')).toBe('not a date');
  });

  it('writes a range of dates once, sharing the month and year they share', () => {
    expect(readableDateRange('2026-02-18', '2026-02-18T23:00:00-05:00')).toBe('18 February 2026');
    // ICU puts thin spaces around the dash.
    const spaced = (text: string): string => text.replace(/\s/g, ' ');
    expect(spaced(readableDateRange('2026-02-16', '2026-02-18'))).toBe('16 – 18 February 2026');
    expect(spaced(readableDateRange('2026-01-30', '2026-02-02'))).toBe('30 January – 2 February 2026');
    expect(spaced(readableDateRange('2025-12-30', '2026-01-02'))).toBe('30 December 2025 – 2 January 2026');
  });

  it('counts and joins for prose', () => {
    expect(plural(1, 'sentence')).toBe('1 sentence');
    expect(plural(3, 'quote')).toBe('3 quotes');
    expect(plural(2, 'analysis', 'analyses')).toBe('2 analyses');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('knows which languages read right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
  });

  it('cuts an address after each slash, so a line breaks there and not inside a number', () => {
    const url = 'https://www.kurdistan24.net/en/story/895037/us-official-reveals-operation';
    expect(urlPieces(url)).toEqual([
      'www.kurdistan24.net/',
      'en/',
      'story/',
      '895037/',
      'us-official-reveals-operation',
    ]);
    expect(urlPieces('https://daljoognews.com/?p=17747').join('')).toBe('daljoognews.com/?p=17747');
  });
});
