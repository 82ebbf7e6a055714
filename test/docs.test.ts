import { expect, it } from 'vitest'
import { describeTargets } from './support/targets.js'

describeTargets('/docs, offline', (fetch) => {
  it('serves the reference UI and every file it loads from our own origin, under a CSP with no other origin', async () => {
    const res = await fetch('/docs')
    expect(res.status).toBe(200)
    const html = await res.text()
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    expect(refs.length).toBe(3)
    for (const ref of refs) {
      expect(ref).toMatch(/^\/docs\/assets\/\d+\.\d+\.\d+\//)
      const asset = await fetch(ref)
      expect(asset.status, ref).toBe(200)
      expect(asset.headers.get('content-type')).toMatch(ref.endsWith('.css') ? /^text\/css/ : /^text\/javascript/)
      expect(asset.headers.get('cache-control')).toMatch(/immutable/)
      expect(asset.headers.get('content-security-policy')).not.toMatch(/https?:/)
      expect((await asset.text()).length).toBeGreaterThan(10)
    }
    expect(res.headers.get('content-security-policy')).not.toMatch(/https?:|unsafe-inline/)
  })

  it('answers an unknown asset or version with a 404 problem', async () => {
    expect((await fetch('/docs/assets/0.0.0/swagger-ui-bundle.js')).status).toBe(404)
    const html = await (await fetch('/docs')).text()
    const base = html.match(/\/docs\/assets\/[^/]+\//)![0]
    const missing = await fetch(`${base}nothing.js`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/)
  })
})
