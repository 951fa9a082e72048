/**
 * Bounded concurrency, shared by emit (reading and writing many outputs) and prove (checking many
 * networks). It lives in the lowest stage so both can use it; it does no I/O itself.
 */

/**
 * `work` over `items`, at most `bound` at a time; results in the order of `items`. Every item
 * settles before a failure is rethrown, so no work is left running behind the caller's back.
 */
export async function mapBounded<T, R>(items: ReadonlyArray<T>, bound: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(bound, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}

/**
 * Never settles: the step of an interrupted run that must not go on (start a container, create a
 * file) while its signal handler cleans up and exits the process.
 */
export const halted = (): Promise<never> => new Promise<never>(() => undefined);
