import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);

// src/compile/concurrency.ts
async function mapBounded(items, bound, work) {
  const results = new Array(items.length);
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index], index);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(bound, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}
var halted = () => new Promise(() => void 0);

export {
  mapBounded,
  halted
};
