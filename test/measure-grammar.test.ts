import { describe, expect, it } from 'vitest'
import { describeFigures } from '../src/core/facts/describe-figures.js'
import type { Figure } from '../src/core/facts/fact-schema.js'
import { parseFigures } from '../src/core/facts/figures.js'
import type { Lang } from '../src/core/lang/lang-tag.js'

// How English and Italian name what a number measures: one grammatical pattern per test, in both languages where it exists.
const org = { name: 'Acme' }
const figuresOf = (text: string, lang: Lang): Figure[] => describeFigures({ text, start: 0 }, parseFigures(text, lang), lang, org)
const figure = (text: string, lang: Lang, written: string): Figure => {
  const f = figuresOf(text, lang).find((x) => x.text.includes(written))
  if (!f) throw new Error(`no figure "${written}" in "${text}"`)
  return f
}
const measureOf = (text: string, lang: Lang, written: string) => figure(text, lang, written).measure?.text ?? null

describe('measure: words that say when, against what or how', () => {
  it('is not an adverbial of manner, a coming period or a baseline', () => {
    expect(measureOf('The mill cut its water use by 20% in absolute terms.', 'en', '20%')).toBe('water use')
    expect(measureOf("La cartiera ha ridotto i consumi idrici del 20% in termini assoluti.", 'it', '20%')).toBe('consumi idrici')
    expect(measureOf('Capital expenditures of 2 billion dollars are planned over the next three years.', 'en', 'three years')).toBe('Capital expenditures')
    expect(measureOf("Il gruppo ha investito 40 milioni nell'ultimo quinquennio.", 'it', 'quinquennio')).not.toBe('ultimo')
    expect(measureOf('Emissions fell by 40%, from a baseline of 1.2 million tonnes.', 'en', '1.2 million')).toBe('Emissions')
    expect(measureOf('Scientists want to cap temperature rises to 1.5 degrees Celsius above the pre-industrial average.', 'en', '1.5')).toMatch(/temperature rises$/u)
  })
})

describe('measure: a time word hyphenated', () => {
  it('names nothing when its parts name nothing ("as of year-end 2023")', () => {
    expect(measureOf('As of year-end 2024, more than 300 heat pumps were installed at its sites.', 'en', '2024')).toBe('heat pumps')
  })
})

describe('measure: a year a figure is compared with', () => {
  it('takes the measure its figure was given, not the next clause\'s', () => {
    const text = 'Il gruppo chiude il 2023 con un utile netto di 40 milioni di euro, in crescita del 12% rispetto al 2022, e ricavi in aumento del 5% a 2 miliardi di euro.'
    expect(measureOf(text, 'it', '12%')).toBe('utile netto')
    expect(measureOf(text, 'it', '2022')).toBe('utile netto')
    expect(measureOf('Nel 2022 è attesa una riduzione del 42% rispetto al 2015.', 'it', '2015')).toBe('riduzione')
  })
})

describe('measure: a year after the noun it dates', () => {
  it('closes an Italian name, so the verb after it is not what it dates; English keeps "2018/2019 progress"', () => {
    expect(measureOf('Il Bilancio di Sostenibilità 2023 descrive i progressi del gruppo.', 'it', '2023')).toBe('Bilancio di Sostenibilità')
    expect(measureOf('Il 40% del cotone usato nelle collezioni 2024 proviene da fibre riciclate.', 'it', '2024')).toBe('cotone usato nelle collezioni')
    expect(measureOf('The report, highlighting 2018/2019 progress toward its goals, is out.', 'en', '2018')).toBe('progress')
  })
})

