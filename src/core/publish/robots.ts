import type { Site } from './site.js'

/**
 * Crawlers that fetch pages to show and link them in answers or search results, or to answer a
 * user's request right now. They cite us, which is what this service is for, so they are always
 * allowed.
 */
export const SEARCH_AGENTS = ['OAI-SearchBot', 'Claude-SearchBot', 'PerplexityBot', 'Googlebot', 'Bingbot'] as const
export const USER_AGENTS = ['ChatGPT-User', 'Claude-User', 'Perplexity-User'] as const
/**
 * Crawlers (or robots.txt tokens) that collect text to train models. Whether they may is the
 * operator's choice: ALLOW_TRAINING_CRAWLERS (config.allowTrainingCrawlers), default no.
 * Google-Extended and Applebot-Extended are tokens only: blocking them keeps Googlebot and
 * Applebot crawling for search but out of model training.
 */
export const TRAINING_AGENTS = [
  'GPTBot',
  'ClaudeBot',
  'anthropic-ai',
  'Google-Extended',
  'Applebot-Extended',
  'CCBot',
  'meta-externalagent',
  'Bytespider',
  'cohere-training-data-crawler',
] as const

/**
 * robots.txt (RFC 9309). Policy:
 * - everything is crawlable, `/v1/` included: answer engines fetch the JSON API and llms.txt links it;
 * - `/search` (the HTML and Markdown results of an arbitrary query) is kept out of crawling by
 *   search crawlers and everyone else: an endless URL space that only repeats the fact pages,
 *   which the sitemap lists. User-triggered fetchers may open it, since a person asked for it;
 * - training crawlers get `Disallow: /` unless `allowTrainingCrawlers`, then the same rules as all.
 * A crawler obeys only the most specific group naming it, so each group carries its full rules.
 */
export function robotsTxt(site: Site, allowTraining: boolean): string {
  const group = (agents: readonly string[], rules: readonly string[]) => [...agents.map((a) => `User-agent: ${a}`), ...rules].join('\n')
  const crawl = ['Allow: /', 'Disallow: /search']
  return (
    [
      `# robots.txt for ${site.publicUrl}`,
      '# Search and answer engines: they show our pages and link back.\n' + group(SEARCH_AGENTS, crawl),
      '# User-triggered fetchers: a person asked for the page.\n' + group(USER_AGENTS, ['Allow: /']),
      `# AI training crawlers: ${allowTraining ? 'allowed' : 'disallowed'} (ALLOW_TRAINING_CRAWLERS=${allowTraining}).\n` +
        group(TRAINING_AGENTS, allowTraining ? crawl : ['Disallow: /']),
      group(['*'], crawl),
      `Sitemap: ${site.publicUrl}/sitemap.xml`,
    ].join('\n\n') + '\n'
  )
}
