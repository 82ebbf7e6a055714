import { z } from 'zod'

/** The question-file format of ../shared/eval (see test/eval/README.md). */
export const QuestionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  q: z.string(),
  expect: z
    .object({
      contains: z.string(),
      lang: z.string(),
      value: z.number().optional(),
      unit: z.string().optional(),
    })
    .nullable(),
})
export const QuestionFileSchema = z.array(QuestionSchema)
export type Question = z.infer<typeof QuestionSchema>

type Fetch = (path: string) => Promise<Response>
interface Hit {
  text: string
  lang: string
}
interface AnswerBody {
  answer: Hit | null
  figure: { value: number; unit?: string } | null
}

export interface QuestionResult {
  question: Question
  /** 1-based rank of the first correct fact in the top 10, or undefined. */
  rank?: number
  abstained: boolean
  figureCorrect?: boolean
  top?: string
  figure?: AnswerBody['figure']
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()

/** Runs every question through /v1/search and /v1/answer of the service behind `fetch`. */
export async function runQuestions(fetch: Fetch, questions: Question[]): Promise<QuestionResult[]> {
  const out: QuestionResult[] = []
  for (const question of questions) {
    const q = encodeURIComponent(question.q)
    const search = (await (await fetch(`/v1/search?q=${q}&limit=10`)).json()) as { results: Hit[] }
    const ans = (await (await fetch(`/v1/answer?q=${q}`)).json()) as AnswerBody
    const e = question.expect
    const correct = (h: Hit) => !!e && fold(h.text).includes(fold(e.contains)) && h.lang.startsWith(e.lang)
    const idx = search.results.findIndex(correct)
    const result: QuestionResult = { question, abstained: ans.answer === null, top: search.results[0]?.text, figure: ans.figure }
    if (idx >= 0) result.rank = idx + 1
    if (e?.value !== undefined) {
      const f = ans.figure
      result.figureCorrect = !!f && Math.abs(f.value - e.value) <= Math.abs(e.value) * 1e-4 && (f.unit ?? undefined) === e.unit
    }
    out.push(result)
  }
  return out
}

export interface Scores {
  n: number
  recallAt1: number
  recallAt3: number
  mrrAt10: number
}

export interface Report {
  overall: Scores
  byKind: Record<string, Scores>
  negatives: { n: number; abstained: number }
  figures: { n: number; correct: number }
}

const score = (rs: QuestionResult[]): Scores => ({
  n: rs.length,
  recallAt1: rs.filter((r) => r.rank === 1).length / rs.length,
  recallAt3: rs.filter((r) => r.rank !== undefined && r.rank <= 3).length / rs.length,
  mrrAt10: rs.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / rs.length,
})

/** Recall@1, Recall@3 and MRR@10 over answerable questions, per kind; abstention on negatives; figure accuracy. */
export function summarise(results: QuestionResult[]): Report {
  const positives = results.filter((r) => r.question.expect !== null)
  const negatives = results.filter((r) => r.question.expect === null)
  const kinds = [...new Set(positives.map((r) => r.question.kind))]
  const withFigure = results.filter((r) => r.figureCorrect !== undefined)
  return {
    overall: score(positives),
    byKind: Object.fromEntries(kinds.map((k) => [k, score(positives.filter((r) => r.question.kind === k))])),
    negatives: { n: negatives.length, abstained: negatives.filter((r) => r.abstained).length },
    figures: { n: withFigure.length, correct: withFigure.filter((r) => r.figureCorrect).length },
  }
}

const pct = (x: number) => x.toFixed(2)

export function formatReport(report: Report, results: QuestionResult[]): string {
  const row = (name: string, s: Scores) => `${name.padEnd(14)} ${String(s.n).padStart(3)}  ${pct(s.recallAt1)}  ${pct(s.recallAt3)}  ${pct(s.mrrAt10)}`
  const lines = [
    `${'kind'.padEnd(14)}   n  R@1   R@3   MRR@10`,
    row('overall', report.overall),
    ...Object.entries(report.byKind).map(([k, s]) => row(k, s)),
    `negatives abstained: ${report.negatives.abstained}/${report.negatives.n}` +
      (report.negatives.n ? ` (${pct(report.negatives.abstained / report.negatives.n)})` : ''),
    `answer-figure accuracy: ${report.figures.correct}/${report.figures.n}` + (report.figures.n ? ` (${pct(report.figures.correct / report.figures.n)})` : ''),
  ]
  const misses = results.filter(
    (r) => (r.question.expect && r.rank !== 1) || (!r.question.expect && !r.abstained) || r.figureCorrect === false,
  )
  if (misses.length) {
    lines.push('', 'misses:')
    for (const r of misses) {
      const what = !r.question.expect ? 'answered a negative' : r.rank !== 1 ? `rank ${r.rank ?? '>10'}` : `figure ${JSON.stringify(r.figure)}`
      lines.push(`  ${r.question.id} [${r.question.kind}] ${r.question.q} → ${what}; top: ${(r.top ?? '—').slice(0, 90)}`)
    }
  }
  return lines.join('\n')
}
