/**
 * Which parts of the Excel JavaScript API this host offers. Office.js ships every API to every host,
 * but an old Excel answers ApiNotFound for what it lacks, so everything beyond ExcelApi 1.1 is
 * feature-detected once through `Office.context.requirements.isSetSupported` and then read from a
 * plain object.
 */

export interface HostCapabilities {
  /** ExcelApi 1.2: worksheet protection state. */
  protection: boolean;
  /** ExcelApi 1.2: RangeFormat.rowHeight / columnWidth (on 1.1 no size can be read at all). */
  rangeFormatSizes: boolean;
  /** ExcelApi 1.9: the ShapeCollection (read and draw flowchart shapes). */
  shapes: boolean;
  /** ExcelApi 1.9: Range.getRowProperties / getColumnProperties (all sizes in the one read sync). */
  rowColumnProperties: boolean;
  /** ExcelApi 1.10: Range.left/top/width/height and threaded comments. */
  rangeGeometry: boolean;
  comments: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes (the old-style cell comments). */
  notes: boolean;
}

const cache = new WeakMap<object, HostCapabilities>();

function supported(version: string): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

/**
 * The capabilities of the running host, asked once per `Office.context.requirements` object (a new
 * host, or a test fake installed as `Office`, is asked afresh).
 */
export function hostCapabilities(): HostCapabilities {
  const key = Office.context.requirements as object;
  const known = cache.get(key);
  if (known) return known;
  const v19 = supported('1.9');
  const v110 = supported('1.10');
  const v12 = supported('1.2');
  const caps: HostCapabilities = {
    protection: v12,
    rangeFormatSizes: v12,
    shapes: v19,
    rowColumnProperties: v19,
    rangeGeometry: v110,
    comments: v110,
    mergedAreas: supported('1.13'),
    notes: supported('1.18'),
  };
  cache.set(key, caps);
  return caps;
}
