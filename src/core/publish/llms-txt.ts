import { TOPICS } from '../facts/topics.js'
import { apiUrl, doc, exampleQuery, markdownUrl, plural, SITE_NAME, SITE_SUMMARY, sourceBody, topicsWithFacts } from './markdown-views.js'
import { seriesData } from '../query/series.js'
import { paths, SERVER_CARD_PATH, standardsOf, type Site } from './site.js'

/*
 * /llms.txt (https://llmstxt.org): an H1 name, a blockquote summary, an info paragraph, then H2
 * sections made only of link lines, the last one "Optional" (what an agent may skip when its
 * context is short). /llms-full.txt is the content itself: every fact, as Markdown.
 */

/** The llms.txt index of the site. Links are absolute and point at Markdown views where one exists. */
export function llmsTxt(site: Site): string {
  const { sources, facts } = site.corpus
  const base = site.publicUrl
  const langs = [...new Set(sources.map((s) => s.lang))].sort().join(', ')
  const q = exampleQuery(site)
  const series = seriesData(site.corpus)
  return doc(
    `# ${SITE_NAME}`,
    `> ${SITE_SUMMARY}`,
    `This service holds ${plural(facts.length, 'fact')} from ${plural(sources.length, 'article')} (languages: ${langs}) about company ESG and sustainability reports. ` +
      `A fact is one sentence of an article, quoted verbatim. Its figures are given exactly as written, with their character offsets into the article text served at ${base}/v1/sources/{id}, ` +
      `and read as a normalised value, unit (ISO 4217 for money), qualifier ("over", "almost"…), role (target, base or comparison), period, and what it measures: ` +
      `a variable shared across sources, languages and years, whose values per organisation and year are at ${base}/v1/observations and on the organisation and variable pages.`,
    `To cite a fact, quote the sentence, name the publisher and article title, and link the article's deep link (the fact's citation URL, a text fragment that scrolls to the quote); ` +
      `the fact's own page is ${base}/facts/{id}. The articles retell company reports: attribute figures to the article's publisher ("according to …"), not to the company directly.`,
    '## Sources',
    links(sources.map((s) => [s.title, markdownUrl(site, paths.source(s.id)), `${s.publisher} (${s.lang}), ${plural(s.facts, 'fact')} on ${s.about.report.name}`])),
    '## Organisations',
    links(
      [...series.organizations.values()].map((org) => {
        const count = series.series.filter((s) => s.organization.id === org.id).length
        return [org.name, markdownUrl(site, paths.organization(org.id)), `its figures by year (${plural(count, 'series', 'series')}), and the articles on its reports`]
      }),
    ),
    // Only once figures carry variables: an llms.txt section must have links.
    ...(series.variables.length
      ? [
          '## Variables',
          links(
            series.variables.map((v) => {
              const standards = standardsOf(v)
              return [v.name, markdownUrl(site, paths.variable(v.id)), `${v.names.it}; ${plural(v.figures, 'figure')} from ${plural(v.sources, 'source')}, by organisation and year${standards ? ` (${standards})` : ''}`]
            }),
          ),
        ]
      : []),
    '## Facts by topic',
    links(
      topicsWithFacts(site).map(({ topic, count }) => {
        const standards = standardsOf(topic)
        return [topic.label.en, markdownUrl(site, paths.topic(topic.id)), `${plural(count, 'fact')}; ${topic.description}${standards ? ` (${standards})` : ''}`]
      }),
    ),
    '## API and docs',
    links([
      ['OpenAPI 3.1 description', `${base}/openapi.json`, 'every endpoint, parameter and schema (JSON)'],
      ['API reference', `${base}/docs`, 'the same, as an interactive HTML page'],
      ['Search facts', apiUrl(site, '/v1/search', q), 'JSON; English or Italian, each finding facts in both; filter by lang, source, topic, type'],
      ['Answer a question', apiUrl(site, '/v1/answer', q), 'JSON; the fact and figure that answer it with a ready-to-paste citation, or null when nothing does'],
      ['Observations', `${base}/v1/observations`, 'JSON; figures as series of one variable over time per organisation, each value with every source that states it; filter by variable, organization, q, period, role, lang'],
      ['Variables', `${base}/v1/variables`, 'JSON; the variables the figures measure, with English and Italian names, GRI/ESRS codes and counts'],
      ['All facts', `${base}/llms-full.txt`, 'every fact with its figures and citation, as Markdown, grouped by article and section'],
      ['MCP server card', `${base}${SERVER_CARD_PATH}`, `JSON; the MCP server at ${base}/mcp (Streamable HTTP; tools search, fetch, answer and observations) and how to connect`],
      // NLWeb names the parameter `query`, and streams unless told not to.
      ['NLWeb ask', apiUrl(site, '/ask', q).replace('?q=', '?streaming=false&query='), "JSON; NLWeb's /ask: schema.org results (server-sent events without streaming=false)"],
    ]),
    '## Optional',
    links([
      ['Home page', markdownUrl(site, paths.home()), 'sources and topics, as Markdown'],
      ['Sitemap', `${base}/sitemap.xml`, 'every HTML page: home, sources, facts, topics, organisations, variables'],
      ['Knowledge graph', `${base}/v1/graph`, 'every source and fact as one schema.org JSON-LD graph'],
      ['Sources as JSON', `${base}/v1/sources`, 'article metadata'],
      ['Facts as JSON', `${base}/v1/facts`, 'paged with limit and offset'],
      ['Topic taxonomy', `${base}/v1/topics`, `${TOPICS.length} ESG topics mapped to GRI and ESRS`],
    ]),
  )
}

