/** `fn` with its result kept per argument (unbounded: for work repeated within one search or one build). */
export function memoise<K, T>(fn: (key: K) => T): (key: K) => T {
  const seen = new Map<K, T>()
  return (key) => {
    let value = seen.get(key)
    if (value === undefined) seen.set(key, (value = fn(key)))
    return value
  }
}
