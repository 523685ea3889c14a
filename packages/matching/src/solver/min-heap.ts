/**
 * A binary min-heap of (key, item) pairs on typed arrays, with lazy deletion left to the caller.
 *
 * Why lazy: Dijkstra's decrease-key is replaced by pushing a new entry; stale entries are skipped when popped.
 * That keeps the heap a plain array (no position index), which is faster in practice for the sparse graphs here.
 * Ties on the key are broken by the smaller item so that runs are deterministic.
 *
 * @example
 * const heap = new MinHeap(16)
 * heap.push(2.5, 7); heap.push(1, 3)
 * heap.peekItem() // 3
 */
export class MinHeap {
  private keys: Float64Array
  private items: Int32Array
  private count = 0

  constructor(initialCapacity = 1024) {
    this.keys = new Float64Array(Math.max(4, initialCapacity))
    this.items = new Int32Array(Math.max(4, initialCapacity))
  }

  get size(): number {
    return this.count
  }

  clear(): void {
    this.count = 0
  }

  peekKey(): number {
    return this.keys[0] as number
  }

  peekItem(): number {
    return this.items[0] as number
  }

  push(key: number, item: number): void {
    if (this.count === this.keys.length) this.grow()
    const keys = this.keys
    const items = this.items
    let at = this.count++
    while (at > 0) {
      const parent = (at - 1) >> 1
      const pk = keys[parent] as number
      if (pk < key || (pk === key && (items[parent] as number) <= item)) break
      keys[at] = pk
      items[at] = items[parent] as number
      at = parent
    }
    keys[at] = key
    items[at] = item
  }

  /** Removes the smallest entry; call `peekKey`/`peekItem` first to read it. */
  pop(): void {
    const keys = this.keys
    const items = this.items
    const last = --this.count
    if (last <= 0) return
    const key = keys[last] as number
    const item = items[last] as number
    let at = 0
    const half = last >> 1
    while (at < half) {
      let child = 2 * at + 1
      let ck = keys[child] as number
      let ci = items[child] as number
      const right = child + 1
      if (right < last) {
        const rk = keys[right] as number
        const ri = items[right] as number
        if (rk < ck || (rk === ck && ri < ci)) {
          child = right
          ck = rk
          ci = ri
        }
      }
      if (key < ck || (key === ck && item <= ci)) break
      keys[at] = ck
      items[at] = ci
      at = child
    }
    keys[at] = key
    items[at] = item
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2)
    keys.set(this.keys)
    const items = new Int32Array(this.items.length * 2)
    items.set(this.items)
    this.keys = keys
    this.items = items
  }
}