/** Every fact with its figures and citation, grouped by source and section heading, in corpus order. */
export function llmsFullTxt(site: Site): string {
  const { sources, facts } = site.corpus
  return doc(
    `# ${SITE_NAME}: all facts`,
    `> ${SITE_SUMMARY}`,
    `${plural(facts.length, 'fact')} from ${plural(sources.length, 'article')}, in article order. Each list item is a sentence quoted verbatim; ` +
      `"Figures" gives each number as "measure: value unit (period, role)", the value normalised and the measure in the sentence's words, then the number as written ` +
      `(a number whose measure is not known reads "as written = value unit (period, role)"); "Cite" links the quote in the article. ` +
      `Index: ${site.publicUrl}/llms.txt`,
    ...sources.flatMap((s) => [`## ${s.title.replace(/\s+/g, ' ')}`, ...sourceBody(site, s, 3)]),
  )
}

/**
 * A link list: `- [title](url): note`, one per line. The reference parser reads a title up to the
 * first "]" whatever escapes it, so brackets in titles become parentheses.
 */
const links = (items: readonly (readonly [title: string, url: string, note: string])[]): string =>
  items
    .map(([title, url, note]) => `- [${title.replace(/\s+/g, ' ').replace(/\[/g, '(').replace(/\]/g, ')')}](${url}): ${note.replace(/\s+/g, ' ')}`)
    .join('\n')

/** One link of an llms.txt section. */
export interface LlmsLink {
  title: string
  url: string
  desc?: string
}
/** An llms.txt file as the reference parser reads it. */
export interface LlmsTxt {
  title: string
  summary?: string
  info: string
  sections: { name: string; links: LlmsLink[] }[]
}

/*
 * The reference parser's rules (AnswerDotAI llms-txt, `parse_llms_txt` in miniparse.py), ported
 * so we read our file the way consumers do:
 * - the text is split into sections at every line starting with "##" (so "###" starts one too);
 * - before the first section: "# title", one or more newlines, optionally a "> summary" line,
 *   one or more newlines, then everything else is the info. A summary directly followed by the
 *   first section has no newline after it, so the summary is lost (it becomes the info);
 * - in a section, every non-blank line must contain `-[title](url)`, optionally `: desc`.
 */
const SECTION_RE = /^##\s*(.*?)$/gm
const HEADER_RE = /^#\s*(.+?)$\n+(?:^>\s*(.+?)$$)?\n+(.*)/ms
const LINK_RE = /-\s*\[([^\]]+)\]\(([^)]+)\)(?::\s*(.*))?/

