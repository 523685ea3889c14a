/**
 * A fair (first come, first served) read/write lock for one process.
 *
 * Readers share the lock; a writer holds it alone. Waiters are served in arrival order, so a steady stream
 * of reads cannot starve a transaction, and a read issued after a write never overtakes it.
 *
 * @example
 * const lock = new ReadWriteLock()
 * await lock.exclusive(async () => applyTransaction())
 * const item = await lock.shared(async () => readItem())
 */
export class ReadWriteLock {
  private activeReaders = 0
  private writerActive = false
  private readonly waiting: Array<{ kind: 'read' | 'write'; wake: () => void }> = []

  /** Runs `work` while holding the lock alone (no reader, no other writer). */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire('write')
    try {
      return await work()
    } finally {
      this.writerActive = false
      this.wakeNext()
    }
  }

  /** Runs `work` alongside other readers, never alongside a writer. */
  async shared<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire('read')
    try {
      return await work()
    } finally {
      this.activeReaders -= 1
      this.wakeNext()
    }
  }

  /** True when nobody holds or waits for the lock (used by tests and shutdown). */
  get idle(): boolean {
    return !this.writerActive && this.activeReaders === 0 && this.waiting.length === 0
  }

  private acquire(kind: 'read' | 'write'): Promise<void> {
    if (this.waiting.length === 0 && this.canEnter(kind)) {
      this.enter(kind)
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push({ kind, wake: resolve }))
  }

  private canEnter(kind: 'read' | 'write'): boolean {
    return kind === 'read' ? !this.writerActive : !this.writerActive && this.activeReaders === 0
  }

  private enter(kind: 'read' | 'write'): void {
    if (kind === 'read') this.activeReaders += 1
    else this.writerActive = true
  }

  private wakeNext(): void {
    // Admit waiters in order until one has to keep waiting: consecutive readers enter together.
    while (this.waiting.length > 0) {
      const next = this.waiting[0]!
      if (!this.canEnter(next.kind)) return
      this.waiting.shift()
      this.enter(next.kind)
      next.wake()
    }
  }
}
