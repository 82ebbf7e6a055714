import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseFigures } from '../src/core/facts/figures.js'
import { ParsedFigureSchema, type ParsedFigure as Figure } from '../src/core/facts/fact-schema.js'

type Expected = Partial<Omit<Figure, 'start' | 'end'>> & Pick<Figure, 'text' | 'kind' | 'value'>
interface Case {
  lang: string
  sentence: string
  figures: Expected[]
}

const EN_ARTICLE: Case[] = [
  {
    lang: 'en',
    sentence: "Xiaomi's 2024 ESG Sustainability Report: A Deep Dive into Technological Innovation for a Sustainable Future",
    figures: [{ text: '2024', kind: 'year', value: 2024 }],
  },
  {
    lang: 'en',
    sentence:
      "Xiaomi's seventh annual ESG (Environmental, Social, and Governance) sustainability report for 2024 showcases a firm commitment to driving sustainable development through core technological innovation.",
    figures: [
      { text: 'seventh', kind: 'ordinal', value: 7 },
      { text: '2024', kind: 'year', value: 2024 },
    ],
  },
  {
    lang: 'en',
    sentence:
      'At the 29th Conference of the Parties (COP29) to the United Nations Framework Convention on Climate Change (UNFCCC) in November 2024, Xiaomi unveiled its new sustainable development strategy.',
    figures: [
      { text: '29th', kind: 'ordinal', value: 29 },
      { text: '2024', kind: 'year', value: 2024 },
    ],
  },
  {
    lang: 'en',
    sentence: 'In 2024, Xiaomi invested a staggering 24.1 billion RMB in research and development (R&D).',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '24.1 billion RMB', kind: 'amount', value: 24_100_000_000, unit: 'CNY', period: '2024' },
    ],
  },
  {
    lang: 'en',
    sentence:
      "This commitment resulted in over 42,000 global patent applications and a dedicated R&D team of 21,190 individuals, comprising 48.5% of the company's total workforce.",
    figures: [
      { text: '42,000', kind: 'count', value: 42_000, qualifier: 'over' },
      { text: '21,190', kind: 'count', value: 21_190 },
      { text: '48.5%', kind: 'percent', value: 48.5, unit: 'percent' },
    ],
  },
  {
    lang: 'en',
    sentence:
      'Looking ahead, Xiaomi projects cumulative R&D investment exceeding 100 billion RMB between 2020 and 2030, demonstrating its unwavering dedication to long-term technological innovation.',
    figures: [
      // "Looking ahead," frames the sentence: a goal over the span it names
      { text: '100 billion RMB', kind: 'amount', value: 100_000_000_000, unit: 'CNY', qualifier: 'over', role: 'target', period: '2020/2030' },
      { text: 'between 2020 and 2030', kind: 'year-range', value: 2020, valueEnd: 2030 },
    ],
  },
  {
    lang: 'en',
    sentence: "The launch of Xiaomi's smart factory and Xiaomi's automobile factory in 2024 marks a significant step towards sustainable manufacturing.",
    figures: [{ text: '2024', kind: 'year', value: 2024 }],
  },
  {
    lang: 'en',
    sentence: 'With an automation rate of 81%, significantly exceeding the industry average, the factory epitomizes the commitment.',
    figures: [{ text: '81%', kind: 'percent', value: 81, unit: 'percent' }],
  },
  {
    lang: 'en',
    sentence: 'In 2024, Xiaomi continued to refine its accessibility features, introducing new functionalities such as text extraction.',
    figures: [{ text: '2024', kind: 'year', value: 2024 }],
  },
  { lang: 'en', sentence: 'HyperOS 2: Redefining Accessibility with AI-Powered Features', figures: [] },
  {
    lang: 'en',
    sentence: "Further enhancing accessibility, Xiaomi integrated the AI assistant's real-time subtitle function and voice recognition technology into HyperOS 2.",
    figures: [],
  },
  {
    lang: 'en',
    sentence: 'Achieving a transcription accuracy rate of 93%, this integration optimizes communication and interaction experiences.',
    figures: [{ text: '93%', kind: 'percent', value: 93, unit: 'percent' }],
  },
  {
    lang: 'en',
    sentence:
      'The company has set ambitious targets: a minimum average annual carbon reduction of 5% by 2030 (based on 2024 as the base year) and renewable electricity usage rate of no less than 25%.',
    figures: [
      { text: '5%', kind: 'percent', value: 5, unit: 'percent', qualifier: 'at-least', role: 'target', targetYear: 2030, baseYear: 2024 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '2024', kind: 'year', value: 2024, role: 'base' },
      { text: '25%', kind: 'percent', value: 25, unit: 'percent', qualifier: 'at-least', role: 'target', targetYear: 2030, baseYear: 2024 },
    ],
  },
  {
    lang: 'en',
    sentence: 'Furthermore, Xiaomi plans for all its smartphone business suppliers to achieve 100% renewable electricity usage by 2050.',
    figures: [
      { text: '100%', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2050 },
      { text: '2050', kind: 'year', value: 2050, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence:
      'By the end of 2024, Xiaomi completed lifecycle carbon footprint measurements for 18 representative products, including 13 smartphones and tablets, one wearable device, and four smart home products.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '18', kind: 'count', value: 18, period: '2024' },
      { text: '13', kind: 'count', value: 13, period: '2024' },
      { text: 'one', kind: 'count', value: 1, period: '2024' },
      { text: 'four', kind: 'count', value: 4, period: '2024' },
    ],
  },
  {
    lang: 'en',
    sentence: 'The company obtained ISO 50001 energy management system certification and annual supervisory audits in 2024.',
    figures: [{ text: '2024', kind: 'year', value: 2024 }],
  },
  {
    lang: 'en',
    sentence: "In 2024 alone, this initiative reduced Xiaomi's carbon emissions by 3,378 tons, demonstrating tangible progress.",
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '3,378 tons', kind: 'quantity', value: 3378, unit: 't', period: '2024' },
    ],
  },
  {
    lang: 'en',
    sentence: 'The program aims to recycle a cumulative 38,000 tons of e-waste between 2022 and 2026.',
    figures: [
      { text: '38,000 tons', kind: 'quantity', value: 38_000, unit: 't', role: 'target', period: '2022/2026' },
      { text: 'between 2022 and 2026', kind: 'year-range', value: 2022, valueEnd: 2026, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'By the end of 2024, Xiaomi achieved 95.94% of this target.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '95.94%', kind: 'percent', value: 95.94, unit: 'percent', period: '2024' },
    ],
  },
  {
    lang: 'en',
    sentence: 'In the Chinese market alone, the trade-in program recycled over 1.3 million old devices.',
    figures: [{ text: '1.3 million', kind: 'count', value: 1_300_000, qualifier: 'over' }],
  },
  {
    lang: 'en',
    sentence: 'The program expanded to nine overseas markets, processing 23,353 trade-in orders.',
    figures: [
      { text: 'nine', kind: 'count', value: 9 },
      { text: '23,353', kind: 'count', value: 23_353 },
    ],
  },
  {
    lang: 'en',
    sentence: 'In 2024, the company refurbished over 130,000 devices, a 4.7% increase compared to 2023.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '130,000', kind: 'count', value: 130_000, qualifier: 'over', period: '2024' },
      { text: '4.7%', kind: 'percent', value: 4.7, unit: 'percent', period: '2024', baseYear: 2023 },
      { text: '2023', kind: 'year', value: 2023, role: 'base' },
    ],
  },
  {
    lang: 'en',
    sentence: "Examples of Xiaomi's use of sustainable materials include the Xiaomi 14T's back cover, which utilizes bio-based materials.",
    figures: [],
  },
  {
    lang: 'en',
    sentence: 'Half of the polyurethane component is sourced from bio-based raw materials.',
    figures: [{ text: 'Half', kind: 'percent', value: 50, unit: 'percent' }],
  },
  {
    lang: 'en',
    sentence:
      'In 2024, the factory achieved a waste diversion rate (WDR) of 99.35% and received the TÜV Rheinland "zero waste to landfill management system" three-star certification.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '99.35%', kind: 'percent', value: 99.35, unit: 'percent', period: '2024' },
      { text: 'three', kind: 'count', value: 3 },
    ],
  },
]

const IT_ARTICLE: Case[] = [
  { lang: 'it', sentence: 'Xiaomi ESG report: obiettivo catena del valore a emissioni zero di carbonio', figures: [] },
  {
    lang: 'it',
    sentence:
      'Nel corso del 2023, l’azienda ha annunciato il suo impegno a produrre il 100% di elettricità rinnovabile nelle proprie attività entro il 2035 e la neutralità delle emissioni di carbonio e il 100% di energia rinnovabile entro il 2040.',
    figures: [
      { text: '2023', kind: 'year', value: 2023 },
      { text: '100%', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2035, period: '2035' },
      { text: '2035', kind: 'year', value: 2035, role: 'target' },
      { text: '100%', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2040, period: '2040' },
      { text: '2040', kind: 'year', value: 2040, role: 'target' },
    ],
  },
  {
    lang: 'it',
    sentence:
      "Xiaomi ha presentato il suo sesto ESG report, un documento di oltre 80 pagine che illustra i progressi compiuti nel 2023 da Xiaomi e dalle sue filiali nell'ambito dell'implementazione.",
    figures: [
      { text: 'sesto', kind: 'ordinal', value: 6 },
      { text: '80', kind: 'count', value: 80, qualifier: 'over', period: '2023' },
      { text: '2023', kind: 'year', value: 2023 },
    ],
  },
  {
    lang: 'it',
    sentence: 'Il rapporto è suddiviso in quattro sezioni principali: Migliorare la vita di tutti attraverso la tecnologia, Obiettivo zero emissioni di carbonio.',
    figures: [{ text: 'quattro', kind: 'count', value: 4 }],
  },
  {
    lang: 'it',
    sentence:
      'Consapevole della crescente complessità della supply chain globale, Xiaomi chiede ai suoi fornitori di rispettare un codice di condotta sulla responsabilità sociale, con l’obiettivo di garantire il rispetto degli standard riconosciuti a livello mondiale in materia di diritti dei lavoratori, tra cui i dieci principi del Global Compact delle Nazioni Unite.',
    figures: [{ text: 'dieci', kind: 'count', value: 10 }],
  },
  {
    lang: 'it',
    sentence:
      "L'impegno dell'azienda verso la carbon neutrality è stato sottolineato con la presentazione del primo White Paper on Climate Action alla COP28 a Dubai nell'inverno del 2023, che delinea la filosofia di Xiaomi.",
    figures: [{ text: 'primo', kind: 'ordinal', value: 1, period: '2023' }, { text: '2023', kind: 'year', value: 2023 }],
  },
  {
    lang: 'it',
    sentence:
      "Nel corso dell'anno, l’azienda ha annunciato inoltre il suo impegno a produrre il 100% di elettricità rinnovabile nelle proprie attività entro il 2035 e la neutralità delle emissioni di carbonio e il 100% di energia rinnovabile entro il 2040.",
    figures: [
      { text: '100%', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2035 },
      { text: '2035', kind: 'year', value: 2035, role: 'target' },
      { text: '100%', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2040 },
      { text: '2040', kind: 'year', value: 2040, role: 'target' },
    ],
  },
  {
    lang: 'it',
    sentence:
      'La valutazione è stata portata a termine per cinque prodotti rappresentativi, tra cui due modelli di smartphone, un modello di prodotti wearable indossabili e due modelli di condizionatori.',
    figures: [
      { text: 'cinque', kind: 'count', value: 5 },
      { text: 'due', kind: 'count', value: 2 },
      { text: 'un', kind: 'count', value: 1 },
      { text: 'due', kind: 'count', value: 2 },
    ],
  },
  {
    lang: 'it',
    sentence: "A riconoscimento dei passi avanti compiuti, nel 2023 Xiaomi ha ottenuto la certificazione Gold dall'Alliance for Water Stewardship.",
    figures: [{ text: '2023', kind: 'year', value: 2023 }],
  },
  {
    lang: 'it',
    sentence: 'Inoltre, in occasione della Giornata della Terra lo scorso 22 aprile, Xiaomi ha annunciato la partnership con PADI.',
    figures: [{ text: '22 aprile', kind: 'date', value: 22 }],
  },
  {
    lang: 'it',
    sentence: 'Infine, nel 2023 sono stati stanziati quasi 60 milioni di RMB in sovvenzioni per progetti tecnologici innovativi, con l’obiettivo di prolungare la vita delle batterie.',
    figures: [
      { text: '2023', kind: 'year', value: 2023 },
      { text: '60 milioni di RMB', kind: 'amount', value: 60_000_000, unit: 'CNY', qualifier: 'almost', period: '2023' },
    ],
  },
]

