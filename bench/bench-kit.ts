/**
 * Small helpers the bench scripts share: statistics, plain-text tables, child processes and ports.
 * Bench scripts measure; they are run by npm scripts, never by the test runner.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { availableParallelism, cpus } from 'node:os'
import { resolve } from 'node:path'
import { buildFromCorpus, writeArtifacts } from '../src/adapter/node/artifacts.js'
import { bundleServer, startScript, warmUp } from '../src/adapter/node/bundle.js'
import type { AppData } from '../src/core/pipeline.js'

export const ROOT = resolve(import.meta.dirname, '..')

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length
}

/** Nearest-rank percentile (p in 0–100) of unsorted samples. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export const median = (xs: readonly number[]) => percentile(xs, 50)

/** Coefficient of variation (population), as a fraction. */
export function cv(xs: readonly number[]): number {
  const m = mean(xs)
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2))) / m
}

export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')

/** Right-aligns numbers, left-aligns the first column, pads every column to its widest cell. */
export function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [head, ...rows].map((r) => r.map(String))
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

/** One line naming the machine, since every figure depends on it. */
export function machine(): string {
  return `${availableParallelism()} cores (os.availableParallelism()), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`
}

/** A port nothing listens on now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => done(port))
    })
  })
}

export interface Launched {
  child: ChildProcess
  /** The first few KB the process wrote (stdout and stderr): enough for its start-up line, never unbounded. */
  output: () => string
}

/**
 * A dist/ as `npm run build` writes it, in `dir`: the server bundle, then the data (newer than the
 * bundle, so the server takes it as fresh), then the code cache of a warm-up start.
 */
export async function buildDist(dir: string): Promise<AppData> {
  await bundleServer('src/adapter/node/server.ts', dir)
  const data = await buildFromCorpus()
  await writeArtifacts(data, dir)
  await warmUp(dir, { DIST_DIR: dir })
  return data
}

/** Starts a bundled server the way `npm start` does (`node <dist>/start.cjs`), from the repo root. */
export function launchBundle(dist: string, env: Record<string, string>): Launched {
  const child = spawn(process.execPath, [startScript(dist)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  // Always drain the pipes: a child logging every request would block on a full pipe otherwise.
  const keep = (chunk: Buffer) => {
    if (out.length < 8192) out += chunk.toString()
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  return { child, output: () => out }
}

/** Ends a child we started and waits for it to be gone. */
export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    child.once('exit', () => done())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  })
}

/** Polls `url` until it answers 200; resolves with performance.now() at that moment. */
export async function waitFor200(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench: the server exited (code ${child.exitCode}) before ${url} answered`)
    try {
      const res = await fetch(url)
      await res.arrayBuffer()
      if (res.status === 200) return performance.now()
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) throw new Error(`bench: ${url} gave no 200 within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 2))
  }
}

/** Runs a child to completion and returns its stdout; rejects with its stderr on a non-zero exit. */
export function runChild(args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.once('exit', (code) => (code === 0 ? done(out) : fail(new Error(`bench: ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`))))
  })
}
