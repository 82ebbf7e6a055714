/** The modules the Worker build (bundle.ts) supplies: the built data, as the Node build saves it to dist/. */
declare module 'esg-facts:data' {
  /** The corpus (sources and facts) as JSON text. */
  export const corpus: string
  /** The index's JSON part. */
  export const index: string
  /** Swagger UI's files, for /docs. */
  export const docs: import('../../core/http/app-env.js').DocsAssets
}

/** A workerd Data module: the file's bytes. */
declare module '*.bin' {
  const bytes: ArrayBuffer
  export default bytes
}