describe('measure: a year that opens the sentence', () => {
  it('never takes the verb of a preposition of several words for the event it dates', () => {
    expect(measureOf('A partire dal 2015, sono stati piantati oltre 2.000 alberi nei parchi.', 'it', '2015')).toMatch(/^sono stati piantati/u)
  })

  it('dates a verb on its own side of a bracket', () => {
    const text = 'Nel 2022 Acme (prima in Europa a produrre, nel 2022, una lattina al 100% di alluminio riciclato) ha venduto 300 tonnellate di lattine.'
    const [outside, inside] = figuresOf(text, 'it').filter((f) => f.text === '2022')
    expect(outside!.measure?.text).toMatch(/^ha venduto/u)
    expect(inside!.measure?.text).not.toMatch(/venduto/u)
  })

  it('dates the event after "in late 2020" / "a metà 2020", whose time word names nothing', () => {
    expect(measureOf('To start, in early 2023, the mill opened a biomass boiler.', 'en', '2023')).toMatch(/^opened a biomass boiler/u)
    expect(measureOf('A metà 2023, la cartiera ha aperto una caldaia a biomassa.', 'it', '2023')).toMatch(/^ha aperto una caldaia/u)
  })

  it('does not date a gerund clause after its own, which says how', () => {
    expect(measureOf('Nel 2022, includendo le sedi estere, i rifiuti prodotti sono stati 900 tonnellate.', 'it', '2022')).not.toMatch(/includendo/u)
  })

  it('dates the verb after it, past its article and an aside set off by hyphens, not a figure of a later clause', () => {
    expect(measureOf('Il 2023 ha segnato un anno di crescita, grazie a ricavi saliti del 12%.', 'it', '2023')).toBe('ha segnato un anno di crescita')
    expect(measureOf('Il 2023 - ha spiegato la presidente - ha segnato un anno di crescita, con ricavi saliti del 12%.', 'it', '2023')).toBe('ha segnato un anno di crescita')
  })
})

describe('measure: a year beside a rank', () => {
  it('dates the phrase before it rather than take a rank\'s measure ("the first insurer to target net zero by 2040")', () => {
    expect(measureOf('Aviva became the first major insurer worldwide to target net-zero carbon by 2040.', 'en', '2040')).toBe('target net-zero carbon')
    expect(measureOf('Cemex has launched its first report to build on its reporting framework, which was launched in 2006.', 'en', '2006')).toBe('reporting framework')
    // Inside an aside set off by spaced hyphens, the rank is the year's neighbour, not the figure outside it.
    expect(measureOf('The strategy brings forward its plans in line with a 1.5C pathway - first announced in 2015 - by more than a decade.', 'en', '2015')).toBe('announced')
  })

  it('does not date the subject of a perfect verb whose object the year is', () => {
    expect(measureOf('Il Gruppo di Torino ha archiviato il 2020 con un fatturato pari a 2,085 miliardi di euro.', 'it', '2020')).toBe('fatturato')
    expect(measureOf('The Turin group has closed 2020 with a turnover of 2.1 billion euros.', 'en', '2020')).toBe('turnover')
  })

  it('falls back on the generic noun a year modifies when nothing else names it', () => {
    expect(measureOf('It expects to reach net zero emissions by 2030, far sooner than its initial 2050 target.', 'en', '2050')).toBe('target')
  })
})

describe('measure: a list of scopes', () => {
  it('reads "scope 1 and 2" / "scope 1 e 2" whole inside a long name', () => {
    expect(measureOf('The group achieved a 41% reduction in scope 1 and 2 greenhouse gas emissions.', 'en', '41%')).toBe('reduction in scope 1 and 2 greenhouse gas emissions')
    expect(measureOf('Nel 2023 il -50% delle emissioni CO2e scope 1 e 2 rispetto al 2021.', 'it', '50%')).toBe('emissioni CO2e scope 1 e 2')
  })
})

