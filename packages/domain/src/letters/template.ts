// Our letter template format: structured data, not HTML, so an operator can change the words without breaking
// the layout, and every template is checked before it is saved. A template says the page (F4 by default, or
// A4, with margins), whether the village letterhead heads it, the title, the body as blocks (paragraphs with
// {placeholders}, the subject's identity table, tables of typed fields), the typed fields asked when the letter
// is made, and the other people it names (parties). The signature block is not in the template: it follows
// from the signing matrix (signing.ts). Rendering to PDF is the server's; filling the text is here.

export const PAGE_SIZES_MM = { F4: [215, 330], A4: [210, 297] } as const;
export type PageSize = keyof typeof PAGE_SIZES_MM;

export const FIELD_TYPES = ['text', 'textarea', 'number', 'date', 'time', 'select'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface TemplateField {
  /** Lower-case words joined by underscores; {isian.<key>} in the text. */
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** The choices of a select. */
  options?: string[];
  /** Fields of one group are shown and printed together under its name (e.g. "Data kendaraan"). */
  group?: string;
}

export interface TemplateParty {
  /** Another person the letter names (a reporter, a witness, the spouse), picked from the registry. */
  key: string;
  label: string;
  /** The desk may type a non-resident's details (a witness from another village) instead of picking one. */
  outsider?: boolean;
  /** The letter may be made without this person (e.g. a previous husband). */
  optional?: boolean;
}

/** What a letter prints of each party, as `{pihak.<key>.<field>}` and in the party's table. */
export const PARTY_FIELDS = [
  'name',
  'nik',
  'birth_place',
  'birth_date',
  'age',
  'sex',
  'occupation',
  'address',
] as const;
export type PartyField = (typeof PARTY_FIELDS)[number];

export type TemplateBlock =
  | { kind: 'paragraph'; text: string }
  /** The subject's identity as a table: name, NIK, birth, sex, religion, occupation, address … */
  | { kind: 'subject' }
  /** The typed fields as a table of label and value; the fields of one group when `group` is given. */
  | { kind: 'fields'; group?: string }
  /** One party's identity as a table under its label (the reporter, a witness). */
  | { kind: 'party'; key: string };

export interface LetterTemplate {
  version: 1;
  page: { size: PageSize; marginsMm: { top: number; right: number; bottom: number; left: number } };
  letterhead: boolean;
  title: string;
  body: TemplateBlock[];
  fields: TemplateField[];
  parties: TemplateParty[];
  /** OpenSID status_dasar codes the subject may have (1 present; 2 died for a death certificate letter). */
  subjectStatuses: number[];
}

export const DEFAULT_PAGE: LetterTemplate['page'] = {
  size: 'F4',
  marginsMm: { top: 15, right: 20, bottom: 15, left: 25 },
};

/** Every placeholder a template may use besides {isian.<field key>}, with what it prints. */
export const PLACEHOLDERS = {
  'subject.name': { id: 'Nama lengkap', en: 'Full name' },
  'subject.nik': { id: 'NIK', en: 'NIK' },
  'subject.kk_number': { id: 'Nomor KK', en: 'Family card number' },
  'subject.birth_place': { id: 'Tempat lahir', en: 'Place of birth' },
  'subject.birth_date': { id: 'Tanggal lahir', en: 'Date of birth' },
  'subject.age': { id: 'Umur', en: 'Age' },
  'subject.sex': { id: 'Jenis kelamin', en: 'Sex' },
  'subject.religion': { id: 'Agama', en: 'Religion' },
  'subject.occupation': { id: 'Pekerjaan', en: 'Occupation' },
  'subject.marital_status': { id: 'Status perkawinan', en: 'Marital status' },
  'subject.citizenship': { id: 'Kewarganegaraan', en: 'Citizenship' },
  'subject.address': { id: 'Alamat', en: 'Address' },
  'subject.family_head': { id: 'Kepala keluarga', en: 'Head of family' },
  'subject.father_name': { id: 'Nama ayah', en: "Father's name" },
  'subject.mother_name': { id: 'Nama ibu', en: "Mother's name" },
  'village.name': { id: 'Nama desa', en: 'Village name' },
  'village.kind': { id: 'Desa atau Kelurahan', en: 'Desa or Kelurahan' },
  'village.district': { id: 'Kecamatan', en: 'District' },
  'village.regency': { id: 'Kabupaten', en: 'Regency' },
  'village.province': { id: 'Provinsi', en: 'Province' },
  'village.head_title': { id: 'Sebutan kepala desa', en: "Village head's title" },
  'signer.name': { id: 'Nama penanda tangan', en: "Signer's name" },
  'signer.post': { id: 'Jabatan penanda tangan', en: "Signer's post" },
  'letter.date': { id: 'Tanggal surat', en: 'Date of the letter' },
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

/** The subject rows the `subject` block prints, in order. */
export const SUBJECT_ROWS: readonly Placeholder[] = [
  'subject.name',
  'subject.nik',
  'subject.kk_number',
  'subject.birth_place',
  'subject.birth_date',
  'subject.sex',
  'subject.religion',
  'subject.marital_status',
  'subject.occupation',
  'subject.citizenship',
  'subject.address',
];

const PLACEHOLDER = /\{([a-z_.0-9]+)\}/g;
const FIELD_KEY = /^[a-z][a-z0-9_]{0,59}$/;

export type TemplateProblem =
  | { kind: 'title_missing' }
  | { kind: 'body_empty' }
  | { kind: 'margin_out_of_range'; side: string }
  | { kind: 'unknown_placeholder'; placeholder: string; block: number }
  | { kind: 'bad_field_key'; key: string }
  | { kind: 'duplicate_field'; key: string }
  | { kind: 'select_without_options'; key: string }
  | { kind: 'unknown_group'; group: string; block: number }
  | { kind: 'unknown_party'; party: string; block: number }
  | { kind: 'text_too_long'; block: number };

const MAX_PARAGRAPH = 4000;

/** Everything wrong with a template, none when it may be saved and used. */
export function checkTemplate(template: LetterTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.title.trim() === '') problems.push({ kind: 'title_missing' });
  if (template.body.length === 0) problems.push({ kind: 'body_empty' });
  for (const [side, mm] of Object.entries(template.page.marginsMm))
    if (!(mm >= 5 && mm <= 50)) problems.push({ kind: 'margin_out_of_range', side });
  const keys = new Set<string>();
  for (const field of template.fields) {
    if (!FIELD_KEY.test(field.key)) problems.push({ kind: 'bad_field_key', key: field.key });
    if (keys.has(field.key)) problems.push({ kind: 'duplicate_field', key: field.key });
    keys.add(field.key);
    if (field.type === 'select' && !field.options?.length)
      problems.push({ kind: 'select_without_options', key: field.key });
  }
  const groups = new Set(template.fields.map((field) => field.group).filter(Boolean));
  const parties = new Set(template.parties.map((party) => party.key));
  template.body.forEach((block, index) => {
    if (block.kind === 'party' && !parties.has(block.key))
      problems.push({ kind: 'unknown_party', party: block.key, block: index });
    if (block.kind === 'fields' && block.group !== undefined && !groups.has(block.group))
      problems.push({ kind: 'unknown_group', group: block.group, block: index });
    if (block.kind !== 'paragraph') return;
    if (block.text.length > MAX_PARAGRAPH) problems.push({ kind: 'text_too_long', block: index });
    for (const [, name] of block.text.matchAll(PLACEHOLDER)) {
      const known =
        name! in PLACEHOLDERS ||
        (name!.startsWith('isian.') && keys.has(name!.slice(6))) ||
        isPartyPlaceholder(name!, parties);
      if (!known) problems.push({ kind: 'unknown_placeholder', placeholder: name!, block: index });
    }
  });
  return problems;
}

/**
 * Where in the template a problem lies, as the path of the field an editor shows it beside
 * (`title`, `page.marginsMm.left`, `body.2.text`, `fields.1.key`).
 */
export function templateProblemPath(template: LetterTemplate, problem: TemplateProblem): string {
  const fieldIndex = (key: string) => {
    const index = template.fields.findIndex((field) => field.key === key);
    return problem.kind === 'duplicate_field' ? template.fields.findLastIndex((f) => f.key === key) : index;
  };
  switch (problem.kind) {
    case 'title_missing':
      return 'title';
    case 'body_empty':
      return 'body';
    case 'margin_out_of_range':
      return `page.marginsMm.${problem.side}`;
    case 'unknown_placeholder':
    case 'text_too_long':
      return `body.${problem.block}.text`;
    case 'unknown_group':
      return `body.${problem.block}.group`;
    case 'unknown_party':
      return `body.${problem.block}.key`;
    case 'bad_field_key':
    case 'duplicate_field':
      return `fields.${fieldIndex(problem.key)}.key`;
    case 'select_without_options':
      return `fields.${fieldIndex(problem.key)}.options`;
  }
}

/** `pihak.<party key>.<field>` of a party the template names. */
function isPartyPlaceholder(name: string, parties: ReadonlySet<string>): boolean {
  const [prefix, key, field, ...rest] = name.split('.');
  return (
    prefix === 'pihak' &&
    rest.length === 0 &&
    parties.has(key!) &&
    (PARTY_FIELDS as readonly string[]).includes(field!)
  );
}

/** The text with every placeholder replaced by its value; a value the letter lacks prints as "-". */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined || value.trim() === '' ? '-' : value;
  });
}

