import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on the Node 24 the project pins (node@24 devDependency), not the host Node', () => {
    expect(process.versions.node).toMatch(/^24\./);
  });
});
