import type { EdgeColumns } from '../solver'

/** Powers of ten that are exact doubles (10^0 … 10^22): dividing by one of them rounds correctly. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k)

/** What {@link scanInstance} found: the document's small fields as JSON.parse gives them, and the edges in columns. */
export interface ScannedInstance {
  readonly fields: Record<string, unknown>
  readonly edges?: EdgeColumns
}

/**
 * A fast reader for the CLI's input document when it has the plain shape it nearly always has — an object whose
 * `edges` is an array of `[integer, integer, number]` triples — straight from the bytes into typed columns: no
 * string for the document, no array per edge (4 M of them for a complete 2,000 × 2,000 instance, where JSON.parse
 * took 5.6 s and the graph building that followed 3.6 s).
 *
 * It answers `undefined` at the first thing outside that shape — an escape in a key or a string, a non-ASCII byte,
 * a nested value, an edge that is not three numbers, a row or column that is not a 32-bit integer, a duplicate key,
 * a syntax error — and the caller then parses the document with JSON.parse, so every such input gets exactly the
 * answer (value or error message) it had before. What it does return equals JSON.parse's result: numbers with at
 * most 15 significant digits and no exponent are computed as an exact integer divided by an exact power of ten
 * (one correctly rounded operation, as JSON.parse rounds); any other number goes through Number() on its text.
 *
 * @example
 * scanInstance(Buffer.from('{"rows":1,"cols":1,"edges":[[0,0,5.5]]}'))?.edges?.weight // Float64Array [5.5]
 */
export function scanInstance(bytes: Buffer): ScannedInstance | undefined {
  return new Scanner(bytes).document()
}

/** Edge columns that double as they fill. */
class EdgeBuffer {
  row = new Int32Array(1024)
  col = new Int32Array(1024)
  weight = new Float64Array(1024)
  length = 0

  push(r: number, c: number, w: number): void {
    if (this.length === this.row.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T) => {
        const bigger = make(2 * a.length)
        bigger.set(a)
        return bigger
      }
      this.row = grow(this.row, (n) => new Int32Array(n))
      this.col = grow(this.col, (n) => new Int32Array(n))
      this.weight = grow(this.weight, (n) => new Float64Array(n))
    }
    this.row[this.length] = r
    this.col[this.length] = c
    this.weight[this.length++] = w
  }

  /** Views of the filled part (no copy: at most half of each buffer is unused). */
  columns(): EdgeColumns {
    return { row: this.row.subarray(0, this.length), col: this.col.subarray(0, this.length), weight: this.weight.subarray(0, this.length) }
  }
}

const isDigit = (ch: number) => ch >= 48 && ch <= 57

class Scanner {
  private p = 0

  constructor(private readonly b: Buffer) {}

  private skipSpace(): void {
    const b = this.b
    let p = this.p
    for (;;) {
      const ch = b[p]
      if (ch === 32 || ch === 10 || ch === 13 || ch === 9) p++
      else break
    }
    this.p = p
  }

  private at(ch: number): boolean {
    if (this.b[this.p] !== ch) return false
    this.p++
    this.skipSpace()
    return true
  }

  document(): ScannedInstance | undefined {
    this.skipSpace()
    if (!this.at(0x7b /* { */)) return undefined
    const fields: Record<string, unknown> = {}
    let edges: EdgeColumns | undefined
    if (!this.at(0x7d /* } */)) {
      for (;;) {
        const key = this.plainString()
        // A repeated key (JSON.parse keeps the last) or a key JSON.parse would treat specially: leave it to JSON.parse.
        if (key === undefined || key === '__proto__' || Object.hasOwn(fields, key)) return undefined
        this.skipSpace()
        if (!this.at(0x3a /* : */)) return undefined
        if (key === 'edges') {
          edges = this.edges()
          if (edges === undefined) return undefined
          fields.edges = edges
        } else {
          const start = this.p
          const end = this.smallValueEnd()
          if (end < 0) return undefined
          try {
            fields[key] = JSON.parse(this.b.toString('latin1', start, end))
          } catch {
            return undefined
          }
          this.p = end
          this.skipSpace()
        }
        if (this.at(0x2c /* , */)) continue
        if (this.at(0x7d /* } */)) break
        return undefined
      }
    }
    return this.p === this.b.length ? { fields, ...(edges ? { edges } : {}) } : undefined
  }

  /** A string of printable ASCII without escapes, or undefined. */
  private plainString(): string | undefined {
    const b = this.b
    if (b[this.p] !== 0x22) return undefined
    const start = ++this.p
    for (;;) {
      const ch = b[this.p]
      if (ch === undefined || ch === 0x5c /* \ */ || ch < 0x20 || ch >= 0x80) return undefined
      if (ch === 0x22) break
      this.p++
    }
    return this.b.toString('latin1', start, this.p++)
  }

