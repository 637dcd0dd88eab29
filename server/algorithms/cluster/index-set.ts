/**
 * A set of small non-negative integers (node or tie indices) that keeps first-added order, for
 * measures that run once per cluster over hundreds of clusters: membership is a stamp per index
 * (no hashing), and `clear()` is O(1) by moving to a new stamp, so one instance serves every call.
 */
export class IndexSet {
  private readonly stamp: Uint32Array;
  private epoch = 0;
  /** Members in the order they were first added. */
  readonly items: number[] = [];

  constructor(size: number) {
    this.stamp = new Uint32Array(size);
    this.clear();
  }

  clear(): void {
    this.items.length = 0;
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
  }

  add(i: number): void {
    if (this.stamp[i] === this.epoch) return;
    this.stamp[i] = this.epoch;
    this.items.push(i);
  }

  get size(): number {
    return this.items.length;
  }
}
