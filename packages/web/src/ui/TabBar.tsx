import { formatNumber } from './format.ts';
import type { KeyboardEvent } from 'react';

export interface Tab<K extends string> {
  key: K;
  label: string;
  count?: number;
}

interface TabBarProps<K extends string> {
  label: string;
  tabs: readonly Tab<K>[];
  active: K;
  onSelect: (key: K) => void;
  /** id of the panel the tabs control. */
  panelId: string;
}

/** ARIA tabs: arrow keys move between tabs, the panel below shows the selected one. */
export function TabBar<K extends string>({ label, tabs, active, onSelect, panelId }: TabBarProps<K>) {
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.key);
    const buttons = event.currentTarget.parentElement?.querySelectorAll('button');
    buttons?.[(index + step + tabs.length) % tabs.length]?.focus();
  };

  return (
    <div className="tab-bar" role="tablist" aria-label={label}>
      {tabs.map((tab, index) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          className="tab"
          aria-selected={tab.key === active}
          aria-controls={panelId}
          tabIndex={tab.key === active ? 0 : -1}
          onClick={() => onSelect(tab.key)}
          onKeyDown={(event) => move(event, index)}
        >
          {tab.label}
          {tab.count !== undefined && <span className="tab-count">{formatNumber(tab.count)}</span>}
        </button>
      ))}
    </div>
  );
}
