/**
 * What the pane says after an action: a Fluent MessageBar's intent, title and text. Failures from a
 * host become a title plus what to do about it, in the pane's language (HostError codes are stable).
 */
import { HostError } from '../core/host';
import type { Strings } from './i18n';

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  intent: NoticeIntent;
  title?: string;
  body: string;
  /** Extra lines (skipped tables, stale fixes). */
  details?: string[];
}

/** True for a HostError, also when it crossed a bundle boundary (duck-typed on its fields). */
function isHostError(e: unknown): e is HostError {
  return e instanceof HostError || (typeof e === 'object' && e !== null && 'code' in e && 'id' in e && 'en' in e);
}

/** The notice for a failure: the host's own sentence where it has one, and what to do. */
export function errorNotice(error: unknown, t: Strings, lang: 'id' | 'en'): Notice {
  if (isHostError(error)) {
    const said = lang === 'en' ? error.en : error.id;
    switch (error.code) {
      case 'protected':
        return { intent: 'error', title: t.errProtectedTitle, body: t.errProtected };
      case 'no-shapes':
        return { intent: 'warning', title: t.errNoShapesTitle, body: t.errNoShapes };
      case 'unreadable':
        return { intent: 'error', title: t.errUnreadableTitle, body: `${said} ${t.errUnreadable}` };
      case 'stale':
        return { intent: 'warning', title: t.errStaleTitle, body: `${said} ${t.errStale}` };
      default:
        return { intent: 'error', title: t.errFailedTitle, body: `${said} ${t.errFailed}` };
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return { intent: 'error', title: t.errFailedTitle, body: `${message} ${t.errFailed}`.trim() };
}

export function noSopNotice(t: Strings): Notice {
  return { intent: 'warning', title: t.errNoSopTitle, body: t.errNoSop };
}
