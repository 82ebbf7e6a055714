import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classifyClaim, isEditorial } from '../src/core/facts/claims.js'
import { splitSentences } from '../src/core/facts/segment.js'

/** The writer's notes in the English fixture article (they are in the source text, but are not claims). */
const EDITORIAL_IN_FIXTURE = [
  'Specific examples of these technological advancements should be included, such as the types of robotics used, energy-efficient machinery, and data analytics systems employed for real-time process optimization.',
  "The project's specific initiatives should be detailed, including examples of product adaptations or services created to meet the needs of older users.",
  'The specific types of measures implemented, such as improved logistics routing and increased utilization of sea and rail transport, should be detailed to showcase their effectiveness.',
  'The details of the multi-layered recycling system must be explained thoroughly.',
  "The company's detailed achievements regarding recycling goals and progress toward them should be presented with supporting figures.",
  'The specifics of how recycled materials are used should be described in detail.',
  'The specific methods employed in achieving this high WDR must be presented in the report.',
  'Further research into specific initiatives and their impacts will enrich the report and enhance its credibility.',
]

function fixtureSentences(file: string, lang: string): string[] {
  const text = readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8')
  return text.split(/\n\s*\n/).flatMap((p) => splitSentences(p, lang).map((s) => p.slice(s.start, s.end)))
}

