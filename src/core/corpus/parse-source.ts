import { CorpusError } from './corpus-error.js'
import { SourceMetaSchema, type SourceDocument } from './source-schema.js'

/**
 * Validates one article's front matter and body (already split by a front-matter parser) and
 * returns it as a source document. Unknown top-level keys are reported, not fatal: an extra field
 * (an author, tags) must not keep a good article out, but a misspelt optional one should be seen. Pure, so any runtime can use it; the Node loader feeds it.
 *
 * The body is normalised only in ways a reader cannot see (CRLF to LF, leading blank lines, trailing
 * whitespace), because citation offsets index into exactly this text.
 */
export function parseSource(path: string, data: unknown, body: string): SourceDocument {
  const parsed = SourceMetaSchema.safeParse(yamlDatesToStrings(data))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const field = issue.path.length > 0 ? issue.path.join('.') : 'front matter'
    throw new CorpusError(path, field, issue.message)
  }
  const text = body.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').trimEnd()
  if (!/\p{L}/u.test(text)) throw new CorpusError(path, 'body', 'the article body is empty')
  const known = new Set(Object.keys(SourceMetaSchema.shape))
  const unknownKeys = data && typeof data === 'object' ? Object.keys(data).filter((k) => !known.has(k)) : []
  return { meta: parsed.data, text, path, unknownKeys }
}

/** Checks what only the whole corpus can show: at least one article, and unique ids. */
export function checkCorpus(docs: readonly SourceDocument[], where: string): void {
  if (docs.length === 0) throw new CorpusError(where, 'sources', 'no article (*.md) found')
  const seen = new Map<string, string>()
  for (const doc of docs) {
    const other = seen.get(doc.meta.id)
    if (other) throw new CorpusError(doc.path, 'id', `duplicate id "${doc.meta.id}" (also in ${other})`)
    seen.set(doc.meta.id, doc.path)
  }
}

/** YAML turns an unquoted 2024-05-01 into a Date; the schema wants the ISO date string as written. */
function yamlDatesToStrings(data: unknown): unknown {
  if (data instanceof Date) return Number.isNaN(data.getTime()) ? 'invalid date' : data.toISOString().slice(0, 10)
  if (Array.isArray(data)) return data.map(yamlDatesToStrings)
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, yamlDatesToStrings(v)]))
  }
  return data
}
