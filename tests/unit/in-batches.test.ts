import { expect, it } from 'vitest';
import { inBatches } from '../../src/util/in-batches.ts';

it('runs every item, never more than the batch size at once', async () => {
  let running = 0;
  let most = 0;
  const done: number[] = [];
  await inBatches(Array.from({ length: 10 }, (_, index) => index), 3, async (item) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    done.push(item);
    running -= 1;
  });
  expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(most).toBe(3);
});
