/**
 * `npm start` (as `node dist/start.cjs`): runs the bundled server beside it (`server.cjs`, see
 * bundle.ts) from a V8 code cache. Node 20 has no compile cache of its own (22 has
 * `module.enableCompileCache`), so without one every start parses and compiles the whole bundle.
 *
 * The cache, `server.cjs.cache`, starts with the SHA-1 of the bundle it was made from: V8 matches a
 * cache to its source by the source's length, not its content, and a cache of other code must
 * never run. V8 refuses a cache of another Node version or other flags. When there was no cache,
 * or a refused one, this process writes a fresh one as it exits, holding everything it compiled
 * (the request paths too); a stop on SIGTERM is such an exit. `npm run build` makes one that way,
 * so a deployed dist/ carries it.
 */
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire, wrap } from 'node:module'
import { join } from 'node:path'
import { Script } from 'node:vm'

const file = join(import.meta.dirname, 'server.cjs')
const cacheFile = `${file}.cache`
const bytes = readFileSync(file)
const digest = createHash('sha1').update(bytes).digest()
const source = bytes.toString('utf8')
const saved = readOrUndefined(cacheFile)
const cachedData = saved?.subarray(0, digest.length).equals(digest) ? saved.subarray(digest.length) : undefined

const script = new Script(wrap(source), { filename: file, cachedData })
const codeCache = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'refused' : 'used'
console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'esg-facts code cache', codeCache }))
if (codeCache !== 'used') process.once('exit', writeCache)

// The CommonJS wrapper's arguments: exports, require, module, __filename, __dirname.
const cjs = { exports: {} }
;(script.runInThisContext() as (...args: unknown[]) => void)(cjs.exports, createRequire(file), cjs, file, import.meta.dirname)

/** Written under a temporary name and renamed: instances stopping together never leave half a file. */
function writeCache(): void {
  try {
    const temporary = `${cacheFile}.${process.pid}.tmp`
    writeFileSync(temporary, Buffer.concat([digest, script.createCachedData()]))
    renameSync(temporary, cacheFile)
  } catch {
    // A read-only dist/ serves without a cache.
  }
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path)
  } catch {
    return undefined
  }
}
