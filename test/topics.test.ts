import { describe, expect, it } from 'vitest'
import { pillarOf, tagTopics, TOPICS } from '../src/core/facts/topics.js'

describe('TOPICS', () => {
  it('is a small taxonomy of unique ids, each with labels in both languages and a pillar', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(14)
    expect(TOPICS.length).toBeLessThanOrEqual(22)
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length)
    for (const t of TOPICS) {
      expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(t.label.en).not.toBe('')
      expect(t.label.it).not.toBe('')
      expect(t.description).not.toBe('')
    }
  })

  it.each([
    ['emissions', 'E', '305', 'E1'],
    ['waste', 'E', '306', 'E5'],
    ['water', 'E', '303', 'E3'],
    ['supply-chain', 'S', '308, 414', 'S2'],
    ['community', 'S', '413', 'S3'],
    ['sustainable-products', 'E', '302-5', 'E1'],
    ['ethics-compliance', 'G', '205', 'G1'],
  ])('maps %s to pillar %s, GRI %s, ESRS %s', (id, pillar, gri, esrs) => {
    expect(TOPICS.find((t) => t.id === id)).toMatchObject({ pillar, gri, esrs })
  })

  it('leaves innovation-rnd unmapped', () => {
    const t = TOPICS.find((x) => x.id === 'innovation-rnd')
    expect(t?.gri).toBeUndefined()
    expect(t?.esrs).toBeUndefined()
  })
})