const TRICKY: Case[] = [
  // number formats by language
  { lang: 'it', sentence: 'Sono stati piantati 42.000 alberi.', figures: [{ text: '42.000', kind: 'count', value: 42_000 }] },
  { lang: 'en', sentence: 'The value was 42.000 exactly.', figures: [{ text: '42.000', kind: 'count', value: 42 }] },
  { lang: 'it', sentence: 'La quota è salita al 24,1%.', figures: [{ text: '24,1%', kind: 'percent', value: 24.1, unit: 'percent' }] },
  {
    lang: 'it',
    sentence: 'Il PIL ha registrato una crescita dello 0,3 percento.',
    figures: [{ text: '0,3 percento', kind: 'percent', value: 0.3, unit: 'percent' }],
  },
  { lang: 'it-IT', sentence: 'Ricavi pari a 1.234.567,89 euro.', figures: [{ text: '1.234.567,89 euro', kind: 'amount', value: 1_234_567.89, unit: 'EUR' }] },
  // currencies and scale suffixes
  { lang: 'en', sentence: 'Revenue reached $1.2bn last year.', figures: [{ text: '$1.2bn', kind: 'amount', value: 1_200_000_000, unit: 'USD' }] },
  { lang: 'en', sentence: 'The fund holds €3m in bonds.', figures: [{ text: '€3m', kind: 'amount', value: 3_000_000, unit: 'EUR' }] },
  { lang: 'en', sentence: 'It raised € 3 million for the project.', figures: [{ text: '€ 3 million', kind: 'amount', value: 3_000_000, unit: 'EUR' }] },
  { lang: 'en', sentence: 'It spent RMB 24.1 billion on research.', figures: [{ text: 'RMB 24.1 billion', kind: 'amount', value: 24_100_000_000, unit: 'CNY' }] },
  { lang: 'en', sentence: 'It spent 5 million yuan on research.', figures: [{ text: '5 million yuan', kind: 'amount', value: 5_000_000, unit: 'CNY' }] },
  { lang: 'en', sentence: 'The bond raised US$500 million.', figures: [{ text: 'US$500 million', kind: 'amount', value: 500_000_000, unit: 'USD' }] },
  { lang: 'en', sentence: 'Sales were HK$2.5 billion.', figures: [{ text: 'HK$2.5 billion', kind: 'amount', value: 2_500_000_000, unit: 'HKD' }] },
  { lang: 'en', sentence: 'The donation was ¥10 million.', figures: [{ text: '¥10 million', kind: 'amount', value: 10_000_000, unit: 'CNY' }] },
  { lang: 'en', sentence: 'The Tokyo unit earned ¥10 million (JPY).', figures: [{ text: '¥10 million', kind: 'amount', value: 10_000_000, unit: 'JPY' }] },
  { lang: 'en', sentence: 'They paid 300 pounds in fees.', figures: [{ text: '300 pounds', kind: 'amount', value: 300, unit: 'GBP' }] },
  { lang: 'it', sentence: 'Un investimento di 3 mld di euro.', figures: [{ text: '3 mld di euro', kind: 'amount', value: 3_000_000_000, unit: 'EUR' }] },
  { lang: 'it', sentence: 'Sono stati riciclati 1,3 milioni di dispositivi.', figures: [{ text: '1,3 milioni', kind: 'count', value: 1_300_000 }] },
  // percent and percentage points
  { lang: 'en', sentence: 'Emissions fell 12 per cent.', figures: [{ text: '12 per cent', kind: 'percent', value: 12, unit: 'percent' }] },
  { lang: 'en', sentence: 'The share rose by 3 percentage points.', figures: [{ text: '3 percentage points', kind: 'percent', value: 3, unit: 'pp' }] },
  { lang: 'it', sentence: 'La quota è cresciuta di 2 punti percentuali.', figures: [{ text: '2 punti percentuali', kind: 'percent', value: 2, unit: 'pp' }] },
  // tonnes and other units
  { lang: 'en', sentence: 'We avoided 1,200 tCO2e.', figures: [{ text: '1,200 tCO2e', kind: 'quantity', value: 1200, unit: 't' }] },
  { lang: 'en', sentence: 'We avoided 5 kt of emissions.', figures: [{ text: '5 kt', kind: 'quantity', value: 5000, unit: 't' }] },
  { lang: 'en', sentence: 'Total emissions were 2.5 Mt.', figures: [{ text: '2.5 Mt', kind: 'quantity', value: 2_500_000, unit: 't' }] },
  {
    lang: 'en',
    sentence: 'We cut 40 thousand tonnes of CO2 equivalent.',
    figures: [{ text: '40 thousand tonnes of CO2 equivalent', kind: 'quantity', value: 40_000, unit: 't' }],
  },
  { lang: 'en', sentence: 'Exports were 700 metric tons.', figures: [{ text: '700 metric tons', kind: 'quantity', value: 700, unit: 't' }] },
  { lang: 'it', sentence: 'Sono state recuperate 500 tonnellate di rifiuti.', figures: [{ text: '500 tonnellate', kind: 'quantity', value: 500, unit: 't' }] },
  { lang: 'en', sentence: 'The plant produced 120 GWh of solar power.', figures: [{ text: '120 GWh', kind: 'quantity', value: 120, unit: 'GWh' }] },
  { lang: 'en', sentence: 'The site used 3.5 mwh.', figures: [{ text: '3.5 mwh', kind: 'quantity', value: 3.5, unit: 'MWh' }] },
  { lang: 'it', sentence: 'Risparmiati 10.000 metri cubi di acqua.', figures: [{ text: '10.000 metri cubi', kind: 'quantity', value: 10_000, unit: 'm3' }] },
  { lang: 'en', sentence: 'Water use fell to 800 m³.', figures: [{ text: '800 m³', kind: 'quantity', value: 800, unit: 'm3' }] },
  { lang: 'en', sentence: 'The line runs 35 km.', figures: [{ text: '35 km', kind: 'quantity', value: 35, unit: 'km' }] },
  { lang: 'en', sentence: 'Staff received 20 hours of training.', figures: [{ text: '20 hours', kind: 'quantity', value: 20, unit: 'h' }] },
  { lang: 'it', sentence: 'I dipendenti hanno ricevuto 12 ore di formazione.', figures: [{ text: '12 ore', kind: 'quantity', value: 12, unit: 'h' }] },
  // year ranges and roles
  { lang: 'en', sentence: 'The plan runs from 2020 to 2030.', figures: [{ text: 'from 2020 to 2030', kind: 'year-range', value: 2020, valueEnd: 2030 }] },
  { lang: 'en', sentence: 'The 2020–2030 plan.', figures: [{ text: '2020–2030', kind: 'year-range', value: 2020, valueEnd: 2030 }] },
  { lang: 'en', sentence: 'The 2022-26 strategy.', figures: [{ text: '2022-26', kind: 'year-range', value: 2022, valueEnd: 2026 }] },
  { lang: 'it', sentence: 'Il piano vale tra il 2022 e il 2026.', figures: [{ text: 'tra il 2022 e il 2026', kind: 'year-range', value: 2022, valueEnd: 2026 }] },
  { lang: 'it', sentence: 'Il piano va dal 2020 al 2030.', figures: [{ text: 'dal 2020 al 2030', kind: 'year-range', value: 2020, valueEnd: 2030 }] },
  {
    lang: 'en',
    sentence: 'Emissions will fall 42% by 2030 compared to 2019 levels.',
    figures: [
      { text: '42%', kind: 'percent', value: 42, unit: 'percent', role: 'target', targetYear: 2030, baseYear: 2019 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
    ],
  },
  {
    lang: 'it',
    sentence: 'Ridurre le emissioni del 30% entro il 2030 rispetto al 2019.',
    figures: [
      { text: '30%', kind: 'percent', value: 30, unit: 'percent', role: 'target', targetYear: 2030, baseYear: 2019 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
    ],
  },
  {
    lang: 'it',
    sentence: 'Neutralità climatica entro 2050, anno base 2019.',
    figures: [
      { text: '2050', kind: 'year', value: 2050, role: 'target' },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
    ],
  },
  { lang: 'en', sentence: 'The base year 2019 is used.', figures: [{ text: '2019', kind: 'year', value: 2019, role: 'base' }] },
  { lang: 'en', sentence: 'Our target year 2040 is ambitious.', figures: [{ text: '2040', kind: 'year', value: 2040, role: 'target' }] },
  {
    lang: 'en',
    sentence: 'The company has a target of 50% recycled plastics.',
    figures: [{ text: '50%', kind: 'percent', value: 50, unit: 'percent', role: 'target' }],
  },
  {
    lang: 'it',
    sentence: "L'azienda ha fissato un obiettivo di 40% di energia pulita.",
    figures: [{ text: '40%', kind: 'percent', value: 40, unit: 'percent', role: 'target' }],
  },
  // qualifiers
  { lang: 'en', sentence: 'It employs more than 500 people.', figures: [{ text: '500', kind: 'count', value: 500, qualifier: 'over' }] },
  { lang: 'en', sentence: 'It employs over 2000 people.', figures: [{ text: '2000', kind: 'count', value: 2000, qualifier: 'over' }] },
  { lang: 'en', sentence: 'We trained at least 300 suppliers.', figures: [{ text: '300', kind: 'count', value: 300, qualifier: 'at-least' }] },
  { lang: 'en', sentence: 'Nearly 40% of staff are women.', figures: [{ text: '40%', kind: 'percent', value: 40, unit: 'percent', qualifier: 'almost' }] },
  { lang: 'en', sentence: 'We spent approximately $5 million.', figures: [{ text: '$5 million', kind: 'amount', value: 5_000_000, unit: 'USD', qualifier: 'approximately' }] },
  { lang: 'en', sentence: 'Savings of up to 30% are possible.', figures: [{ text: '30%', kind: 'percent', value: 30, unit: 'percent', qualifier: 'at-most' }] },
  { lang: 'en', sentence: 'Turnover was less than 3%.', figures: [{ text: '3%', kind: 'percent', value: 3, unit: 'percent', qualifier: 'under' }] },
  { lang: 'en', sentence: 'Waste must be no more than 5 tonnes.', figures: [{ text: '5 tonnes', kind: 'quantity', value: 5, unit: 't', qualifier: 'at-most' }] },
  { lang: 'it', sentence: 'Il sito ospita più di 300 dipendenti.', figures: [{ text: '300', kind: 'count', value: 300, qualifier: 'over' }] },
  { lang: 'it', sentence: 'Abbiamo coinvolto almeno 50 fornitori.', figures: [{ text: '50', kind: 'count', value: 50, qualifier: 'at-least' }] },
  { lang: 'it', sentence: 'Il consumo è sceso di circa il 12%.', figures: [{ text: '12%', kind: 'percent', value: 12, unit: 'percent', qualifier: 'approximately' }] },
  { lang: 'it', sentence: 'Risparmi fino al 30% sui consumi.', figures: [{ text: '30%', kind: 'percent', value: 30, unit: 'percent', qualifier: 'at-most' }] },
  { lang: 'it', sentence: 'Un tasso inferiore al 2% di scarto.', figures: [{ text: '2%', kind: 'percent', value: 2, unit: 'percent', qualifier: 'under' }] },
  { lang: 'it', sentence: 'Un tasso non meno del 20% di riciclo.', figures: [{ text: '20%', kind: 'percent', value: 20, unit: 'percent', qualifier: 'at-least' }] },
  // number words
  { lang: 'en', sentence: 'The site has twenty-five buildings.', figures: [{ text: 'twenty-five', kind: 'count', value: 25 }] },
  { lang: 'en', sentence: 'They planted two million trees.', figures: [{ text: 'two million', kind: 'count', value: 2_000_000 }] },
  { lang: 'en', sentence: 'It is one of the largest firms, and they help one another.', figures: [] },
  { lang: 'en', sentence: 'We opened a dozen new stores.', figures: [{ text: 'a dozen', kind: 'count', value: 12 }] },
  { lang: 'en', sentence: 'A third of the energy is solar.', figures: [{ text: 'A third', kind: 'percent', value: 33.33, unit: 'percent' }] },
  { lang: 'en', sentence: 'In the first half of 2024 sales grew.', figures: [{ text: '2024', kind: 'year', value: 2024 }] },
  { lang: 'en', sentence: 'We hired an engineer and a designer.', figures: [] },
  { lang: 'it', sentence: 'La metà dei dipendenti lavora da remoto.', figures: [{ text: 'metà', kind: 'percent', value: 50, unit: 'percent' }] },
  { lang: 'it', sentence: 'Sono stati aperti venticinque negozi e duemila punti vendita.', figures: [{ text: 'venticinque', kind: 'count', value: 25 }, { text: 'duemila', kind: 'count', value: 2000 }] },
  { lang: 'it', sentence: 'Una squadra e un progetto per uno scopo.', figures: [] },
  { lang: 'it', sentence: 'Sono stati investiti tre milioni di euro.', figures: [{ text: 'tre milioni di euro', kind: 'amount', value: 3_000_000, unit: 'EUR' }] },
  { lang: 'it', sentence: 'Novembre e settembre sono mesi intensi.', figures: [] },
  // ordinals
  { lang: 'en', sentence: 'It ranked 1st in the index for the sixth time.', figures: [{ text: '1st', kind: 'ordinal', value: 1 }, { text: 'sixth', kind: 'ordinal', value: 6 }] },
  { lang: 'en', sentence: 'The first report was audited by a third-party firm.', figures: [{ text: 'first', kind: 'ordinal', value: 1 }] },
  { lang: 'it', sentence: 'È il settimo anno consecutivo, il primo in Europa.', figures: [{ text: 'settimo', kind: 'ordinal', value: 7 }, { text: 'primo', kind: 'ordinal', value: 1 }] },
  { lang: 'it', sentence: 'Secondo il rapporto, il secondo trimestre è stato positivo.', figures: [] },
  // dates
  { lang: 'en', sentence: 'The event took place on April 22.', figures: [{ text: 'April 22', kind: 'date', value: 22 }] },
  {
    lang: 'en',
    // a day and month before their year are one date, valued at the year it dates
    sentence: 'The report was published on 22 April 2024.',
    figures: [{ text: '22 April 2024', kind: 'year', value: 2024 }],
  },
  { lang: 'en', sentence: 'It launched in November 2024.', figures: [{ text: '2024', kind: 'year', value: 2024 }] },
  // identifiers are not figures
  { lang: 'en', sentence: 'Xiaomi presented at COP29 and COP28.', figures: [] },
  { lang: 'en', sentence: 'Certified to ISO 50001 and ISO 14001 standards.', figures: [] },
  { lang: 'en', sentence: 'Scope 3 emissions include Scope 1 and scope 2 sources.', figures: [] },
  { lang: 'en', sentence: 'It reports under GRI 305 and ESRS 1, supporting SDG 7.', figures: [] },
  { lang: 'en', sentence: 'PM2.5 and CO2 levels were measured by the Xiaomi 14T.', figures: [] },
  { lang: 'en', sentence: 'The new HyperOS 2.0 release and Euro 6 engines.', figures: [] },
  { lang: 'en', sentence: 'See https://example.com/report-2024/page/42 for details.', figures: [] },
  { lang: 'it', sentence: 'Chiamare il numero +39 02 1234 5678 per informazioni.', figures: [] },
  { lang: 'en', sentence: 'Contact esg2024@example.com now.', figures: [] },
  { lang: 'en', sentence: 'The software version 8.5.0 shipped.', figures: [] },
  { lang: 'en', sentence: 'COVID-19 disrupted supply chains.', figures: [] },
  { lang: 'en', sentence: 'Scope 1-3 emissions are reported.', figures: [] },
  // sentence-initial names and numeric ranges
  { lang: 'it', sentence: 'Investiti 2 miliardi di dollari nel progetto.', figures: [{ text: '2 miliardi di dollari', kind: 'amount', value: 2_000_000_000, unit: 'USD' }] },
  {
    lang: 'en',
    sentence: 'Over 10-15% of waste is sorted.',
    figures: [{ text: '10-15%', kind: 'percent', value: 10, valueEnd: 15, unit: 'percent', qualifier: 'over' }],
  },
  {
    lang: 'it',
    sentence: 'Previsti da 5 a 8 milioni di euro.',
    // "Previsti" plans the amount: a goal (intended.ts)
    figures: [{ text: '5 a 8 milioni di euro', kind: 'amount', value: 5_000_000, valueEnd: 8_000_000, unit: 'EUR', role: 'target' }],
  },
  {
    lang: 'en',
    sentence: 'Published 2024-03-13 at 10:30.',
    figures: [
      { text: '2024-03-13', kind: 'date', value: 13 },
      { text: '2024', kind: 'year', value: 2024 },
    ],
  },
  {
    lang: 'en',
    sentence: 'The rate was 15.5% in 2023 vs 14.2% in 2022.',
    figures: [
      { text: '15.5%', kind: 'percent', value: 15.5, unit: 'percent', period: '2023' },
      { text: '2023', kind: 'year', value: 2023 },
      { text: '14.2%', kind: 'percent', value: 14.2, unit: 'percent', period: '2022', role: 'comparison' },
      { text: '2022', kind: 'year', value: 2022 },
    ],
  },
]

/** Cases from a held-out check on unseen articles, plus sentences written in the same spirit. */
const HELD_OUT: Case[] = [
  // identifier lists: "Scope 1 and 2" names emissions, it counts nothing
  {
    lang: 'en',
    sentence: 'Scope 1 and 2 emissions fell to 612,400 tonnes of CO2e in 2024, a reduction of 38 per cent compared with 2019.',
    figures: [
      { text: '612,400 tonnes of CO2e', kind: 'quantity', value: 612_400, unit: 't', period: '2024', baseYear: 2019 },
      { text: '2024', kind: 'year', value: 2024 },
      { text: '38 per cent', kind: 'percent', value: 38, unit: 'percent', period: '2024', baseYear: 2019 },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
    ],
  },
  {
    lang: 'it',
    sentence: 'Le emissioni Scope 1 e 2 del gruppo sono diminuite del 35 per cento rispetto al 2019.',
    figures: [
      { text: '35 per cento', kind: 'percent', value: 35, unit: 'percent', baseYear: 2019 },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
    ],
  },
  { lang: 'en', sentence: 'Scope 1, 2 and 3 emissions are disclosed for 40 sites.', figures: [{ text: '40', kind: 'count', value: 40 }] },
  // a capitalised number word inside a sentence, before a capitalised word, is part of a name
  { lang: 'en', sentence: 'It will plant 50 million trees with the charity One Tree Planted.', figures: [{ text: '50 million', kind: 'count', value: 50_000_000, role: 'target' }] },
  { lang: 'en', sentence: 'Harbourline Opens Three New Depots', figures: [{ text: 'Three', kind: 'count', value: 3 }] },
  // the plural names them too: "net zero emissions across Scopes 1, 2 and 3 by 2050"
  { lang: 'en', sentence: 'It aims for net zero emissions across Scopes 1, 2 and 3 by 2050.', figures: [{ text: '2050', kind: 'year', value: 2050, role: 'target' }] },
  { lang: 'en', sentence: 'Tier 1 and 2 suppliers, 300 in total, were audited.', figures: [{ text: '300', kind: 'count', value: 300 }] },
  { lang: 'en', sentence: 'Scope 1-2 intensity fell 4%.', figures: [{ text: '4%', kind: 'percent', value: 4, unit: 'percent' }] },
  // number words inside compound words
  {
    lang: 'en',
    sentence: 'The storage system, built from 2,400 second-life battery packs, has a capacity of 1.2 GWh.',
    figures: [
      { text: '2,400', kind: 'count', value: 2400 },
      { text: '1.2 GWh', kind: 'quantity', value: 1.2, unit: 'GWh' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Hoshikawa assessed 2,150 tier-one suppliers and carried out 340 on-site audits.',
    figures: [
      { text: '2,150', kind: 'count', value: 2150 },
      { text: '340', kind: 'count', value: 340 },
    ],
  },
  { lang: 'en', sentence: 'It was a one-off payment, not a first-hand account from the third-largest producer.', figures: [] },
  {
    lang: 'en',
    sentence: 'The board approved a three-year plan for its five-star hotels.',
    figures: [
      // a length written into its noun keeps its unit; a rating stays a count
      { text: 'three-year', kind: 'quantity', value: 3, unit: 'year' },
      { text: 'five', kind: 'count', value: 5 },
    ],
  },
  // units
  { lang: 'it', sentence: 'La capacità installata ha raggiunto 4.850 megawatt.', figures: [{ text: '4.850 megawatt', kind: 'quantity', value: 4850, unit: 'MW' }] },
  {
    lang: 'it',
    sentence: "L'obiettivo è arrivare a 8 gigawatt di capacità rinnovabile entro il 2030.",
    figures: [
      { text: '8 gigawatt', kind: 'quantity', value: 8, unit: 'GW', role: 'target', targetYear: 2030 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'The farms have a combined output of 48 MW, with 1.2 GW more planned and chargers of 150 kilowatts.',
    figures: [
      { text: '48 MW', kind: 'quantity', value: 48, unit: 'MW' },
      { text: '1.2 GW', kind: 'quantity', value: 1.2, unit: 'GW' },
      { text: '150 kilowatts', kind: 'quantity', value: 150, unit: 'kW' },
    ],
  },
  { lang: 'en', sentence: 'The arrays generated 86 gigawatt-hours.', figures: [{ text: '86 gigawatt-hours', kind: 'quantity', value: 86, unit: 'GWh' }] },
  {
    // a watt's suffix stays in the unit: electric, peak and thermal power are not the same megawatts
    lang: 'it',
    sentence: 'Due impianti di cogenerazione da 14,4 MWe, pannelli da 12,3 MWp e caldaie da 30 MWth.',
    figures: [
      { text: 'Due', kind: 'count', value: 2 },
      { text: '14,4 MWe', kind: 'quantity', value: 14.4, unit: 'MWe' },
      { text: '12,3 MWp', kind: 'quantity', value: 12.3, unit: 'MWp' },
      { text: '30 MWth', kind: 'quantity', value: 30, unit: 'MWth' },
    ],
  },
  // "we" after a year is a pronoun, not watts
  { lang: 'en', sentence: 'In 2023 we cut waste by 9%.', figures: [{ text: '2023', kind: 'year', value: 2023 }, { text: '9%', kind: 'percent', value: 9, unit: 'percent' }] },
  {
    lang: 'it',
    sentence: 'Su almeno 45.000 ettari vengono applicate pratiche di agricoltura rigenerativa.',
    figures: [{ text: '45.000 ettari', kind: 'quantity', value: 45_000, unit: 'ha', qualifier: 'at-least' }],
  },
  {
    lang: 'en',
    sentence: 'It restored 45,000 hectares of forest and 120 ha of wetland.',
    figures: [
      { text: '45,000 hectares', kind: 'quantity', value: 45_000, unit: 'ha' },
      { text: '120 ha', kind: 'quantity', value: 120, unit: 'ha' },
    ],
  },
  {
    lang: 'it',
    sentence: 'Il gruppo, che nel 2023 ha investito 5 milioni di euro, nel 2024 ha, inoltre, coltivato 300 ettari.',
    figures: [
      { text: '2023', kind: 'year', value: 2023 },
      { text: '5 milioni di euro', kind: 'amount', value: 5_000_000, unit: 'EUR' },
      { text: '2024', kind: 'year', value: 2024 },
      { text: '300 ettari', kind: 'quantity', value: 300, unit: 'ha', period: '2024' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Suppliers must reach 80% renewable power no later than 2030.',
    figures: [
      { text: '80%', kind: 'percent', value: 80, unit: 'percent', role: 'target', targetYear: 2030, baseYear: undefined },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
    ],
  },
  {
    lang: 'it',
    sentence: "L'intensità carbonica della produzione elettrica si è attestata a 187 grammi di CO2 per kilowattora.",
    figures: [{ text: '187 grammi di CO2 per kilowattora', kind: 'quantity', value: 187, unit: 'g/kWh' }],
  },
  {
    lang: 'en',
    sentence: 'Grid intensity was 187 g CO2/kWh and new cars emit 95 g/km.',
    figures: [
      { text: '187 g CO2/kWh', kind: 'quantity', value: 187, unit: 'g/kWh' },
      { text: '95 g/km', kind: 'quantity', value: 95, unit: 'g/km' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Each pack weighs 450 kg and contains 30 grams of cobalt.',
    figures: [
      { text: '450 kg', kind: 'quantity', value: 450, unit: 'kg' },
      { text: '30 grams', kind: 'quantity', value: 30, unit: 'g' },
    ],
  },
  {
    lang: 'en',
    sentence: 'The plant saved 12,000 litres of water a day, or 4.4 megalitres a year, and yields reached 8 t per hectare.',
    figures: [
      { text: '12,000 litres', kind: 'quantity', value: 12_000, unit: 'L' },
      { text: '4.4 megalitres', kind: 'quantity', value: 4.4, unit: 'ML' },
      { text: '8 t per hectare', kind: 'quantity', value: 8, unit: 't/ha' },
    ],
  },
  { lang: 'it', sentence: 'Sono stati risparmiati 300 litri di acqua.', figures: [{ text: '300 litri', kind: 'quantity', value: 300, unit: 'L' }] },
  { lang: 'en', sentence: 'The 5G network reached 4g phones.', figures: [] },
  // qualifiers
  {
    lang: 'it',
    sentence: 'Gli investimenti sulla rete hanno superato i 620 milioni di euro, con la posa di oltre 1.900 chilometri di cavi.',
    figures: [
      { text: '620 milioni di euro', kind: 'amount', value: 620_000_000, unit: 'EUR', qualifier: 'over' },
      { text: '1.900 chilometri', kind: 'quantity', value: 1900, unit: 'km', qualifier: 'over' },
    ],
  },
  { lang: 'it', sentence: 'Il fatturato supera i 2 miliardi di euro.', figures: [{ text: '2 miliardi di euro', kind: 'amount', value: 2_000_000_000, unit: 'EUR', qualifier: 'over' }] },
  {
    lang: 'en',
    sentence: 'Some 12,000 production workers were retrained for electric-vehicle assembly.',
    figures: [{ text: '12,000', kind: 'count', value: 12_000, qualifier: 'approximately' }],
  },
  {
    lang: 'it',
    sentence: 'Oltre il 50% dei rifiuti è riciclato e quasi il 30 per cento è compostato.',
    figures: [
      { text: '50%', kind: 'percent', value: 50, unit: 'percent', qualifier: 'over' },
      { text: '30 per cento', kind: 'percent', value: 30, unit: 'percent', qualifier: 'almost' },
    ],
  },
  { lang: 'it', sentence: 'Si possono evitare fino a 40 tonnellate di rifiuti.', figures: [{ text: '40 tonnellate', kind: 'quantity', value: 40, unit: 't', qualifier: 'at-most' }] },
  // fractions as shares
  {
    lang: 'it',
    sentence: 'Nel 2024 il gruppo ha investito 3,4 miliardi di euro, di cui quasi due terzi destinati alla transizione energetica.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '3,4 miliardi di euro', kind: 'amount', value: 3_400_000_000, unit: 'EUR', period: '2024' },
      { text: 'due terzi', kind: 'percent', value: 66.67, unit: 'percent', qualifier: 'almost', period: '2024' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Nearly two-thirds of suppliers signed the code.',
    figures: [{ text: 'two-thirds', kind: 'percent', value: 66.67, unit: 'percent', qualifier: 'almost' }],
  },
  {
    lang: 'it',
    sentence: "Un terzo dei dipendenti lavora da remoto e un quarto delle sedi usa l'energia solare.",
    figures: [
      { text: 'Un terzo', kind: 'percent', value: 33.33, unit: 'percent' },
      { text: 'un quarto', kind: 'percent', value: 25, unit: 'percent' },
    ],
  },
  { lang: 'it', sentence: 'Nel quarto trimestre le vendite sono salite.', figures: [{ text: 'quarto', kind: 'ordinal', value: 4 }] },
  {
    lang: 'en',
    sentence: 'A quarter of the fleet and three-quarters of the plants are electric.',
    figures: [
      { text: 'A quarter', kind: 'percent', value: 25, unit: 'percent' },
      { text: 'three-quarters', kind: 'percent', value: 75, unit: 'percent' },
    ],
  },
  { lang: 'it', sentence: 'Tre quarti degli imballaggi sono riciclabili.', figures: [{ text: 'Tre quarti', kind: 'percent', value: 75, unit: 'percent' }] },
  // a year inside a comparison dates the compared value and is the base year of the others
  {
    lang: 'en',
    sentence:
      'German carmaker Nordwerk AG has published its 2024 sustainability report, which shows that battery-electric vehicles made up 22.5 per cent of its global deliveries last year, up from 14 per cent in 2022.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      // the report's name dates nothing: the article's report year (its front matter) does, in placeInContext
      { text: '22.5 per cent', kind: 'percent', value: 22.5, unit: 'percent', period: undefined, baseYear: 2022 },
      { text: '14 per cent', kind: 'percent', value: 14, unit: 'percent', period: '2022', baseYear: undefined, role: 'comparison' },
      { text: '2022', kind: 'year', value: 2022, role: undefined },
    ],
  },
  {
    lang: 'en',
    sentence: 'Electric models made up 30% of sales, up from 18% in 2021.',
    figures: [
      { text: '30%', kind: 'percent', value: 30, unit: 'percent', period: undefined, baseYear: 2021 },
      { text: '18%', kind: 'percent', value: 18, unit: 'percent', period: '2021', baseYear: undefined, role: 'comparison' },
      { text: '2021', kind: 'year', value: 2021, role: undefined },
    ],
  },
  {
    lang: 'it',
    sentence: 'Le rinnovabili hanno coperto il 68 per cento della produzione, contro il 51% del 2021.',
    figures: [
      { text: '68 per cento', kind: 'percent', value: 68, unit: 'percent', period: undefined, baseYear: 2021 },
      { text: '51%', kind: 'percent', value: 51, unit: 'percent', period: '2021', baseYear: undefined, role: 'comparison' },
      { text: '2021', kind: 'year', value: 2021, role: undefined },
    ],
  },
  {
    lang: 'it',
    sentence: 'Nel servizio idrico le perdite di rete sono scese al 31,5 per cento, rispetto al 36 per cento del 2020.',
    figures: [
      { text: '31,5 per cento', kind: 'percent', value: 31.5, unit: 'percent', period: undefined, baseYear: 2020 },
      { text: '36 per cento', kind: 'percent', value: 36, unit: 'percent', period: '2020', role: 'comparison' },
      { text: '2020', kind: 'year', value: 2020, role: undefined },
    ],
  },
  {
    lang: 'it',
    sentence: 'La quota è salita al 40% dal 35% del 2022.',
    figures: [
      { text: '40%', kind: 'percent', value: 40, unit: 'percent', baseYear: 2022 },
      { text: '35%', kind: 'percent', value: 35, unit: 'percent', period: '2022', role: 'comparison' },
      { text: '2022', kind: 'year', value: 2022, role: undefined },
    ],
  },
  {
    lang: 'en',
    sentence: 'Energy consumption per vehicle produced dropped to 1.9 MWh, 6 per cent lower than in 2023.',
    figures: [
      { text: '1.9 MWh', kind: 'quantity', value: 1.9, unit: 'MWh', period: undefined, baseYear: 2023 },
      { text: '6 per cent', kind: 'percent', value: 6, unit: 'percent', period: undefined, baseYear: 2023 },
      { text: '2023', kind: 'year', value: 2023, role: 'base' },
    ],
  },
  // fiscal years read like plain years
  {
    lang: 'en',
    sentence: 'The company cut its Scope 1 and 2 emissions by 46 per cent compared with fiscal 2015, to 318,000 tonnes of CO2e.',
    figures: [
      { text: '46 per cent', kind: 'percent', value: 46, unit: 'percent', period: undefined, baseYear: 2015 },
      { text: '2015', kind: 'year', value: 2015, role: 'base' },
      { text: '318,000 tonnes of CO2e', kind: 'quantity', value: 318_000, unit: 't', baseYear: 2015 },
    ],
  },
  {
    lang: 'en',
    sentence: 'Revenue in FY2024 was $3bn, versus $2.5bn in FY 2023.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '$3bn', kind: 'amount', value: 3_000_000_000, unit: 'USD', period: '2024', baseYear: 2023 },
      { text: '$2.5bn', kind: 'amount', value: 2_500_000_000, unit: 'USD', period: '2023', role: 'comparison' },
      { text: '2023', kind: 'year', value: 2023, role: undefined },
    ],
  },
  // a two-digit fiscal year is a year, its span with the prefix; glued to more letters or digits it is a code
  {
    lang: 'en',
    sentence: 'Emissions fell 30% compared to the FY16 baseline, in FY24, with the FY24A model.',
    figures: [
      { text: '30%', kind: 'percent', value: 30, unit: 'percent', baseYear: 2016 },
      { text: 'FY16', kind: 'year', value: 2016, role: 'base' },
      { text: 'FY24', kind: 'year', value: 2024 },
    ],
  },
  // a year in a report's name names an edition and dates no figure (a 2023 report may tell of 2022); a bare "bilancio 2022" is the year's accounts
  {
    lang: 'en',
    sentence: 'The company released its 2023 Climate Action Report, which shows a 12% cut in emissions.',
    figures: [
      { text: '2023', kind: 'year', value: 2023, role: undefined },
      { text: '12%', kind: 'percent', value: 12, unit: 'percent', period: undefined },
    ],
  },
  {
    lang: 'it',
    sentence: 'Il bilancio di sostenibilità 2023 del gruppo riporta un calo del 9% dei consumi idrici.',
    figures: [
      { text: '2023', kind: 'year', value: 2023, role: undefined },
      { text: '9%', kind: 'percent', value: 9, unit: 'percent', period: undefined },
    ],
  },
  {
    lang: 'it',
    sentence: "Nel bilancio 2022 l'utile netto è di 5 milioni di euro.",
    figures: [
      { text: '2022', kind: 'year', value: 2022 },
      { text: '5 milioni di euro', kind: 'amount', value: 5_000_000, unit: 'EUR', period: '2022' },
    ],
  },
  // a change named by its noun ("a rise from") compares like its verb: the earlier value keeps its own year, not the goal's
  {
    lang: 'en',
    sentence: 'Recycled content will reach 45% by 2030, a sharp rise from the 12% in 2019.',
    figures: [
      { text: '45%', kind: 'percent', value: 45, unit: 'percent', role: 'target', period: '2030', baseYear: 2019 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '12%', kind: 'percent', value: 12, unit: 'percent', role: 'comparison', period: '2019' },
      { text: '2019', kind: 'year', value: 2019 },
    ],
  },
  // a share written as a ratio of two number words
  { lang: 'en', sentence: 'Two out of three employees took part.', figures: [{ text: 'Two out of three', kind: 'percent', value: 66.67, unit: 'percent' }] },
  { lang: 'en', sentence: 'One in four new trucks runs on gas.', figures: [{ text: 'One in four', kind: 'percent', value: 25, unit: 'percent' }] },
  { lang: 'it', sentence: 'Ormai uno su tre dipendenti lavora da remoto.', figures: [{ text: 'uno su tre', kind: 'percent', value: 33.33, unit: 'percent' }] },
  { lang: 'en', sentence: 'One in 2023 was reported.', figures: [{ text: '2023', kind: 'year', value: 2023 }] },
  // goals named for their year past a capitalised name are its deadline; a name before a plain result is not
  {
    lang: 'en',
    sentence: 'It is on track toward its 2030 Net Zero Pathway goals.',
    figures: [{ text: '2030', kind: 'year', value: 2030, role: 'target' }],
  },
  {
    lang: 'en',
    sentence: 'In 2023 Acme Group cut its water use by 4%.',
    figures: [
      { text: '2023', kind: 'year', value: 2023, role: undefined },
      { text: '4%', kind: 'percent', value: 4, unit: 'percent', period: '2023' },
    ],
  },
  {
    lang: 'it',
    sentence: "Nell'esercizio 2023 i ricavi sono stati pari a 2 miliardi di euro.",
    figures: [
      { text: '2023', kind: 'year', value: 2023 },
      { text: '2 miliardi di euro', kind: 'amount', value: 2_000_000_000, unit: 'EUR', period: '2023' },
    ],
  },
  {
    lang: 'it',
    sentence: "L'azienda punta a dimezzare gli sprechi entro l'esercizio 2026.",
    figures: [
      { text: 'dimezzare', kind: 'percent', value: 50, unit: 'percent', role: 'target', targetYear: 2026 },
      { text: '2026', kind: 'year', value: 2026, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'a 20 per cent cut in water use per unit of sales by 2030, compared with fiscal 2020',
    figures: [
      { text: '20 per cent', kind: 'percent', value: 20, unit: 'percent', role: 'target', targetYear: 2030, baseYear: 2020, period: '2030' },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '2020', kind: 'year', value: 2020, role: 'base' },
    ],
  },
  // a target year or target wording reaches only its own clause
  {
    lang: 'en',
    sentence: 'Women held 21.7 per cent of management positions, against a target of 25 per cent by 2027.',
    figures: [
      { text: '21.7 per cent', kind: 'percent', value: 21.7, unit: 'percent', targetYear: undefined },
      { text: '25 per cent', kind: 'percent', value: 25, unit: 'percent', role: 'target', targetYear: 2027 },
      { text: '2027', kind: 'year', value: 2027, role: 'target' },
    ],
  },
  {
    lang: 'it',
    sentence: "Il 92 per cento degli imballaggi è progettato per essere riciclabile, e l'obiettivo è arrivare al 100 per cento entro il 2025.",
    figures: [
      { text: '92 per cento', kind: 'percent', value: 92, unit: 'percent', targetYear: undefined },
      { text: '100 per cento', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2025 },
      { text: '2025', kind: 'year', value: 2025, role: 'target' },
    ],
  },
  {
    lang: 'it',
    sentence: 'Il 92 per cento dei siti è già certificato; entro il 2025 lo sarà il 100 per cento.',
    figures: [
      { text: '92 per cento', kind: 'percent', value: 92, unit: 'percent' },
      { text: '2025', kind: 'year', value: 2025, role: 'target' },
      { text: '100 per cento', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2025 },
    ],
  },
  {
    lang: 'en',
    sentence: 'Seven of its eleven plants now run entirely on renewable electricity, and the remaining four are expected to follow by 2026.',
    figures: [
      { text: 'Seven', kind: 'count', value: 7, targetYear: undefined },
      { text: 'eleven', kind: 'count', value: 11, targetYear: undefined },
      { text: 'four', kind: 'count', value: 4, role: 'target', targetYear: 2026 },
      { text: '2026', kind: 'year', value: 2026, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Recycled plastics made up 15 per cent of the resin it purchased, and it wants to double that share by 2030.',
    figures: [
      { text: '15 per cent', kind: 'percent', value: 15, unit: 'percent', targetYear: undefined },
      // "to double" is the goal's factor
      { text: 'double', kind: 'count', value: 2, role: 'target', targetYear: 2030 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'The group employs 96,400 people, and the share of women in management reached 9.4 per cent, still short of its goal of 12 per cent by fiscal 2026.',
    figures: [
      { text: '96,400', kind: 'count', value: 96_400, period: undefined, targetYear: undefined },
      { text: '9.4 per cent', kind: 'percent', value: 9.4, unit: 'percent', period: undefined, targetYear: undefined },
      { text: '12 per cent', kind: 'percent', value: 12, unit: 'percent', role: 'target', targetYear: 2026 },
      { text: '2026', kind: 'year', value: 2026, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'We will cut emissions by 30%, water use by 20%, and waste by 10% by 2030.',
    figures: [
      { text: '30%', kind: 'percent', value: 30, unit: 'percent', role: 'target', targetYear: 2030 },
      { text: '20%', kind: 'percent', value: 20, unit: 'percent', role: 'target', targetYear: 2030 },
      { text: '10%', kind: 'percent', value: 10, unit: 'percent', role: 'target', targetYear: 2030 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
    ],
  },
]

/** Cases from a second held-out check (telecom, airline, fashion, cement), plus sentences in the same spirit. */
const HELD_OUT_2: Case[] = [
  // "from X in YEAR" after the current value is a comparison: the year dates X and is the other value's base
  {
    lang: 'en',
    sentence: 'Energy use per terabyte of data carried dropped to 38 kWh, from 51 kWh in 2023.',
    figures: [
      { text: '38 kWh', kind: 'quantity', value: 38, unit: 'kWh', period: undefined, baseYear: 2023 },
      { text: '51 kWh', kind: 'quantity', value: 51, unit: 'kWh', period: '2023', role: 'comparison' },
      { text: '2023', kind: 'year', value: 2023, role: undefined },
    ],
  },
  {
    lang: 'en',
    sentence: 'Emissions per revenue passenger kilometre fell to 84.6 grams of CO2, from 88.1 grams in 2023, helped by higher load factors.',
    figures: [
      { text: '84.6 grams', kind: 'quantity', value: 84.6, unit: 'g', period: undefined, baseYear: 2023 },
      { text: '88.1 grams', kind: 'quantity', value: 88.1, unit: 'g', period: '2023', role: 'comparison' },
      { text: '2023', kind: 'year', value: 2023, role: undefined },
    ],
  },
  // "a year earlier", "dell'anno precedente": the year before the sentence's own, when it has one
  {
    lang: 'en',
    sentence:
      'Renewables covered 87 per cent of the electricity Telvora bought in 2024, up from 74% a year earlier, and the company has committed to sourcing 100% renewable electricity by 2027.',
    figures: [
      { text: '87 per cent', kind: 'percent', value: 87, unit: 'percent', period: '2024', baseYear: 2023 },
      { text: '2024', kind: 'year', value: 2024 },
      { text: '74%', kind: 'percent', value: 74, unit: 'percent', period: '2023', baseYear: undefined, role: 'comparison' },
      { text: '100%', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2027, period: '2027', baseYear: undefined },
      { text: '2027', kind: 'year', value: 2027, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Renewables covered 87 per cent of its electricity, up from 74% a year earlier.',
    figures: [
      { text: '87 per cent', kind: 'percent', value: 87, unit: 'percent', period: undefined, baseYear: undefined },
      { text: '74%', kind: 'percent', value: 74, unit: 'percent', period: undefined, role: 'comparison' },
    ],
  },
  {
    lang: 'en',
    sentence: 'In 2024 landfilled waste fell to 1,200 tonnes, down from 1,500 tonnes the previous year.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '1,200 tonnes', kind: 'quantity', value: 1200, unit: 't', period: '2024', baseYear: 2023 },
      { text: '1,500 tonnes', kind: 'quantity', value: 1500, unit: 't', period: '2023', role: 'comparison' },
    ],
  },
  {
    lang: 'it',
    sentence: "Nel 2024 il 64% del cotone acquistato dal gruppo era biologico o riciclato, contro il 47% dell'anno precedente.",
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '64%', kind: 'percent', value: 64, unit: 'percent', period: '2024', baseYear: 2023 },
      { text: '47%', kind: 'percent', value: 47, unit: 'percent', period: '2023', role: 'comparison' },
    ],
  },
  {
    lang: 'it',
    sentence: "Il consumo è sceso a 12 GWh, dai 15 GWh dell'anno precedente.",
    figures: [
      { text: '12 GWh', kind: 'quantity', value: 12, unit: 'GWh', period: undefined, baseYear: undefined },
      { text: '15 GWh', kind: 'quantity', value: 15, unit: 'GWh', period: undefined, role: 'comparison' },
    ],
  },
  // "triple the 2023 share": the year is what the value is compared with; "last year" dates nothing
  {
    lang: 'en',
    sentence: 'Sustainable aviation fuel (SAF) accounted for 1.8% of all fuel uplifted last year, roughly triple the 2023 share.',
    figures: [
      { text: '1.8%', kind: 'percent', value: 1.8, unit: 'percent', period: undefined, baseYear: 2023 },
      { text: '2023', kind: 'year', value: 2023, role: 'base' },
    ],
  },
  { lang: 'it', sentence: 'La quota è il doppio del 2022.', figures: [{ text: '2022', kind: 'year', value: 2022, role: 'base' }] },
  { lang: 'en', sentence: 'Emissions fell 12% last year.', figures: [{ text: '12%', kind: 'percent', value: 12, unit: 'percent', period: undefined }] },
  // a target takes its period from its own clause only
  {
    lang: 'en',
    sentence: 'The airline has signed offtake agreements covering at least 250,000 tonnes of SAF between 2026 and 2032, and it targets a 10% SAF share by 2030.',
    figures: [
      { text: '250,000 tonnes', kind: 'quantity', value: 250_000, unit: 't', qualifier: 'at-least', period: '2026/2032', targetYear: undefined },
      { text: 'between 2026 and 2032', kind: 'year-range', value: 2026, valueEnd: 2032 },
      { text: '10%', kind: 'percent', value: 10, unit: 'percent', role: 'target', targetYear: 2030, period: '2030' },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
    ],
  },
  // a stated base year reaches a target in another clause
  {
    lang: 'en',
    sentence: 'On the way there, it aims to cut CO2 intensity by 30 per cent by 2035, against a 2019 base year, a target validated in October.',
    figures: [
      { text: '30 per cent', kind: 'percent', value: 30, unit: 'percent', role: 'target', targetYear: 2035, baseYear: 2019 },
      { text: '2035', kind: 'year', value: 2035, role: 'target' },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
    ],
  },
  {
    lang: 'en',
    // two dated values (both years stay periods); the target in the next clause takes neither
    sentence: 'Renewables covered 87% of its power in 2024, up from 74% in 2023; it aims to reach 100% by 2027.',
    figures: [
      { text: '87%', kind: 'percent', value: 87, unit: 'percent', period: '2024' },
      { text: '2024', kind: 'year', value: 2024 },
      { text: '74%', kind: 'percent', value: 74, unit: 'percent', period: '2023', role: 'comparison' },
      { text: '2023', kind: 'year', value: 2023 },
      { text: '100%', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2027, period: '2027', baseYear: undefined },
      { text: '2027', kind: 'year', value: 2027, role: 'target' },
    ],
  },
  // a year as the adjective of a goal is a target year, and dates only the values after it
  {
    lang: 'en',
    sentence: 'On the financing side, the operator issued a €750 million sustainability-linked bond in March, with a coupon step-up if it misses its 2030 emissions target.',
    figures: [
      { text: '€750 million', kind: 'amount', value: 750_000_000, unit: 'EUR', period: undefined, targetYear: undefined },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Its 2030 climate target is a 42% cut in emissions.',
    figures: [
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '42%', kind: 'percent', value: 42, unit: 'percent', role: 'target', targetYear: 2030 },
    ],
  },
  {
    lang: 'en',
    sentence: 'The company reached 95% of its 2025 goal.',
    figures: [
      { text: '95%', kind: 'percent', value: 95, unit: 'percent', targetYear: undefined },
      { text: '2025', kind: 'year', value: 2025, role: 'target' },
    ],
  },
  {
    lang: 'it',
    sentence: "L'obiettivo 2030 è il 50% di energia rinnovabile.",
    figures: [
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '50%', kind: 'percent', value: 50, unit: 'percent', role: 'target', targetYear: 2030 },
    ],
  },
  // a maturity date is no period and no role
  {
    lang: 'it',
    sentence: 'A settembre il gruppo ha collocato un green bond da 300 milioni di euro, con scadenza 2031, i cui proventi finanzieranno il progetto.',
    figures: [
      { text: '300 milioni di euro', kind: 'amount', value: 300_000_000, unit: 'EUR', period: undefined },
      { text: '2031', kind: 'year', value: 2031, period: undefined },
    ],
  },
  {
    lang: 'en',
    sentence: 'In 2024 the group placed €500 million of green notes due 2031.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '€500 million', kind: 'amount', value: 500_000_000, unit: 'EUR', period: '2024' },
      { text: '2031', kind: 'year', value: 2031, period: undefined },
    ],
  },
  {
    lang: 'en',
    sentence: 'The bond, maturing in 2030, raised $1bn.',
    figures: [
      { text: '2030', kind: 'year', value: 2030, period: undefined },
      { text: '$1bn', kind: 'amount', value: 1_000_000_000, unit: 'USD', period: undefined },
    ],
  },
  // a change by a fraction of itself is a percentage; ordinals and compounds stay what they are
  { lang: 'en', sentence: 'Food waste on board fell by a fifth after pre-ordering was extended to all short-haul routes.', figures: [{ text: 'a fifth', kind: 'percent', value: 20, unit: 'percent' }] },
  {
    lang: 'en',
    sentence: 'Total energy consumption fell 3.2% to 1,284 GWh even as mobile data traffic grew by roughly a quarter.',
    figures: [
      { text: '3.2%', kind: 'percent', value: 3.2, unit: 'percent' },
      { text: '1,284 GWh', kind: 'quantity', value: 1284, unit: 'GWh' },
      { text: 'a quarter', kind: 'percent', value: 25, unit: 'percent', qualifier: 'approximately' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Water use was cut by a third in 2024.',
    figures: [
      { text: 'a third', kind: 'percent', value: 33.33, unit: 'percent', period: '2024' },
      { text: '2024', kind: 'year', value: 2024 },
    ],
  },
  {
    lang: 'it',
    sentence: 'Il consumo è calato di un quarto rispetto al 2022.',
    figures: [
      { text: 'un quarto', kind: 'percent', value: 25, unit: 'percent', baseYear: 2022 },
      { text: '2022', kind: 'year', value: 2022, role: 'base' },
    ],
  },
  { lang: 'en', sentence: 'The accounts were audited by a third party for the fifth year.', figures: [{ text: 'fifth', kind: 'ordinal', value: 5 }] },
  // durations and data rates have units
  {
    lang: 'en',
    sentence: 'Twenty-seven new-generation aircraft joined the fleet in 2024, bringing the average fleet age down to 9.4 years.',
    figures: [
      { text: 'Twenty-seven', kind: 'count', value: 27, period: '2024' },
      { text: '2024', kind: 'year', value: 2024 },
      { text: '9.4 years', kind: 'quantity', value: 9.4, unit: 'year', period: '2024' },
    ],
  },
  {
    lang: 'en',
    sentence: 'The plan runs for 12 months, and the group will spend $2bn over the next three years.',
    figures: [
      { text: '12 months', kind: 'quantity', value: 12, unit: 'month' },
      // "will spend" plans what follows it in its clause; the 12 months before the comma are reported
      { text: '$2bn', kind: 'amount', value: 2_000_000_000, unit: 'USD', role: 'target' },
      { text: 'three years', kind: 'quantity', value: 3, unit: 'year', role: 'target' },
    ],
  },
  {
    lang: 'it',
    sentence: 'Il programma dura 18 mesi e coinvolge dipendenti con oltre 20 anni di anzianità.',
    figures: [
      { text: '18 mesi', kind: 'quantity', value: 18, unit: 'month' },
      { text: '20 anni', kind: 'quantity', value: 20, unit: 'year', qualifier: 'over' },
    ],
  },
  {
    lang: 'en',
    sentence: 'It reached nearly 1.2 million homes that previously had speeds below 30 Mbps, and offers 1 Gbit/s in cities.',
    figures: [
      { text: '1.2 million', kind: 'count', value: 1_200_000, qualifier: 'almost' },
      { text: '30 Mbps', kind: 'quantity', value: 30, unit: 'Mbps', qualifier: 'under' },
      { text: '1 Gbit/s', kind: 'quantity', value: 1, unit: 'Gbps' },
    ],
  },
  { lang: 'en', sentence: 'The average PUE improved to 1.32.', figures: [{ text: '1.32', kind: 'count', value: 1.32 }] },
  // "sei" is a number in "tutte e sei" and before a noun, the verb elsewhere
  { lang: 'it', sentence: 'Tutte e sei le cementerie sono certificate ISO 14001 e ISO 45001.', figures: [{ text: 'sei', kind: 'count', value: 6 }] },
  { lang: 'it', sentence: 'Il gruppo ha sei cementerie e tutti e tre i forni sono nuovi.', figures: [{ text: 'sei', kind: 'count', value: 6 }, { text: 'tre', kind: 'count', value: 3 }] },
  { lang: 'it', sentence: 'Se sei interessato, scrivici.', figures: [] },
]

/** Cases from a third held-out check, plus sentences written in the same spirit. */
const HELD_OUT_3: Case[] = [
  // the words of a year range join a range of values too
  {
    lang: 'en',
    sentence: 'Women should make up between 30 and 35% of managers.',
    figures: [{ text: '30 and 35%', kind: 'percent', value: 30, unit: 'percent' }],
  },
  {
    lang: 'it',
    sentence: 'Le donne saranno tra il 30 e il 35% dei dirigenti.',
    figures: [{ text: '30 e il 35%', kind: 'percent', value: 30, unit: 'percent', role: 'target' }],
  },
  // a degree sign with "Celsius" spelt out, or bare after a decimal, is a temperature; bare after an integer may be an angle
  {
    lang: 'en',
    sentence: 'The plan aims to hold warming to 1.5° Celsius, with a 360° review of suppliers.',
    figures: [
      { text: '1.5° Celsius', kind: 'quantity', value: 1.5, unit: '°C', role: 'target' },
      { text: '360', kind: 'count', value: 360, unit: undefined, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Its climate plan follows a 1.5C trajectory.',
    figures: [{ text: '1.5C', kind: 'quantity', value: 1.5, unit: '°C' }],
  },
  {
    lang: 'it',
    sentence: 'Il piano punta a limitare il riscaldamento a 1,5° entro fine secolo.',
    figures: [{ text: '1,5°', kind: 'quantity', value: 1.5, unit: '°C', role: 'target' }],
  },
  // a bare scaled number that is part of an amount takes its currency
  {
    lang: 'it',
    sentence: 'Dei 145 milioni di euro di investimenti del 2024, 60 milioni sono stati destinati alla nuova caldaia a biomassa dello stabilimento di Lucca.',
    figures: [
      { text: '145 milioni di euro', kind: 'amount', value: 145_000_000, unit: 'EUR', period: '2024' },
      { text: '2024', kind: 'year', value: 2024 },
      { text: '60 milioni', kind: 'amount', value: 60_000_000, unit: 'EUR', period: '2024' },
    ],
  },
  {
    lang: 'it',
    sentence: 'Il gruppo ha investito 80 milioni di euro, di cui quasi 30 milioni nel fotovoltaico.',
    figures: [
      { text: '80 milioni di euro', kind: 'amount', value: 80_000_000, unit: 'EUR' },
      { text: '30 milioni', kind: 'amount', value: 30_000_000, unit: 'EUR', qualifier: 'almost' },
    ],
  },
  {
    lang: 'en',
    sentence: 'The bank committed $2 billion to the programme, of which 500 million went to rooftop solar.',
    figures: [
      { text: '$2 billion', kind: 'amount', value: 2_000_000_000, unit: 'USD' },
      { text: '500 million', kind: 'amount', value: 500_000_000, unit: 'USD' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Of the €145 million invested in 2024, 60 million went to the new boiler.',
    figures: [
      { text: '€145 million', kind: 'amount', value: 145_000_000, unit: 'EUR', period: '2024' },
      { text: '2024', kind: 'year', value: 2024 },
      { text: '60 million', kind: 'amount', value: 60_000_000, unit: 'EUR', period: '2024' },
    ],
  },
  // …but not a part of something else, a number that counts other things, nor with two currencies
  {
    lang: 'en',
    sentence: 'Revenue reached £7.2 billion and the bank served 3 million customers, of which 2 million are in the UK.',
    figures: [
      { text: '£7.2 billion', kind: 'amount', value: 7_200_000_000, unit: 'GBP' },
      { text: '3 million', kind: 'count', value: 3_000_000 },
      { text: '2 million', kind: 'count', value: 2_000_000 },
    ],
  },
  // a year right after a bare amount dates it, so the amount is the sentence's money ("i 2,2 miliardi del 2019")
  {
    lang: 'it',
    sentence: 'Il gruppo ha chiuso con ricavi per 4,1 miliardi di euro, contro i 3,9 miliardi del 2022.',
    figures: [
      { text: '4,1 miliardi di euro', kind: 'amount', value: 4_100_000_000, unit: 'EUR' },
      { text: '3,9 miliardi', kind: 'amount', value: 3_900_000_000, unit: 'EUR', role: 'comparison', period: '2022' },
      { text: '2022', kind: 'year', value: 2022 },
    ],
  },
  {
    lang: 'it',
    sentence: 'Dei 2 miliardi di euro di ricavi, 60 milioni di clienti hanno beneficiato.',
    figures: [
      { text: '2 miliardi di euro', kind: 'amount', value: 2_000_000_000, unit: 'EUR' },
      { text: '60 milioni', kind: 'count', value: 60_000_000 },
    ],
  },
  {
    lang: 'en',
    sentence: 'Of the $2 billion raised, 1.2 billion went to solar and €300 million to wind.',
    figures: [
      { text: '$2 billion', kind: 'amount', value: 2_000_000_000, unit: 'USD' },
      { text: '1.2 billion', kind: 'count', value: 1_200_000_000 },
      { text: '€300 million', kind: 'amount', value: 300_000_000, unit: 'EUR' },
    ],
  },
  // transport work and hours worked as rate denominators; a bare number compared right after shares the unit
  {
    lang: 'en',
    sentence: 'Its fleet-wide carbon intensity, measured by the Energy Efficiency Operational Indicator, improved to 12.4 grams of CO2 per tonne-kilometre.',
    figures: [{ text: '12.4 grams of CO2 per tonne-kilometre', kind: 'quantity', value: 12.4, unit: 'g/tkm' }],
  },
  {
    lang: 'en',
    sentence: 'Rail emits 35 g CO2 per passenger-km, against 95 g/km for a car.',
    figures: [
      { text: '35 g CO2 per passenger-km', kind: 'quantity', value: 35, unit: 'g/pkm' },
      { text: '95 g/km', kind: 'quantity', value: 95, unit: 'g/km' },
    ],
  },
  {
    lang: 'it',
    sentence: 'Le emissioni del trasporto su gomma sono scese a 62 grammi di CO2 per tonnellata-chilometro.',
    figures: [{ text: '62 grammi di CO2 per tonnellata-chilometro', kind: 'quantity', value: 62, unit: 'g/tkm' }],
  },
  {
    lang: 'en',
    sentence: 'The lost-time injury frequency rate stood at 0.87 per million hours worked, compared with 1.02 a year earlier, but the report records two fatalities.',
    figures: [
      { text: '0.87 per million hours worked', kind: 'quantity', value: 0.87, unit: 'per 1M hours', period: undefined, baseYear: undefined },
      { text: '1.02', kind: 'quantity', value: 1.02, unit: 'per 1M hours', period: undefined, role: 'comparison' },
      { text: 'two', kind: 'count', value: 2 },
    ],
  },
  {
    lang: 'en',
    sentence: 'In 2024 the recordable injury rate was 0.45 per 200,000 hours worked, down from 0.52 a year earlier.',
    figures: [
      { text: '2024', kind: 'year', value: 2024 },
      { text: '0.45 per 200,000 hours worked', kind: 'quantity', value: 0.45, unit: 'per 200k hours', period: '2024', baseYear: 2023 },
      { text: '0.52', kind: 'quantity', value: 0.52, unit: 'per 200k hours', period: '2023', role: 'comparison' },
    ],
  },
  {
    lang: 'it',
    sentence: "L'indice di frequenza degli infortuni è sceso a 4,6 per milione di ore lavorate.",
    figures: [{ text: '4,6 per milione di ore lavorate', kind: 'quantity', value: 4.6, unit: 'per 1M hours' }],
  },
  {
    lang: 'it',
    sentence: "L'azienda ha versato 850.000 euro, contro 700.000 nel 2023.",
    figures: [
      { text: '850.000 euro', kind: 'amount', value: 850_000, unit: 'EUR', baseYear: 2023 },
      { text: '700.000', kind: 'amount', value: 700_000, unit: 'EUR', period: '2023', role: 'comparison' },
      { text: '2023', kind: 'year', value: 2023, role: undefined },
    ],
  },
  // …not when something stands between them, nor when a scale word is involved
  {
    lang: 'en',
    sentence: 'Carrow & Finch wrote 41,000 green mortgages worth £7.2 billion during the year, offering lower rates on homes rated EPC A or B, up from 26,500 in 2023.',
    figures: [
      { text: '41,000', kind: 'count', value: 41_000, period: undefined, baseYear: 2023 },
      { text: '£7.2 billion', kind: 'amount', value: 7_200_000_000, unit: 'GBP', period: undefined, baseYear: 2023 },
      { text: '26,500', kind: 'count', value: 26_500, period: '2023', role: 'comparison' },
      { text: '2023', kind: 'year', value: 2023, role: undefined },
    ],
  },
  {
    lang: 'en',
    sentence: 'Emissions fell to 12 kt, from 15 in 2023.',
    figures: [
      { text: '12 kt', kind: 'quantity', value: 12_000, unit: 't', baseYear: 2023 },
      { text: '15', kind: 'count', value: 15, period: '2023', role: 'comparison' },
      { text: '2023', kind: 'year', value: 2023, role: undefined },
    ],
  },
  // a named subject with a verb opens a new clause: the value before it is no target
  {
    lang: 'en',
    sentence: 'Women held 31 per cent of shore-based management roles at the end of 2024, and Northwind aims to reach 40% by 2028.',
    figures: [
      { text: '31 per cent', kind: 'percent', value: 31, unit: 'percent', period: '2024', targetYear: undefined },
      { text: '2024', kind: 'year', value: 2024 },
      { text: '40%', kind: 'percent', value: 40, unit: 'percent', role: 'target', targetYear: 2028, period: '2028' },
      { text: '2028', kind: 'year', value: 2028, role: 'target' },
    ],
  },
  {
    lang: 'it',
    sentence: 'La quota di elettricità da fonti rinnovabili è salita al 74%, e Lagomare si impegna a raggiungere il 100% di elettricità rinnovabile entro il 2027.',
    figures: [
      { text: '74%', kind: 'percent', value: 74, unit: 'percent', targetYear: undefined },
      { text: '100%', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2027 },
      { text: '2027', kind: 'year', value: 2027, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Recycled content reached 22% in 2024, and Carrow & Finch Packaging plans to double it by 2030.',
    figures: [
      { text: '22%', kind: 'percent', value: 22, unit: 'percent', period: '2024', targetYear: undefined },
      { text: '2024', kind: 'year', value: 2024 },
      { text: 'double', kind: 'count', value: 2, role: 'target', targetYear: 2030 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
    ],
  },
  // a list of targets with a name in it stays one clause
  {
    lang: 'en',
    sentence: 'It aims to cut emissions 30% by 2030, and Scope 3 emissions 25%.',
    figures: [
      { text: '30%', kind: 'percent', value: 30, unit: 'percent', role: 'target', targetYear: 2030 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '25%', kind: 'percent', value: 25, unit: 'percent', role: 'target', targetYear: 2030 },
    ],
  },
  // a year set aside is neither a base year nor a period
  {
    lang: 'en',
    sentence: 'The group now targets a 45 per cent cut in carbon intensity by 2030 against a 2019 baseline, and full net-zero operations by 2045 rather than 2040.',
    figures: [
      { text: '45 per cent', kind: 'percent', value: 45, unit: 'percent', role: 'target', targetYear: 2030, baseYear: 2019 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
      { text: '2045', kind: 'year', value: 2045, role: 'target' },
      { text: '2040', kind: 'year', value: 2040, role: undefined, period: undefined },
    ],
  },
  {
    lang: 'it',
    sentence: 'La neutralità carbonica è ora prevista entro il 2045 anziché il 2040.',
    figures: [
      { text: '2045', kind: 'year', value: 2045, role: 'target' },
      { text: '2040', kind: 'year', value: 2040, role: undefined, period: undefined },
    ],
  },
  {
    lang: 'en',
    sentence: 'The plant opened in 2023 instead of 2022.',
    figures: [
      { text: '2023', kind: 'year', value: 2023 },
      { text: '2022', kind: 'year', value: 2022, role: undefined, period: undefined },
    ],
  },
  // base years of a comparison stay in their clause
  {
    lang: 'en',
    sentence: 'Its Scope 1 and 2 emissions are now 58% lower than in 2019, at 21,400 tonnes of CO2e, helped by the closure of 64 branches and a data-centre consolidation.',
    figures: [
      { text: '58%', kind: 'percent', value: 58, unit: 'percent', baseYear: 2019 },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
      { text: '21,400 tonnes of CO2e', kind: 'quantity', value: 21_400, unit: 't', baseYear: 2019 },
      { text: '64', kind: 'count', value: 64, baseYear: undefined },
    ],
  },
  {
    lang: 'en',
    sentence: 'Financed emissions in its mortgage book averaged 31.6 kg of CO2e per square metre, and the bank aims to cut that intensity by 38 per cent by 2030 from a 2021 base year.',
    figures: [
      { text: '31.6 kg of CO2e per square metre', kind: 'quantity', value: 31.6, unit: 'kg/m2', baseYear: undefined },
      { text: '38 per cent', kind: 'percent', value: 38, unit: 'percent', role: 'target', targetYear: 2030, baseYear: 2021 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '2021', kind: 'year', value: 2021, role: 'base' },
    ],
  },
  // "…, all by 2028" / "…, tutti entro il 2028": a deadline after a list's last comma is every listed goal's
  {
    lang: 'en',
    sentence: 'The brewer is promising to use 100 per cent green power, and reduce its energy use by 10 per cent from a 2018 base, all by 2028.',
    figures: [
      { text: '100 per cent', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2028 },
      { text: '10 per cent', kind: 'percent', value: 10, unit: 'percent', role: 'target', targetYear: 2028 },
      { text: '2018', kind: 'year', value: 2018, role: 'base' },
      { text: '2028', kind: 'year', value: 2028, role: 'target' },
    ],
  },
  {
    lang: 'it',
    sentence: 'Il birrificio userà il 100% di energia verde, e ridurrà i consumi del 10% rispetto al 2018, tutti entro il 2028.',
    figures: [
      { text: '100%', kind: 'percent', value: 100, unit: 'percent', role: 'target', targetYear: 2028 },
      { text: '10%', kind: 'percent', value: 10, unit: 'percent', role: 'target', targetYear: 2028 },
      { text: '2018', kind: 'year', value: 2018, role: 'base' },
      { text: '2028', kind: 'year', value: 2028, role: 'target' },
    ],
  },
  // "on a 2018 basis": "basis" after a year names it the base, as "base year" does
  {
    lang: 'en',
    sentence: 'The brewer will cut its water use by 40% by 2030, on a 2018 basis.',
    figures: [
      { text: '40%', kind: 'percent', value: 40, unit: 'percent', role: 'target', baseYear: 2018 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '2018', kind: 'year', value: 2018, role: 'base' },
    ],
  },
  {
    lang: 'it',
    sentence: 'I consumi idrici sono calati del 12% rispetto al 2020, grazie a 14 nuovi impianti di ricircolo.',
    figures: [
      { text: '12%', kind: 'percent', value: 12, unit: 'percent', baseYear: 2020 },
      { text: '2020', kind: 'year', value: 2020, role: 'base' },
      { text: '14', kind: 'count', value: 14, baseYear: undefined },
    ],
  },
  // a clause with only a base year still qualifies the value before it
  {
    lang: 'en',
    sentence: 'Water use fell 18%, against a 2019 baseline.',
    figures: [
      { text: '18%', kind: 'percent', value: 18, unit: 'percent', baseYear: 2019 },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
    ],
  },
  // halving is a cut by 50%
  {
    lang: 'it',
    sentence: "L'obiettivo è dimezzarle entro il 2030 rispetto al 2019, preso come anno base, e arrivare a zero emissioni nette entro il 2040.",
    figures: [
      { text: 'dimezzarle', kind: 'percent', value: 50, unit: 'percent', role: 'target', targetYear: 2030, baseYear: 2019 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
      { text: '2019', kind: 'year', value: 2019, role: 'base' },
      { text: '2040', kind: 'year', value: 2040, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'The group aims to halve its Scope 3 emissions by 2030.',
    figures: [
      { text: 'halve', kind: 'percent', value: 50, unit: 'percent', role: 'target', targetYear: 2030 },
      { text: '2030', kind: 'year', value: 2030, role: 'target' },
    ],
  },
  {
    lang: 'en',
    sentence: 'Food waste per store halved between 2015 and 2024.',
    figures: [
      { text: 'halved', kind: 'percent', value: 50, unit: 'percent', period: '2015/2024' },
      { text: 'between 2015 and 2024', kind: 'year-range', value: 2015, valueEnd: 2024 },
    ],
  },
  { lang: 'en', sentence: 'Results for both halves of the year were similar.', figures: [] },
]

const CASES = [...EN_ARTICLE, ...IT_ARTICLE, ...TRICKY, ...HELD_OUT, ...HELD_OUT_2, ...HELD_OUT_3]

/** The fields a case states, plus text/kind/value/unit/qualifier/role, which are always compared (absent means absent). */
function project(f: Figure, e: Expected): Record<string, unknown> {
  const keys = new Set(['text', 'kind', 'value', 'unit', 'qualifier', 'role', ...Object.keys(e)])
  return Object.fromEntries([...keys].map((k) => [k, f[k as keyof Figure]]))
}

describe('parseFigures', () => {
  it('has a broad table', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60)
  })

  it.each(CASES.map((c) => [c.lang, c.sentence, c] as const))('%s: %s', (_lang, _sentence, c) => {
    const figures = parseFigures(c.sentence, c.lang)
    expect(figures.map((f, i) => project(f, c.figures[i] ?? f))).toEqual(c.figures.map((e) => project({ start: 0, end: 0, ...e }, e)))
    for (const f of figures) {
      expect(c.sentence.slice(f.start, f.end)).toBe(f.text)
      expect(ParsedFigureSchema.safeParse(f).success).toBe(true)
    }
  })

  it('keeps qualifier words out of the text', () => {
    const sentence = 'This commitment resulted in over 42,000 global patent applications.'
    const [fig] = parseFigures(sentence, 'en')
    expect(fig).toMatchObject({ text: '42,000', qualifier: 'over', start: sentence.indexOf('42,000') })
  })

  it('reads the same digits by language', () => {
    expect(parseFigures('21,190 people', 'en')[0]?.value).toBe(21_190)
    expect(parseFigures('21,190 persone', 'it')[0]?.value).toBe(21.19)
    expect(parseFigures('24.1 billion', 'en')[0]?.value).toBe(24_100_000_000)
    expect(parseFigures('42.000 persone', 'it-CH')[0]?.value).toBe(42_000)
  })

  it('never throws and keeps offsets inside the sentence (random strings, both languages)', () => {
    const alphabet = fc.constantFrom(...'0123456789.,%$€£¥ -–/:+()\'’abcdeilmnorstuyACDEIMNORSTWhkt°º²³\u00a0\u202f'.split(''))
    const text = fc.oneof(fc.string({ unit: alphabet, maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 80 }))
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'it', 'it-IT', 'en-GB', ''), (s, lang) => {
        for (const f of parseFigures(s, lang)) {
          expect(f.start).toBeGreaterThanOrEqual(0)
          expect(f.end).toBeLessThanOrEqual(s.length)
          expect(f.start).toBeLessThan(f.end)
          expect(s.slice(f.start, f.end)).toBe(f.text)
          expect(Number.isFinite(f.value)).toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('stays fast on long adversarial input', () => {
    const inputs = ['1 '.repeat(5000), '1,'.repeat(5000), 'a'.repeat(10_000), '11 11 '.repeat(2000), 'minimum x '.repeat(1000) + '5%']
    const started = performance.now()
    for (const s of inputs) for (const lang of ['en', 'it']) parseFigures(s, lang)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
