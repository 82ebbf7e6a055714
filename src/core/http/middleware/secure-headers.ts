/**
 * Pages are server-rendered with inline CSS and no scripts: JSON-LD blocks are data, never executed,
 * so `script-src 'none'` does not affect them. Forms submit to our own search page.
 */
const PAGE_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

/**
 * Swagger UI runs scripts, all from our own origin (its bundle and the file that boots it), and
 * fetches /openapi.json. Its inline styles are set through the CSSOM, which style-src does not govern.
 */
const DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"

/**
 * hono/secure-headers' defaults, except that the corpus is public and meant to be reused (other
 * sites may embed or fetch it: cross-origin resource policy) and that we are never framed.
 */
const COMMON: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'cross-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
}

/** The security headers of every response but the reference UI's, whose CSP lets it run our own copy of Swagger UI. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = { ...COMMON, 'content-security-policy': PAGE_CSP }
/** The security headers of `docsPath` and the files under it, which have no corpus content in them. */
export const DOCS_SECURITY_HEADERS: Readonly<Record<string, string>> = { ...COMMON, 'content-security-policy': DOCS_CSP }
/**
 * The security headers of the health check, which monitors and load balancers read, not browsers:
 * nosniff keeps its JSON inert should a browser open it; the rest guard documents (framing,
 * scripts, referrers, HSTS's upgrade), and each header is bytes the server and every probe write
 * and parse.
 */
export const HEALTH_SECURITY_HEADERS: Readonly<Record<string, string>> = { 'x-content-type-options': COMMON['x-content-type-options']! }
