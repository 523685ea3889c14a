/**
 * Child process for the queue crash test: sends messages to a durable queue whose handler never finishes
 * (so the first batch stays in flight), prints "sent" and waits to be killed with SIGKILL.
 * Usage: tsx queue-crash-child.ts <dataDir>
 */
import { createLocalQueue } from '../queue'

const [dataDir] = process.argv.slice(2)
if (!dataDir) throw new Error('usage: queue-crash-child.ts <dataDir>')

const queue = createLocalQueue({
  name: 'crash-queue',
  dataDir,
  settings: { batchSize: 2, visibilityTimeoutSeconds: 600, maxReceiveCount: 5 },
  handler: () => new Promise(() => {}),
})
for (let i = 0; i < 5; i++) queue.send(`message-${i}`)
setTimeout(() => process.stdout.write(`sent ${JSON.stringify(queue.counts())}\n`), 50)
setInterval(() => {}, 1000)
