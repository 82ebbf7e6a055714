// @adobe/structured-data-validator ships no types; this is the part scripts/structured-data.ts uses.
declare module '@adobe/structured-data-validator' {
  export default class Validator {
    constructor(schemaOrgJson?: object)
    debug: boolean
    validate(waeData: { jsonld?: Record<string, object[]>; microdata?: Record<string, object[]>; rdfa?: Record<string, object[]> }): Promise<unknown[]>
  }
}
