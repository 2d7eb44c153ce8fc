import { describe, expect, it } from 'vitest';
import { RecentReads } from '../../src/data/recent-reads.ts';

/** A read that settles when the test says so, and a count of reads per key. */
function controlledReads() {
  const counts = new Map<string, number>();
  const pending: { key: string; resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const read = (key: string) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return new Promise<string>((resolve, reject) => pending.push({ key, resolve, reject }));
  };
  return { counts, pending, read };
}

describe('RecentReads', () => {
  it('shares a recent read and reads again once a key has been pushed out', async () => {
    const { counts, pending, read } = controlledReads();
    const reads = new RecentReads(2, read);
    const first = reads.get('story-a');
    expect(reads.get('story-a')).toBe(first);
    void reads.get('story-b');
    void reads.get('story-c');
    void reads.get('story-a');
    for (const p of pending) p.resolve(`${p.key} analysis`);
    await expect(first).resolves.toBe('story-a analysis');
    expect(Object.fromEntries(counts)).toEqual({ 'story-a': 2, 'story-b': 1, 'story-c': 1 });
  });

  it('tries a failed read again', async () => {
    const { counts, pending, read } = controlledReads();
    const reads = new RecentReads(4, read);
    const failed = reads.get('story-a');
    pending[0]!.reject(new Error('EIO'));
    await expect(failed).rejects.toThrow('EIO');
    void reads.get('story-a');
    expect(counts.get('story-a')).toBe(2);
  });

  it('keeps a newer read of a key when an older read of it, pushed out meanwhile, fails', async () => {
    const { counts, pending, read } = controlledReads();
    const reads = new RecentReads(1, read);
    const older = reads.get('story-a');
    void reads.get('story-b'); // pushes the older read of story-a out
    const newer = reads.get('story-a'); // pushes story-b out; a second read of story-a
    pending[0]!.reject(new Error('EIO'));
    await expect(older).rejects.toThrow('EIO');
    pending[2]!.resolve('story-a analysis');
    await expect(newer).resolves.toBe('story-a analysis');
    expect(reads.get('story-a')).toBe(newer);
    expect(counts.get('story-a')).toBe(2);
  });
});
