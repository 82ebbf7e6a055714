/**
 * Questions never asked before, for the distinct-question load of `npm run bench`: realistic ESG
 * questions in English and Italian, from question openers, subjects and time frames combined, with
 * the organisations of the corpus under test sometimes named. Thousands of them, so that a load
 * cycling through the list misses a response cache of 1000 entries on every request.
 */

const EN_OPENERS = ['how much', 'how many', 'what share of', 'what was the', 'what is the target for', 'by how much did', 'when will', 'what are the']
const EN_SUBJECTS = [
  'scope 1 emissions', 'scope 3 emissions', 'renewable electricity', 'water withdrawal', 'women in management', 'training hours per employee',
  'recycled plastic in packaging', 'research and development investment', 'patents filed', 'hazardous waste', 'energy consumption',
  'carbon intensity', 'suppliers audited', 'community investment', 'lost time injury rate', 'green bonds issued', 'products recycled',
  'carbon neutral factories', 'employees', 'solar capacity installed',
]
const EN_TIMES = ['', ' in 2022', ' in 2023', ' in 2024', ' by 2030', ' since 2019', ' this year']

const IT_OPENERS = ['quanto', 'quanti', 'qual è la quota di', 'qual è stato il valore di', "qual è l'obiettivo per", 'di quanto sono calate', 'entro quando', 'quali sono']
const IT_SUBJECTS = [
  'emissioni scope 1', 'emissioni scope 3', 'energia rinnovabile', 'prelievo idrico', 'donne in posizioni manageriali', 'ore di formazione per dipendente',
  'plastica riciclata negli imballaggi', 'investimenti in ricerca e sviluppo', 'brevetti depositati', 'rifiuti pericolosi', 'consumi energetici',
  'intensità carbonica', 'fornitori verificati', 'investimenti nella comunità', 'indice di frequenza infortuni', 'green bond emessi', 'prodotti riciclati',
  'fabbriche a emissioni zero', 'dipendenti', 'capacità solare installata',
]
const IT_TIMES = ['', ' nel 2022', ' nel 2023', ' nel 2024', ' entro il 2030', ' dal 2019', " quest'anno"]

/** Every combination, the languages interleaved and the order shuffled deterministically, so neighbours differ. */
export function distinctQuestions(organisations: readonly string[]): string[] {
  const named = ['', ...organisations.map((o) => ` ${o}`)]
  const combine = (openers: string[], subjects: string[], times: string[]) =>
    openers.flatMap((o) => subjects.flatMap((s) => times.flatMap((t) => named.map((n) => `${o} ${s}${n}${t}`))))
  const en = combine(EN_OPENERS, EN_SUBJECTS, EN_TIMES)
  const it = combine(IT_OPENERS, IT_SUBJECTS, IT_TIMES)
  const all = en.flatMap((q, i) => (i < it.length ? [q, it[i]!] : [q]))
  // A fixed linear congruential shuffle: the same list on every run.
  let seed = 42
  for (let i = all.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    const j = seed % (i + 1)
    ;[all[i], all[j]] = [all[j]!, all[i]!]
  }
  return all
}
