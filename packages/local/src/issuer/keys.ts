import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { webcrypto } from 'node:crypto'
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'

type CryptoKey = webcrypto.CryptoKey

export interface IssuerKeys {
  kid: string
  privateKey: CryptoKey
  publicJwk: JWK
}

/**
 * The local issuer's signing key: ES256, kept under `<dataDir>/issuer/` so that tokens survive a restart
 * (in memory when there is no data folder).
 *
 * @example
 * const keys = await loadOrCreateKeys('.data')
 */
export async function loadOrCreateKeys(dataDir: string | undefined): Promise<IssuerKeys> {
  const file = dataDir ? join(dataDir, 'issuer', 'signing-key.json') : undefined
  if (file) {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as { kid: string; privateJwk: JWK }
      return fromPrivateJwk(stored.kid, stored.privateJwk)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
  }
  const { privateKey } = await generateKeyPair('ES256', { extractable: true })
  const privateJwk = await exportJWK(privateKey)
  const kid = `local-${Date.now().toString(36)}`
  if (file) {
    await mkdir(join(dataDir!, 'issuer'), { recursive: true })
    await writeFile(file, JSON.stringify({ kid, privateJwk }), { mode: 0o600 })
  }
  return fromPrivateJwk(kid, privateJwk)
}

async function fromPrivateJwk(kid: string, privateJwk: JWK): Promise<IssuerKeys> {
  const privateKey = (await importJWK(privateJwk, 'ES256')) as CryptoKey
  const { d: _secret, ...publicJwk } = privateJwk
  return { kid, privateKey, publicJwk: { ...publicJwk, kid, alg: 'ES256', use: 'sig' } }
}
