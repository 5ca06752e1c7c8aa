/**
 * Branch captions as real SOPs write them (BPS Provinsi Bengkulu, ../../../shared/corpus): the question's
 * own word ("Setuju?" answered Setuju / Tidak, "Valid?", "Berjalan Normal" / "Tidak Berjalan Normal"),
 * and a decision whose "Tidak" arrow runs forward past the "Ya" caption of its other arrow.
 */
import { describe, expect, it } from 'vitest';
import { gridFromRows, type GridShape, type ShapeKind } from '../../src/core/grid';
import { branchLabel, findSops } from '../../src/core/parse';

describe('branchLabel', () => {
  it.each([
    ['Ya', 'ya'],
    ['Setuju', 'ya'],
    ['Valid', 'ya'],
    ['Berjalan Normal', 'ya'],
    ['Butuh', 'ya'],
    ['Perlu', 'ya'],
    ['Tidak', 'tidak'],
    ['Tidak Valid', 'tidak'],
    ['Tidak Berjalan Normal', 'tidak'],
    ['Tidak Setuju', 'tidak'],
    ['Belum Sesuai', 'tidak'],
    ['tidak perlu', 'tidak'],
    ['Setuju?', null],
    ['Berjalan', null],
    ['Tidak jelas', null],
  ])('%s -> %s', (text, label) => {
    expect(branchLabel(text)).toBe(label);
  });
});

let nextId = 1;
function shape(kind: ShapeKind, row: number, col: number, more: Partial<GridShape> = {}): GridShape {
  const id = String(nextId++);
  return { id, name: `${kind} ${id}`, kind, geometry: kind, text: '', from: { row, col }, to: { row, col }, ...more };
}

describe('captions of a decision with a forward "Tidak"', () => {
  // Corpus 02 (gratifikasi): the diamond of step 4 is in lane D; "Ya" goes on to step 5 in lane E,
  // "Tidak" forward to the closing step 7 in lane C. Each caption sits beside its own arrow, so the
  // one-cell margin around each arrow also holds the other arrow's caption.
  const rows = [
    ['Nomor SOP', ': 1/2025'],
    ['Nama SOP', ': Contoh'],
    [],
    ['No', 'Aktivitas', 'Pelaksana', '', '', 'Mutu Baku', '', '', 'Keterangan'],
    ['', '', 'Ketua', 'Anggota', 'KPK', 'Kelengkapan', 'Waktu', 'Output', ''],
    ['4', 'Verifikasi', '', '', '', 'Formulir', '1 jam', 'BA', ''],
    ['5', 'Analisis', '', '', '', 'Laporan', '1 jam', 'Laporan', ''],
    ['6', 'Menerima', '', '', '', 'Laporan', '1 jam', 'Laporan', ''],
    ['7', 'Selesai', '', '', '', 'Laporan', '1 jam', 'Laporan', ''],
  ];

  it('labels each arrow by the caption inside its own box', () => {
    const grid = gridFromRows('S', rows);
    const d = shape('decision', 6, 4);
    const s5 = shape('process', 7, 5);
    const s6 = shape('process', 8, 4);
    const s7 = shape('terminator', 9, 3);
    grid.shapes = [
      d,
      s5,
      s6,
      s7,
      shape('connector', 6, 4, { to: { row: 7, col: 5 }, startShapeId: d.id, endShapeId: s5.id }),
      shape('connector', 7, 4, { to: { row: 8, col: 5 }, startShapeId: s5.id, endShapeId: s6.id }),
      shape('connector', 8, 3, { to: { row: 9, col: 4 }, startShapeId: s6.id, endShapeId: s7.id }),
      shape('connector', 6, 3, { to: { row: 9, col: 4 }, startShapeId: d.id, endShapeId: s7.id, geometry: 'bentConnector3' }),
      shape('other', 7, 5, { name: 'TextBox Ya', text: 'Ya' }),
      shape('other', 6, 3, { name: 'TextBox Tidak', text: 'Tidak' }),
    ];
    const [sop] = findSops(grid);
    expect(sop.steps[0].branches).toEqual([
      { label: 'ya', target: '5', source: 'connector', cell: 'D6' },
      { label: 'tidak', target: '7', source: 'connector', cell: 'D6' },
    ]);
  });

  it('reads a caption in the margin when nothing inside the arrow labels it', () => {
    const grid = gridFromRows('S', rows);
    const d = shape('decision', 6, 4);
    const s5 = shape('process', 7, 4);
    grid.shapes = [
      d,
      s5,
      shape('connector', 6, 4, { to: { row: 7, col: 4 }, startShapeId: d.id, endShapeId: s5.id }),
      shape('other', 7, 5, { name: 'TextBox Tidak Valid', text: 'Tidak Valid' }),
    ];
    const [sop] = findSops(grid);
    // Forward, so without the caption the direction would have said "ya".
    expect(sop.steps[0].branches).toEqual([{ label: 'tidak', target: '5', source: 'connector', cell: 'D6' }]);
  });
});
