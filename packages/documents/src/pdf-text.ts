/**
 * Reads back the text this package's PDFs draw, one line per `Tj`, page after page: what tests and the API suites
 * check a contract or an export says. It reads pdf-lib's own output (hex strings in the standard fonts' WinAnsi
 * encoding), not any PDF.
 */
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFObject } from 'pdf-lib'

/** WinAnsi's bytes 0x80–0x9F, where it differs from Latin-1. */
const winAnsiHigh: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹',
  0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™',
  0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
}

const decodeHex = (hex: string): string => {
  let out = ''
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16)
    out += winAnsiHigh[byte] ?? String.fromCharCode(byte)
  }
  return out
}

/**
 * The lines of text of each page of a PDF made with pdf-lib's standard fonts.
 *
 * @example
 * (await pdfText(bytes))[0] // ['Contrat d’engagement — MentorYou 2027', 'Entre Sophie Lambert…', …]
 */
export async function pdfText(bytes: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const resolve = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o)
  return doc.getPages().map((page) => {
    const contents = resolve(page.node.get(PDFName.of('Contents')))
    const streams = contents instanceof PDFArray ? contents.asArray().map(resolve) : [contents]
    const lines: string[] = []
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue
      const source = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode())
      for (const m of source.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(decodeHex(m[1]!))
    }
    return lines
  })
}
