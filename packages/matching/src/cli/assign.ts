/**
 * Command-line face of the solver: reads an instance as JSON on stdin, writes the optimal assignment on stdout.
 *
 * Input:  { "rows": R, "cols": C, "capacity"?: [C ints], "objective"?: "max-score" | "max-matched",
 *           "minScore"?: number, "edges": [[row, col, score], ...] }
 * Output: { "assignment": [col or -1 per row], "total": number, "matched": number, "ms": number }
 * Invalid input: a message on stderr naming the field, exit code 2.
 *
 * @example
 * // echo '{"rows":1,"cols":1,"edges":[[0,0,5]]}' | pnpm --silent matching:assign
 * // {"assignment":[0],"total":5,"matched":1,"ms":0.1}
 */
import { parseAssignInstance, runAssignInstance } from './assign-instance'
import { AssignmentInputError } from '../solver'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function main(): Promise<void> {
  const text = await readStdin()
  let result
  try {
    result = runAssignInstance(parseAssignInstance(text))
  } catch (error) {
    if (error instanceof AssignmentInputError) {
      process.stderr.write(`matching:assign: invalid input: ${error.message}\n`)
      process.exitCode = 2
      return
    }
    throw error
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

await main()
