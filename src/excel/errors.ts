/**
 * Office.js errors -> HostError, so the task pane shows one clear sentence in Indonesian and English
 * instead of "RichApi.Error: AccessDenied". Office.js rejects with an OfficeExtension.Error whose
 * `code` is one of Excel.ErrorCodes; anything else (a bug, a network drop in Excel on the web) is
 * 'failed' with the original message kept as the cause.
 */
import { HostError } from '../core/host';

/** What the action was about: decides what ApiNotFound means to the user. */
export type ActionTopic = 'shapes' | 'cells' | 'notes' | 'sheet' | 'read';

const ACTION: Record<ActionTopic, { id: string; en: string }> = {
  shapes: { id: 'menggambar flowchart', en: 'drawing the flowchart' },
  cells: { id: 'mengubah sel', en: 'changing cells' },
  notes: { id: 'menandai sel', en: 'marking cells' },
  sheet: { id: 'menulis lembar Data SOP', en: 'writing the Data SOP sheet' },
  read: { id: 'membaca lembar', en: 'reading the sheet' },
};

export function protectedError(sheet: string, cause?: unknown): HostError {
  return new HostError(
    'protected',
    `Lembar "${sheet}" diproteksi, jadi tidak ada yang diubah. Buka proteksinya (Tinjau > Buka Proteksi Lembar), lalu coba lagi.`,
    `Sheet "${sheet}" is protected, so nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
    { cause }
  );
}

export function busyError(): HostError {
  return new HostError(
    'busy',
    'Alur masih mengerjakan tindakan sebelumnya. Tunggu sampai selesai, lalu coba lagi.',
    'Alur is still busy with the previous action. Wait until it has finished, then try again.'
  );
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof e.code === 'string') return e.code;
  if (typeof e.debugInfo?.code === 'string') return e.debugInfo.code;
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Any error thrown inside an Excel.run -> a HostError (a HostError passes through unchanged). */
export function toHostError(error: unknown, topic: ActionTopic, sheet?: string): HostError {
  if (error instanceof HostError) return error;
  const code = codeOf(error);
  const action = ACTION[topic];
  const where = sheet ? { id: ` di lembar "${sheet}"`, en: ` on sheet "${sheet}"` } : { id: '', en: '' };
  switch (code) {
    case 'AccessDenied':
    case 'InsertDeleteConflict':
      return protectedError(sheet ?? '?', error);
    case 'ApiNotFound':
    case 'ApiNotAvailable':
      if (topic === 'shapes') {
        return new HostError(
          'no-shapes',
          'Versi Excel ini tidak bisa menggambar bentuk (perlu ExcelApi 1.9, mis. Excel 2019 atau Microsoft 365). Tidak ada yang digambar.',
          'This version of Excel cannot draw shapes (it needs ExcelApi 1.9, e.g. Excel 2019 or Microsoft 365). Nothing was drawn.',
          { cause: error }
        );
      }
      return new HostError(
        'failed',
        `Versi Excel ini tidak mendukung ${action.id}. Perbarui Excel atau pakai mode berkas.`,
        `This version of Excel does not support ${action.en}. Update Excel or use file mode.`,
        { cause: error }
      );
    case 'ItemNotFound':
      return new HostError(
        'not-found',
        `Lembar atau sel yang dimaksud tidak ditemukan lagi${where.id}. Periksa ulang SOP-nya.`,
        `The sheet or cell concerned no longer exists${where.en}. Check the SOP again.`,
        { cause: error }
      );
    default:
      return new HostError(
        'failed',
        `Gagal ${action.id}${where.id}: ${messageOf(error)}`,
        `Failed ${action.en}${where.en}: ${messageOf(error)}`,
        { cause: error }
      );
  }
}
