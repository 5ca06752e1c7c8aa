/**
 * Why a file was refused. Every message exists in Indonesian (shown first) and English, because the
 * file may come from anyone and the user must know what to do about it.
 */
export type XlsxErrorCode = 'not-xlsx' | 'encrypted' | 'too-large' | 'unsafe-xml' | 'unreadable';

export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  /** The message in Indonesian. */
  readonly id: string;
  /** The message in English. */
  readonly en: string;

  constructor(code: XlsxErrorCode, id: string, en: string, options?: { cause?: unknown }) {
    super(`${id} / ${en}`, options);
    this.name = 'XlsxError';
    this.code = code;
    this.id = id;
    this.en = en;
  }
}

export function isXlsxError(e: unknown): e is XlsxError {
  return e instanceof XlsxError;
}
