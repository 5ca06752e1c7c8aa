/**
 * What the fake refuses because real Excel refuses it: enum strings that are not Excel's (wrong
 * casing, DrawingML preset names), members of a requirement set the host lacks, writes to read-only
 * properties, and reads of properties never loaded. Each case is one add-in mistake the fake would
 * otherwise let through to a real workbook.
 */
import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../../src/core/grid';
import { createFakeExcel, type FakeExcelOptions } from './excel';
import { isEnumValue } from './excel-enums';

function fake(opts?: FakeExcelOptions) {
  return createFakeExcel(
    [
      gridFromRows('SOP', [
        ['No', 'Uraian'],
        ['1', 'Menerima surat'],
      ]),
    ],
    opts
  );
}

const invalid = expect.objectContaining({ code: 'InvalidArgument' });
const apiNotFound = expect.objectContaining({ code: 'ApiNotFound' });

/** Runs `queue` in a batch and returns how its sync ended (undefined when it succeeded). */
async function syncError(f: ReturnType<typeof fake>, queue: (ws: Excel.Worksheet) => void): Promise<unknown> {
  return f.Excel.run(async (context) => {
    queue(context.workbook.worksheets.getItem('SOP'));
    return context.sync().then(
      () => undefined,
      (error: unknown) => error
    );
  });
}

describe('Excel API fake: enum strings are exactly Excel.*', () => {
  it('knows the enum values of the typings, case and all', () => {
    expect(isEnumValue('GeometricShapeType', 'FlowChartProcess')).toBe(true);
    expect(isEnumValue('GeometricShapeType', 'flowChartProcess')).toBe(false);
    expect(isEnumValue('GeometricShapeType', 'FlowChartOffpageConnector')).toBe(true);
    expect(isEnumValue('GeometricShapeType', 'FlowChartOffPageConnector')).toBe(false);
    expect(isEnumValue('ShapeTextVerticalAlignment', 'Middle')).toBe(true);
    // A range centres vertically with 'Center', a shape's text with 'Middle': easy to mix up.
    expect(isEnumValue('ShapeTextVerticalAlignment', 'Center')).toBe(false);
    expect(isEnumValue('VerticalAlignment', 'Middle')).toBe(false);
  });

  it('fails the sync for a shape type in DrawingML spelling or the wrong case, and adds nothing', async () => {
    const f = fake();
    for (const type of ['flowChartProcess', 'rect', 'triangle', 'FLOWCHARTDECISION']) {
      expect(await syncError(f, (ws) => ws.shapes.addGeometricShape(type as Excel.GeometricShapeType))).toEqual(
        invalid
      );
    }
    expect(f.sheet('SOP').shapes).toHaveLength(0);
    expect(await syncError(f, (ws) => ws.shapes.addGeometricShape('FlowChartProcess'))).toBeUndefined();
    expect(f.sheet('SOP').shapes).toHaveLength(1);
  });

  it('fails the sync for a connector type, arrowhead or text alignment not spelled as Excel spells it', async () => {
    const f = fake();
    expect(await syncError(f, (ws) => ws.shapes.addLine(0, 0, 9, 9, 'elbow' as Excel.ConnectorType))).toEqual(invalid);
    expect(await syncError(f, (ws) => ws.shapes.addLine(0, 0, 9, 9, 'bentConnector3' as Excel.ConnectorType))).toEqual(
      invalid
    );
    const line = (ws: Excel.Worksheet) => ws.shapes.addLine(0, 0, 9, 9, 'Elbow');
    expect(await syncError(f, (ws) => (line(ws).line.endArrowheadStyle = 'triangle' as Excel.ArrowheadStyle))).toEqual(
      invalid
    );
    expect(await syncError(f, (ws) => (line(ws).line.endArrowheadStyle = 'Arrow' as Excel.ArrowheadStyle))).toEqual(
      invalid
    );
    const box = (ws: Excel.Worksheet) => ws.shapes.addGeometricShape('Rectangle').textFrame;
    expect(
      await syncError(f, (ws) => (box(ws).verticalAlignment = 'Center' as Excel.ShapeTextVerticalAlignment))
    ).toEqual(invalid);
    expect(
      await syncError(f, (ws) => (box(ws).horizontalAlignment = 'center' as Excel.ShapeTextHorizontalAlignment))
    ).toEqual(invalid);
    expect(f.sheet('SOP').shapes).toHaveLength(0);
    expect(
      await syncError(f, (ws) => {
        line(ws).line.endArrowheadStyle = 'Triangle';
        box(ws).verticalAlignment = 'Middle';
      })
    ).toBeUndefined();
  });

  it('fails the sync for range enums in the wrong case: alignment, borders, insert, copy type', async () => {
    const f = fake();
    const cell = (ws: Excel.Worksheet) => ws.getRange('B2');
    expect(
      await syncError(f, (ws) => (cell(ws).format.verticalAlignment = 'Middle' as Excel.VerticalAlignment))
    ).toEqual(invalid);
    expect(
      await syncError(f, (ws) => (cell(ws).format.horizontalAlignment = 'center' as Excel.HorizontalAlignment))
    ).toEqual(invalid);
    expect(
      await syncError(
        f,
        (ws) => (cell(ws).format.borders.getItem('EdgeTop').style = 'continuous' as Excel.BorderLineStyle)
      )
    ).toEqual(invalid);
    expect(
      await syncError(f, (ws) => (cell(ws).format.borders.getItem('EdgeTop').weight = 'thin' as Excel.BorderWeight))
    ).toEqual(invalid);
    expect(await syncError(f, (ws) => ws.getRange('C:C').insert('right' as Excel.InsertShiftDirection))).toEqual(
      invalid
    );
    expect(await syncError(f, (ws) => cell(ws).copyFrom('A1', 'formats' as Excel.RangeCopyType))).toEqual(invalid);
    expect(f.workbook.sheet('SOP').borders.size).toBe(0);
    await f.Excel.run(async (context) => {
      expect(() =>
        context.workbook.worksheets
          .getItem('SOP')
          .getRange('A1')
          .format.borders.getItem('edgeTop' as Excel.BorderIndex)
      ).toThrow(invalid);
    });
  });
});

