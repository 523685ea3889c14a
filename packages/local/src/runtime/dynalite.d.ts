/** Types for dynalite 4 (the package ships none): a factory returning a Node HTTP server. */
declare module 'dynalite' {
  import type { Server } from 'node:http'

  interface DynaliteOptions {
    /** LevelDB folder; in memory when absent. */
    path?: string
    createTableMs?: number
    deleteTableMs?: number
    updateTableMs?: number
    maxItemSizeKb?: number
    verbose?: boolean
    debug?: boolean
    ssl?: boolean
  }

  function dynalite(options?: DynaliteOptions): Server
  export default dynalite
}