describe('measure: what a bracket or participle after an amount tells of it', () => {
  it('gives a figure in a bracket right after a measure that measure ("X (più che triplicati …: +213%)")', () => {
    const text = 'Sono stati erogati 8,7 miliardi di euro per finanziamenti alla mobilità elettrica (più che triplicati rispetto al 2020: +213%) e 460 milioni di euro impiegati per il credito a imprese sociali.'
    expect(measureOf(text, 'it', '213%')).toBe('finanziamenti alla mobilità elettrica')
    expect(measureOf(text, 'it', 'triplicati')).toBe('finanziamenti alla mobilità elettrica')
    expect(measureOf('The bank lent 8.7 billion euros for green mortgages (up 30% on 2020: +213%), and more.', 'en', '213%')).toBe('green mortgages')
  })

  it('reads a participle after an amount of money on to what it was spent on', () => {
    const text = 'Sono stati erogati 8,7 miliardi di euro per finanziamenti alla mobilità elettrica e 460 milioni di euro impiegati per il credito a imprese sociali.'
    expect(measureOf(text, 'it', '460')).toBe('impiegati per il credito a imprese sociali')
    expect(measureOf('The bank lent 460 million euros channelled to loans for social enterprises.', 'en', '460')).toBe('channelled to loans')
    // Not where the participle's phrase goes on by itself ("distribuiti sul territorio").
    expect(measureOf('Nel 2023 quasi 144 milioni di euro distribuiti sul territorio.', 'it', '144')).toBe('distribuiti sul territorio')
  })
})

describe('measure: a climate goal and its deadline', () => {
  it('begins a deadline\'s measure with the goal that opens its phrase', () => {
    expect(measureOf('It reiterated its goal to achieve net zero Scope 1 and 2 GHG emissions from global operations by 2050, the CEO said.', 'en', '2050')).toBe('net zero Scope 1 and 2 GHG emissions from global operations')
    expect(measureOf('It pledged to achieve net-zero emissions from global operations (Scope 1) and purchased energy use (Scope 2) by 2050.', 'en', '2050')).toBe('net-zero emissions from global operations (Scope 1) and purchased energy use')
    // Not across punctuation or another figure.
    expect(measureOf('It aims to reach net zero, and to cut water use by 30% by 2030.', 'en', '2030')).toBe('water use')
  })

  it('gives a deadline that opens its clause the object of the verb after it, not the subject before it', () => {
    expect(measureOf('Acme, entro il 2028 userà soltanto carta riciclata.', 'it', '2028')).toBe('carta riciclata')
    expect(measureOf("Entro il 2029, inoltre, si chiuderà l'impianto di Verona.", 'it', '2029')).toBe('impianto di Verona')
    expect(measureOf('By 2031 the brewery will halve its water use.', 'en', '2031')).toBe('water use')
    // A figure of its clause still gives it its measure; a deadline after words of its clause is not fronted.
    expect(measureOf('Entro il 2030 il gruppo ridurrà i rifiuti del 25%.', 'it', '2030')).toBe('rifiuti')
    expect(measureOf('The mill targets carbon neutrality by 2035 and will then buy new boilers.', 'en', '2035')).toMatch(/carbon neutrality$/u)
  })

  it('gives a year before a goal\'s noun that goal, past the other years of a list and whatever precedes it', () => {
    const text = "The mill reported progress toward the group's 2026 and 2032 water goals and new awards."
    expect(measureOf(text, 'en', '2026')).toBe('water goals')
    expect(measureOf(text, 'en', '2032')).toBe('water goals')
    expect(measureOf('Acme Moves Closer To 2028 Packaging Targets', 'en', '2028')).toBe('Packaging Targets')
    // An adverb after the goal's noun begins the predicate.
    expect(measureOf('The plan and 2033 targets initially apply to its plants in Spain.', 'en', '2033')).toBe('targets')
  })
})