describe('Excel API fake: requirement sets, read-only properties, unloaded reads', () => {
  it('throws ApiNotFound for notes on 1.17, merged areas on 1.12, shapes and row properties on 1.8', async () => {
    for (const [version, use] of [
      ['1.17', (ws: Excel.Worksheet) => ws.notes],
      ['1.12', (ws: Excel.Worksheet) => ws.getRange('A1').getMergedAreasOrNullObject()],
      ['1.8', (ws: Excel.Worksheet) => ws.shapes],
      ['1.8', (ws: Excel.Worksheet) => ws.getRange('A1').getColumnProperties({ format: { columnWidth: true } })],
      ['1.8', (ws: Excel.Worksheet) => ws.getRange('A1').copyFrom('B1', 'Formats')],
      ['1.1', (ws: Excel.Worksheet) => ws.protection],
      ['1.1', (ws: Excel.Worksheet) => ws.getRange('A1').merge(false)],
      ['1.1', (ws: Excel.Worksheet) => ws.getRange('A:A').load('format/columnWidth')],
    ] as const) {
      const f = fake({ sets: { ExcelApi: version } });
      await f.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('SOP');
        expect(() => use(ws), `ExcelApi ${version}`).toThrow(apiNotFound);
      });
    }
  });

  it('still offers each of those members one version up', async () => {
    const f = fake({ sets: { ExcelApi: '1.18' } });
    await f.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('SOP');
      ws.notes.getItemOrNullObject('A1').load('content');
      ws.getRange('A1').getMergedAreasOrNullObject().load('address');
      ws.shapes.load('items/altTextDescription');
      await context.sync();
    });
  });

  it('refuses writes to read-only properties (a getter without a setter, as in Office.js)', async () => {
    const f = fake();
    await f.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('SOP');
      const shape = ws.shapes.addGeometricShape('Rectangle');
      const range = ws.getRange('A1');
      expect(() => ((shape as { id: string }).id = 'mine')).toThrow(TypeError);
      expect(() => ((shape as { type: string }).type = 'Line')).toThrow(TypeError);
      expect(() => ((range as { text: string[][] }).text = [['x']])).toThrow(TypeError);
      expect(() => ((range as { address: string }).address = 'B2')).toThrow(TypeError);
      expect(() => ((ws.protection as { protected: boolean }).protected = false)).toThrow(TypeError);
      expect(() => ((shape.line as { isBeginConnected: boolean }).isBeginConnected = true)).toThrow(TypeError);
    });
  });

  it('refuses reads of properties never loaded, of shapes, lines, notes and client results alike', async () => {
    const f = fake();
    await f.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('SOP');
      const shape = ws.shapes.addGeometricShape('FlowChartProcess');
      const note = ws.notes.getItemOrNullObject('A1');
      const rows = ws.getRange('A1:A2').getRowProperties({ format: { rowHeight: true } });
      const shapes = ws.shapes.load('items/name');
      await context.sync();
      const notLoaded = expect.objectContaining({ code: 'PropertyNotLoaded' });
      expect(() => shape.name).toThrow(notLoaded);
      expect(() => shape.textFrame.textRange.text).toThrow(notLoaded);
      // isNullObject needs only the sync, as in the docs' samples.
      expect(note.isNullObject).toBe(true);
      expect(rows.value).toHaveLength(2);
      expect(() => shapes.items[0].name).not.toThrow();
      expect(() => shapes.items[0].altTextDescription).toThrow(notLoaded);
    });
  });
});
