/**
 * Regulations often cited in Dasar Hukum that are no longer in force, and what replaced them. Data for
 * the `superseded-law` rule. Each entry says where it comes from: the domain notes
 * (../shared/domain/README.md, "Regulations often cited ... no longer in force", verified there from
 * public secondary sources) or a well-known fact stated in the replacing regulation itself.
 */

export type LawKind = 'UU' | 'PP' | 'Perpres' | 'Permendagri' | 'PermenPANRB';

export interface LawRef {
  kind: LawKind;
  /** The number as written in the citation ("13", or "PER/21/M.PAN/11/2008"). */
  number: string;
  year: number;
}

export interface SupersededLaw {
  cited: LawRef;
  /** Its subject, for the message. */
  title: string;
  /** What replaced it, as a reader would cite it ("Permendagri Nomor 77 Tahun 2020"). */
  replacedBy: string;
  /** 'revoked': no longer in force; 'amended': still in force, but changed in a way an SOP should cite. */
  status: 'revoked' | 'amended';
  source: string;
}

const DOMAIN = 'domain README, table of regulations no longer in force';

export const SUPERSEDED_LAWS: readonly SupersededLaw[] = [
  {
    cited: { kind: 'UU', number: '32', year: 2004 },
    title: 'Pemerintahan Daerah',
    replacedBy: 'UU Nomor 23 Tahun 2014',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'UU', number: '8', year: 1974 },
    title: 'Pokok-Pokok Kepegawaian',
    replacedBy: 'UU Nomor 5 Tahun 2014 tentang ASN, kini UU Nomor 20 Tahun 2023',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'UU', number: '43', year: 1999 },
    title: 'Perubahan atas UU Pokok-Pokok Kepegawaian',
    replacedBy: 'UU Nomor 5 Tahun 2014 tentang ASN, kini UU Nomor 20 Tahun 2023',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'UU', number: '5', year: 2014 },
    title: 'Aparatur Sipil Negara',
    replacedBy: 'UU Nomor 20 Tahun 2023 tentang ASN',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'PP', number: '58', year: 2005 },
    title: 'Pengelolaan Keuangan Daerah',
    replacedBy: 'PP Nomor 12 Tahun 2019',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'PP', number: '41', year: 2007 },
    title: 'Organisasi Perangkat Daerah',
    replacedBy: 'PP Nomor 18 Tahun 2016',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'PP', number: '53', year: 2010 },
    title: 'Disiplin PNS',
    replacedBy: 'PP Nomor 94 Tahun 2021',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'PP', number: '46', year: 2011 },
    title: 'Penilaian Prestasi Kerja PNS',
    replacedBy: 'PP Nomor 30 Tahun 2019',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'Permendagri', number: '13', year: 2006 },
    title: 'Pedoman Pengelolaan Keuangan Daerah',
    replacedBy: 'Permendagri Nomor 77 Tahun 2020',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'Permendagri', number: '59', year: 2007 },
    title: 'Perubahan atas Permendagri 13/2006',
    replacedBy: 'Permendagri Nomor 77 Tahun 2020',
    status: 'revoked',
    source: `${DOMAIN} (a change of 13/2006)`,
  },
  {
    cited: { kind: 'Permendagri', number: '21', year: 2011 },
    title: 'Perubahan Kedua atas Permendagri 13/2006',
    replacedBy: 'Permendagri Nomor 77 Tahun 2020',
    status: 'revoked',
    source: `${DOMAIN} (a change of 13/2006)`,
  },
  {
    cited: { kind: 'Permendagri', number: '54', year: 2009 },
    title: 'Tata Naskah Dinas',
    replacedBy: 'Permendagri Nomor 1 Tahun 2023',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'Permendagri', number: '54', year: 2010 },
    title: 'Pelaksanaan PP 8/2008 tentang perencanaan pembangunan daerah',
    replacedBy: 'Permendagri Nomor 86 Tahun 2017',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'PermenPANRB', number: 'PER/21/M.PAN/11/2008', year: 2008 },
    title: 'Pedoman Penyusunan SOP',
    replacedBy: 'PermenPAN-RB Nomor 35 Tahun 2012',
    status: 'revoked',
    source: DOMAIN,
  },
  {
    cited: { kind: 'PermenPANRB', number: '12', year: 2011 },
    title: 'Penataan Tatalaksana',
    replacedBy: 'PermenPAN-RB Nomor 19 Tahun 2018',
    status: 'amended',
    source: DOMAIN,
  },
  {
    cited: { kind: 'Perpres', number: '54', year: 2010 },
    title: 'Pengadaan Barang/Jasa Pemerintah',
    replacedBy: 'Perpres Nomor 16 Tahun 2018 (diubah Perpres Nomor 12 Tahun 2021)',
    status: 'revoked',
    source: DOMAIN,
  },
  // Added here: Perpres 16/2018 (Pasal 93) revokes Perpres 54/2010 "beserta perubahannya"; these are its
  // four changes, the last being Perpres 4/2015, as the revoking clause itself lists.
  {
    cited: { kind: 'Perpres', number: '35', year: 2011 },
    title: 'Perubahan atas Perpres 54/2010',
    replacedBy: 'Perpres Nomor 16 Tahun 2018 (diubah Perpres Nomor 12 Tahun 2021)',
    status: 'revoked',
    source: 'Perpres 16/2018 Pasal 93: revokes Perpres 54/2010 with its changes',
  },
  {
    cited: { kind: 'Perpres', number: '70', year: 2012 },
    title: 'Perubahan Kedua atas Perpres 54/2010',
    replacedBy: 'Perpres Nomor 16 Tahun 2018 (diubah Perpres Nomor 12 Tahun 2021)',
    status: 'revoked',
    source: 'Perpres 16/2018 Pasal 93: revokes Perpres 54/2010 with its changes',
  },
  {
    cited: { kind: 'Perpres', number: '172', year: 2014 },
    title: 'Perubahan Ketiga atas Perpres 54/2010',
    replacedBy: 'Perpres Nomor 16 Tahun 2018 (diubah Perpres Nomor 12 Tahun 2021)',
    status: 'revoked',
    source: 'Perpres 16/2018 Pasal 93: revokes Perpres 54/2010 with its changes',
  },
  {
    cited: { kind: 'Perpres', number: '4', year: 2015 },
    title: 'Perubahan Keempat atas Perpres 54/2010',
    replacedBy: 'Perpres Nomor 16 Tahun 2018 (diubah Perpres Nomor 12 Tahun 2021)',
    status: 'revoked',
    source: 'Perpres 16/2018 Pasal 93: revokes Perpres 54/2010 with its changes',
  },
];