  /** End of a string, a flat array of numbers or a scalar starting at p (JSON.parse then checks it), or −1. */
  private smallValueEnd(): number {
    const b = this.b
    let p = this.p
    const first = b[p]
    if (first === 0x22) {
      const saved = this.p
      const ok = this.plainString() !== undefined
      const end = this.p
      this.p = saved
      return ok ? end : -1
    }
    if (first === 0x5b /* [ */) {
      for (p++; ; p++) {
        const ch = b[p]
        if (ch === undefined) return -1
        if (ch === 0x5d /* ] */) return p + 1
        if (!(isDigit(ch) || ch === 0x2c || ch === 0x2d || ch === 0x2b || ch === 0x2e || ch === 0x65 || ch === 0x45 || ch === 32 || ch === 10 || ch === 13 || ch === 9)) return -1
      }
    }
    while (p < b.length) {
      const ch = b[p] as number
      if (isDigit(ch) || (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a) || ch === 0x2d || ch === 0x2b || ch === 0x2e) p++
      else break
    }
    return p > this.p ? p : -1
  }

  /** The edge array at p, read in one loop over local variables (the hot loop: 4 M edges for 2,000 × 2,000). */
  private edges(): EdgeColumns | undefined {
    const b = this.b
    let p = this.p
    if (b[p++] !== 0x5b /* [ */) return undefined
    if ((b[p] as number) <= 32) p = afterSpace(b, p)
    const out = new EdgeBuffer()
    if (b[p] === 0x5d) {
      this.p = p + 1
      this.skipSpace()
      return out.columns()
    }
    for (;;) {
      if (b[p++] !== 0x5b) return undefined
      if ((b[p] as number) <= 32) p = afterSpace(b, p)
      const r = readNumber(b, p)
      p = numberEnd
      // Not a 32-bit integer (or not a number): JSON.parse and the field checks will say what is wrong with it.
      if ((r | 0) !== r) return undefined
      if ((b[p] as number) <= 32) p = afterSpace(b, p)
      if (b[p++] !== 0x2c) return undefined
      if ((b[p] as number) <= 32) p = afterSpace(b, p)
      const c = readNumber(b, p)
      p = numberEnd
      if ((c | 0) !== c) return undefined
      if ((b[p] as number) <= 32) p = afterSpace(b, p)
      if (b[p++] !== 0x2c) return undefined
      if ((b[p] as number) <= 32) p = afterSpace(b, p)
      const w = readNumber(b, p)
      p = numberEnd
      if (Number.isNaN(w)) return undefined
      if ((b[p] as number) <= 32) p = afterSpace(b, p)
      if (b[p++] !== 0x5d) return undefined
      out.push(r, c, w)
      if ((b[p] as number) <= 32) p = afterSpace(b, p)
      const next = b[p++]
      if (next === 0x2c) {
        if ((b[p] as number) <= 32) p = afterSpace(b, p)
        continue
      }
      if (next !== 0x5d) return undefined
      this.p = p
      this.skipSpace()
      return out.columns()
    }
  }
}

/** The first position from p that is not JSON whitespace. */
function afterSpace(b: Buffer, p: number): number {
  for (;;) {
    const ch = b[p]
    if (ch === 32 || ch === 10 || ch === 13 || ch === 9) p++
    else return p
  }
}

/** Where the last {@link readNumber} stopped (a module variable: the hot loop allocates nothing per number). */
let numberEnd = 0

/** The JSON number at p (its end in {@link numberEnd}), or NaN when there is none (JSON has no NaN). */
function readNumber(b: Buffer, start: number): number {
  let p = start
  const negative = b[p] === 0x2d
  if (negative) p++
  let mantissa = 0
  let digits = 0
  let fraction = 0
  if (b[p] === 0x30) {
    p++
    if (isDigit(b[p] as number)) return Number.NaN
  } else if (isDigit(b[p] as number)) {
    do {
      mantissa = mantissa * 10 + ((b[p] as number) - 48)
      digits++
      p++
    } while (isDigit(b[p] as number))
  } else return Number.NaN
  if (b[p] === 0x2e) {
    p++
    if (!isDigit(b[p] as number)) return Number.NaN
    do {
      mantissa = mantissa * 10 + ((b[p] as number) - 48)
      digits++
      fraction++
      p++
    } while (isDigit(b[p] as number))
  }
  let exact = digits <= 15
  if (b[p] === 0x65 || b[p] === 0x45) {
    p++
    if (b[p] === 0x2b || b[p] === 0x2d) p++
    if (!isDigit(b[p] as number)) return Number.NaN
    while (isDigit(b[p] as number)) p++
    exact = false
  }
  numberEnd = p
  // ≤ 15 digits: the mantissa is an exact integer below 2^53, and 10^fraction an exact double.
  if (exact) {
    const value = fraction === 0 ? mantissa : mantissa / (EXACT_POWERS_OF_TEN[fraction] as number)
    return negative ? -value : value
  }
  return Number(b.toString('latin1', start, p))
}
