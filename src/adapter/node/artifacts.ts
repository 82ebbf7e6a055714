import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, open, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CorpusSchema, type Corpus } from '../../core/corpus/corpus-schema.js'
import type { FactIndexJSON } from '../../core/index/fact-index.js'
import type { AppData } from '../../core/pipeline.js'
import { corpusText, loadData, saveIndex } from '../../core/saved-data.js'

/** Where things are, relative to the working directory unless set (see README "Running in production"). */
export const CORPUS_DIR = resolve(process.env.CORPUS_DIR ?? 'corpus/sources')
export const DIST_DIR = resolve(process.env.DIST_DIR ?? 'dist')
/**
 * The code that builds the data, whose changes make dist/ stale: src/ when run from source, the
 * bundle file itself when run from the production bundle (bundle.ts).
 */
const CODE_PATH = import.meta.filename.endsWith('.ts') ? resolve(import.meta.dirname, '../..') : import.meta.filename

const CORPUS_FILE = 'corpus.json'
const INDEX_FILE = 'index.json'
const COLUMNS_FILE = 'index.bin'

/**
 * Runs the pipeline on the corpus folder: corpus → facts → index. The loader and the pipeline are
 * imported here, when a build is needed, so a start from built artifacts does not load them.
 */
export async function buildFromCorpus(dir = CORPUS_DIR): Promise<AppData> {
  const [{ loadCorpus }, { buildData }] = await Promise.all([import('./load-corpus.js'), import('../../core/pipeline.js')])
  return buildData(await loadCorpus(dir))
}

/** Writes the built facts and the serialised index, so a start need not rebuild them. */
export async function writeArtifacts(data: AppData, dir = DIST_DIR): Promise<void> {
  await mkdir(dir, { recursive: true })
  await replaceFile(join(dir, CORPUS_FILE), corpusText(data.corpus))
  const saved = saveIndex(data.index)
  // index.json last: its time stamps the build (see loadOrBuild).
  await replaceFile(join(dir, COLUMNS_FILE), saved.columns)
  await replaceFile(join(dir, INDEX_FILE), saved.index)
}

/**
 * Writes a file under a temporary name, then renames it: a server starting meanwhile reads the old
 * file or the new one, never half of one. Content given in pieces is written piece by piece.
 */
export async function replaceFile(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  if (typeof content === 'string' || content instanceof Uint8Array) await writeFile(temporary, content)
  else {
    const file = await open(temporary, 'w')
    try {
      for (const piece of content) await file.writeFile(piece)
    } finally {
      await file.close()
    }
  }
  await rename(temporary, path)
}

/**
 * The data to serve: the artifacts in `dist/` when they are newer than every corpus and source
 * file and readable in the current format, else a fresh build (written back so the next start is
 * fast). `refused` says why fresh artifacts were not used (the file and what is wrong with it), for
 * the log. The checks and reads are synchronous: nothing else runs before the server listens, and a
 * dozen event-loop round trips cost a start more than the reads do.
 */
export async function loadOrBuild(corpusDir = CORPUS_DIR, distDir = DIST_DIR): Promise<{ data: AppData; rebuilt: boolean; refused?: string }> {
  let refused: string | undefined
  if (artifactsFresh(corpusDir, distDir)) {
    try {
      return { data: await loadArtifacts(distDir), rebuilt: false }
    } catch (err) {
      refused = err instanceof Error ? err.message : String(err) // damaged or of an older format: rebuild
    }
  }
  const data = await buildFromCorpus(corpusDir)
  await writeArtifacts(data, distDir).catch(() => undefined) // a read-only disk still serves the fresh build
  return { data, rebuilt: true, refused }
}

/** Whether every artifact is in `distDir` and newer than every corpus file and the code (time stamps only: the format is checked on load). */
export function artifactsFresh(corpusDir = CORPUS_DIR, distDir = DIST_DIR): boolean {
  const built = mtime(join(distDir, INDEX_FILE))
  const inputs = Math.max(newest(corpusDir), newest(CODE_PATH))
  return built !== undefined && built >= inputs && [CORPUS_FILE, COLUMNS_FILE].every((file) => mtime(join(distDir, file)) !== undefined)
}

/**
 * Reads the artifacts `writeArtifacts` wrote. Throws, naming the file, if one is absent, damaged or
 * of another format: the corpus is checked against its schema, the index by its version and the
 * build id it shares with its columns.
 */
export async function loadArtifacts(distDir: string): Promise<AppData> {
  const corpus = readArtifact(distDir, CORPUS_FILE, (path) => validCorpus(JSON.parse(readFileSync(path, 'utf8'))))
  const json = readArtifact(distDir, INDEX_FILE, (path) => JSON.parse(readFileSync(path, 'utf8')) as FactIndexJSON)
  const columns = readArtifact(distDir, COLUMNS_FILE, (path) => readFileSync(path))
  return readArtifact(distDir, `${INDEX_FILE} with ${COLUMNS_FILE}`, () => loadData(corpus, json, columns))
}

function readArtifact<T>(distDir: string, file: string, read: (path: string) => T): T {
  try {
    return read(join(distDir, file))
  } catch (err) {
    throw new Error(`esg-facts: ${join(distDir, file)} cannot be used: ${err instanceof Error ? err.message : String(err)}`, { cause: err })
  }
}

/** The corpus, if it has the schema's shape; else an error naming the first bad field ("facts.3.citation.start: …"). */
function validCorpus(value: unknown): Corpus {
  const result = CorpusSchema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new Error(`${issue.path.join('.') || 'the file'}: ${issue.message}`)
  }
  // The value as read, not zod's copy: the same objects the build wrote, in the same key order.
  return value as Corpus
}

function mtime(path: string): number | undefined {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs
}

/** The newest modification time of a file, or of any file under a folder (0 if there is none). */
function newest(path: string): number {
  const s = statSync(path, { throwIfNoEntry: false })
  if (!s?.isDirectory()) return s?.mtimeMs ?? 0
  const times = readdirSync(path, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => mtime(join(e.parentPath, e.name)) ?? 0)
  return Math.max(0, ...times)
}
