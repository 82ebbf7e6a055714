/** Bad input or a missing flag: the command prints the message, writes nothing and exits non-zero. */
export class IngestError extends Error {
  override readonly name = 'IngestError'
}
