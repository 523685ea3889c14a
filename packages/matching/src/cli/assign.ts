/**
 * Command-line face of the solver: reads an instance as JSON on stdin, writes the optimal assignment on stdout.
 *
 * Input:  { "rows": R, "cols": C, "capacity"?: [C ints], "objective"?: "max-score" | "max-matched",
 *           "minScore"?: number, "edges": [[row, col, score], ...] }
 * Output: { "assignment": [col or -1 per row], "total": number, "matched": number, "solver": "dense" | "sparse", "ms": number }
 * Invalid input: a message on stderr naming the field, exit code 2. The work is in {@link assignCommand}.
 *
 * @example
 * // echo '{"rows":1,"cols":1,"edges":[[0,0,5]]}' | pnpm --silent matching:assign
 * // {"assignment":[0],"total":5,"matched":1,"solver":"dense","ms":0.1}
 */
import { assignCommand } from './assign-instance'

/** All of stdin as one buffer: the reader scans bytes, so no string of the whole document is ever built. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

const result = assignCommand(await readStdin())
if (result.stderr) process.stderr.write(result.stderr)
if (result.stdout) process.stdout.write(result.stdout)
process.exitCode = result.exitCode
