import { ita } from 'stopword/src/stopwords_ita.js'
import type { PageWords } from './page-words.js'

export const it: PageWords = {
  stopwords: ita,
  chrome: [
    'cookie', 'sito', 'banner', 'consenso', 'navigazione', 'newsletter', 'iscriviti', 'iscrizione', 'registrati', 'accedi',
    'abbonati', 'abbonamento', 'email', 'e-mail', 'condividi', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp',
    'instagram', 'telegram', 'stampa', 'commenti', 'commento', 'menu', 'cerca', 'home', 'salta', 'vai', 'contenuto',
    'contenuti', 'principale', 'correlati', 'correlate', 'ultime', 'lette', 'letti', 'leggi', 'anche', 'pubblicità',
    'tag', 'argomenti', 'privacy', 'policy', 'contatti', 'diritti', 'riservati', 'riservata', 'riproduzione', 'copyright',
    'accetta', 'rifiuta', 'chiudi', 'gestisci', 'personalizza', 'preferenze', 'notifiche', 'foto', 'immagine', 'video',
    'galleria', 'seguici', 'redazione', 'tempo', 'lettura', 'minuti', 'notizie', 'news', 'evidenza', 'informativa',
    'pubblicato', 'aggiornato', 'torna', 'cima', 'link', 'copia', 'successivo', 'precedente',
    'articoli', 'altre', 'altri', 'potrebbe', 'interessarti', 'interessare', 'consigliati', 'scelti',
  ],
  months: [
    'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
    'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic',
  ],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
  byline: ['di', 'da'],
  credit: ['collaborato', 'cura', 'testo', 'testi', 'servizio', 'inviato', 'inviata', 'corrispondente', 'corrispondenti'],
  report: ['report', 'rapporto', 'bilancio', 'sostenibilità', 'esg', 'integrato', 'dichiarazione', 'dnf', 'csr', 'impatto'],
}
