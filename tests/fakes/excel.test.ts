/** The Excel API fake must behave like Office.js where add-in code could get it wrong. */
import { describe, expect, it } from 'vitest';
import { gridFromRows, type Grid } from '../../src/core/grid';
import { createFakeExcel, type FakeExcelOptions } from './excel';
import { lineShape } from './excel-model';

function fake(grids: Grid[] = [gridFromRows('SOP', [['No', 'Uraian'], ['1', 'Menerima surat']])], opts?: FakeExcelOptions) {
  return createFakeExcel(grids, opts);
}

describe('Excel API fake', () => {
  it('throws PropertyNotLoaded for a property not loaded, or loaded but not yet synced', async () => {
    const f = fake();
    await f.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('SOP').getRange('A1:B2');
      expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('text');
      expect(() => range.text).toThrow(/not available/);
      await context.sync();
      expect(range.text).toEqual([['No', 'Uraian'], ['1', 'Menerima surat']]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('accepts the three load forms and navigation paths', async () => {
    const f = fake();
    await f.Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem('SOP').getRange('B2');
      const b = context.workbook.worksheets.getItem('SOP').getRange('A1:B1');
      const c = context.workbook.worksheets.getItem('SOP').getRange('A2');
      a.load('text, address, format/columnWidth');
      b.load(['rowCount', 'columnCount']);
      c.load({ values: true, format: { rowHeight: true } });
      await context.sync();
      expect([a.text, a.address, a.format.columnWidth]).toEqual([[['Menerima surat']], 'SOP!B2', 48]);
      expect([b.rowCount, b.columnCount]).toEqual([1, 2]);
      expect([c.values, c.format.rowHeight]).toEqual([[[1]], 15]);
    });
  });

  it('counts syncs and queued operations', async () => {
    const f = fake();
    await f.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1').load('text');
      await context.sync();
      await context.sync();
    });
    expect(f.stats.syncs).toBe(2);
    expect(f.stats.loads).toBe(1);
    expect(f.stats.operations).toBeGreaterThanOrEqual(1);
  });

  it('gives null objects and loads nothing on them', async () => {
    const f = fake();
    await f.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Tidak Ada');
      const present = context.workbook.worksheets.getItemOrNullObject('SOP');
      missing.load('name');
      present.load('name');
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeNull();
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('SOP');
    });
  });

  it('rejects a batch that writes to a protected sheet with AccessDenied and applies none of it', async () => {
    const f = fake([gridFromRows('Bebas', [['a']]), gridFromRows('SOP', [['No']])], { protectedSheets: ['SOP'] });
    const run = f.Excel.run(async (context) => {
      const free = context.workbook.worksheets.getItem('Bebas');
      free.getRange('A1').values = [['diubah']];
      free.getRange('B2').format.fill.color = '#FFFF00';
      const sop = context.workbook.worksheets.getItem('SOP');
      sop.shapes.addGeometricShape('FlowChartProcess');
      sop.getRange('A1').values = [['diubah']];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'AccessDenied', name: 'RichApi.Error' });
    expect(f.sheet('Bebas').cellText('A1')).toBe('a');
    expect(f.sheet('Bebas').fills.size).toBe(0);
    expect(f.sheet('SOP').cellText('A1')).toBe('No');
    expect(f.sheet('SOP').shapes).toEqual([]);
  });

  it('throws ApiNotFound when an API of a missing requirement set is used', async () => {
    const f = fake(undefined, { sets: { ExcelApi: '1.8' } });
    expect(f.Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(f.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await f.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      expect(() => ws.shapes).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => ws.getRange('A1').load('left')).toThrow(/ExcelApi 1.10/);
      expect(() => ws.getRange('A1').getMergedAreasOrNullObject()).toThrow(/ExcelApi 1.13/);
      expect(() => ws.getRange('A1').getRowProperties({ format: { rowHeight: true } })).toThrow(/ExcelApi 1.9/);
    });
  });

  it('draws shapes and glued arrows, and reads them back', async () => {
    const f = fake();
    await f.Excel.run(async (context) => {
      const shapes = context.workbook.worksheets.getItem('SOP').shapes;
      const a = shapes.addGeometricShape('FlowChartTerminator');
      a.name = 'Alur:step:1';
      a.left = 10;
      a.top = 10;
      a.width = 60;
      a.height = 20;
      a.textFrame.textRange.text = 'Mulai';
      a.altTextDescription = 'Langkah 1';
      const b = shapes.addGeometricShape('FlowChartProcess');
      b.left = 10;
      b.top = 60;
      b.width = 60;
      b.height = 20;
      const arrow = shapes.addLine(0, 0, 1, 1, 'Straight');
      arrow.line.connectBeginShape(a, 2);
      arrow.line.connectEndShape(b, 0);
      arrow.line.endArrowheadStyle = 'Triangle';
      await context.sync();
      shapes.load('items/name,items/type,items/textFrame/textRange/text');
      arrow.line.load('isBeginConnected');
      arrow.line.beginConnectedShape.load('name');
      await context.sync();
      expect(shapes.items.map((s) => [s.type, s.name])).toEqual([
        ['GeometricShape', 'Alur:step:1'],
        ['GeometricShape', expect.stringMatching(/FlowChartProcess/)],
        ['Line', expect.stringMatching(/Connector/)],
      ]);
      expect(shapes.items[0].textFrame.textRange.text).toBe('Mulai');
      expect(arrow.line.isBeginConnected).toBe(true);
      expect(arrow.line.beginConnectedShape.name).toBe('Alur:step:1');
    });
    const line = f.sheet('SOP').shapes[2];
    expect(line).toMatchObject({ left: 40, top: 30, width: 0, height: 30 });
    expect(line.line).toMatchObject({ beginShapeId: f.sheet('SOP').shapes[0].id, endArrowheadStyle: 'Triangle' });
    expect(f.sheet('SOP').shapes[0].altTextDescription).toBe('Langkah 1');
  });

  it('fails the sync when `line` is used on a shape that is not a line', async () => {
    const f = fake();
    const run = f.Excel.run(async (context) => {
      const box = context.workbook.worksheets.getItem('SOP').shapes.addGeometricShape('Rectangle');
      box.line.load('isBeginConnected');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'GeneralException' });
    expect(f.sheet('SOP').shapes).toEqual([]);
  });

  it('deletes shapes, writes values, fills, selects, adds sheets, tables, notes and comments', async () => {
    const f = fake();
    await f.Excel.run(async (context) => {
      const sop = context.workbook.worksheets.getItem('SOP');
      const s = sop.shapes.addGeometricShape('Rectangle');
      await context.sync();
      s.delete();
      sop.getRange('C1:C2').formulas = [['=1+1'], [5]];
      sop.getRange('A2').format.fill.color = '#ffc7ce';
      sop.getRange('B2').select();
      const data = context.workbook.worksheets.add('Data SOP');
      data.getRange('A1:B2').values = [['No', 'Langkah'], [1, 'Menerima']];
      const table = data.tables.add('A1:B2', true);
      table.name = 'AlurLangkah';
      table.rows.add(undefined, [[2, 'Memeriksa']]);
      context.workbook.notes.add('SOP!B2', 'Waktu tidak diisi');
      sop.comments.add('A1', 'Periksa nomor');
      await context.sync();
    });
    const sop = f.sheet('SOP');
    expect(sop.shapes).toEqual([]);
    expect([sop.cellText('C1'), sop.formulas.get('C1'), sop.cellText('C2')]).toEqual(['=1+1', '=1+1', '5']);
    expect(sop.fills.get('A2')).toBe('#FFC7CE');
    expect(f.workbook.selection).toEqual({ sheet: 'SOP', address: 'B2' });
    expect(sop.noteAt('B2')).toBe('Waktu tidak diisi');
    expect(sop.comments.get('A1')?.content).toBe('Periksa nomor');
    const data = f.sheet('Data SOP');
    expect(data.tables).toEqual([expect.objectContaining({ name: 'AlurLangkah', range: { top: 1, left: 1, bottom: 3, right: 2 } })]);
    expect(data.cellText('B3')).toBe('Memeriksa');

    await f.Excel.run(async (context) => {
      const note = context.workbook.notes.getItemOrNullObject('SOP!B2');
      await context.sync();
      if (!note.isNullObject) note.delete();
      context.workbook.worksheets.getItem('SOP').getRange('A2').format.fill.clear();
    });
    expect(sop.noteAt('B2')).toBeUndefined();
    expect(sop.fills.size).toBe(0);
  });

  it('exposes the Office globals the task pane uses', async () => {
    const f = fake();
    f.fakeOffice.context.displayLanguage = 'en-US';
    await expect(f.Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
    expect(f.Office.context.displayLanguage).toBe('en-US');
  });
});

