import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFromCorpus, writeArtifacts } from '../../src/adapter/node/artifacts.js'
import { bundleServer, startBundled, type Bundled } from '../../src/adapter/node/bundle.js'

/**
 * A dist/ as `npm run build` makes it (server bundle, then data; no code cache yet), in a fresh
 * temporary folder under `parent`. /docs reads Swagger UI from the node_modules above the bundle,
 * so a test of /docs builds under the repository, as dist/ is.
 */
export async function buildDist(parent = tmpdir()): Promise<string> {
  const dist = await mkdtemp(join(parent, 'esg-facts-dist-'))
  await bundleServer('src/adapter/node/server.ts', dist)
  await writeArtifacts(await buildFromCorpus('corpus/sources'), dist)
  return dist
}

export type ProductionServer = Bundled & {
  base: string
  /** Everything the process has written so far (stdout and stderr). */
  output: () => string
}

/** Starts what `npm start` runs, `node <dist>/start.cjs`, on a free loopback port, serving that dist/. */
export async function startProduction(dist: string, env: Record<string, string> = {}): Promise<ProductionServer> {
  let out = ''
  const server = await startBundled(dist, { DIST_DIR: dist, ...env }, (text) => (out += text))
  return { ...server, base: `http://127.0.0.1:${server.port}`, output: () => out }
}
