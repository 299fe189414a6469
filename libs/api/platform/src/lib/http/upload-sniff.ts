import { AppException, PlatformErrorCode } from './app-exception';

/** Largest streamed upload (a roster of a whole civil service as CSV or XLSX). */
export const STREAMED_UPLOAD_MAX_BYTES = 200 * 1024 * 1024;

/** File kinds no upload route reads, by their first bytes. */
const SIGNATURES: readonly { readonly kind: string; readonly bytes: readonly number[] }[] = [
  { kind: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'a Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { kind: 'a Mach-O executable', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b, 0x08] },
  { kind: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { kind: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21] },
];

const startsWith = (data: Uint8Array, bytes: readonly number[]) => data.length >= bytes.length && bytes.every((b, i) => data[i] === b);

/**
 * What an uploaded file really is when it is something no upload route reads (an executable, an
 * image, another archive), whatever its name or declared type says; null for text, ZIP (XLSX, QTI)
 * and old Office files, which the routes themselves tell apart.
 */
export function unsupportedUploadKind(head: Uint8Array): string | null {
  // A DOS/Windows executable: "MZ" followed by binary header bytes (not a text line that starts with MZ).
  if (startsWith(head, [0x4d, 0x5a]) && head.subarray(2, 64).some((b) => b < 0x09)) return 'a Windows executable';
  return SIGNATURES.find((s) => startsWith(head, s.bytes))?.kind ?? null;
}

export class UnsupportedUploadException extends AppException {
  constructor(kind: string) {
    super(PlatformErrorCode.UnsupportedMediaType, 415, `The uploaded file is ${kind}, not a file this route reads.`, [
      { field: 'body', message: `The content is ${kind}; send CSV, XLSX or the route's exchange format`, code: 'unsupported_file_type' },
    ]);
  }
}

export class UploadTooLargeException extends AppException {
  constructor(limit: number) {
    super(PlatformErrorCode.BodyTooLarge, 413, `The uploaded file is larger than ${Math.round(limit / 1024 / 1024)} MiB.`);
  }
}

/** Throws 415 for a file whose first bytes show a kind no upload route reads. */
export function assertSupportedUpload(head: Uint8Array): void {
  const kind = unsupportedUploadKind(head);
  if (kind) throw new UnsupportedUploadException(kind);
}
