import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import matter from 'gray-matter'
import { CorpusError } from '../../core/corpus/corpus-error.js'
import { checkCorpus, parseSource } from '../../core/corpus/parse-source.js'
import type { SourceDocument } from '../../core/corpus/source-schema.js'

/**
 * Reads every `*.md` below `dir` (Node only: the build step and the server entry call it).
 * Files are read in path order so that the corpus, and everything built from it, is deterministic.
 * Throws a {@link CorpusError} naming the file and the field on the first bad file.
 */
export async function loadCorpus(dir: string): Promise<SourceDocument[]> {
  const files = (await listMarkdown(dir)).sort()
  const docs: SourceDocument[] = []
  for (const file of files) {
    const name = relative(process.cwd(), file)
    const raw = await readFile(file, 'utf8')
    let parsed: matter.GrayMatterFile<string>
    try {
      // Passing options turns off gray-matter's cache, which would hand back stale objects.
      parsed = matter(raw, {})
    } catch (err) {
      throw new CorpusError(name, 'front matter', `unparsable YAML: ${(err as Error).message.split('\n')[0]}`)
    }
    if (!raw.trimStart().startsWith('---')) throw new CorpusError(name, 'front matter', 'missing (the file must start with ---)')
    const doc = parseSource(name, parsed.data, parsed.content)
    if (doc.unknownKeys?.length) console.warn(`esg-facts: ${name}: ignoring unknown front-matter field(s): ${doc.unknownKeys.join(', ')}`)
    docs.push(doc)
  }
  checkCorpus(docs, relative(process.cwd(), dir) || '.')
  return docs
}

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new CorpusError(relative(process.cwd(), dir) || '.', 'sources', `cannot read the corpus folder (${err.code ?? err.message})`)
  })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(e.parentPath, e.name))
}
