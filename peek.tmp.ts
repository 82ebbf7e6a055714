import { createApp } from './src/core/http/app.js'
import { TEST_CONFIG } from './test/support/targets.js'
import { seriesCorpusData } from './test/support/variables.js'
const app = createApp(await seriesCorpusData(), TEST_CONFIG)
for (const p of process.argv.slice(2)) { const r = await app.request(p); console.log('==', p, r.status, r.headers.get('content-type')); console.log(await r.text()) }
