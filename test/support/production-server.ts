import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFromCorpus, writeArtifacts } from '../../src/artifacts.js'
import { bundleServer, startScript } from '../../src/bundle.js'

/** A dist/ as `npm run build` makes it (data and server bundle; no code cache yet), in a fresh temporary folder. */
export async function buildDist(): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), 'esg-facts-dist-'))
  await bundleServer('src/server.ts', dist)
  await writeArtifacts(await buildFromCorpus('corpus/sources'), dist)
  return dist
}

export interface ProductionServer {
  child: ChildProcess
  base: string
  /** Everything the process has written so far (stdout and stderr). */
  output: () => string
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>
}

/**
 * Starts what `npm start` runs, `node <dist>/start.cjs`, on a free port, and waits until it says
 * where it listens. Node runs the server itself (no npm or shell between), so signals reach it.
 */
export function startProduction(dist: string, env: Record<string, string> = {}): Promise<ProductionServer> {
  const child = spawn(process.execPath, [startScript(dist)], {
    env: { ...process.env, DIST_DIR: dist, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    const take = (chunk: Buffer) => {
      out += chunk.toString()
      const listening = /listening on http:\/\/localhost:(\d+)/.exec(out)
      if (listening) resolve({ child, base: `http://127.0.0.1:${listening[1]}`, output: () => out, exited })
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    void exited.then((code) => reject(new Error(`the production server exited (code ${String(code)}) before it listened:\n${out}`)))
  })
}
