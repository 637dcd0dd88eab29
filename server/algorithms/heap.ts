/**
 * Indexed binary min-heap over node indices with decrease-key, for Dijkstra. Keys live in a
 * Float64Array owned by the heap; `pos` maps a node to its slot (-1 when absent), so decrease-key
 * is O(log n) and nothing is allocated per push. Reusable across sources via `clear()`.
 */
export class IndexedMinHeap {
  readonly keys: Float64Array;
  private readonly heap: Uint32Array;
  private readonly pos: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.heap = new Uint32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  get length(): number {
    return this.size;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.pos[this.heap[i] as number] = -1;
    this.size = 0;
  }

  has(node: number): boolean {
    return (this.pos[node] as number) >= 0;
  }

  /** Insert `node` with `key`, or lower its key if already present and `key` is smaller. */
  push(node: number, key: number): void {
    const p = this.pos[node] as number;
    if (p >= 0) {
      if (key < (this.keys[node] as number)) {
        this.keys[node] = key;
        this.up(p);
      }
      return;
    }
    this.keys[node] = key;
    this.heap[this.size] = node;
    this.pos[node] = this.size;
    this.up(this.size++);
  }

  /** Remove and return the node with the smallest key. Caller checks `length > 0`. */
  pop(): number {
    const top = this.heap[0] as number;
    this.pos[top] = -1;
    this.size--;
    if (this.size > 0) {
      const last = this.heap[this.size] as number;
      this.heap[0] = last;
      this.pos[last] = 0;
      this.down(0);
    }
    return top;
  }

  private up(i: number): void {
    const node = this.heap[i] as number;
    const key = this.keys[node] as number;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pn = this.heap[parent] as number;
      if ((this.keys[pn] as number) <= key) break;
      this.heap[i] = pn;
      this.pos[pn] = i;
      i = parent;
    }
    this.heap[i] = node;
    this.pos[node] = i;
  }

  private down(i: number): void {
    const node = this.heap[i] as number;
    const key = this.keys[node] as number;
    const half = this.size >> 1;
    while (i < half) {
      let child = 2 * i + 1;
      let cn = this.heap[child] as number;
      const right = child + 1;
      if (right < this.size) {
        const rn = this.heap[right] as number;
        if ((this.keys[rn] as number) < (this.keys[cn] as number)) {
          child = right;
          cn = rn;
        }
      }
      if ((this.keys[cn] as number) >= key) break;
      this.heap[i] = cn;
      this.pos[cn] = i;
      i = child;
    }
    this.heap[i] = node;
    this.pos[node] = i;
  }
}
