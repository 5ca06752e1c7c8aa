/** Escaping for the report's HTML and SVG: every text from a workbook goes through one of these. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute value. */
export function esc(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  // Control characters other than tab and line breaks are not allowed in HTML/XML text.
  return (
    String(text)
      // eslint-disable-next-line no-control-regex -- stripping them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[&<>"']/g, (c) => ENTITIES[c])
  );
}

/** A number for an SVG attribute: at most two decimals, no "-0". */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
