import type { RouteConfig, RouteHandler } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Coding, Encoder } from './middleware/compression.js'
import type { AppData } from '../pipeline.js'

/** Deployment settings; see README "Running in production". */
export interface AppConfig {
  /** Absolute base of every link we publish (llms.txt, sitemap, canonical, JSON-LD @id), no trailing slash. */
  publicUrl: string
  /** Whether AI training crawlers (GPTBot, ClaudeBot, Google-Extended, CCBot…) may crawl. Search and user agents always may. */
  allowTrainingCrawlers: boolean
  /** Where access and error logs go, one JSON object per line. Default `console.log` (what a Worker has); Node's entry passes pino's asynchronous destination; tests pass a no-op or a collector. */
  log?: (line: string) => void
  /** Longest request URL (path and query, in characters) served; longer is a 414. Default 2048, what browsers, CDNs and crawlers reliably handle. */
  maxUrlLength?: number
  /** Per-client request budget per window; omit (or a limit of 0) to turn it off. Default off, as tests and single-tenant deployments need none. */
  rateLimit?: { limit: number; windowSeconds: number }
  /**
   * Whether a reverse proxy in front of us appends the client address to `X-Forwarded-For`. When true, the
   * rate limiter keys on its last entry (the one our proxy wrote; earlier entries are the client's say-so).
   * Default false: the header is ignored, as any client can send it.
   */
  trustProxy?: boolean
  /** The connection's client address, for rate limiting. Runtime-specific (Node: getConnInfo), so the entry point supplies it. Default: none, and all clients share one budget. */
  clientKey?: (c: Context) => string | undefined
  /** Encoders for content codings the runtime has beyond the Web-standard gzip and deflate: Node's entry passes Brotli. Default none. */
  compressors?: Partial<Record<Coding, Encoder>>
  /**
   * The SHA-1 of a body, in hex, computed synchronously: the runtime's native hash (Node's entry
   * passes node:crypto's). Default: Web Crypto's `crypto.subtle.digest`, the same digest, which is
   * asynchronous (a job on a worker thread per response) and so cost more than the hashing itself.
   */
  sha1Hex?: (body: Uint8Array<ArrayBuffer>) => string
  /** Responses (all but /healthz) kept in memory with their ETags (LRU); 0 turns the cache off. Default 1000. */
  responseCacheEntries?: number
  /** How long a handler may run before the client gets a 503; 0 turns it off. Default 5000 ms. */
  requestTimeoutMs?: number
  /**
   * The reference UI's files for /docs, called on its first request. Runtime-specific (the Node
   * entry reads them from the pinned swagger-ui-dist package; a Worker build imports them as text).
   * Default none: /docs is a 404 naming /openapi.json.
   */
  docsAssets?: () => Promise<DocsAssets>
}

/** Swagger UI's bundle and stylesheet (from the swagger-ui-dist package) and its version. */
export interface DocsAssets {
  version: string
  script: string
  css: string
}

/** Read with `c.get(name)`, not `c.var.name`: hono's `c.var` copies every variable into a new object on each read, several times per request. */
export type AppEnv = { Variables: { data: AppData; config: AppConfig; requestId: string } }
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>
