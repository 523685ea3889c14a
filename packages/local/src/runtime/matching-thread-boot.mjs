// The entry of the local matching worker's thread: TypeScript through tsx (as `pnpm start` runs), then the thread's module.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
