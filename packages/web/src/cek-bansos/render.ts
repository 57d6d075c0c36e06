// Results as cards a phone reads top to bottom: masked name, age and RT/RW, then each program with its status
// and period. Built with DOM nodes and textContent only: nothing from the server is parsed as HTML.
import type { LookupRow } from './api.ts';
import type { Words } from './text.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const period = (words: Words, since: string | null, until: string | null) =>
  [since && `${words.since} ${since}`, until && `${words.until} ${until}`].filter(Boolean).join(' ');

export function renderResults(target: HTMLElement, rows: LookupRow[], words: Words) {
  target.replaceChildren();
  if (rows.length === 0) {
    target.append(element('p', 'cb-nothing', words.nothing));
    return;
  }
  target.append(element('p', 'cb-count', words.found(rows.length)));
  for (const row of rows) {
    const card = element('article', 'cb-card');
    card.append(element('h2', 'cb-name', row.name));
    const where = [words.age(row.age), row.rt && `RT ${row.rt}`, row.rw && `RW ${row.rw}`].filter(Boolean);
    card.append(element('p', 'cb-where', where.join(' · ')));
    const list = element('ul', 'cb-programs');
    for (const program of row.programs) {
      const item = element('li', `cb-program cb-${program.status}`);
      item.append(element('strong', '', program.name));
      item.append(element('span', 'cb-badge', words.status[program.status]));
      const when = period(words, program.since, program.until);
      if (when) item.append(element('span', 'cb-period', when));
      list.append(item);
    }
    card.append(list);
    target.append(card);
  }
}
