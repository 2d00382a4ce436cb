/**
 * Full garbage collections at a build's stage boundaries. V8 lets the heap
 * grow to about twice what is live before it collects, so a stage that
 * allocates much (reading the archive, shaping the site, rendering a batch)
 * leaves the next one starting on a heap twice its size: at 16,000 articles
 * the process peaked at 1.06 GB while about 500 MB was live. (Node exposes gc
 * only behind a flag; turning the flag on at run time and taking gc from a
 * new context is the documented way round:
 * https://nodejs.org/api/v8.html#v8setflagsfromstringflags.)
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

/** Collects now (between Eleventy batches: a finished run leaves all its pages behind). */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * Below this much heap in use a collection is not worth its time: a small
 * archive's rebuild (a few hundred MB at most) would only pay for it, and a
 * full collection of a big heap takes a few tenths of a second.
 */
const SETTLE_ABOVE_BYTES = 320 * 1024 * 1024;

/** Whether the heap has grown big (a big archive): then memory is worth some time. */
export function heapIsBig(): boolean {
  return getHeapStatistics().used_heap_size > SETTLE_ABOVE_BYTES;
}

/** Collects at a stage boundary, only when the heap has grown big. */
export function settleHeap(): void {
  if (heapIsBig()) collectGarbage();
}