describe('isEditorial', () => {
  it.each([
    // notes on what the text still needs (not from the fixtures)
    ['en', 'The reasons behind the drop in water use should be clarified.'],
    ['en', 'Figures on the supplier audits need to be added.'],
    ['en', 'The methodology ought to be explained in more depth.'],
    ['en', 'More detail is needed on the Scope 3 boundary.'],
    ['en', 'Additional examples would strengthen the article considerably.'],
    ['en', 'TODO: check the 2023 baseline.'],
    ['en', 'Renewable share rose to 40% [citation needed].'],
    ['it', 'I dati sul consumo idrico dovrebbero essere approfonditi.'],
    ['it', 'Le iniziative del progetto andrebbero descritte con esempi concreti.'],
    ['it', 'Vanno specificati i criteri di selezione dei fornitori.'],
    ['it', 'Il ruolo dei fornitori deve essere spiegato meglio.'],
    ['it', 'Dati sulle emissioni indirette: da approfondire.'],
    // calls to action
    ['en', 'Subscribe to our newsletter for weekly ESG news.'],
    ['en', 'Sign up today and never miss an update.'],
    ['en', 'Follow us on LinkedIn.'],
    ['en', 'Click here to download the full report.'],
    ['en', 'Read more: how Apple sources cobalt.'],
    ['en', 'Join our mailing list to get weekly updates delivered to your inbox.'],
    ['it', 'Iscriviti alla nostra Newsletter Gratuita.'],
    ['it', 'Rimani sempre aggiornato, seguici su Google News!'],
    ['it', 'Seguici'],
    ['it', 'Leggi anche: il nuovo report di Enel.'],
    ['it', 'Scopri di più sul programma di riciclo.'],
    ['it', 'Se questo articolo ti è piaciuto e vuoi rimanere sempre informato'],
    ['it', "Per saperne di più, scarica il report completo dal sito dell'azienda."],
    ['it', 'Per maggiori informazioni, visita il sito del gruppo.'],
    ['it', 'Leggi il rapporto integrale sul sito della società.'],
    ['it', 'Consulta la nostra sezione dedicata alla sostenibilità.'],
    ['en', "Read the full Integrated Report on Hoshikawa's investor relations website, and follow GreenTech Asia for more coverage."],
    ['en', 'Download the full report from the company website.'],
    ['en', 'Visit the investor relations page for the complete data tables.'],
    ['en', 'Follow ESG Daily on LinkedIn.'],
    ['en', 'For more information, read the full statement on the group website.'],
    ['en', 'The full report is on the company site; bookmark this page for more updates.'],
    // the writer's notes on what would improve the text
    ['it', 'Sarebbe utile un confronto con le altre multiutility del settore.'],
    ['it', 'Sarebbe interessante capire come si confrontano questi dati con quelli dei concorrenti.'],
    ['it', 'Vale la pena confrontare questi risultati con quelli del 2022.'],
    ['en', 'It would be useful to compare these figures with other carmakers.'],
    ['en', 'A comparison with the sector average would be helpful.'],
    ['en', 'It is worth comparing this with the previous report.'],
    // list lead-ins: they state nothing until the list items that follow
    ['en', 'The key commitments in the report are:'],
    ['en', 'The report lists the following resource goals:'],
    ['it', 'Gli obiettivi principali del piano sono:'],
    // second held-out check: notes with a leading adverb, remarks on the article to come, questions
    ['it', 'Qui andrebbe inserito un confronto con i principali concorrenti del lusso, come Gucci e Prada.'],
    ['it', 'Forse andrebbe aggiunto il dato sui consumi del 2022.'],
    ['it', 'Anche qui andrebbero citati i dati dei concorrenti.'],
    ['it', 'Va inserito un grafico con le emissioni per stabilimento.'],
    ['it', 'Sarebbe da aggiungere il confronto con il settore.'],
    ['it', "Ulteriori approfondimenti sui salari dei lavoratori della filiera asiatica arricchiranno la prossima versione dell'articolo."],
    ['it', "Ulteriori ricerche sul ruolo dell'idrogeno nei forni arricchiranno il servizio."],
    ['it', 'Maggiori dettagli sulle emissioni indirette completeranno il pezzo.'],
    ['it', 'I dati sui fornitori arricchiranno questo articolo.'],
    ['en', 'Further details on supplier wages will enrich the next version of this article.'],
    ['en', 'A future version of this piece will include the supplier data.'],
    ['en', 'Want more coverage like this?'],
    ['en', 'Is that enough to meet the 2030 goal?'],
    ['it', 'Basterà per raggiungere gli obiettivi del 2030?'],
    ['en', 'What does this mean for investors?”'],
    // third held-out check: checks still to make before publishing, and calls to action
    ['en', "Need to double-check the financed emissions figure with the bank's press office before publishing."],
    ['en', 'We still need to verify the Scope 3 number.'],
    ['en', 'Check with the company whether the water data include the Spanish plant.'],
    ['en', 'Confirm the 2023 baseline before publication.'],
    ['en', 'Renewable share reached 45% (to be confirmed).'],
    ['en', 'Headcount figure TBC.'],
    ['en', 'Capex for the new fleet: to be confirmed.'],
    ['en', 'Ask IR to confirm this with the press office.'],
    ['it', "Da approfondire: verificare con l'azienda se i dati sull'acqua includono lo stabilimento spagnolo."],
    ['it', "Controllare con l'ufficio stampa il dato sulle emissioni prima della pubblicazione."],
    ['it', 'Verificare se il dato include le controllate estere.'],
    ['it', 'Dato sulle emissioni indirette da confermare.'],
    ['it', 'Abbonati a Carta & Imballaggio Oggi per leggere tutti gli approfondimenti sul packaging sostenibile.'],
    ['it', 'Registrati gratis per ricevere la newsletter.'],
    ['it', 'Scopri Turismo Sostenibile Magazine.'],
    ['it', 'Segui Carta & Imballaggio Oggi su LinkedIn.'],
    ['en', 'Register now for our free webinar on transition finance, hosted by our editors on 27 March.'],
    ['en', 'Sign up for the Freight Ledger weekly newsletter to get analysis like this in your inbox every Monday.'],
  ])('%s: %s is editorial', (lang, sentence) => {
    expect(isEditorial(sentence, lang)).toBe(true)
  })

  it.each([
    ['en', 'Xiaomi requires its smartphone supply chain partners to establish greenhouse gas emission reduction targets and renewable energy usage plans.'],
    ['en', 'These targets are not only aspirational but also demonstrate a proactive commitment to industry-wide change.'],
    ['en', 'Under the CSRD, Scope 3 emissions must be included in the sustainability statement.'],
    ['en', 'Suppliers must be audited every two years.'],
    ['en', 'The report details the company’s achievements in recycling.'],
    ['en', 'Further research by the company’s lab produced a new battery chemistry.'],
    ['en', 'Share of renewable electricity reached 40% in 2024.'],
    ['it', 'Xiaomi chiede ai suoi fornitori di rispettare un codice di condotta sulla responsabilità sociale.'],
    ['it', 'Il rapporto è suddiviso in quattro sezioni principali.'],
    ['it', 'Il progetto va avanti secondo i piani.'],
    ['it', 'Ai sensi della direttiva, le emissioni devono essere incluse nella rendicontazione.'],
    ['en', 'It is worth noting that emissions fell 12% last year.'],
    ['en', 'The new plant would be worth €2 billion at current prices.'],
    ['en', 'Read together, the figures show steady progress.'],
    ['en', 'Follow-up audits were carried out at 120 suppliers.'],
    ['en', 'Downloads of the sustainability app rose 40%.'],
    ['en', 'Emissions by scope in 2024:'],
    ['it', 'Vale la pena ricordare che le emissioni sono calate del 10%.'],
    ['it', 'Le leggi sulla due diligence si applicano dal 2027.'],
    // "servizio" and "report" are also things in the world; a question mark mid-sentence is no question
    ['it', 'Il nuovo depuratore completerà il servizio idrico della città.'],
    ['it', 'Il nuovo sistema di misura arricchirà il report annuale con dati orari.'],
    ['it', 'È da sottolineare che le emissioni sono calate del 12%.'],
    ['en', 'Is that enough? The group says emissions fell 5% last year.'],
    ['en', 'The new pumps will improve the service for 40,000 homes.'],
    // checks in the world, nouns and participles that look like imperatives
    ['en', 'The emissions data were verified before publication by an external auditor.'],
    ['en', 'The date of the plant closure is yet to be confirmed by the board.'],
    ['en', 'Auditors check 200 suppliers a year.'],
    ['it', 'Il bilancio è stato verificato prima della pubblicazione da una società di revisione.'],
    ['it', 'Abbonati in crescita del 10% nel 2024.'],
    ['it', 'Registrati 12 infortuni nel corso del 2024.'],
    ['it', 'Leggi europee più severe spingono gli investimenti.'],
    ['en', 'Registered users of the app rose to 2 million.'],
  ])('%s: %s is a claim', (lang, sentence) => {
    expect(isEditorial(sentence, lang)).toBe(false)
  })

  it('flags exactly the writer’s notes in the English article', () => {
    const all = fixtureSentences('facts-article-en.txt', 'en')
    for (const note of EDITORIAL_IN_FIXTURE) expect(all).toContain(note)
    expect(all.filter((s) => isEditorial(s, 'en'))).toEqual(EDITORIAL_IN_FIXTURE)
  })

  it('flags nothing in the Italian article', () => {
    const all = fixtureSentences('facts-article-it.txt', 'it')
    expect(all.length).toBeGreaterThan(10)
    expect(all.filter((s) => isEditorial(s, 'it'))).toEqual([])
  })
})

