/**
 * The Cloudflare Workers entry (an ES-module Worker): the same app as Node's, on data built into
 * the bundle (build.ts). Runs on workerd, with no Node APIs.
 *
 * The data is loaded once per isolate, when the module is evaluated; the app is made on the first
 * request that needs it, once per PUBLIC_URL, since a Worker's variables arrive with the request.
 * Without PUBLIC_URL the links name the origin the request came to (the workers.dev name, say).
 *
 * The app sends identity bodies here: Cloudflare's edge compresses for the client. A Worker always
 * sees `Accept-Encoding: br, gzip`, whatever the client sent, and the edge re-encodes the response
 * to what the client accepts; a body the app compressed would be compressed again by the runtime
 * (its `encodeBody` is "automatic").
 */
import { corpus, docs, index } from 'esg-facts:data'
import columns from './index.bin'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../core/http/app-env.js'
import { createApp } from '../../core/http/app.js'
import { configFromEnv, type EnvVars } from '../../core/http/config-from-env.js'
import type { FactIndexJSON } from '../../core/index/fact-index.js'
import { loadData } from '../../core/saved-data.js'
import type { Corpus } from '../../core/corpus/corpus-schema.js'

const data = loadData(JSON.parse(corpus) as Corpus, JSON.parse(index) as FactIndexJSON, new Uint8Array(columns))
const apps = new Map<string, OpenAPIHono<AppEnv>>()

export default {
  fetch(request: Request, env: EnvVars): Response | Promise<Response> {
    const config = configFromEnv(env, new URL(request.url).origin)
    let app = apps.get(config.publicUrl)
    if (!app) {
      // Cloudflare names the client in CF-Connecting-IP; the rate limit (RATE_LIMIT) counts per isolate.
      app = createApp(data, { ...config, clientKey: (c) => c.req.header('cf-connecting-ip'), docsAssets: () => Promise.resolve(docs) })
      apps.set(config.publicUrl, app)
    }
    const headers = new Headers(request.headers)
    headers.delete('accept-encoding')
    return app.fetch(new Request(request, { headers }))
  },
}