describe('measure: a total of a quantity', () => {
  it('takes what "per un totale di" / "for a total of" restates, over a participle after the quantity', () => {
    expect(measureOf('È proseguita la formazione sulla sicurezza stradale per un totale di 3.400 ore erogate allo scopo di ridurre gli incidenti.', 'it', '3.400')).toBe('formazione sulla sicurezza stradale')
    expect(measureOf('Its safety training reached a total of 3,400 hours delivered on site.', 'en', '3,400')).toBe('safety training')
    // A participle with nothing named before the quantity still says what it counts.
    expect(measureOf('Sono state raccolte 1.200 tonnellate riciclate nel 2023.', 'it', '1.200')).toBe('riciclate')
  })
})

describe('measure: what a thing is for', () => {
  it('reads on through "for" and a bare noun after a figure, not "for" and a determiner or a time', () => {
    expect(measureOf('The mill recovered 2.1 million tonnes of sludge for land restoration, up from 1.8 million.', 'en', '2.1 million')).toBe('sludge for land restoration')
    expect(measureOf('The mill recovered 2.1 million tonnes of sludge for its own boilers.', 'en', '2.1 million')).toBe('sludge')
    expect(measureOf('The mill composted 40% of its sludge for the first time.', 'en', '40%')).toBe('sludge')
  })
})

describe('measure: a length of time', () => {
  it('takes the noun its time phrase attaches to ("over the next three years", "per il prossimo triennio")', () => {
    expect(measureOf('It will devote a portion of its capital expenditures over the next three years.', 'en', 'three years')).toMatch(/capital expenditures$/u)
    expect(measureOf('Il gruppo ha approvato nuovi investimenti per il prossimo triennio.', 'it', 'triennio')).toBe('nuovi investimenti')
    // A span of years is a length of time too: "per il periodo 2020-2024" attaches to the plan.
    expect(measureOf('Acea ha presentato il nuovo piano strategico per il periodo 2020-2024.', 'it', '2020-2024')).toBe('nuovo piano strategico')
    expect(measureOf('The group presented its strategic plan for the period 2020-2024.', 'en', '2020-2024')).toBe('strategic plan')
    // Not an amount's: "per un totale di" does not date it.
    expect(measureOf('Il dividendo è di 0,2 euro per azione, per un totale complessivo di 218 milioni di euro.', 'it', '218')).not.toBe('azione')
  })
})

describe('measure: a noun phrase whole', () => {
  it('reads past "of its" / "dei suoi" to the noun the determiner belongs to', () => {
    expect(measureOf("In 2018, the group reduced the carbon emissions of its plants by 77% in absolute terms compared to 2005.", 'en', '77%')).toBe('carbon emissions of its plants')
    expect(measureOf('Le emissioni di CO2 dei suoi stabilimenti sono calate del 12%.', 'it', '12%')).toBe('emissioni di CO2 dei suoi stabilimenti')
    // A phrase that fills its words may still be attached to the noun before it.
    expect(measureOf("Water usage at the group's data centers and offices also increased 17 percent over last year.", 'en', '17 percent')).toBe("Water usage at the group's data centers and offices")
    expect(measureOf('Nel 2021 le emissioni di gas naturale del Gruppo Snam sono state ridotte a 35,38 milioni di metri cubi.', 'it', '35,38')).toBe('emissioni di gas naturale del Gruppo Snam')
  })
})

describe('measure: a name with a lowercase word inside', () => {
  it('reads on through a preposition between two capitalised words, not one between lowercase words', () => {
    expect(measureOf('Acme presents its 2024 Growing Together with Everyone programme report.', 'en', '2024')).toMatch(/^Growing Together with Everyone/u)
    expect(measureOf('Acme presents its 2024 growing plan with partners.', 'en', '2024')).toBe('growing plan')
  })
})

describe('measure: a negated modifier inside a name', () => {
  it('keeps "non" between two content words, so a year dating a titled document measures the whole title', () => {
    expect(measureOf('Il consiglio ha approvato la Relazione Annuale Non Consolidata 2025.', 'it', '2025')).toBe('Relazione Annuale Non Consolidata')
    expect(measureOf('The board approved the Annual Non Financial Statement 2025.', 'en', '2025')).toBe('Annual Non Financial Statement')
  })
})

