/**
 * The last few reads of something kept on disk, by key, as promises: a caller asking for a key
 * read recently shares that read instead of reading the file again. The pages of one story come
 * together in a build, so a handful of recent stories covers them (src/comparisons.ts).
 */
export class RecentReads<T> {
  /** Most recently used last: a Map iterates in insertion order. */
  readonly #reads = new Map<string, Promise<T>>();
  readonly #limit: number;
  readonly #read: (key: string) => Promise<T>;

  constructor(limit: number, read: (key: string) => Promise<T>) {
    this.#limit = limit;
    this.#read = read;
  }

  get(key: string): Promise<T> {
    const known = this.#reads.get(key);
    if (known !== undefined) {
      this.#reads.delete(key);
      this.#reads.set(key, known);
      return known;
    }
    const read = this.#read(key);
    this.#reads.set(key, read);
    // A failed read is not kept, so a later caller tries again; a newer read of the same key, made
    // after this one was pushed out, stays.
    read.catch(() => {
      if (this.#reads.get(key) === read) this.#reads.delete(key);
    });
    if (this.#reads.size > this.#limit) this.#reads.delete(this.#reads.keys().next().value!);
    return read;
  }
}
