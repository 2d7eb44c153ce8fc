/**
 * Outlet names compared as a reader would: "bne IntelliNews" and "BNE Intellinews" are one outlet,
 * "Fox News" is part of "Fox News Digital". The content checks (two articles for one outlet) and
 * provenance (who credits whom, republication chains) use these and nothing else.
 */

/** Lower-cased name with everything but letters and digits dropped: "bne IntelliNews" → "bneintellinews". */
export function outletKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Same outlet, or one a part of the other ("Fox News" and "Fox News Digital"). */
export function sameOutlet(a: string, b: string): boolean {
  const [x, y] = [outletKey(a), outletKey(b)];
  return x !== '' && y !== '' && (x.startsWith(y) || y.startsWith(x));
}
