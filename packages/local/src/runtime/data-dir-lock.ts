import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The lock file's name inside the data folder; it holds the pid of the platform using the folder. */
export const LOCK_FILE = 'binome.lock'

/** The folder is used by another running platform. Its message is one line, fit for the console as is. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Binôme (pid ${pid}); stop it first, or set DATA_DIR to another folder.`,
    )
    this.name = 'DataDirInUseError'
  }
}

/** Folders locked by this process: two platforms in one process share a pid, so the file alone cannot tell. */
const heldHere = new Set<string>()

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Claims the data folder for this platform before anything opens it (dynalite's LevelDB would otherwise fail
 * later with an uncaught "Database is closed"). The claim is a file created exclusively, holding our pid; a file
 * left by a process that is gone (a `kill -9`) is taken over. Returns the release function.
 *
 * @example
 * const release = acquireDataDirLock('/srv/binome/.data')
 * // … on stop:
 * release()
 */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, LOCK_FILE)
  if (heldHere.has(dataDir)) throw new DataDirInUseError(dataDir, process.pid)
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' })
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const pid = Number.parseInt(readLock(file), 10)
      // A live pid other than ours holds it. (Our own pid with no claim of ours on record is a leftover of an
      // earlier process that had the same pid.) A second failure means another starter just claimed it.
      const live = Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)
      if (live || attempt > 0) throw new DataDirInUseError(dataDir, Number.isInteger(pid) ? pid : 0)
      // Stale: remove it and claim again exclusively (if another starter wins that race, it holds the folder).
      try {
        unlinkSync(file)
      } catch {
        // already removed by another starter
      }
    }
  }
  heldHere.add(dataDir)
  const onExit = () => release()
  let released = false
  function release() {
    if (released) return
    released = true
    heldHere.delete(dataDir)
    process.off('exit', onExit)
    try {
      if (Number.parseInt(readLock(file), 10) === process.pid) unlinkSync(file)
    } catch {
      // the folder was removed meanwhile (tests clean up temporary folders)
    }
  }
  // A normal exit without stop() (an error at start-up, Ctrl-C handled elsewhere) leaves no lock behind.
  process.on('exit', onExit)
  return release
}

function readLock(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    return ''
  }
}
