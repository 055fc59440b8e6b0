/**
 * Runs `each` over `items`, at most `size` at a time: an archive's tens of thousands of files
 * opened all at once exceed the process's open-file limit (EMFILE).
 */
export async function inBatches<T>(items: readonly T[], size: number, each: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(each));
}