describe('measure: what a predicate says of its subject', () => {
  it('takes the antecedent of the relative clause the figure completes over an adjunct after it', () => {
    expect(measureOf('Dipendenti che hanno raggiunto quota 1.749 tra tutte le aziende del gruppo.', 'it', '1.749')).toBe('Dipendenti')
    expect(measureOf('Water withdrawals, which reached 1,200 megalitres across all sites, fell.', 'en', '1,200')).toBe('Water withdrawals')
    // …but not over the verb's object.
    expect(measureOf('Il gruppo, che ha saputo ridurre del 10% le emissioni di CO2, cresce.', 'it', '10%')).toBe('emissioni di CO2')
  })

  it('counts a share "of whom" / "dei quali" by what follows the pronoun', () => {
    expect(measureOf('Il gruppo ha 1.749 dipendenti, il 94% dei quali assunti a tempo indeterminato.', 'it', '94%')).toBe('assunti a tempo indeterminato')
    expect(measureOf('The company has 2,000 employees, 40% of whom work part-time.', 'en', '40%')).toBe('work part-time')
  })

  it('reads "X pari al N" and "X of N" past a time phrase between them', () => {
    expect(measureOf('Cresce il tasso di nuove assunzioni lo scorso anno pari al 14,1%.', 'it', '14,1%')).toBe('tasso di nuove assunzioni')
    expect(measureOf('The rate of new hires in the previous year was 14%.', 'en', '14%')).toBe('rate of new hires')
    expect(measureOf('Water use in November fell by 5%.', 'en', '5%')).toBe('Water use')
  })
})

describe('measure: the object of a change verb', () => {
  it('gives a change amount after "by"/"to" the object its verb changes', () => {
    expect(measureOf('This year the group plans on increasing solar capacity at its offices around the world by 72%.', 'en', '72%')).toBe('solar capacity')
    const raised = figuresOf('On Friday it increased its water reduction target for plants, as well as offices, to 42% by 2030 from an earlier taget of 30%.', 'en')
    // "taget" is a generic word with a letter missing: it names nothing, and the 30% shares the target's measure.
    expect(raised.map((f) => f.measure?.text)).toEqual(Array(3).fill('water reduction target'))
    expect(measureOf("L'azienda punta ad aumentare la quota di energia solare al 40% entro il 2030.", 'it', '40%')).toBe('quota di energia solare')
  })

  it('takes the change verb itself when a comma ends its clause before the amount', () => {
    expect(measureOf('Intanto lo scalo continua a crescere, nel 2024 del 41% e del 34% nel 2023.', 'it', '41%')).toBe('crescere')
    expect(measureOf('Intanto lo scalo continua a crescere, nel 2024 del 41% e del 34% nel 2023.', 'it', '2023')).toBe('crescere')
    // Not where the clause before names the measure.
    expect(measureOf('Le emissioni sono state pari a 100 tonnellate, ridotte del 5% rispetto al 2022.', 'it', '5%')).toBe('emissioni')
  })

  it('does not take the verb a relative pronoun opens its clause with', () => {
    expect(measureOf("Il gruppo è in linea con l'obiettivo al 2030, che prevede un taglio del 30% rispetto al 2015.", 'it', '30%')).toBe('taglio')
    expect(measureOf('The company set a supplier goal which covers 60%.', 'en', '60%')).toBe('supplier goal')
  })

  it('does not take a change noun for its verb', () => {
    expect(measureOf('Un miglioramento delle performance, con le emissioni di CO2 che registrano un calo del 14%.', 'it', '14%')).toBe('emissioni di CO2')
  })

  it('reads a change noun on through a pronoun that repeats the noun it stands for', () => {
    expect(measureOf('Sarà del 12% la riduzione di quelli «indiretti».', 'it', '12%')).toBe('riduzione di quelli «indiretti»')
  })
})

