import { eng } from 'stopword/src/stopwords_eng.js'
import type { PageWords } from './page-words.js'

export const en: PageWords = {
  stopwords: eng,
  chrome: [
    'cookie', 'cookies', 'site', 'website', 'browse', 'browsing', 'browser', 'banner', 'consent',
    'newsletter', 'newsletters', 'subscribe', 'subscribed', 'subscription', 'unsubscribe', 'inbox', 'email', 'e-mail',
    'sign', 'login', 'log', 'register', 'account', 'password',
    'share', 'tweet', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'instagram', 'telegram', 'pinterest', 'reddit',
    'print', 'comment', 'comments', 'menu', 'search', 'home', 'skip', 'jump', 'navigation', 'content', 'main', 'footer',
    'related', 'popular', 'latest', 'trending', 'read', 'more', 'see', 'also', 'advertisement', 'advertising', 'advertise', 'sponsored', 'ad',
    'tag', 'tags', 'topic', 'topics', 'privacy', 'policy', 'terms', 'conditions', 'contact', 'rights', 'reserved', 'copyright',
    'accept', 'reject', 'close', 'manage', 'preferences', 'choices', 'settings', 'notifications', 'alerts',
    'photo', 'photos', 'image', 'images', 'caption', 'credit', 'video', 'gallery', 'story', 'stories', 'posted', 'published', 'updated',
    'min', 'mins', 'minute', 'minutes', 'top', 'back', 'next', 'previous', 'link', 'copy',
    'post', 'posts', 'articles', 'news', 'headlines', 'recommended', 'like', 'must', 'editor', 'picks', 'staff', 'newsroom',
  ],
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  byline: ['by'],
  credit: ['reporting', 'reported', 'editing', 'edited', 'writing', 'written', 'additional', 'contributed', 'contributing', 'writer', 'writers', 'correspondent', 'report', 'compiled'],
  report: ['report', 'sustainability', 'esg', 'csr', 'integrated', 'impact', 'annual', 'responsibility'],
}
