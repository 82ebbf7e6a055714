/**
 * Content negotiation on the Accept header, for URLs that serve one resource in several formats.
 * The default format wins unless the client names an alternative explicitly (not via a wildcard)
 * with a quality at least that of the default: browsers and curl (which accept anything) get the default,
 * an agent that asks for `text/markdown` or `application/ld+json` gets it.
 */
export function negotiate<T extends string>(accept: string | undefined, fallback: T, alternatives: readonly T[]): T {
  const ranges = (accept ?? '')
    .split(',')
    .map((part) => {
      const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
      const q = params.find((p) => p.startsWith('q='))
      return { range, q: q ? Number(q.slice(2)) || 0 : 1 }
    })
    .filter((r) => r.range)
  // The most specific range that covers a type decides its quality (RFC 9110 §12.5.1).
  const quality = (type: string) => {
    const [major] = type.split('/')
    const match = ranges.find((r) => r.range === type) ?? ranges.find((r) => r.range === `${major}/*`) ?? ranges.find((r) => r.range === '*/*')
    return match ? match.q : ranges.length ? 0 : 1
  }
  let best = fallback
  let bestQ = quality(fallback)
  for (const alt of alternatives) {
    const named = ranges.find((r) => r.range === alt)
    if (named && named.q > 0 && named.q >= bestQ) {
      best = alt
      bestQ = named.q
    }
  }
  return best
}
