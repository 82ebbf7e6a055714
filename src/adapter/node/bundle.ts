/**
 * The production server as two CommonJS files, written by `npm run build`: `server.cjs` (the server
 * entry with every dependency in it) and `start.cjs` (run-bundle.ts, which runs it with a V8 code
 * cache). Node-only, build time.
 *
 * Why: run from source, a start resolves and compiles some 200 modules through a TypeScript loader
 * (zod alone is 95), which took ~2× a Hono hello-world's start; one script compiled from a code
 * cache skips both the loader and most of the compiling. CommonJS because Node 20 can only give a
 * code cache to a script (`vm.Script`), not to an ES module.
 */
import { build, type Plugin } from 'esbuild'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { replaceFile } from './artifacts.js'

const RUNNER = resolve(import.meta.dirname, 'run-bundle.ts')

/**
 * zod re-exports all its ~50 locales (`z.locales`), and a bundle cannot drop a namespace re-export;
 * the service's messages are English, which zod sets up from its own `locales/en.js`. Trimming the
 * rest, as bundles of moment.js trim its locales, takes a quarter off the bundle (1.13 → 0.83 MB).
 */
export const englishOnlyZod: Plugin = {
  name: 'english-only-zod',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export {}', loader: 'js' }))
  },
}

/**
 * Bundles `entry` into `<outDir>/server.cjs` and the runner into `<outDir>/start.cjs`. A file whose
 * bytes are unchanged is not rewritten: its time stamp says when the code last changed (see
 * artifacts.ts), and its code cache stays valid. `changed` says whether any file was written.
 */
export async function bundleServer(entry: string, outDir: string): Promise<{ changed: boolean }> {
  const { outputFiles } = await build({
    entryPoints: { server: entry, start: RUNNER },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // In CommonJS the file's own path comes from the module wrapper (run-bundle passes it).
    define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
    // Smaller to read and compile; names are kept (no identifier minifying), so stack traces read as the source.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    plugins: [englishOnlyZod],
    write: false,
    logLevel: 'error',
  })
  await mkdir(outDir, { recursive: true })
  let changed = false
  for (const file of outputFiles) {
    const old = await readFile(file.path).catch(() => undefined)
    if (old?.equals(file.contents)) continue
    await replaceFile(file.path, file.contents)
    changed = true
  }
  return { changed }
}

/** Where `bundleServer` puts the runner: `node <this>` starts the server. */
export const startScript = (outDir: string): string => join(outDir, 'start.cjs')

/** A bundled server child process, listening on `port`. */
export interface Bundled {
  child: ChildProcess
  port: number
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>
}

/**
 * Starts `node <outDir>/start.cjs` on a free loopback port (PORT=0) and resolves once it says where
 * it listens; `onOutput` gets everything it writes (stdout and stderr). Node runs the server itself,
 * with no npm or shell between, so signals reach it.
 */
export function startBundled(outDir: string, env: Record<string, string> = {}, onOutput: (text: string) => void = () => {}): Promise<Bundled> {
  const child = spawn(process.execPath, [startScript(outDir)], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let head = ''
  let port: number | undefined
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  return new Promise((resolve, reject) => {
    // Read until the line that names the port; the pipes are read to the end, as a full one would block the child.
    const take = (chunk: Buffer) => {
      const text = chunk.toString()
      onOutput(text)
      if (port !== undefined) return
      head += text
      const listening = /listening on http:\/\/localhost:(\d+)/.exec(head)
      if (listening) resolve({ child, port: (port = Number(listening[1])), exited })
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    void exited.then((code) => reject(new Error(`esg-facts: the bundled server exited (code ${String(code)}) before it listened:\n${head}`)))
  })
}

/**
 * Starts the bundled server once, has it answer a search, and stops it: the exit writes the code
 * cache (run-bundle.ts), so the first start of a deployed dist/ is fast too.
 */
export async function warmUp(outDir: string, env: Record<string, string> = {}): Promise<void> {
  const server = await startBundled(outDir, env)
  try {
    await (await fetch(`http://127.0.0.1:${server.port}/v1/search?q=emissions`)).arrayBuffer()
  } finally {
    server.child.kill('SIGTERM')
    await server.exited
  }
}
