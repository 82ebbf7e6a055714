/**
 * The raw captures in ../shared/sources/ and the bundled corpus files written from them by hand
 * (see ../shared/sources/README.md); the ingest test regenerates each file from its capture.
 */
export const BUNDLED_CAPTURES: Readonly<Record<string, string>> = {
  '000_bae64080c3f0848e.txt': 'trendaily-xiaomi-esg-2024',
  '003_0f3b0eaa08672f2a.txt': 'innovationcity-xiaomi-esg-2023',
}

export const SHARED_SOURCES = new URL('../../../shared/sources/', import.meta.url)
