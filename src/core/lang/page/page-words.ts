/**
 * What one language contributes to reading a web page apart from its article: function words (for
 * stop-word density, as jusText measures it), the vocabulary of page furniture that any site in
 * that language uses (cookie boxes, share bars, "read more" teasers, footers), month names (for
 * date lines), byline openers and the words that name an ESG report. Generic web and reporting
 * vocabulary only: never a phrase of a particular site.
 */
export interface PageWords {
  /** Function words; their share of a block's words is the stop-word density. */
  readonly stopwords: readonly string[]
  /** Words of page furniture: a block made of them, or dense with them, is chrome. */
  readonly chrome: readonly string[]
  /** Month and weekday names and their abbreviations, lowercase, for date lines ("Wednesday, 31 Mar 2022"). */
  readonly months: readonly string[]
  readonly weekdays: readonly string[]
  /** Words that open a byline ("By …", "Di …"). */
  readonly byline: readonly string[]
  /** Words that credit a story's writers and editors, among their names ("Reporting by …; Editing by …"). */
  readonly credit: readonly string[]
  /** Words that name a sustainability report ("2024 ESG report", "bilancio di sostenibilità 2023"). */
  readonly report: readonly string[]
}