describe('Excel API fake: inserting columns, merging, copying formats', () => {
  /** A small sheet with something of every kind right of, left of and across column C. */
  function sheetWithEverything() {
    const grid = gridFromRows(
      'SOP',
      [
        ['No', 'Uraian', 'Pelaksana', 'Waktu'],
        ['1', 'Menerima', 'Staf', '10'],
      ],
      { colWidths: [20, 200, 80, 40] }
    );
    grid.merges = [
      { top: 3, bottom: 3, left: 1, right: 4 }, // across the point: grows
      { top: 4, bottom: 4, left: 3, right: 4 }, // right of it: moves
      { top: 5, bottom: 5, left: 1, right: 2 }, // left of it: stays
    ];
    const f = createFakeExcel([grid]);
    const s = f.sheet('SOP');
    s.formulas.set('D3', '=SUM(D2:D2)+B2+"C2"');
    s.fills.set('B2', '#FFF2CC');
    s.fills.set('C2', '#D9D9D9');
    s.borders.set('C1|EdgeBottom', { style: 'Continuous', weight: 'Thin', color: '#000000' });
    s.notes.set('D2', 'Waktu');
    s.formats.set('B1', { bold: true });
    s.tables.push({ id: '1', name: 'T', range: { top: 6, left: 3, bottom: 7, right: 4 }, hasHeaders: true });
    const boxAt = (id: string, left: number, width: number) => ({
      id, name: id, type: 'GeometricShape' as const, geometricShapeType: 'Rectangle',
      left, top: 5, width, height: 10, text: '', altTextDescription: '',
    });
    // Column edges in points: A 0-20, B 20-220, C 220-300, D 300-340.
    s.shapes.push(boxAt('left', 25, 100), boxAt('right', 230, 50), boxAt('across', 200, 60));
    s.shapes.push(lineShape('line', 'line', 100, 5, 310, 25));
    return f;
  }

  it('inserts whole columns as Excel does: cells, formulas, merges, widths, shapes, fills, notes, tables all follow', async () => {
    const f = sheetWithEverything();
    const s = f.sheet('SOP');
    await f.Excel.run(async (context) => {
      const blank = context.workbook.worksheets.getItem('SOP').getRange('C:D').insert('Right');
      blank.load('address');
      await context.sync();
      expect(blank.address).toBe('SOP!C1:D1048576');
    });
    expect(s.text[0]).toEqual(['No', 'Uraian', '', '', 'Pelaksana', 'Waktu']);
    expect(s.formulas.get('F3')).toBe('=SUM(F2:F2)+B2+"C2"');
    expect(s.merges).toEqual([
      { top: 3, bottom: 3, left: 1, right: 6 },
      { top: 4, bottom: 4, left: 5, right: 6 },
      { top: 5, bottom: 5, left: 1, right: 2 },
    ]);
    // The new columns take the width and the format of the column on their left.
    expect(s.colWidths).toEqual([20, 200, 200, 200, 80, 40]);
    expect([s.fills.get('C2'), s.fills.get('D2'), s.fills.get('E2')]).toEqual(['#FFF2CC', '#FFF2CC', '#D9D9D9']);
    expect(s.formats.get('C1')).toEqual({ bold: true });
    expect(s.borders.get('E1|EdgeBottom')?.style).toBe('Continuous');
    expect(s.borders.has('C1|EdgeBottom')).toBe(false);
    expect([s.noteAt('D2'), s.noteAt('F2')]).toEqual([undefined, 'Waktu']);
    expect(s.tables[0].range).toEqual({ top: 6, left: 5, bottom: 7, right: 6 });
    // Shapes: right of the point move by the 400 pt inserted, across it stretch, left of it stay.
    expect(s.shape('left')).toMatchObject({ left: 25, width: 100 });
    expect(s.shape('right')).toMatchObject({ left: 630, width: 50 });
    expect(s.shape('across')).toMatchObject({ left: 200, width: 460 });
    expect(s.shape('line')!.line).toMatchObject({ startLeft: 100, endLeft: 710 });
    expect(s.shape('line')).toMatchObject({ left: 100, width: 610 });
  });

  it('moves shapes right of a column whose width changes', async () => {
    const f = sheetWithEverything();
    await f.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('SOP').getRange('C:C').format.columnWidth = 100;
    });
    const s = f.sheet('SOP');
    expect(s.colWidths[2]).toBe(100);
    expect(s.shape('right')).toMatchObject({ left: 230, width: 50 }); // inside C: keeps its offset
    expect(s.shape('line')!.line).toMatchObject({ startLeft: 100, endLeft: 330 });
  });

  it('refuses on a protected sheet with the whole batch undone, and what it does not model', async () => {
    const f = sheetWithEverything();
    const s = f.sheet('SOP');
    const before = JSON.stringify([s.text, s.merges, s.colWidths, s.shapes, [...s.fills]]);
    s.protected = true;
    await expect(
      f.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('SOP');
        ws.getRange('C:C').insert('Right');
        ws.getRange('C1').values = [['x']];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(JSON.stringify([s.text, s.merges, s.colWidths, s.shapes, [...s.fills]])).toBe(before);
    s.protected = false;
    // A write that fails after the insert rolls the insert back too.
    await expect(
      f.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('SOP');
        ws.getRange('C:C').insert('Right');
        ws.getRange('A1:B1').values = [['x']];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(JSON.stringify([s.text, s.merges, s.colWidths, s.shapes, [...s.fills]])).toBe(before);
    await expect(
      f.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('SOP').getRange('C1:C2').insert('Right');
        await context.sync();
      })
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('throws ApiNotFound for merge before ExcelApi 1.2 and copyFrom before 1.9', async () => {
    const f = createFakeExcel([gridFromRows('SOP', [['a', 'b']])], { sets: { ExcelApi: '1.8' } });
    await f.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('SOP').getRange('A1:B1');
      expect(() => range.copyFrom('A1', 'Formats')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      range.merge();
      await context.sync();
    });
    expect(f.sheet('SOP').merges).toEqual([{ top: 1, bottom: 1, left: 1, right: 2 }]);
    expect(f.sheet('SOP').cellText('B1')).toBe(''); // only the upper-left value survives a merge
    const old = createFakeExcel([gridFromRows('SOP', [['a', 'b']])], { sets: { ExcelApi: '1.1' } });
    await old.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('SOP').getRange('A1:B1');
      expect(() => range.merge()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => range.unmerge()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  it('copies formats (merges included) repeated over a destination that is a multiple of the source, then unmerges', async () => {
    const f = sheetWithEverything();
    const s = f.sheet('SOP');
    s.merges.push({ top: 8, bottom: 9, left: 3, right: 3 });
    await f.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('SOP');
      ws.getRange('E1:G9').copyFrom(ws.getRange('C1:C9'), 'Formats');
      await context.sync();
    });
    for (const col of ['E', 'F', 'G']) {
      expect(s.fills.get(`${col}2`)).toBe('#D9D9D9');
      expect(s.borders.get(`${col}1|EdgeBottom`)?.style).toBe('Continuous');
    }
    expect(s.cellText('E1')).toBe(''); // formats only
    expect(s.merges.filter((m) => m.left >= 5)).toEqual([5, 6, 7].map((c) => ({ top: 8, bottom: 9, left: c, right: c })));
    await f.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('SOP').getRange('E8:G9').unmerge();
    });
    expect(s.merges.filter((m) => m.left >= 5)).toEqual([]);
    expect(s.merges).toContainEqual({ top: 8, bottom: 9, left: 3, right: 3 });
  });
});
