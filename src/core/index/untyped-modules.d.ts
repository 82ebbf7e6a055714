// `stopword` and `wink-porter2-stemmer` ship no type declarations; these are the parts we use.
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: readonly string[]
}
declare module 'stopword/src/stopwords_ita.js' {
  export const ita: readonly string[]
}
declare module 'wink-porter2-stemmer' {
  const stem: (word: string) => string
  export default stem
}
