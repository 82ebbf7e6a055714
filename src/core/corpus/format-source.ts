import type { SourceMeta } from './source-schema.js'

/**
 * A corpus file as text: the front matter in the schema's key order, then the body. The inverse of
 * parsing it; the ingest command parses what this writes with the corpus schema before saving it.
 */
export function formatSource(meta: SourceMeta, body: string): string {
  return `---\n${yamlLines(meta, '').join('\n')}\n---\n${body.trimEnd()}\n`
}

function yamlLines(value: object, indent: string): string[] {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .flatMap(([key, v]) =>
      v !== null && typeof v === 'object' ? [`${indent}${key}:`, ...yamlLines(v, `${indent}  `)] : [`${indent}${key}: ${scalar(v)}`],
    )
}

/**
 * A value as YAML writes it plainly when it can be read back as the same string, else as a
 * JSON string, which is YAML's double-quoted form. Numbers stay numbers; a string that YAML would
 * read as something else (a number, a date, a boolean, a comment, a mapping) is quoted.
 */
function scalar(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  const s = String(v)
  const plainSafe =
    /^[\p{L}\p{N}]/u.test(s) &&
    !/: |\s#|:$|["'\\]|\s$/u.test(s) &&
    !/^(?:true|false|yes|no|on|off|null|~|[-+]?[\d._]+(?:e[-+]?\d+)?|\d{4}-\d\d-\d\d.*)$/iu.test(s)
  return plainSafe || /^\d{4}-\d\d-\d\d$/.test(s) ? s : JSON.stringify(s)
}