describe('measure: units the text names', () => {
  it('reads "mq" and "sq m" as square metres, so the area is the measure', () => {
    const it1 = figure('Saranno installati pannelli per una superficie totale di 150.000 mq.', 'it', '150.000')
    expect([it1.unit, it1.measure?.text]).toEqual(['m2', 'superficie totale'])
    const en = figure('The roof has a total area of 2,000 sq m.', 'en', '2,000')
    expect([en.unit, en.measure?.text]).toEqual(['m2', 'total area'])
  })
})

describe('measure: never a verb', () => {
  it('reads past an infinitive or gerund to the noun it governs or continues', () => {
    // The object after the figure: "ridurre del 10% le emissioni".
    expect(measureOf('Il gruppo ha saputo ridurre del 10% (rispetto al 2019) le emissioni di CO2.', 'it', '10%')).toBe('emissioni di CO2')
    // A gerund after a comma continues the noun before it, past its aside.
    expect(measureOf('Scendono le emissioni indirette (da energia elettrica), attestandosi a 5.000 tonnellate.', 'it', '5.000')).toBe('emissioni indirette')
    // A future copula and an infinitive after "per" are no measure: the clause before names it.
    const women = figuresOf('La quota di donne assunte sarà del 40% nel 2025, per salire al 50% nel 2030.', 'it')
    expect(women.map((f) => f.measure?.text)).toEqual(Array(4).fill('quota di donne assunte'))
    expect(measureOf('The plant will cut 30% of its water use.', 'en', '30%')).toBe('water use')
  })

  it('is not a participle right after a percentage', () => {
    expect(measureOf("L'indice di frequenza degli infortuni è sceso del 20%, in linea con il target del -40% previsto entro fine anno.", 'it', '40%')).toMatch(/infortuni$/u)
  })

  it('dates a future verb of a relative clause', () => {
    expect(measureOf('Nel 2022 è partito il progetto che permetterà di valutare dal 2026 tutti i fornitori.', 'it', '2026')).toMatch(/^permetterà di valutare/u)
  })
})

describe('measure: adverbs and elided prepositions', () => {
  it('never takes an adverb for the thing measured', () => {
    expect(measureOf('Level 2 environmental incidents were significantly reduced to seven.', 'en', 'seven')).toBe('Level 2 environmental incidents')
    expect(measureOf('Il gruppo ha stanziato un investimento di 50 milioni di euro per il solo biennio 2020-2021.', 'it', '50 milioni')).toBe('investimento')
    expect(measureOf('It plans to invest another DKK 200bn (approx USD 30bn) in green energy.', 'en', 'USD 30bn')).toBe('green energy')
    // "-ly" nouns stay nouns.
    expect(measureOf('The group bought 40% supply chain services.', 'en', '40%')).toBe('supply chain services')
    // "ahead" says when, against what: "looking ahead to 2028", "five years ahead of the schedule".
    expect(measureOf('Looking ahead to 2028, the group will complete a new 80MWp solar park.', 'en', '2028')).toBe('solar park')
    expect(measureOf('It will switch to an electric fleet by the same date - five years ahead of the schedule it set last year.', 'en', 'five years')).toBe('schedule')
  })

  it('takes a gerund that governs the figure for a verb, not a noun', () => {
    expect(measureOf('Bakery is the biggest area of waste, accounting for 36% of the total.', 'en', '36%')).not.toBe('accounting')
    expect(measureOf('It consumed 24TWh of electricity, translating to 7-10 percent of the estimated 240-340TWh used by data centres.', 'en', '7-10 percent')).toBe('electricity')
    // Through "of" it is a noun.
    expect(measureOf('Funding of 5 million was granted.', 'en', '5 million')).toBe('Funding')
  })

  it('reads a participle between a percentage and a noun as an adjective of the noun', () => {
    expect(measureOf('H&M is just shy of its 30% recycled content goal for 2025.', 'en', '30%')).toBe('recycled content goal')
    // Before a preposition it is a verb, and tells of the noun before the figure.
    expect(measureOf('Il target del -40% previsto entro fine anno è vicino.', 'it', '40%')).toBe('target')
  })

  it('reads "ad", the Italian "a" before a vowel, inside a phrase', () => {
    expect(measureOf('Ammontano a 20,6 miliardi di euro i finanziamenti ad alto impatto sociale.', 'it', '20,6')).toBe('finanziamenti ad alto impatto sociale')
  })
})

