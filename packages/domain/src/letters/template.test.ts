import { describe, expect, it } from 'vitest';
import {
  checkFieldValues,
  checkTemplate,
  fillText,
  templateProblemPath,
  type LetterTemplate,
  type TemplateField,
} from './template.ts';

const template: LetterTemplate = {
  version: 1,
  page: { size: 'F4', marginsMm: { top: 15, right: 20, bottom: 15, left: 25 } },
  letterhead: true,
  title: 'SURAT KETERANGAN USAHA',
  body: [
    { kind: 'paragraph', text: 'Yang bertanda tangan di bawah ini, {signer.post}, menerangkan bahwa:' },
    { kind: 'subject' },
    { kind: 'paragraph', text: 'Benar menjalankan usaha {isian.nama_usaha}.' },
    { kind: 'fields' },
  ],
  fields: [
    { key: 'nama_usaha', label: 'Nama usaha', type: 'text', required: true },
    { key: 'mulai', label: 'Mulai usaha', type: 'date', required: false },
  ],
  parties: [],
  subjectStatuses: [1],
};

describe('checkTemplate', () => {
  it('accepts a template whose placeholders and fields all exist', () => {
    expect(checkTemplate(template)).toEqual([]);
  });

  it('names an unknown placeholder, a field the text names but the letter does not ask, and bad fields', () => {
    const broken: LetterTemplate = {
      ...template,
      title: ' ',
      page: { ...template.page, marginsMm: { ...template.page.marginsMm, left: 2 } },
      body: [
        { kind: 'paragraph', text: 'Nama {subject.nama} usaha {isian.modal}' },
        { kind: 'fields', group: 'Kendaraan' },
      ],
      fields: [
        { key: 'Nama Usaha', label: 'x', type: 'text', required: true },
        { key: 'jenis', label: 'Jenis', type: 'select', required: true },
        { key: 'jenis', label: 'Jenis', type: 'text', required: true },
      ],
    };
    expect(checkTemplate(broken)).toEqual([
      { kind: 'title_missing' },
      { kind: 'margin_out_of_range', side: 'left' },
      { kind: 'bad_field_key', key: 'Nama Usaha' },
      { kind: 'select_without_options', key: 'jenis' },
      { kind: 'duplicate_field', key: 'jenis' },
      { kind: 'unknown_placeholder', placeholder: 'subject.nama', block: 0 },
      { kind: 'unknown_placeholder', placeholder: 'isian.modal', block: 0 },
      { kind: 'unknown_group', group: 'Kendaraan', block: 1 },
    ]);
  });
});

describe('parties', () => {
  const withWitness: LetterTemplate = {
    ...template,
    parties: [{ key: 'saksi_i', label: 'Saksi I', outsider: true }],
    body: [
      { kind: 'paragraph', text: 'Disaksikan oleh {pihak.saksi_i.name} ({pihak.saksi_i.age}).' },
      { kind: 'party', key: 'saksi_i' },
    ],
  };

  it('accepts the placeholders and tables of the parties the template names', () => {
    expect(checkTemplate(withWitness)).toEqual([]);
  });

  it('names a party the template does not have and a party field that does not exist', () => {
    const broken: LetterTemplate = {
      ...withWitness,
      body: [
        { kind: 'paragraph', text: '{pihak.saksi_ii.name} {pihak.saksi_i.hobi} {pihak.saksi_i}' },
        { kind: 'party', key: 'pelapor' },
      ],
    };
    expect(checkTemplate(broken)).toEqual([
      { kind: 'unknown_placeholder', placeholder: 'pihak.saksi_ii.name', block: 0 },
      { kind: 'unknown_placeholder', placeholder: 'pihak.saksi_i.hobi', block: 0 },
      { kind: 'unknown_placeholder', placeholder: 'pihak.saksi_i', block: 0 },
      { kind: 'unknown_party', party: 'pelapor', block: 1 },
    ]);
  });
});

describe('templateProblemPath', () => {
  it('points each problem at the field an editor shows it beside', () => {
    const broken: LetterTemplate = {
      ...template,
      title: '',
      page: { ...template.page, marginsMm: { ...template.page.marginsMm, top: 80 } },
      body: [{ kind: 'subject' }, { kind: 'paragraph', text: '{subject.hobi}' }],
      fields: [...template.fields, { key: 'mulai', label: 'Lagi', type: 'text', required: false }],
    };
    expect(checkTemplate(broken).map((problem) => templateProblemPath(broken, problem))).toEqual([
      'title',
      'page.marginsMm.top',
      'fields.2.key',
      'body.1.text',
    ]);
  });
});

describe('fillText', () => {
  it('replaces placeholders and prints a missing value as a dash', () => {
    expect(
      fillText('{subject.name}, {subject.age} th, {isian.x}', { 'subject.name': 'Siti', 'isian.x': ' ' }),
    ).toBe('Siti, - th, -');
  });
});

describe('checkFieldValues', () => {
  const fields: TemplateField[] = [
    { key: 'nama_usaha', label: 'Nama usaha', type: 'text', required: true },
    { key: 'luas', label: 'Luas', type: 'number', required: false },
    { key: 'tanggal', label: 'Tanggal', type: 'date', required: false },
    { key: 'jam', label: 'Jam', type: 'time', required: false },
    { key: 'jenis', label: 'Jenis', type: 'select', required: false, options: ['Sawah', 'Darat'] },
  ];

  it('keeps trimmed values and drops empty optional ones', () => {
    expect(
      checkFieldValues(fields, { nama_usaha: ' Warung ', luas: '12,5', jam: '', jenis: 'Sawah' }),
    ).toEqual({
      values: { nama_usaha: 'Warung', luas: '12,5', jenis: 'Sawah' },
      problems: [],
    });
  });

  it('names every value that does not fit its field', () => {
    const { problems } = checkFieldValues(fields, {
      luas: 'dua',
      tanggal: '2026-02-30',
      jam: '25:00',
      jenis: 'Kebun',
      lain: 'x',
    });
    expect(problems).toEqual([
      { key: 'lain', kind: 'unknown_field' },
      { key: 'nama_usaha', kind: 'required' },
      { key: 'luas', kind: 'not_a_number' },
      { key: 'tanggal', kind: 'not_a_date' },
      { key: 'jam', kind: 'not_a_time' },
      { key: 'jenis', kind: 'not_an_option' },
    ]);
    expect(checkFieldValues(fields, { nama_usaha: 'x'.repeat(201) }).problems).toEqual([
      { key: 'nama_usaha', kind: 'too_long' },
    ]);
  });
});
