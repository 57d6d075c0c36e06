// Cek Bansos, the public page (issue 13): a page of its own, without the staff app's bundle, for cheap phones
// on weak connections. District → village → name (or NIK / KK with the name) → the programs.
import './cek-bansos.css';
import { fetchAreas, lookUp, Refusal, type Areas, type LookupQuestion } from './api.ts';
import { prepareProof, takeProof } from './proof-of-work.ts';
import { renderResults } from './render.ts';
import { TEXT, type Language } from './text.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('lookup');
const districtSelect = $<HTMLSelectElement>('district');
const villageSelect = $<HTMLSelectElement>('village');
const numberField = $<HTMLDivElement>('number-field');
const numberInput = $<HTMLInputElement>('number');
const nameInput = $<HTMLInputElement>('name');
const fieldError = $<HTMLParagraphElement>('field-error');
const status = $<HTMLParagraphElement>('status');
const results = $<HTMLElement>('results');
const submit = $<HTMLButtonElement>('submit');

let language: Language = 'id';
let areas: Areas | undefined;
const words = () => TEXT[language];
const mode = () => (new FormData(form).get('mode') as 'name' | 'nik' | 'kk') ?? 'name';

function option(value: string, label: string) {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = label;
  return node;
}

function fillDistricts() {
  if (!areas) return;
  const chosen = districtSelect.value;
  districtSelect.replaceChildren(
    option('', words().chooseDistrict),
    ...areas.districts.map((district) => option(district.code, district.name)),
  );
  districtSelect.value = chosen;
  districtSelect.disabled = false;
}

function fillVillages() {
  const district = areas?.districts.find((d) => d.code === districtSelect.value);
  const chosen = villageSelect.value;
  villageSelect.replaceChildren(
    option('', district ? words().chooseVillage : words().chooseDistrictFirst),
    ...(district?.villages ?? []).map((village) => option(village.code, village.name)),
  );
  villageSelect.value = district?.villages.some((v) => v.code === chosen) ? chosen : '';
  villageSelect.disabled = !district;
}

function showMode() {
  const current = mode();
  numberField.hidden = current === 'name';
  $('number-label').textContent = current === 'kk' ? words().kk : words().nik;
  $('name-label').textContent = current === 'kk' ? words().headName : words().name;
}

function translate() {
  document.documentElement.lang = language;
  // A refusal shown in the other language would now read wrong; it comes back on the next search.
  fieldError.hidden = true;
  status.textContent = '';
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = words()[node.dataset.text as keyof ReturnType<typeof words>];
    if (typeof text === 'string') node.textContent = text;
  }
  $('language').textContent = words().language;
  $('language').lang = language === 'id' ? 'en' : 'id';
  fillDistricts();
  fillVillages();
  showMode();
}

/** The question, or the first thing to fix, in the citizen's words. */
function question(): Omit<LookupQuestion, 'proof'> | string {
  if (!villageSelect.value) return words().needVillage;
  const name = nameInput.value.trim();
  if (name.length < 3 || /\d/.test(name)) return words().needName;
  const current = mode();
  if (current === 'name') return { village: villageSelect.value, name };
  const number = numberInput.value.replace(/\s+/g, '');
  if (!/^\d{16}$/.test(number)) return words().needNumber;
  return { village: villageSelect.value, name, [current]: number };
}

async function search(event: SubmitEvent) {
  event.preventDefault();
  const asked = question();
  fieldError.hidden = typeof asked !== 'string';
  if (typeof asked === 'string') {
    fieldError.textContent = asked;
    return;
  }
  submit.disabled = true;
  results.replaceChildren();
  try {
    status.textContent = words().checking;
    const proof = await takeProof();
    status.textContent = words().searching;
    const answer = await lookUp({ ...asked, proof });
    status.textContent = '';
    renderResults(results, answer.rows, words());
  } catch (error) {
    status.textContent =
      error instanceof Refusal ? error.messages[language] || words().failed : words().failed;
  } finally {
    submit.disabled = false;
  }
}

districtSelect.addEventListener('change', fillVillages);
villageSelect.addEventListener('change', prepareProof);
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name === 'mode') showMode();
});
form.addEventListener('submit', (event) => void search(event));
$('language').addEventListener('click', () => {
  language = language === 'id' ? 'en' : 'id';
  translate();
});

fetchAreas()
  .then((loaded) => {
    areas = loaded;
    fillDistricts();
  })
  .catch(() => (status.textContent = words().failed));
