import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { withArchiveHeap } from '../../scripts/heap.ts';

describe('withArchiveHeap', () => {
  it('gives builds three quarters of the memory as heap, keeping other Node options', () => {
    const env = withArchiveHeap({ NODE_OPTIONS: '--enable-source-maps', OTHER: 'x' });
    expect(env['NODE_OPTIONS']).toBe(`--enable-source-maps --max-old-space-size=${Math.floor((totalmem() / 1024 / 1024) * 0.75)}`);
    expect(env['OTHER']).toBe('x');
  });

  it('leaves a heap size the caller chose alone', () => {
    expect(withArchiveHeap({ NODE_OPTIONS: '--max-old-space-size=2048' })['NODE_OPTIONS']).toBe('--max-old-space-size=2048');
  });
});
