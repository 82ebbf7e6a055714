import data from './glossary.json' with { type: 'json' }
import { Glossary, parseGlossary } from './glossary.js'

/**
 * The glossary shipped in src/core/index/glossary.json, validated and analysed: what a build indexes
 * with. Imported by the build only (a start loads the analysed glossary with the index).
 */
export const BUNDLED_GLOSSARY: Glossary = Glossary.fromConcepts(parseGlossary(data, 'src/core/index/glossary.json'))
