/**
 * Typed arrays packed into one buffer and back, for the numeric part of a saved index: reading it
 * is viewing the bytes, where parsing the same numbers from JSON cost seconds at 100,000 facts.
 * Layout, little-endian: "ESGC", the format version, the number of columns, then per column its
 * type code and length (u32 each), then each column's bytes, each starting on an 8-byte boundary.
 * Web-standard typed arrays only, so any runtime reads it.
 */

const MAGIC = 0x43475345 // "ESGC" read as a little-endian u32
const FORMAT = 1
const ALIGN = 8

export type Column = Int32Array | Uint32Array | Uint16Array | Float64Array
const TYPES = [Int32Array, Uint32Array, Uint16Array, Float64Array] as const

/** Typed arrays are in the host's byte order; the file is little-endian, as every host this runs on is. */
function checkLittleEndian(): void {
  if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) throw new Error('esg-facts: index columns are little-endian and this host is not')
}

const aligned = (n: number) => Math.ceil(n / ALIGN) * ALIGN

/** One buffer holding `columns`, for {@link unpackColumns}. */
export function packColumns(columns: readonly Column[]): Uint8Array {
  checkLittleEndian()
  const header = aligned(4 * (3 + 2 * columns.length))
  let size = header
  for (const c of columns) size = aligned(size) + c.byteLength
  const bytes = new Uint8Array(aligned(size))
  const head = new Uint32Array(bytes.buffer, 0, 3 + 2 * columns.length)
  head.set([MAGIC, FORMAT, columns.length])
  let at = header
  columns.forEach((c, i) => {
    const type = TYPES.findIndex((t) => c instanceof t)
    if (type < 0) throw new Error('esg-facts: a column must be an Int32Array, Uint32Array, Uint16Array or Float64Array')
    head[3 + 2 * i] = type
    head[4 + 2 * i] = c.length
    bytes.set(new Uint8Array(c.buffer, c.byteOffset, c.byteLength), at)
    at = aligned(at + c.byteLength)
  })
  return bytes
}

/** The columns {@link packColumns} packed, as views on `bytes` (copied once if misaligned); throws on anything else. */
export function unpackColumns(bytes: Uint8Array): Column[] {
  checkLittleEndian()
  // A copy into a fresh buffer (Buffer's slice would be another view at the same offset).
  const data = bytes.byteOffset % ALIGN === 0 ? bytes : new Uint8Array(bytes)
  const fail = (why: string): never => {
    throw new Error(`esg-facts: index columns file ${why}; rebuild it`)
  }
  if (data.byteLength < 12) fail('is truncated')
  const word = (i: number) => new Uint32Array(data.buffer, data.byteOffset + 4 * i, 1)[0]!
  if (word(0) !== MAGIC) fail('is not one (bad magic number)')
  if (word(1) !== FORMAT) fail(`has format ${word(1)}, not ${FORMAT}`)
  const count = word(2)
  const header = aligned(4 * (3 + 2 * count))
  if (data.byteLength < header) fail('is truncated')
  const columns: Column[] = []
  let at = header
  for (let i = 0; i < count; i++) {
    const Type = TYPES[word(3 + 2 * i)] ?? fail(`has an unknown column type ${word(3 + 2 * i)}`)
    const length = word(4 + 2 * i)
    if (at + length * Type.BYTES_PER_ELEMENT > data.byteLength) fail('is truncated')
    columns.push(new Type(data.buffer as ArrayBuffer, data.byteOffset + at, length))
    at = aligned(at + length * Type.BYTES_PER_ELEMENT)
  }
  if (at !== data.byteLength) fail('has bytes after its last column')
  return columns
}
