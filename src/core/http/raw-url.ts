/**
 * Where the path begins in an absolute request URL (`http://host/path?query`), found without
 * parsing it: a `new URL` per request cost more than the rest of an access-log line.
 */
export const pathStart = (url: string): number => url.indexOf('/', url.indexOf('//') + 2)
