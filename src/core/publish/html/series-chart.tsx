/** @jsxImportSource hono/jsx */
import type { Series } from '../../query/series.js'
import { pointValue, seriesLabel, type RowLabel } from '../series-table.js'

/** The chart's size in CSS pixels, and the room kept around the plot for labels. */
const WIDTH = 320
const HEIGHT = 150
const PAD = { left: 30, right: 30, top: 20, bottom: 24 }

/** The first year of an ISO 8601 period ("2020/2030" → 2020), where a point sits on the time axis. */
const yearOf = (period: string) => Number(period.slice(0, 4))

/**
 * A small line chart of one series (its dated points), drawn on the server as SVG: no script, no
 * style sheet. Its `title` names the series and its `desc` lists every value by period, so a
 * screen reader gets what the picture shows. The y axis starts at zero for values that are all
 * positive, so shares and amounts are not exaggerated; where values disagree the points stand unjoined. `id` makes the title and desc ids unique on the page.
 */
export function SeriesChart({ series, by, id }: { series: Series; by: RowLabel; id: string }) {
  const points = series.points.filter((p): p is typeof p & { period: string } => p.period !== null)
  const years = points.map((p) => yearOf(p.period))
  const values = points.map((p) => p.value)
  const [x0, x1] = [Math.min(...years), Math.max(...years)]
  const lo = Math.min(0, ...values)
  const hi = Math.max(...values)
  const plotW = WIDTH - PAD.left - PAD.right
  const plotH = HEIGHT - PAD.top - PAD.bottom
  const x = (year: number) => PAD.left + (x1 === x0 ? plotW / 2 : ((year - x0) / (x1 - x0)) * plotW)
  const y = (value: number) => PAD.top + (hi === lo ? plotH / 2 : (1 - (value - lo) / (hi - lo)) * plotH)
  const coords = points.map((p) => ({ p, cx: round(x(yearOf(p.period))), cy: round(y(p.value)) }))
  const title = seriesLabel(series, by)
  const desc = `${series.conflict ? 'Values disagree for some periods. ' : ''}${points.map((p) => `${p.period}: ${pointValue(p)}`).join('; ')}.`
  return (
    <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby={`${id}-title ${id}-desc`} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <line x1={PAD.left} y1={round(y(lo))} x2={WIDTH - PAD.right} y2={round(y(lo))} stroke="#999" stroke-width="1" />
      {/* A line joins one value per period; where values disagree there is no one line to draw. */}
      {series.conflict ? null : <polyline points={coords.map((c) => `${c.cx},${c.cy}`).join(' ')} fill="none" stroke="#2e7d32" stroke-width="2" />}
      {coords.map(({ cx, cy }) => (
        <circle cx={cx} cy={cy} r="3.5" fill="#2e7d32" />
      ))}
      {/* One label per period, above its highest point: disagreeing values share it ("1,340 / 1,310") rather than overprint. */}
      {[...new Set(points.map((p) => p.period))].map((period) => {
        const here = coords.filter((c) => c.p.period === period)
        const cx = here[0]!.cx
        // Labels at the edges grow inwards, so a long one ("1,340 / 1,310", "2020/2030") is not cut off.
        const anchor = years.length > 1 && cx === PAD.left ? 'start' : years.length > 1 && cx === WIDTH - PAD.right ? 'end' : 'middle'
        const lx = anchor === 'start' ? cx - 6 : anchor === 'end' ? cx + 6 : cx
        return (
          <g>
            <text x={lx} y={round(Math.min(...here.map((c) => c.cy)) - 7)} text-anchor={anchor} font-size="11" fill="#1a1a1a">
              {here.map((c) => pointValue(c.p)).join(' / ')}
            </text>
            <text x={lx} y={HEIGHT - 6} text-anchor={anchor} font-size="11" fill="#555">
              {period}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

const round = (n: number) => Math.round(n * 10) / 10
