/**
 * Which parts of the Excel JavaScript API this host offers. Office.js ships every API to every host,
 * but an old Excel answers ApiNotFound for what it lacks, so everything beyond ExcelApi 1.1 is
 * feature-detected once through `Office.context.requirements.isSetSupported` and then read from a
 * plain object.
 */

export interface HostCapabilities {
  /** ExcelApi 1.2: Worksheet.protection / WorksheetProtection.protected (refuse before writing). */
  protection: boolean;
  /** ExcelApi 1.2: RangeFormat.rowHeight / columnWidth (on 1.1 no size can be read or set at all). */
  rangeFormatSizes: boolean;
  /** ExcelApi 1.2: Range.merge / unmerge (lanes: the group label over the new actor columns). */
  mergeCells: boolean;
  /**
   * ExcelApi 1.9: everything drawing and reading shapes uses, all in the one set: Worksheet.shapes,
   * ShapeCollection.addGeometricShape/addLine/addTextBox/getItem, Shape.name/altTextDescription/
   * left/top/width/height/type/geometricShapeType/delete, fill.setSolidColor/clear, lineFormat,
   * textFrame (alignment, textRange.text, textRange.font), Line.connectBeginShape/connectEndShape/
   * endArrowheadStyle/isBeginConnected/beginConnectedShape, RangeAreas.address.
   */
  shapes: boolean;
  /** ExcelApi 1.9: Range.getRowProperties / getColumnProperties (all sizes in the one read sync). */
  rowColumnProperties: boolean;
  /** ExcelApi 1.9: Range.copyFrom (lanes: the Pelaksana column's formats onto the new columns). */
  copyFormats: boolean;
  /**
   * ExcelApi 1.9: Worksheet.pageLayout (paper, orientation, margins, zoom, print titles and area) and
   * Worksheet.horizontalPageBreaks: the printed page breaks.
   */
  pageLayout: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: Worksheet.notes, NoteCollection.add/getItemOrNullObject, Note.content/delete. */
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
  const v12 = supported('1.2');
  const v19 = supported('1.9');
  const caps: HostCapabilities = {
    protection: v12,
    rangeFormatSizes: v12,
    mergeCells: v12,
    shapes: v19,
    rowColumnProperties: v19,
    copyFormats: v19,
    pageLayout: v19,
    mergedAreas: supported('1.13'),
    notes: supported('1.18'),
  };
  cache.set(key, caps);
  return caps;
}
