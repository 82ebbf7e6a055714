/** Host names that all mean this machine: a PUBLIC_URL on one of them accepts the others too. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]']

/**
 * The `host[:port]` values a request may name, from PUBLIC_URL: its own, and when it is a loopback
 * name, the other loopback names on the same port. Anything else is refused, so a page on some
 * other site cannot reach a local server through DNS rebinding.
 */
export function allowedHosts(publicUrl: string): Set<string> {
  const url = new URL(publicUrl)
  const hosts = new Set([url.host])
  if (LOOPBACK.includes(url.hostname)) for (const name of LOOPBACK) hosts.add(url.port ? `${name}:${url.port}` : name)
  return hosts
}

/** Origins a browser request may come from: PUBLIC_URL's scheme with each allowed host. */
export function allowedOrigins(publicUrl: string): Set<string> {
  const { protocol } = new URL(publicUrl)
  return new Set([...allowedHosts(publicUrl)].map((host) => `${protocol}//${host}`))
}
