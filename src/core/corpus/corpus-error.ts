/**
 * A corpus file that cannot be served. It names the file and the field so that whoever added the
 * article can fix it; the build stops on the first one because a partial corpus is never served.
 */
export class CorpusError extends Error {
  override readonly name = 'CorpusError'
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`esg-facts: ${file}: ${field}: ${problem}`)
  }
}
