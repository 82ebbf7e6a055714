import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { IngestError } from './ingest-error.js'

/** A page file decoded to text, and whether it is HTML or a plain-text capture. */
export interface PageText {
  readonly kind: 'html' | 'text'
  readonly text: string
}

const BOMS: readonly [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

/** The charset an HTML page declares in its first bytes (`<meta charset>` or the http-equiv form). */
function declaredCharset(head: string): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase()
}

function looksLikeHtml(path: string, head: string): boolean {
  return /^\.x?html?$/i.test(extname(path)) || /^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i.test(head)
}

/**
 * Reads and decodes a page. UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as they
 * are; an HTML page may declare another charset. Anything else is refused rather than guessed:
 * a mis-decoded character would end up in quotes and deep links.
 */
export async function readPage(path: string): Promise<PageText> {
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new IngestError(`cannot read the file (${err.code ?? err.message})`)
  })
  if (bytes.length === 0) throw new IngestError('the file is empty')
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') throw new IngestError('a PDF file: ingest reads HTML pages and plain-text captures')
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b))
  const head = bytes.subarray(0, 2048).toString('latin1')
  const html = looksLikeHtml(path, head)
  const declared = html ? declaredCharset(head) : undefined
  const encoding = bom?.[1] ?? (declared && declared !== 'utf8' ? declared : 'utf-8')
  if (!bom?.[1].startsWith('utf-16') && bytes.subarray(0, 8192).includes(0)) throw new IngestError('a binary file (it holds NUL bytes), not a web page or a text capture')
  let decoder: InstanceType<typeof TextDecoder>
  try {
    decoder = new TextDecoder(encoding, { fatal: true })
  } catch {
    throw new IngestError(`the page declares an encoding that cannot be read: "${encoding}"`)
  }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    const at = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1
    throw new IngestError(
      `the text is not valid ${encoding.toUpperCase()}` +
        (at >= 0 ? ` (byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at})` : '') +
        (html ? '' : ': save the capture as UTF-8'),
    )
  }
  if (text.includes('\uFFFD')) throw new IngestError('the text holds U+FFFD replacement characters: it was decoded with the wrong encoding before it was saved')
  if (/[\u0000-\u0008\u000e-\u001f]/u.test(text.slice(0, 8192))) throw new IngestError('a binary file (it holds control characters), not a web page or a text capture')
  if (!/\p{L}/u.test(text)) throw new IngestError('the file is empty (no letters in it)')
  return { kind: html ? 'html' : 'text', text }
}

/** Where UTF-8 decoding first fails: the bytes before the first replacement character are valid. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes)
  const at = lenient.indexOf('\uFFFD')
  return at < 0 ? -1 : Buffer.byteLength(lenient.slice(0, at))
}
