import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFromCorpus, writeArtifacts } from '../../src/adapter/node/artifacts.js'
import { bundleServer, startBundled, type StartedServer } from '../../src/adapter/node/bundle.js'

/** A dist/ as `npm run build` makes it (server bundle, then data; no code cache yet), in a fresh temporary folder. */
export async function buildDist(): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), 'esg-facts-dist-'))
  await bundleServer('src/adapter/node/server.ts', dist)
  await writeArtifacts(await buildFromCorpus('corpus/sources'), dist)
  return dist
}

export type ProductionServer = StartedServer & { base: string }

/** Starts what `npm start` runs, `node <dist>/start.cjs`, on a free loopback port, serving that dist/. */
export async function startProduction(dist: string, env: Record<string, string> = {}): Promise<ProductionServer> {
  const server = await startBundled(dist, { DIST_DIR: dist, ...env })
  return { ...server, base: `http://127.0.0.1:${server.port}` }
}
