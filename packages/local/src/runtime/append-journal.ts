/**
 * An append-only JSON-lines file: the durable memory of the in-process queue (and of anything that only needs
 * "replay the records at start-up"). Writes are synchronous so that a record is in the file (at least in the
 * OS cache, which survives a killed process) before the caller continues; `sync` records are also fsynced.
 */
import { closeSync, existsSync, fdatasyncSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

export class AppendJournal<TRecord> {
  private fd: number

  private constructor(private readonly path: string) {
    this.fd = openSync(path, 'a')
  }

  /**
   * Opens (creating folders as needed) and returns the journal with the records already in it.
   * A torn last line, left by a crash in the middle of a write, is ignored.
   *
   * @example
   * const { journal, records } = AppendJournal.open<QueueRecord>('/data/queues/matching.jsonl')
   * for (const record of records) replay(record)
   * journal.append({ type: 'send', ... }, { sync: true })
   */
  static open<TRecord>(path: string): { journal: AppendJournal<TRecord>; records: TRecord[] } {
    mkdirSync(dirname(path), { recursive: true })
    const records: TRecord[] = []
    if (existsSync(path)) {
      const lines = readFileSync(path, 'utf8').split('\n')
      for (const [index, line] of lines.entries()) {
        if (line.trim() === '') continue
        try {
          records.push(JSON.parse(line) as TRecord)
        } catch (error) {
          const isLast = lines.slice(index + 1).every((rest) => rest.trim() === '')
          if (!isLast) throw new Error(`${path}: line ${index + 1} is not valid JSON: ${(error as Error).message}`)
        }
      }
    }
    return { journal: new AppendJournal<TRecord>(path), records }
  }

  /** Appends one record; with `sync`, returns only once it is on disk. */
  append(record: TRecord, options: { sync?: boolean } = {}): void {
    writeSync(this.fd, `${JSON.stringify(record)}\n`)
    if (options.sync) fdatasyncSync(this.fd)
  }

  /** Replaces the whole file by `records` atomically (temp file, fsync, rename): compaction. */
  rewrite(records: TRecord[]): void {
    const temp = `${this.path}.tmp`
    const tempFd = openSync(temp, 'w')
    try {
      if (records.length > 0) writeSync(tempFd, records.map((record) => `${JSON.stringify(record)}\n`).join(''))
      fsyncSync(tempFd)
    } finally {
      closeSync(tempFd)
    }
    closeSync(this.fd)
    renameSync(temp, this.path)
    const folder = openSync(dirname(this.path), 'r')
    try {
      fsyncSync(folder)
    } finally {
      closeSync(folder)
    }
    this.fd = openSync(this.path, 'a')
  }

  close(): void {
    closeSync(this.fd)
  }
}
