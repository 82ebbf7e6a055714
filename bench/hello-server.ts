/**
 * The floor for cold-start comparisons: a bare Hono app on @hono/node-server, answering 200 on every
 * path. `npm run bench` bundles and launches it as src/adapter/node/server.ts is (bundle.ts, run-bundle.ts).
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono()
app.get('*', (c) => c.json({ hello: 'world' }))
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000), hostname: process.env.HOST })
process.once('SIGTERM', () => server.close(() => process.exit(0)))
