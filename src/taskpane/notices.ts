/**
 * What the pane says after an action: a Fluent MessageBar's intent, title and text. Failures from a
 * host become a title plus what to do about it, in the pane's language (HostError codes are stable).
 */
import { HostError } from '../core/host';
import type { Lang } from '../core/model';
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

/**
 * The notice for a failure: the host's own sentence where it has one, and what to do. `about` names an
 * action whose failures need their own advice: generating lanes that no longer fit the sheet wants a
 * new check, not a retry, and when the columns cannot be inserted the user can still add them by hand.
 */
export function errorNotice(error: unknown, t: Strings, lang: Lang, about?: 'lanes'): Notice {
  if (isHostError(error)) {
    const said = error[lang];
    if (about === 'lanes') {
      switch (error.code) {
        case 'stale':
        case 'not-found':
          return { intent: 'warning', title: t.errLanesStaleTitle, body: `${said} ${t.errLanesStale}` };
        case 'failed':
          return { intent: 'error', title: t.errLanesFailedTitle, body: `${said} ${t.errLanesFailed}` };
      }
    }
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
  if (about === 'lanes')
    return { intent: 'error', title: t.errLanesFailedTitle, body: `${message} ${t.errLanesFailed}` };
  return { intent: 'error', title: t.errFailedTitle, body: `${message} ${t.errFailed}`.trim() };
}

export function noSopNotice(t: Strings): Notice {
  return { intent: 'warning', title: t.errNoSopTitle, body: t.errNoSop };
}
