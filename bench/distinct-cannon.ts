/**
 * A child of `npm run bench`: autocannon against `<base><route>?q=…` where q differs on every
 * request (bench/questions.ts), so every request misses the server's response cache. Prints
 * autocannon's result as JSON, as the autocannon CLI does with -j.
 *
 * Usage: distinct-cannon.ts <base url> <route> <connections> <seconds> <organisation>…
 */
import { distinctQuestions } from './questions.js'

interface Request {
  method: string
  path: string
}
type Autocannon = (opts: { url: string; connections: number; duration: number; requests: Array<{ setupRequest: (r: Request) => Request }> }) => Promise<unknown>

const [base, route, connections, seconds, ...organisations] = process.argv.slice(2)
const autocannon = ((await import('autocannon' as string)) as { default: Autocannon }).default
const questions = distinctQuestions(organisations).map((q) => `${route}?q=${encodeURIComponent(q)}`)
let next = 0
const result = await autocannon({
  url: base!,
  connections: Number(connections),
  duration: Number(seconds),
  requests: [{ setupRequest: (r) => ({ ...r, method: 'GET', path: questions[next++ % questions.length]! }) }],
})
console.log(JSON.stringify(result))
