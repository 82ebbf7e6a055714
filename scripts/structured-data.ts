/**
 * Structured-data checks shared by test/json-ld.test.ts and scripts/validate.ts, so the test suite
 * and a check of a running deployment judge pages by the same rules:
 *
 * 1. @adobe/structured-data-validator against a local schema.org vocabulary file (no network):
 *    unknown types are errors, properties a type does not have are warnings.
 * 2. JSON-LD expansion with jsonld.js against the local schema.org context: a property that
 *    expansion drops would be invisible to every consumer that processes JSON-LD properly.
 * 3. Graph shape: every `@id` once, and one connected graph (every node reachable by references).
 * 4. Google's Dataset requirements (name, description of 50–5000 characters, and the recommended
 *    fields), which the validator has no handler for.
 */
import Validator from '@adobe/structured-data-validator'
import jsonld from 'jsonld'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export interface Issue {
  severity: 'ERROR' | 'WARNING'
  message: string
}

/** The schema.org release files the checks run against. */
export interface SchemaOrg {
  /** schemaorg-all-https.jsonld: every type and property. */
  vocabulary: object
  /** schemaorgcontext.jsonld: the JSON-LD context `https://schema.org` stands for. */
  context: object
}

const VOCABULARY_FILE = 'schemaorg-all-https.jsonld'
const CONTEXT_FILE = 'schemaorgcontext.jsonld'

/** Where the schema.org files are: $SCHEMAORG_DIR, else ../shared/schemaorg next to the project. */
export const schemaOrgDir = () => resolve(process.env.SCHEMAORG_DIR ?? '../shared/schemaorg')

/** The schema.org files, or undefined when either is missing (callers skip the checks and say so). */
export function loadSchemaOrg(dir = schemaOrgDir()): SchemaOrg | undefined {
  const vocabulary = join(dir, VOCABULARY_FILE)
  const context = join(dir, CONTEXT_FILE)
  if (!existsSync(vocabulary) || !existsSync(context)) return undefined
  return { vocabulary: JSON.parse(readFileSync(vocabulary, 'utf8')) as object, context: JSON.parse(readFileSync(context, 'utf8')) as object }
}

type JsonObject = Record<string, unknown>
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The JSON-LD documents embedded in an HTML page, parsed. */
export function extractJsonLd(html: string): unknown[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype=["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)]
  return scripts.map((m) => JSON.parse(m[1]!) as unknown)
}

/** The top-level nodes of a document: its `@graph`, or the document itself. */
function nodesOf(doc: unknown): JsonObject[] {
  if (Array.isArray(doc)) return doc.flatMap(nodesOf)
  if (!isObject(doc)) return []
  return Array.isArray(doc['@graph']) ? doc['@graph'].filter(isObject) : [doc]
}

const typesOf = (node: JsonObject): string[] => {
  const t = node['@type']
  return Array.isArray(t) ? t.map(String) : t === undefined ? [] : [String(t)]
}

/**
 * Runs the validator on the documents, shaped as @marbec/web-auto-extractor would hand them over
 * (`{ jsonld: { [type]: nodes } }`, one root item per graph node).
 */
async function validatorIssues(docs: unknown[], schema: SchemaOrg): Promise<Issue[]> {
  const byType: Record<string, JsonObject[]> = {}
  for (const node of docs.flatMap(nodesOf)) {
    const type = typesOf(node)[0] ?? 'Thing'
    ;(byType[type] ??= []).push(structuredClone(node))
  }
  const results = (await new Validator(schema.vocabulary).validate({ jsonld: byType })) as Array<{
    severity: 'ERROR' | 'WARNING'
    issueMessage: string
    path?: Array<{ type?: string; property?: string; index?: number }>
  }>
  return results.map((r) => ({
    severity: r.severity,
    message: `${r.issueMessage}${r.path ? ` at ${r.path.map((p) => [p.type, p.property].filter(Boolean).join('.')).join(' > ')}` : ''}`,
  }))
}

const SCHEMA_IRI = /^https?:\/\/schema\.org\//
const CONTEXT_URLS = /^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.json(ld)?)?$/

/** Property names used in a compacted document (every key not starting with "@"). */
function compactTerms(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) compactTerms(v, out)
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === '@context') continue
      if (!k.startsWith('@')) out.add(k.replace(/^schema:/, ''))
      compactTerms(v, out)
    }
  }
  return out
}

/** Property names left after expansion, as schema.org local names. */
function expandedTerms(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) expandedTerms(v, out)
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (!k.startsWith('@')) out.add(k.replace(SCHEMA_IRI, ''))
      expandedTerms(v, out)
    }
  }
  return out
}

