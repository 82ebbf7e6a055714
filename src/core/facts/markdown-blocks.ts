/** A run of prose in the article body, with the section heading it sits under. */
export interface Paragraph {
  start: number
  end: number
  /** Nearest heading above (level 2 or deeper); the H1 is the title, not a section. */
  heading?: string
}

export interface Heading {
  level: number
  text: string
  /** Offsets of `text` (without the `#` markers) in the body. */
  start: number
  end: number
}

/**
 * Splits a Markdown article body into paragraphs and headings. Only block structure matters here:
 * a blank line ends a paragraph, `#`…`######` lines are headings, and list items and quote lines
 * become paragraphs of their own, their markers left outside the offsets so quotes stay verbatim.
 */
export function markdownBlocks(text: string): { paragraphs: Paragraph[]; headings: Heading[] } {
  const paragraphs: Paragraph[] = []
  const headings: Heading[] = []
  let heading: string | undefined
  let open: Paragraph | undefined
  const close = () => {
    if (open) paragraphs.push(open)
    open = undefined
  }
  let lineStart = 0
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl === -1 ? text.length : nl
    const line = text.slice(lineStart, lineEnd)
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line)
    const item = /^\s*(?:[-*+]|\d{1,3}[.)]|>)\s+/.exec(line)
    if (line.trim() === '') {
      close()
    } else if (h) {
      close()
      const level = h[1]!.length
      const start = lineStart + line.indexOf(h[2]!, level)
      headings.push({ level, text: h[2]!, start, end: start + h[2]!.length })
      if (level >= 2) heading = h[2]!
    } else {
      const contentStart = lineStart + (item ? item[0].length : line.length - line.trimStart().length)
      const contentEnd = lineStart + line.trimEnd().length
      if (item || !open) {
        close()
        open = { start: contentStart, end: contentEnd, ...(heading ? { heading } : {}) }
      } else {
        open.end = contentEnd
      }
    }
    if (nl === -1) break
    lineStart = nl + 1
  }
  close()
  return { paragraphs, headings }
}
