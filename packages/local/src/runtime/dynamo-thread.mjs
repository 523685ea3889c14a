// The local DynamoDB's own thread: dynalite listens here, so that its work (parsing expressions, LevelDB, answering)
// runs beside the platform's handlers on another core instead of between their requests, as DynamoDB is another
// machine on AWS. Plain JavaScript, so the thread starts without the TypeScript loader. Its parent is dynamo-server.ts.
import { parentPort, workerData } from 'node:worker_threads'
import dynalite from 'dynalite'

const { path, port, operations, counts } = workerData
const tally = new Int32Array(counts)
const slot = new Map(operations.map((operation, i) => [operation, i]))
const unknown = operations.indexOf('unknown')

// Tables become ACTIVE at once: the 500 ms default only imitates AWS's provisioning delay.
const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
// Counted when a request arrives, before it is answered: the parent reads the tally after the answer and sees it.
server.on('request', (request) => {
  const operation = String(request.headers['x-amz-target'] ?? 'unknown').split('.').pop()
  Atomics.add(tally, slot.get(operation) ?? unknown, 1)
})
server.once('error', (error) => parentPort.postMessage({ kind: 'failed', message: error.message, code: error.code }))
server.listen(port, '127.0.0.1', () => parentPort.postMessage({ kind: 'listening', port: server.address().port }))
parentPort.on('message', (message) => {
  if (message !== 'close') return
  // dynalite's close also closes LevelDB (flushed to disk); then the thread has nothing left and ends.
  server.close((error) => parentPort.postMessage({ kind: 'closed', message: error?.message }))
})