/** Expands each document with the local schema.org context (any other URL is refused: no network). */
async function expansionIssues(docs: unknown[], schema: SchemaOrg): Promise<Issue[]> {
  const documentLoader = async (url: string) => {
    if (!CONTEXT_URLS.test(url)) throw new Error(`esg-facts: refusing to fetch ${url}; only the local schema.org context is available`)
    return { contextUrl: undefined, documentUrl: url, document: schema.context }
  }
  const issues: Issue[] = []
  for (const doc of docs) {
    try {
      const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.Expand)
      const kept = expandedTerms(expanded)
      const dropped = [...compactTerms(doc)].filter((t) => !kept.has(t))
      if (dropped.length) issues.push({ severity: 'ERROR', message: `JSON-LD expansion drops ${dropped.map((t) => `"${t}"`).join(', ')}` })
    } catch (err) {
      issues.push({ severity: 'ERROR', message: `JSON-LD expansion failed: ${(err as Error).message}` })
    }
  }
  return issues
}

/** `@id`s a value refers to (nested node references). */
function referencedIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) referencedIds(v, out)
  else if (isObject(value)) {
    if (typeof value['@id'] === 'string') out.push(value['@id'])
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('@')) referencedIds(v, out)
  }
  return out
}

/** Each `@id` defined once per document, and the document's nodes form one connected graph. */
function graphIssues(docs: unknown[]): Issue[] {
  const issues: Issue[] = []
  for (const doc of docs) {
    const nodes = nodesOf(doc)
    const index = new Map<string, number>()
    nodes.forEach((n, i) => {
      const id = n['@id']
      if (typeof id !== 'string') issues.push({ severity: 'ERROR', message: `a ${typesOf(n).join('/')} node has no @id` })
      else if (index.has(id)) issues.push({ severity: 'ERROR', message: `@id ${id} is defined twice` })
      else index.set(id, i)
    })
    // Union-find over references, treated as undirected edges.
    const parent = nodes.map((_, i) => i)
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
    nodes.forEach((n, i) => {
      for (const id of Object.entries(n).flatMap(([k, v]) => (k.startsWith('@') ? [] : referencedIds(v)))) {
        const j = index.get(id)
        if (j !== undefined) parent[find(i)] = find(j)
      }
    })
    const roots = new Set(nodes.map((_, i) => find(i)))
    if (roots.size > 1) {
      const parts = [...roots].map((r) => nodes.filter((_, i) => find(i) === r).map((n) => String(n['@id'])).slice(0, 3).join(', '))
      issues.push({ severity: 'ERROR', message: `the graph falls apart into ${roots.size} pieces: ${parts.map((p) => `[${p}]`).join(' ')}` })
    }
  }
  return issues
}

/** Google Dataset rich results: https://developers.google.com/search/docs/appearance/structured-data/dataset */
function datasetIssues(docs: unknown[]): Issue[] {
  const issues: Issue[] = []
  for (const doc of docs) {
    const nodes = nodesOf(doc)
    const resolveRef = (v: unknown) => (isObject(v) && typeof v['@id'] === 'string' && !v['@type'] ? nodes.find((n) => n['@id'] === v['@id']) : v)
    for (const ds of nodes.filter((n) => typesOf(n).includes('Dataset'))) {
      const need = (severity: Issue['severity'], ok: boolean, message: string) => ok || issues.push({ severity, message: `Dataset: ${message}` })
      need('ERROR', typeof ds.name === 'string' && ds.name.length > 0, 'name is required')
      const d = ds.description
      need('ERROR', typeof d === 'string' && d.length >= 50 && d.length <= 5000, `description must be 50–5000 characters (has ${typeof d === 'string' ? d.length : 'none'})`)
      for (const field of ['url', 'license', 'creator', 'temporalCoverage', 'variableMeasured', 'isAccessibleForFree', 'distribution']) {
        need('WARNING', ds[field] !== undefined, `recommended field "${field}" is missing`)
      }
      const creators = [ds.creator].flat().filter((c) => c !== undefined).map(resolveRef)
      need('WARNING', creators.every((c) => isObject(c) && typeof c.name === 'string'), 'every creator needs a name (and a node in the graph)')
      for (const dl of [ds.distribution].flat().filter((x) => x !== undefined).map(resolveRef)) {
        need('ERROR', isObject(dl) && typeof dl.contentUrl === 'string' && typeof dl.encodingFormat === 'string', 'every distribution needs contentUrl and encodingFormat')
      }
    }
  }
  return issues
}

/** Every check on a set of JSON-LD documents (one page's). Empty when all is well. */
export async function checkJsonLd(docs: unknown[], schema: SchemaOrg): Promise<Issue[]> {
  return [...(await validatorIssues(docs, schema)), ...(await expansionIssues(docs, schema)), ...graphIssues(docs), ...datasetIssues(docs)]
}

/** Every check on an HTML page's JSON-LD; a page without any, or with unparsable JSON, is an error. */
export async function checkHtml(html: string, schema: SchemaOrg): Promise<Issue[]> {
  let docs: unknown[]
  try {
    docs = extractJsonLd(html)
  } catch (err) {
    return [{ severity: 'ERROR', message: `a JSON-LD script is not valid JSON: ${(err as Error).message}` }]
  }
  if (docs.length === 0) return [{ severity: 'ERROR', message: 'no <script type="application/ld+json"> in the page' }]
  return checkJsonLd(docs, schema)
}
