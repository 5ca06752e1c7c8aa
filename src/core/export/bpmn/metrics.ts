/**
 * Text metrics of bpmn-js's diagrams: how wide a text is in its Arial, how many lines it takes in a box,
 * and so how big a task, a lane's name band or a label must be (checked against bpmn-js itself by
 * tests/e2e/bpmn.test.ts).
 */

/** bpmn-js's default sizes, in diagram pixels: the least a node gets. */
export const BPMN_SIZES = {
  task: { width: 100, height: 80 },
  event: { width: 36, height: 36 },
  gateway: { width: 50, height: 50 },
} as const;

/**
 * bpmn-js's text: Arial (Liberation Sans on Linux) at 12 px inside tasks and lane bands, 11 px for the
 * labels outside a shape (events, gateways, flows), 1.2 lines, 7 px padding inside a task.
 */
export const FONT = { inside: 12, outside: 11, lineHeight: 1.2, taskPadding: 7 } as const;

/** Advance widths of Arial's characters in 1/1000 em (the few the SOPs use; others count as 'n'). */
const ARIAL_WIDTHS: Record<string, number> = (() => {
  const w: Record<string, number> = { ' ': 278 };
  const groups: [string, number][] = [
    ["ijl'", 222],
    ['ft/.,:;!I[]', 278],
    ['r()-"', 333],
    ['ckszvxyJ', 500],
    ['abdeghnopqu0123456789?$#_L', 556],
    ['FTZ', 611],
    ['ABEKPSVXY&', 667],
    ['CDHNRUw', 722],
    ['GOQ', 778],
    ['mM', 833],
    ['W', 944],
  ];
  for (const [chars, width] of groups) for (const c of chars) w[c] = width;
  return w;
})();

/** Estimated width of a text in px at a font size, a little generous so that a fit is a real fit. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const c of text) units += ARIAL_WIDTHS[c] ?? 556;
  return (units / 1000) * fontSize * 1.04;
}

/**
 * How many lines bpmn-js needs for a text in a box `width` px wide: words are laid greedily as
 * diagram-js does, and a word wider than the box is cut over several lines.
 */
export function lineCount(text: string, width: number, fontSize: number): number {
  const space = textWidth(' ', fontSize);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = -1;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, fontSize);
      if (used >= 0 && used + space + w <= width) {
        used += space + w;
        continue;
      }
      if (used >= 0) lines++;
      const extra = Math.max(0, Math.ceil(w / width) - 1);
      lines += extra;
      used = w - extra * width;
    }
  }
  return lines;
}

/** Height of `lines` lines of text. */
export const textHeight = (lines: number, fontSize: number) => Math.ceil(lines * fontSize * FONT.lineHeight);

/** Rounds up to a multiple of ten, so sizes stay tidy numbers. */
export const roundUp10 = (n: number) => Math.ceil(n / 10) * 10;

/**
 * A task big enough for its name: bpmn-js's 100x80 when the name fits, else wider (up to `maxWidth`),
 * then taller, so that a long Uraian is read whole inside its box instead of spilling over the lane,
 * and a long word is not cut in two.
 */
export function taskSize(name: string, maxWidth: number): { width: number; height: number } {
  const { width: minWidth, height: minHeight } = BPMN_SIZES.task;
  const inner = (w: number) => w - 2 * FONT.taskPadding;
  const needed = (w: number) => textHeight(lineCount(name, inner(w), FONT.inside), FONT.inside) + 2 * FONT.taskPadding;
  // bpmn-js cuts a word wider than the box ("Mendistribusika / n"): widen for the longest word too
  const longestWord = Math.max(0, ...name.split(/\s+/).map((w) => textWidth(w, FONT.inside)));
  let width = minWidth;
  while (longestWord > inner(width) || (needed(width) > minHeight && width + 20 <= Math.max(minWidth, maxWidth)))
    width += 20;
  return { width, height: Math.max(minHeight, roundUp10(needed(width) + 4)) };
}

/** The least lane (or pool) size across the flow for its name to fit the label band in two lines. */
export function sizeForName(name: string, least: number): number {
  let size = least;
  while (lineCount(name, size - 10, FONT.inside) > 2 && size < 1000) size += 10;
  return size;
}