export type FieldValues = Record<string, string>;

export type FieldProblem =
  | { key: string; kind: 'required' }
  | { key: string; kind: 'not_a_number' }
  | { key: string; kind: 'not_a_date' }
  | { key: string; kind: 'not_a_time' }
  | { key: string; kind: 'not_an_option' }
  | { key: string; kind: 'too_long' }
  | { key: string; kind: 'unknown_field' };

const MAX_VALUE = { text: 200, textarea: 1000 } as const;

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The values typed for a letter, checked against its fields: what is required is there, a number is a number,
 * a date a real date, a choice one of the options. Values are trimmed; empty optional fields are dropped.
 */
export function checkFieldValues(
  fields: readonly TemplateField[],
  input: Readonly<Record<string, string>>,
): { values: FieldValues; problems: FieldProblem[] } {
  const values: FieldValues = {};
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((field) => field.key));
  for (const key of Object.keys(input)) if (!known.has(key)) problems.push({ key, kind: 'unknown_field' });
  for (const field of fields) {
    const value = (input[field.key] ?? '').trim();
    if (value === '') {
      if (field.required) problems.push({ key: field.key, kind: 'required' });
      continue;
    }
    const problem = valueProblem(field, value);
    if (problem) problems.push({ key: field.key, kind: problem });
    else values[field.key] = value;
  }
  return { values, problems };
}

function valueProblem(field: TemplateField, value: string): FieldProblem['kind'] | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return value.length > MAX_VALUE[field.type] ? 'too_long' : null;
    case 'number':
      return /^-?\d{1,12}([.,]\d{1,4})?$/.test(value) ? null : 'not_a_number';
    case 'date':
      return isCalendarDate(value) ? null : 'not_a_date';
    case 'time':
      return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : 'not_a_time';
    case 'select':
      return field.options?.includes(value) ? null : 'not_an_option';
  }
}