describe('measure: a limit on a scale', () => {
  it('reads "X below/under N degrees" as X, and never takes the scale for the measure', () => {
    expect(measureOf('Society must keep global temperature rise below 1.5° Celsius.', 'en', '1.5')).toBe('global temperature rise')
    expect(measureOf('It aims to limit global warming under 1.5 degrees Celsius.', 'en', '1.5')).toMatch(/global warming$/u)
    expect(measureOf("L'obiettivo è mantenere il riscaldamento globale sotto 1,5 gradi.", 'it', '1,5')).toBe('riscaldamento globale')
  })
})

describe('measure: a quoted name inside a phrase', () => {
  it('reads through «…» / “…” around a short name, with its closing mark', () => {
    expect(measureOf('Entro il 2035 le emissioni «Scope 1 e 2» saranno ridotte del 90%.', 'it', '90%')).toBe('emissioni «Scope 1 e 2»')
    expect(measureOf('Its “Scope 3” emissions fell by 12%.', 'en', '12%')).toBe('“Scope 3” emissions')
    // A year inside a quoted title dates the title, not the words after the quote.
    expect(measureOf('Dalla “Dichiarazione consolidata non finanziaria 2021” emerge che il gruppo cresce.', 'it', '2021')).toBe('Dichiarazione consolidata non finanziaria')
  })
})

describe('measure: an amount spent', () => {
  it('measures the spending, not the spender, when nothing after the amount names it', () => {
    expect(measureOf('It will invest $1bn in a bid to reach zero carbon emissions.', 'en', '$1bn')).toBe('invest')
    expect(measureOf("Prysmian investirà 500 milioni l'anno.", 'it', '500 milioni')).toBe('investirà')
    // What the amount is spent on wins.
    expect(measureOf('The group has invested DKK 165bn in renewable energy.', 'en', '165bn')).toBe('renewable energy')
    expect(measureOf('The group has invested $200 million in recycling infrastructure.', 'en', '$200 million')).toBe('recycling infrastructure')
    // A gerund with an article after it is a verb of purpose, naming nothing.
    expect(measureOf('The plan is to invest $1bn in achieving the goals.', 'en', '$1bn')).toBe('invest')
  })
})

describe('measure: a share of a whole', () => {
  it('takes the part before "N% of the total X", not the whole', () => {
    expect(measureOf('Its mix is greener, with recycled materials alone comprising 29.5% of the total mix.', 'en', '29.5%')).toBe('recycled materials')
    expect(measureOf('Le fonti rinnovabili sono arrivate al 40% del totale fabbisogno.', 'it', '40%')).toBe('fonti rinnovabili')
    // What follows "the total of" is what the share counts.
    expect(measureOf('Il riciclo è stato esteso, raggiungendo il 55% del totale degli scarti di nylon.', 'it', '55%')).toBe('scarti di nylon')
  })
})

describe('measure: prepositions of several words', () => {
  it('does not take the noun of "a fronte di" / "in a bid to" for what is measured', () => {
    expect(measureOf('A fronte di 4,7 miliardi di euro di investimenti complessivi, il piano cresce.', 'it', '4,7')).toBe('investimenti complessivi')
    expect(measureOf('The group will spend $1bn in a bid to cut its emissions.', 'en', '$1bn')).not.toBe('bid')
  })
})
