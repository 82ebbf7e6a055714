// `stopword` ships no type declarations; we use only the two lists we analyse with.
declare module 'stopword' {
  export const eng: readonly string[]
  export const ita: readonly string[]
}