describe('tagTopics', () => {
  it.each([
    ['en', 'In 2024 alone, this initiative reduced carbon emissions by 3,378 tons.', 'emissions'],
    ['en', 'Greenhouse gas output is reported yearly.', 'emissions'],
    ['it', 'Le emissioni di gas serra sono calate.', 'emissions'],
    ['it', 'La neutralità delle emissioni di carbonio entro il 2040.', 'emissions'],
    ['en', 'Suppliers must reach 25% renewable electricity.', 'energy'],
    ['it', 'Il 100% di elettricità rinnovabile entro il 2035.', 'energy'],
    ['en', 'The program aims to recycle 38,000 tons of e-waste.', 'waste'],
    ['it', 'La riduzione dei rifiuti è una priorità.', 'waste'],
    ['en', 'The trade-in program recycled over 1.3 million old devices.', 'circular-economy'],
    ['en', 'The company refurbished over 130,000 devices.', 'circular-economy'],
    ['it', 'Il servizio di permuta è stato potenziato.', 'circular-economy'],
    ['it', 'I prodotti ricondizionati sono garantiti.', 'circular-economy'],
    ['it', 'Il riciclo dei telefoni è cresciuto.', 'circular-economy'],
    ['en', 'The frame uses recycled aluminum.', 'materials'],
    ['en', 'The campus received a water stewardship award.', 'water'],
    ['en', 'Xiaomi requires its supply chain partners to set targets.', 'supply-chain'],
    ['it', 'Xiaomi chiede ai suoi fornitori di rispettare un codice di condotta.', 'supply-chain'],
    ['it', 'Xiaomi chiede ai suoi fornitori di rispettare un codice di condotta.', 'ethics-compliance'],
    ['en', 'The R&D team comprises 48.5% of the workforce.', 'workforce'],
    ['en', 'Xiaomi invested 24.1 billion RMB in R&D.', 'innovation-rnd'],
    ['en', 'Real-time subtitles help hearing-impaired users.', 'accessibility'],
    ['en', 'Women hold 30% of leadership roles.', 'diversity-inclusion'],
    ['en', 'The lost time injury rate fell.', 'health-safety'],
    ['it', 'Xiaomi sostiene la tutela della barriera corallina.', 'biodiversity'],
    ['en', 'Employees volunteered in local communities.', 'community'],
    ['en', 'The board oversees ESG risks.', 'governance'],
    ['en', 'Customer privacy is protected by design.', 'product-responsibility'],
    // low-emission and efficient products and their share of sales
    ['en', 'Battery-electric vehicles made up 22.5 per cent of its global deliveries last year.', 'sustainable-products'],
    ['en', 'Of the 1.25 million cars delivered, nearly 281,000 were fully electric.', 'sustainable-products'],
    ['en', 'The company spent €4.2 billion on electric drivetrains.', 'sustainable-products'],
    ['en', 'EVs accounted for a third of sales.', 'sustainable-products'],
    ['en', 'Energy-efficient appliances made up 40% of revenue.', 'sustainable-products'],
    ['it', 'Le auto elettriche hanno rappresentato il 18% delle immatricolazioni.', 'sustainable-products'],
    ['it', 'I prodotti sostenibili valgono il 35% del fatturato.', 'sustainable-products'],
    // transition finance and investment plans
    ['it', 'Il 70 per cento degli investimenti è allineato alla tassonomia europea.', 'climate-strategy'],
    ['en', 'The group placed green bonds worth USD 2.5bn.', 'climate-strategy'],
    ['it', 'Due terzi degli investimenti sono destinati alla transizione energetica.', 'climate-strategy'],
    // food: waste, donations, nutrition
    ['it', 'Sono state donate ai banchi alimentari 3.400 tonnellate di prodotti.', 'community'],
    ['en', 'The retailer donated 1,200 tonnes of surplus food to food banks.', 'community'],
    ['it', 'Gli sprechi alimentari negli stabilimenti sono calati del 20%.', 'waste'],
    ['en', 'Food loss in the supply chain fell by a fifth.', 'waste'],
    ['it', 'Il 70 per cento delle vendite proviene da prodotti con un profilo nutrizionale favorevole.', 'product-responsibility'],
    ['it', 'Il contenuto di sale nei prodotti da forno è stato ridotto del 12 per cento.', 'product-responsibility'],
    ['en', 'Sugar content across the drinks range was cut by 15%.', 'product-responsibility'],
    // reporting standards, assurance and pay are governance
    ['it', 'Il bilancio è stato sottoposto a revisione limitata.', 'governance'],
    ['en', 'One third of the board’s variable pay is linked to ESG targets.', 'governance'],
    ['en', 'The report follows the GRI Standards and anticipates the CSRD.', 'governance'],
    // headcount in any wording is workforce
    ['en', 'At the end of 2024 Telvora employed 18,700 people.', 'workforce'],
    ['en', 'Aurelia employed 11,200 people at year end.', 'workforce'],
    ['en', 'The group employs some 4,000 staff.', 'workforce'],
    ['it', 'A fine anno i dipendenti erano 1.480.', 'workforce'],
    ['it', "L'organico del gruppo conta 2.300 addetti.", 'workforce'],
    // fleets burn fuel: renewal and electrification of aircraft and vehicles are emissions
    ['en', 'Twenty-seven new-generation aircraft joined the fleet in 2024, bringing the average fleet age down to 9.4 years.', 'emissions'],
    ['en', "On the ground, 45% of the airline's ground support vehicles at its two hub airports are now electric, and it plans to electrify all of them by 2028.", 'emissions'],
    ['it', 'La flotta aziendale è composta per il 30% da veicoli ibridi.', 'emissions'],
    ['en', 'SAF made up 1.8% of fuel uplifted.', 'emissions'],
    ['it', 'I combustibili alternativi coprono il 38% del fabbisogno termico.', 'energy'],
    // certified management systems name their subject
    ['it', 'Tutte e sei le cementerie sono certificate ISO 14001 e ISO 45001.', 'health-safety'],
    ['it', 'Tutte e sei le cementerie sono certificate ISO 14001 e ISO 45001.', 'governance'],
    ['en', 'All data centres are certified to ISO 50001.', 'energy'],
    ['en', 'The plants hold ISO 9001 certificates.', 'product-responsibility'],
    ['en', 'The group obtained ISO 37001 for its anti-bribery system.', 'ethics-compliance'],
    ['it', 'Lo stabilimento ha ottenuto la certificazione SA8000.', 'workforce'],
    // water is the resource: withdrawal, consumption, reuse, discharge
    ['en', 'Water withdrawal per vehicle fell to 2.9 cubic metres.', 'water'],
    ['en', 'The paint shop now reuses roughly half of its process water.', 'water'],
    ['en', 'The site saved 40 million litres of water.', 'water'],
    ['en', 'Water-stressed sites cut consumption by 8%.', 'water'],
    ['en', 'Groundwater abstraction at the mine was halted.', 'water'],
    ['it', "Il consumo d'acqua per notte-ospite è sceso a 412 litri.", 'water'],
    ['it', 'In dodici resort sono stati installati impianti per il recupero delle acque grigie.', 'water'],
    ['it', 'Il prelievo idrico specifico è sceso a 6,8 metri cubi per tonnellata.', 'water'],
    ['it', "Il risparmio è stato di 410.000 metri cubi d'acqua.", 'water'],
    ['it', "Nel 2024 l'acqua prelevata da falda è calata del 9%.", 'water'],
  ])('%s: %s → %s', (lang, sentence, topic) => {
    expect(tagTopics(sentence, lang)).toContain(topic)
  })

  it.each([
    ['en', 'The company held its annual meeting in Beijing.'],
    ['en', 'Laboratory members aside, nothing changed.'],
    ['it', 'In materia di diritti, la società è attenta.'],
    ['en', 'Xiaomi applies these rules to its ai-driven products.'],
    // naming the report is no evidence of governance
    ['en', 'German carmaker Nordwerk AG has published its 2024 sustainability report.'],
    ['it', 'Il gruppo ha pubblicato il suo quinto bilancio di sostenibilità.'],
    ['en', 'The plant moved to sustainable production in 2024.'],
    // "employed" with no headcount is the verb "used"; "organico" alone is "organic"
    ['en', 'The plant employed advanced data analytics systems.'],
    ['it', 'Il cotone organico è più costoso.'],
    // "on board" an aircraft is no governance board
    ['en', 'Meals on board are now ordered in advance.'],
    ['en', 'Prices rose across the board.'],
  ])('%s: %s has no topic', (lang, sentence) => {
    expect(tagTopics(sentence, lang)).toEqual([])
  })

  it.each([
    ['en', 'More green-fuel ships are on the water, and emissions are down.'],
    ['en', 'The port authority opened a new waterfront terminal.'],
    ['it', "Il gruppo ha eliminato 3,2 milioni di articoli in plastica monouso, dalle bottigliette d'acqua ai flaconi di cortesia."],
    ['it', "L'hotel si affaccia sull'acqua del lago."],
  ])('%s: %s is not about water', (lang, sentence) => {
    expect(tagTopics(sentence, lang)).not.toContain('water')
  })

  it('takes water from a heading that names it in a word', () => {
    expect(tagTopics("L'obiettivo è un'ulteriore riduzione del 15% entro il 2028.", 'it', 'Acqua')).toEqual(['water'])
    expect(tagTopics('The goal is a further 15% cut by 2028.', 'en', 'Water')).toEqual(['water'])
  })

  it('does not apply Italian stems to English text', () => {
    expect(tagTopics('The mare and her foal.', 'en')).toEqual([])
    expect(tagTopics('Il mare e le specie marine.', 'it')).toContain('biodiversity')
  })

  it.each([
    ['en', 'In 2024, the company refurbished over 130,000 devices.', 'Product Refurbishment: Reducing Waste', ['circular-economy']],
    ['en', 'Recycled and bio-based materials accounted for 27 per cent of the plastics used.', 'Circularity and water', ['materials', 'circular-economy']],
    ['en', 'The recycling venture recovered over 96% of the lithium in end-of-life packs.', 'Circularity and water', ['circular-economy', 'materials']],
    ['it', 'Nel corso dell’anno sono state donate ai banchi alimentari 3.400 tonnellate di prodotti.', 'Acqua e sprechi alimentari', ['community']],
    ['en', 'Battery-electric vehicles made up 22.5 per cent of deliveries.', 'Governance and financing', ['sustainable-products']],
    ['en', 'At the end of 2024 Telvora employed 18,700 people.', 'People and governance', ['workforce']],
  ])('%s: a heading adds no topic to a sentence that has its own: %s', (lang, sentence, heading, topics) => {
    expect(tagTopics(sentence, lang, heading)).toEqual(topics)
  })

  it('breaks ties among the sentence’s own topics with the heading', () => {
    const sentence = 'Plastic waste fell by a tenth.'
    expect(tagTopics(sentence, 'en')).toEqual(['waste', 'materials'])
    expect(tagTopics(sentence, 'en', 'Packaging materials')).toEqual(['materials', 'waste'])
  })

  it('uses the heading when the sentence alone has no topic', () => {
    expect(tagTopics('This initiative was expanded in 2024.', 'en', 'Reducing Transportation Emissions')).toEqual(['emissions'])
    expect(tagTopics('In September the group placed new bonds worth USD 2.5bn.', 'en', 'Governance and financing')).toEqual(['governance'])
  })

  it('ranks the topic with more evidence first, and specific topics before broad ones on a tie', () => {
    expect(tagTopics('Xiaomi sets greenhouse gas emission targets for its supply chain.', 'en')).toEqual(['emissions', 'supply-chain'])
    expect(tagTopics('Climate action cut emissions.', 'en')).toEqual(['emissions', 'climate-strategy'])
  })
})

describe('pillarOf', () => {
  it.each([
    [['circular-economy', 'waste'], 'E'],
    [['accessibility'], 'S'],
    [['ethics-compliance', 'supply-chain', 'workforce'], 'S'],
    [['innovation-rnd', 'emissions'], 'G'],
    [['emissions', 'innovation-rnd'], 'E'],
    [['unknown', 'governance'], 'G'],
    [[], undefined],
    [['unknown'], undefined],
  ])('%j → %s', (ids, pillar) => {
    expect(pillarOf(ids)).toBe(pillar)
  })
})
