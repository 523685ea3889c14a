import { DeleteObjectsCommand, GetObjectCommand, ListObjectVersionsCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { checkDocumentKey, type DocumentStore } from '../documents'

/**
 * The documents bucket (loaded at the first document, see `../aws-adapters`). The bucket is versioned, so
 * `deleteUnder` deletes every version and delete marker: an erased person's contract must not survive as an old
 * version.
 *
 * @example
 * await makeS3DocumentStore('binome-documents').put('o1/duos/d1/contract-v1.pdf', bytes, 'application/pdf')
 */
export function makeS3DocumentStore(bucket: string, client = new S3Client({})): DocumentStore {
  return {
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: checkDocumentKey(key), Body: bytes, ContentType: contentType }))
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: checkDocumentKey(key) }))
        return out.Body ? await out.Body.transformToByteArray() : undefined
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined
        throw error
      }
    },
    async deleteUnder(prefix) {
      checkDocumentKey(prefix, { prefix: true })
      let keyMarker: string | undefined
      let versionIdMarker: string | undefined
      const keys = new Set<string>()
      do {
        const page = await client.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker }))
        const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((v) => ({ Key: v.Key!, VersionId: v.VersionId! }))
        for (const v of page.Versions ?? []) keys.add(v.Key!)
        // At most 1,000 a page, as DeleteObjects takes at most 1,000.
        if (objects.length) {
          const out = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }))
          if (out.Errors?.length) throw new Error(`could not delete ${out.Errors.length} document(s) under ${prefix}: ${out.Errors[0]?.Code ?? ''}`)
        }
        keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined
        versionIdMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined
      } while (keyMarker)
      return keys.size
    },
  }
}
