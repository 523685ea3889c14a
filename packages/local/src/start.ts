import { resolve } from 'node:path'
import { demoAccounts } from './seed/seed'
import { startPlatform } from './platform'

/** `pnpm start`: the whole platform on http://localhost:$PORT, data under $DATA_DIR. Ctrl-C stops it cleanly. */
const port = Number(process.env.PORT ?? 3000)
const dataDir = process.env.DATA_DIR ?? '.data'
const webDir = resolve(import.meta.dirname, '../../../web/build')

// The SDK warns that releases after January 2027 need Node 22; Lambda runs 22, this machine 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number between 0 and 65535 (got ${process.env.PORT}).`)
  process.exit(2)
}

// The full demo: with the year of closed duos the results, the profile analysis and the audit read.
const platform = await startPlatform({ port, dataDir, webDir, demoClosedDuos: true }).catch((e: NodeJS.ErrnoException) => {
  console.error(
    e.code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop the other program or choose another port: PORT=3001 pnpm start`
      : `Binôme could not start: ${e.message}`,
  )
  process.exit(1)
})
console.log(`
  Binôme is running on ${platform.url}
  Data: ${resolve(dataDir)}   API reference: ${platform.url}/api/docs

  Sign in with one of the demo accounts, e.g. ${demoAccounts.find((a) => a.email.startsWith('admin@'))?.email}
  (all: ${demoAccounts.map((a) => a.email).join(', ')}).
  The sign-in code arrives in the local outbox: printed below, and on ${platform.url}/outbox.
  Press Ctrl-C to stop.
`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log('\n  Stopping Binôme…')
    platform.stop().then(
      () => process.exit(0),
      (e) => {
        console.error(e)
        process.exit(1)
      },
    )
  })
}
