import type { AppConfig } from './app-env.js'

/** Settings from environment variables, read the same way by every runtime's entry (see README "Running in production"). */
export type EnvVars = Readonly<Record<string, string | undefined>>

/**
 * The app's config from the variables every entry shares: PUBLIC_URL (else `defaultPublicUrl`),
 * ALLOW_TRAINING_CRAWLERS, RATE_LIMIT, TRUST_PROXY, REQUEST_TIMEOUT_MS and RESPONSE_CACHE_ENTRIES.
 * What only a runtime knows (the client's address, extra encoders) its entry adds.
 */
export function configFromEnv(env: EnvVars, defaultPublicUrl: string): AppConfig {
  const rateLimit = Number(env.RATE_LIMIT ?? 0)
  return {
    publicUrl: (env.PUBLIC_URL ?? defaultPublicUrl).replace(/\/+$/, ''),
    allowTrainingCrawlers: env.ALLOW_TRAINING_CRAWLERS === 'true',
    rateLimit: rateLimit > 0 ? { limit: rateLimit, windowSeconds: 60 } : undefined,
    trustProxy: env.TRUST_PROXY === 'true',
    requestTimeoutMs: Number(env.REQUEST_TIMEOUT_MS ?? 5000),
    responseCacheEntries: Number(env.RESPONSE_CACHE_ENTRIES ?? 1000),
  }
}
