import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi'
import type { Corpus } from '../facts/build-facts.js'
import type { FactIndex } from '../index/fact-index.js'

/** What the app serves: the built corpus and its index. The app is built from data only. */
export interface AppData {
  corpus: Corpus
  index: FactIndex
}

/** Deployment settings; see README "Running in production". */
export interface AppConfig {
  /** Absolute base of every link we publish (llms.txt, sitemap, canonical, JSON-LD @id), no trailing slash. */
  publicUrl: string
  /** Whether AI training crawlers (GPTBot, ClaudeBot, Google-Extended, CCBot…) may crawl. Search and user agents always may. */
  allowTrainingCrawlers: boolean
}

export type AppEnv = { Variables: { data: AppData; config: AppConfig } }
export type AppOpenAPI = OpenAPIHono<AppEnv>
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>
