/** The longest question accepted (API `q` and the HTML search form): longer text is a document, not a question, and costs search time. */
export const MAX_QUERY_LENGTH = 500