describe('classifyClaim', () => {
  it.each([
    // certification beats everything
    ['en', 'The company implemented mitigation measures and obtained ISO 50001 energy management system certification in 2024.', true, 'certification'],
    ['en', 'In 2024, the factory achieved a diversion rate of 99.35% and received a three-star certification.', true, 'certification'],
    ['en', 'The plant was accredited by the national body.', false, 'certification'],
    ['en', 'All sites have obtained ISO 14001.', true, 'certification'],
    ['it', 'Nel 2023 Xiaomi ha ottenuto la certificazione Gold dall’Alliance for Water Stewardship.', true, 'certification'],
    ['en', 'All eleven plants are certified to ISO 14001 and ISO 50001.', true, 'certification'],
    ['en', 'The site was certified by TÜV in March.', false, 'certification'],
    ['it', 'Tutti gli stabilimenti sono certificati ISO 22000 per la sicurezza alimentare.', true, 'certification'],
    ['it', 'Lo stabilimento ha ricevuto il certificato LEED Platinum.', false, 'certification'],
    ['it', 'Tutte e sei le cementerie sono certificate ISO 14001 e ISO 45001.', true, 'certification'],
    ['en', 'All eleven data centres are now certified to ISO 50001.', true, 'certification'],
    ['it', 'Lo stabilimento di Prato ha ottenuto la certificazione SA8000.', false, 'certification'],
    ['en', 'The group renewed its B Corp certification in May.', false, 'certification'],
    ['en', 'ISO 14001 certification covers 90% of production sites.', true, 'certification'],
    // the noun with no obtaining or holding event, and energy instruments named "certificates", certify nothing
    ['en', 'About two-thirds of that supply now comes from long-term power purchase agreements rather than certificates.', true, 'other'],
    ['en', 'The company bought renewable energy certificates covering 30% of its consumption.', true, 'achievement'],
    ['en', 'Guarantees of origin and energy attribute certificates make up the rest of the supply.', false, 'other'],
    ['it', "Il 40% dell'energia è coperto da certificati di origine.", true, 'achievement'],
    ['en', 'Certificates are issued for each tonne of carbon removed.', false, 'other'],
    // the adjective describes a product, it is no certification event
    ['it', 'I clienti serviti nel mercato libero sono saliti a 2,3 milioni, di cui circa 410.000 con contratti di energia verde certificata.', true, 'achievement'],
    ['it', 'L’azienda vende energia elettrica certificata da fonti rinnovabili.', false, 'other'],
    ['en', 'The utility sold 3.2 TWh of certified green electricity.', true, 'achievement'],
    ['en', 'The café serves certified organic coffee.', false, 'other'],
    // targets
    ['en', 'The program aims to recycle a cumulative 38,000 tons of e-waste between 2022 and 2026.', true, 'target'],
    ['en', 'Furthermore, Xiaomi plans for all its smartphone business suppliers to achieve 100% renewable electricity usage by 2050.', true, 'target'],
    ['en', 'The company has set ambitious targets: a carbon reduction of 5% by 2030.', true, 'target'],
    ['en', 'The group will halve its emissions.', false, 'target'],
    ['en', 'Net zero across operations by 2040.', true, 'target'],
    ['en', 'The company pledged to plant a million trees.', true, 'target'],
    ['it', 'L’azienda ha annunciato il suo impegno a produrre il 100% di elettricità rinnovabile entro il 2035.', true, 'target'],
    ['it', 'In futuro, questo approccio verrà esteso a tutti gli altri prodotti.', false, 'target'],
    ['it', 'Xiaomi prevede una graduale progressione verso una catena del valore a zero emissioni.', false, 'target'],
    ['it', 'Il gruppo si impegna a dimezzare le emissioni.', false, 'target'],
    ['it', 'Neutralità carbonica entro il 2040.', true, 'target'],
    // targets: a deadline, modal or intent wording; "recycled", "confirmed" and the noun "cut" are no past result
    ['en', 'Management has confirmed that battery-electric models should account for at least 50 per cent of its sales in Europe by 2030.', true, 'target'],
    ['en', 'The carmaker is targeting a 75% cut in operational emissions by 2030 against the 2019 baseline.', true, 'target'],
    ['en', 'at least 30 per cent recycled material in new vehicles by 2030', true, 'target'],
    ['en', '30 per cent recycled plastics in products by 2030', true, 'target'],
    ['en', 'a 20 per cent cut in water use per unit of sales by 2030, compared with fiscal 2020', true, 'target'],
    ['en', 'The retailer announced a 40% cut in food waste by 2028.', true, 'target'],
    ['en', 'Half of the certified timber used in stores by 2027', true, 'target'],
    ['en', 'The group wants to double the share of recycled resin.', true, 'target'],
    ['en', 'Renewables should supply 60% of its power.', true, 'target'],
    ['en', 'The remaining four plants are expected to follow by 2026.', true, 'target'],
    ['en', 'The group intends to phase out coal by fiscal 2028.', true, 'target'],
    ['it', 'Lumen Energia punta alla neutralità carbonica entro il 2040.', true, 'target'],
    ['it', 'Il gruppo vuole ridurre del 30% i consumi idrici.', true, 'target'],
    ['it', 'La quota di plastica riciclata dovrà salire al 50%.', true, 'target'],
    ['it', 'Almeno il 40% di plastica riciclata negli imballaggi entro il 2030.', true, 'target'],
    ['it', 'È previsto un investimento di 200 milioni di euro nella rete.', true, 'target'],
    // goals restated, or listed after a colon with deadlines, are targets, not results
    ['en', "The operator's climate targets are unchanged: a 70% cut in scope 1 and 2 emissions by 2030 and net zero across all three scopes by 2040, both measured against the 2019 baseline.", true, 'target'],
    ['en', 'Its goals remain unchanged, with a 50% cut in water use.', true, 'target'],
    ['en', 'The group confirmed its climate goals: net zero by 2040 and 100% renewable power by 2030.', true, 'target'],
    ['it', 'Gli obiettivi climatici restano invariati: meno 55% di emissioni entro il 2030.', true, 'target'],
    ['it', 'I target del gruppo sono stati confermati, con il 60% di rinnovabili.', true, 'target'],
    ['en', 'Progress against its targets: emissions fell 30% by 2024 and water use dropped 12%.', true, 'achievement'],
    // achievements: a past tense with a figure
    ['en', 'By the end of 2024, Xiaomi completed lifecycle carbon footprint measurements for 18 representative products.', true, 'achievement'],
    ['en', 'By the end of 2024, Xiaomi achieved 95.94% of this target.', true, 'achievement'],
    ['en', 'In 2024 alone, this initiative reduced carbon emissions by 3,378 tons.', true, 'achievement'],
    ['en', 'In 2024, the company has cut water use by a fifth.', true, 'achievement'],
    ['en', 'Emissions fell 12% last year.', true, 'achievement'],
    ['it', 'Nel 2023 sono stati stanziati quasi 60 milioni di RMB in sovvenzioni.', true, 'achievement'],
    ['it', 'Nel 2023 il gruppo ha ridotto le emissioni del 10%.', true, 'achievement'],
    // reported results: trend verbs, with or without a deadline elsewhere in the sentence
    ['en', 'Energy consumption per vehicle dropped to 1.9 MWh.', true, 'achievement'],
    ['en', 'Water withdrawal rose by 4% to 2.9 million cubic metres.', true, 'achievement'],
    ['en', 'Sales of electric models grew to 281,000 units.', true, 'achievement'],
    ['en', 'Scope 3 emissions were estimated at 14.2 million tonnes.', true, 'achievement'],
    ['en', 'The share of women in management reached 9.4 per cent, still short of its goal of 12 per cent by fiscal 2026.', true, 'achievement'],
    ['en', 'By the end of 2023, all plants had switched to renewable power, two years ahead of plan.', true, 'achievement'],
    ['en', 'In May 2024, the group installed 50 MW of solar panels.', true, 'achievement'],
    ['it', 'Le emissioni dirette sono scese a 2,1 milioni di tonnellate, in calo del 42 per cento rispetto al 2019.', true, 'achievement'],
    ['it', 'Nel servizio idrico integrato le perdite di rete sono scese al 31,5 per cento.', true, 'achievement'],
    ['it', 'I consumi idrici per tonnellata sono calati del 18 per cento.', true, 'achievement'],
    ['it', 'Il fatturato da prodotti sostenibili, in crescita del 12%, vale ora 800 milioni.', true, 'achievement'],
    ['it', 'L’indice di frequenza degli infortuni è sceso a 3,8.', true, 'achievement'],
    ['it', 'Ridotte del 30% le emissioni degli stabilimenti.', true, 'achievement'],
    ['it', 'La quota di rinnovabili è salita al 68%.', true, 'achievement'],
    // a change stated as a noun, "came to": results, unless a deadline makes the change the goal
    ['en', 'Scope 1 and 2 emissions came to 96,400 tonnes of CO2e in 2024, a reduction of 41% against 2019, which Telvora uses as its base year.', true, 'achievement'],
    ['en', 'Scope 1 and 2 emissions fell 41% against 2019.', true, 'achievement'],
    ['en', 'Electricity consumption at its maintenance base was 42,600 MWh, of which 70% came from renewable sources.', true, 'achievement'],
    ['en', 'Water withdrawal was 2.9 million cubic metres, down 4% on the previous year.', true, 'achievement'],
    ['en', 'Landfilled waste, an increase of 3% on 2023, is now 12,000 tonnes.', true, 'achievement'],
    ['it', 'Il consumo idrico, una riduzione del 12% sul 2023, è ora di 1,2 milioni di metri cubi.', true, 'achievement'],
    ['en', 'The plan foresees a reduction of 30% by 2030.', true, 'target'],
    ['it', 'Il piano prevede una riduzione del 30% entro il 2030.', true, 'target'],
    // a comparison with a past year reports a result; with a deadline or intent it is the goal
    ['en', 'Its Scope 1 and 2 emissions are now 58% lower than in 2019, at 21,400 tonnes of CO2e, helped by the closure of 64 branches and a data-centre consolidation.', true, 'achievement'],
    ['en', 'Water intensity is 12% below 2015 levels.', true, 'achievement'],
    ['en', 'Waste to landfill is higher than in fiscal 2022.', true, 'achievement'],
    ['it', 'Le emissioni sono inferiori del 20 per cento rispetto al 2019.', true, 'achievement'],
    ['it', 'I consumi sono il 6,3% in meno rispetto al 2023.', true, 'achievement'],
    ['en', 'Emissions should be 50% lower than in 2019 by 2030.', true, 'target'],
    ['it', 'Le emissioni dovranno essere inferiori del 30% rispetto al 2019.', true, 'target'],
    ['en', 'Emissions are lower than in 2019.', false, 'other'],
    // other
    ['en', 'These targets are not only aspirational but also demonstrate a proactive commitment to industry-wide change.', false, 'other'],
    ['en', 'The frame uses recycled aluminum.', false, 'other'],
    ['en', 'Xiaomi unveiled its new sustainable development strategy.', false, 'other'],
    ['en', 'This advanced infrastructure significantly reduces waste.', false, 'other'],
    // announcing or presenting a report is not a result, whatever figures it names
    ['en', 'Hoshikawa unveiled its 2024 strategy at COP29 in November.', true, 'other'],
    ['it', 'Il gruppo ha presentato il suo quinto bilancio di sostenibilità, di oltre 80 pagine.', true, 'other'],
    ['en', 'The ground-mounted arrays are bio-based in 2 plants.', true, 'other'],
    ['it', 'Il servizio di permuta è stato potenziato in diversi mercati europei.', false, 'other'],
    ['it', 'Xiaomi chiede ai suoi fornitori di rispettare un codice di condotta, con l’obiettivo di garantire il rispetto dei diritti.', false, 'other'],
  ] as const)('%s: %s → %s', (lang, sentence, hasFigures, type) => {
    expect(classifyClaim(sentence, lang, hasFigures)).toBe(type)
  })

  it('reads the language from a BCP 47 tag', () => {
    expect(classifyClaim('In futuro il programma verrà esteso.', 'it-IT', false)).toBe('target')
    expect(classifyClaim('In futuro il programma verrà esteso.', 'en-GB', false)).toBe('other')
  })
})