interface RawSection {
  name: string
  body: string
  /** 1-based line of the heading, for messages. */
  line: number
}

function splitSections(text: string): { start: string; sections: RawSection[] } {
  const matches = [...text.matchAll(SECTION_RE)]
  const sections = matches.map((m, i) => {
    const bodyStart = m.index + m[0].length
    return { name: m[1]!, body: text.slice(bodyStart, matches[i + 1]?.index ?? text.length), line: lineAt(text, m.index) }
  })
  return { start: text.slice(0, matches[0]?.index ?? text.length), sections }
}

function parseHeader(start: string): Omit<LlmsTxt, 'sections'> | undefined {
  const m = HEADER_RE.exec(start.trim())
  if (!m) return undefined
  return { title: m[1]!, ...(m[2] !== undefined ? { summary: m[2] } : {}), info: m[3]! }
}

/** Non-blank lines of a section body with their 1-based line numbers in the file. */
function bodyLines(section: RawSection): { line: number; text: string }[] {
  return section.body
    .split('\n')
    .map((text, i) => ({ line: section.line + i, text })) // the body starts at the end of the heading line
    .filter((l) => l.text.trim() !== '')
}

const toLink = (m: RegExpExecArray): LlmsLink => ({ title: m[1]!, url: m[2]!, ...(m[3] !== undefined ? { desc: m[3] } : {}) })

/**
 * Parses llms.txt text under the reference parser's rules. Throws where the reference parser
 * fails: no "# title" followed by more text, or a section line without a link. Sections with the
 * same name keep the last one's links, as the reference's dict does.
 */
export function parseLlmsTxt(text: string): LlmsTxt {
  const { start, sections } = splitSections(text)
  const header = parseHeader(start)
  if (!header) throw new Error('esg-facts: llms.txt has no "# title" line followed by more text')
  const byName = new Map<string, LlmsLink[]>()
  for (const s of sections) {
    byName.set(
      s.name,
      bodyLines(s).map(({ line, text: l }) => {
        const m = LINK_RE.exec(l)
        if (!m) throw new Error(`esg-facts: llms.txt line ${line} in section "${s.name}" is not a link`)
        return toLink(m)
      }),
    )
  }
  return { ...header, sections: [...byName].map(([name, links]) => ({ name, links })) }
}

/**
 * Lists what keeps a file from reading well under the reference rules, or from being useful to a
 * crawler: a missing title or summary, a summary the reference parser loses, a section line that
 * is not a `- [title](url)` item (stricter than the reference, which finds a link anywhere in the
 * line), headings deeper than H2, empty or repeated sections, and relative links. Empty when fine.
 */
export function checkLlmsTxt(text: string): string[] {
  const problems: string[] = []
  const { start, sections } = splitSections(text)
  if (!/^# \S/.test(text)) problems.push('line 1: the file must start with the H1 "# <name>"')
  const header = parseHeader(start)
  if (!header) problems.push('no "# title" line followed by a blank line and more text before the first "##" section')
  else if (header.summary === undefined) {
    problems.push(
      /^>/.test(header.info)
        ? 'the "> summary" blockquote is followed directly by an H2: the reference parser then reads no summary; put an info paragraph between them'
        : 'no "> summary" blockquote after the title',
    )
  }
  const seen = new Set<string>()
  for (const s of sections) {
    const where = `line ${s.line}, section "${s.name}"`
    if (s.name.startsWith('#')) problems.push(`${where}: a heading deeper than H2 starts a section of its own under the reference rules`)
    if (seen.has(s.name)) problems.push(`${where}: a repeated section name; the reference parser keeps only the last`)
    seen.add(s.name)
    const lines = bodyLines(s)
    if (!lines.length) problems.push(`${where}: the section has no links`)
    for (const { line, text: l } of lines) {
      const m = LINK_RE.exec(l)
      if (!m || !/^\s*-\s*\[/.test(l)) problems.push(`line ${line}: not a "- [title](url): note" link line in section "${s.name}"`)
      else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(m[2]!)) problems.push(`line ${line}: relative link "${m[2]}"; links must be absolute`)
    }
  }
  return problems
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length
