// The template editor as the operator sees it, rendered to HTML: the placeholder picker offers the registry's
// placeholders, the type's own fields and its parties' details (so nothing is typed by hand), every block of
// the body is there in order, and the server's messages stand beside the field they are about.
import { SYSTEM_LETTER_TYPES } from '@smart-kampung/domain/letters/catalogue';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditableTemplate } from '../../api/lettersAdmin.ts';
import { allIndonesian as id } from '../../i18n/all-indonesian.ts';
import { TemplateEditorForm, placeholderChoices } from './TemplateEditorForm.tsx';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'id', resources: { id: { translation: id } } });
});

const death = SYSTEM_LETTER_TYPES.find((type) => type.code === 'keterangan-kematian')!.template;
const template = death as unknown as EditableTemplate['template'];
const draft = { page: death.page, letterhead: death.letterhead, title: death.title, body: death.body };

function render(errors: Record<string, string> = {}) {
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(TemplateEditorForm, { draft, template, errors, language: 'id', onChange: () => {} }),
    ),
  );
}

describe('TemplateEditorForm', () => {
  it('offers the registry placeholders, the letter’s fields and its parties in the picker', () => {
    const html = render();
    expect(html).toContain('{subject.name}');
    expect(html).toContain('{subject.nik}');
    expect(html).toContain('{isian.pelapor_hubungan_pelapor_dengan_yang_mati}');
    expect(html).toContain('{pihak.saksi_i.name}');
    expect(html).toContain('Saksi 1: Nama lengkap');
    const pickers = html.match(/data-testid="placeholder-picker"/g) ?? [];
    expect(pickers).toHaveLength(death.body.filter((block) => block.kind === 'paragraph').length);
  });

  it('shows every block of the body in order, with a button to add each party’s table', () => {
    const html = render();
    expect(html.match(/data-testid="template-block"/g)).toHaveLength(death.body.length);
    expect(html.indexOf('Tabel data pemohon')).toBeLessThan(html.indexOf('Tabel: Pelapor'));
    expect(html).toContain('+ Tabel Saksi 2');
    expect(html).toContain('F4 (215 × 330 mm)');
  });

  it('puts the server’s messages beside the title, the margin and the paragraph they are about', () => {
    const html = render({
      title: 'Judul surat wajib diisi',
      'page.marginsMm.left': 'Margin harus antara 5 dan 50 mm',
      'body.0.text': 'Teks memuat isian yang tidak dikenal; pilih isian dari daftar: {subject.nama}',
    });
    const near = (label: string, message: string) => {
      const at = html.indexOf(label);
      const said = html.indexOf(message);
      return at >= 0 && said > at && said - at < 600;
    };
    expect(near('Judul surat', 'Judul surat wajib diisi')).toBe(true);
    expect(near('Margin kiri (mm)', 'Margin harus antara 5 dan 50 mm')).toBe(true);
    expect(html).toContain('{subject.nama}');
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(3);
  });

  it('lists every placeholder once', () => {
    const keys = placeholderChoices(template, 'id').map((choice) => choice.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
