import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packColumns, unpackColumns, type Column } from '../src/core/index/columns-file.js'

const column: fc.Arbitrary<Column> = fc.oneof(
  fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 50 }).map((xs) => Int32Array.from(xs)),
  fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 50 }).map((xs) => Uint32Array.from(xs)),
  fc.array(fc.nat({ max: 0xffff }), { maxLength: 50 }).map((xs) => Uint16Array.from(xs)),
  fc.array(fc.double({ noNaN: true }), { maxLength: 50 }).map((xs) => Float64Array.from(xs)),
)

describe('columns file', () => {
  it('gives back the columns it packed: types, lengths and values', () => {
    fc.assert(
      fc.property(fc.array(column, { maxLength: 6 }), (columns) => {
        expect(unpackColumns(packColumns(columns))).toEqual(columns)
      }),
    )
  })

  it('reads a buffer that does not start on an 8-byte boundary (copying it)', () => {
    const packed = packColumns([Uint16Array.of(1, 2, 3), Float64Array.of(0.5)])
    const shifted = new Uint8Array(packed.length + 3)
    shifted.set(packed, 3)
    expect(unpackColumns(shifted.subarray(3))).toEqual([Uint16Array.of(1, 2, 3), Float64Array.of(0.5)])
  })

  it('reads a misaligned Node Buffer too (whose slice is a view, not a copy)', () => {
    const packed = packColumns([Uint32Array.of(7, 8)])
    const shifted = Buffer.alloc(packed.length + 1)
    shifted.set(packed, 1)
    expect(unpackColumns(shifted.subarray(1))).toEqual([Uint32Array.of(7, 8)])
  })

  it('packs only the column types it can read back', () => {
    expect(() => packColumns([Int8Array.of(1) as unknown as Int32Array])).toThrow(/^esg-facts: a column must be/)
  })

  it('refuses what it did not write: another file, another format, a cut-off or padded file, an unknown type', () => {
    const packed = packColumns([Int32Array.of(1, 2, 3)])
    expect(() => unpackColumns(new TextEncoder().encode('{"version":6} and more bytes'))).toThrow(/^esg-facts: index columns file is not one/)
    const other = packed.slice()
    other[4] = 9
    expect(() => unpackColumns(other)).toThrow(/^esg-facts: index columns file has format 9, not 1/)
    expect(() => unpackColumns(packed.subarray(0, 24 + 8))).toThrow(/^esg-facts: index columns file is truncated/)
    expect(() => unpackColumns(packed.subarray(0, 8))).toThrow(/^esg-facts: index columns file is truncated/)
    expect(() => unpackColumns(Uint8Array.of(...packed, 0, 0, 0, 0, 0, 0, 0, 0))).toThrow(/^esg-facts: index columns file has bytes after its last column/)
    const unknown = packed.slice()
    unknown[12] = 7
    expect(() => unpackColumns(unknown)).toThrow(/^esg-facts: index columns file has an unknown column type 7/)
  })
})
