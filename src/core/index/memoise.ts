/** `fn` with its result kept per argument (unbounded: for work repeated within one search or one build). */
export function memoise<K, T>(fn: (key: K) => T): (key: K) => T {
  const seen = new Map<K, T>()
  return (key) => {
    let value = seen.get(key)
    if (value === undefined) seen.set(key, (value = fn(key)))
    return value
  }
}

/**
 * `fn` with the results for its last `size` distinct arguments kept (the oldest dropped first): for
 * values that every figure of one sentence asks for again, without holding a whole build's.
 */
export function memoiseRecent<K, T>(fn: (key: K) => T, size = 8): (key: K) => T {
  const kept = new Map<K, T>()
  return (key) => {
    let value = kept.get(key)
    if (value === undefined) {
      value = fn(key)
      if (kept.size >= size) kept.delete(kept.keys().next().value as K)
      kept.set(key, value)
    }
    return value
  }
}
