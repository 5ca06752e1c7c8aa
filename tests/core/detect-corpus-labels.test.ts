/**
 * Label variants of the real BPS Provinsi Bengkulu SOPs (../../../shared/corpus/pdf-text) that the
 * detector had not known: "Sumber Data" as the Mutu Baku input column (SOP-012), "Kualifikasi
 * Pelaksanaan" (SOP-012), "NOMOR SOP AP" (SOP-016).
 */
import { describe, expect, it } from 'vitest';
import { headerRole, identityLabel } from '../../src/core/detect';

describe('header labels of the corpus', () => {
  it.each([
    ['Sumber Data', 'kelengkapan'],
    ['SUMBER DATA', 'kelengkapan'],
    ['Persyaratan/ Perlengkapan', 'kelengkapan'],
    ['Input', 'kelengkapan'],
    ['Ket.', 'keterangan'],
    ['AKTIVITAS', 'uraian'],
    ['Sumber', null],
    ['Data', null],
  ])('%s -> %s', (text, role) => {
    expect(headerRole(text)).toBe(role);
  });
});

describe('identity labels of the corpus', () => {
  it.each([
    ['Kualifikasi Pelaksanaan :', 'kualifikasiPelaksana', ''],
    ['KUALIFIKASI PELAKSANA:', 'kualifikasiPelaksana', ''],
    ['NOMOR SOP AP', 'nomor', null],
    ['TGL. PEMBUATAN', 'tanggalPembuatan', null],
    ['TGL. EFEKTIF', 'tanggalPengesahan', null],
    ['Pencatatan Dan Pendataan :', 'pencatatanPendataan', ''],
  ])('%s', (text, field, inline) => {
    expect(identityLabel(text)).toEqual({ field, inline });
  });

  it('still ignores words that only start like a label', () => {
    expect(identityLabel('Kualifikasi Pelaksanaannya')).toBeNull();
    expect(identityLabel('Nomor SOP Apa')).toBeNull();
  });
});
