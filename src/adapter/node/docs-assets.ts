import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { DocsAssets } from '../../core/http/app-env.js'

/**
 * Swagger UI's files for /docs, read from the pinned swagger-ui-dist package on the first /docs
 * request (1.7 MB that a start need not read). Resolved from this file, so the bundled server in
 * dist/ finds the package in the node_modules beside it.
 */
export async function readDocsAssets(): Promise<DocsAssets> {
  const require = createRequire(import.meta.filename)
  const file = (name: string) => readFile(require.resolve(`swagger-ui-dist/${name}`), 'utf8')
  const [pkg, script, css] = await Promise.all([file('package.json'), file('swagger-ui-bundle.js'), file('swagger-ui.css')])
  return { version: (JSON.parse(pkg) as { version: string }).version, script, css }
}
