/**
 * Excel's units. Column widths are stored in "characters" of the default font's maximum digit width
 * (7 px for Calibri 11) including 5 px of padding; row heights and shape offsets are in points; the
 * drawing layer counts EMUs (12 700 per point).
 */
export const EMU_PER_POINT = 12_700;
const DIGIT_PX = 7;
const PADDING_PX = 5;
const PT_PER_PX = 0.75;

export const emuToPoints = (emu: number): number => emu / EMU_PER_POINT;
export const pointsToEmu = (pt: number): number => Math.round(pt * EMU_PER_POINT);

/** A width as the user sets it in Excel ("Column width: 40" characters) to points. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * DIGIT_PX + PADDING_PX) * PT_PER_PX * 100) / 100;
}

/** The value Excel stores in `<col width>` for a width the user typed in characters. */
export function charsToStoredWidth(chars: number): number {
  return Math.trunc(((chars * DIGIT_PX + PADDING_PX) / DIGIT_PX) * 256) / 256;
}

/** A stored `<col width>` to points, the way Excel turns it into pixels (ECMA-376 18.3.1.13). */
export function storedWidthToPoints(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return px * PT_PER_PX;
}

/** The default column width when a sheet does not say: 8.43 characters, 64 px. */
export const DEFAULT_COL_POINTS = 48;
export const DEFAULT_ROW_POINTS = 15;
