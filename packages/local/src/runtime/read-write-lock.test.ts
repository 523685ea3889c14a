import { describe, expect, it } from 'vitest'
import { ReadWriteLock } from './read-write-lock'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('ReadWriteLock', () => {
  it('lets readers share, keeps a writer alone, and serves waiters in arrival order', async () => {
    const lock = new ReadWriteLock()
    const log: string[] = []
    const hold = (name: string, kind: 'shared' | 'exclusive') => lock[kind](async () => {
      log.push(`${name}+`)
      await tick()
      log.push(`${name}-`)
    })
    await Promise.all([hold('r1', 'shared'), hold('r2', 'shared'), hold('w', 'exclusive'), hold('r3', 'shared')])
    // r1 and r2 overlap; w waits for both; r3, though a reader, waits for w (no overtaking a queued writer).
    expect(log).toEqual(['r1+', 'r2+', 'r1-', 'r2-', 'w+', 'w-', 'r3+', 'r3-'])
    expect(lock.idle).toBe(true)
  })

  it('releases the lock when the work throws', async () => {
    const lock = new ReadWriteLock()
    await expect(lock.exclusive(async () => { throw new Error('boom') })).rejects.toThrow('boom')
    expect(lock.idle).toBe(true)
    await expect(lock.exclusive(async () => 'next')).resolves.toBe('next')
  })
})
