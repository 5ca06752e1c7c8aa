/**
 * File mode's state (the pane opened outside Office): the workbook picked in the browser, opened in
 * memory as a SopHost, its name, whether it is still opening and why it could not be opened.
 */
import { useState } from 'react';
import type { SopHost } from '../core/host';
import type { Lang } from '../core/model';
import { strings } from './i18n';
import { errorNotice, type Notice } from './notices';

export interface FileHost {
  host: SopHost | null;
  /** The picked file's name, also before (or without) opening it. */
  fileName: string | undefined;
  opening: boolean;
  openError: Notice | null;
  /** Opens a picked file (only names it when there is no `openFile`). */
  onFile(file: File): Promise<void>;
  dismissError(): void;
}

export function useFileHost(openFile: ((file: File) => Promise<SopHost>) | undefined, lang: Lang): FileHost {
  const [host, setHost] = useState<SopHost | null>(null);
  const [fileName, setFileName] = useState<string>();
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<Notice | null>(null);

  const onFile = async (file: File) => {
    setFileName(file.name);
    setOpenError(null);
    if (!openFile) return;
    setOpening(true);
    try {
      setHost(await openFile(file));
    } catch (error) {
      setHost(null);
      setOpenError(errorNotice(error, strings[lang], lang));
    } finally {
      setOpening(false);
    }
  };
  return { host, fileName, opening, openError, onFile, dismissError: () => setOpenError(null) };
}
