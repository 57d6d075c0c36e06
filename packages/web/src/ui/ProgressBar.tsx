import { formatNumber } from './format.ts';
interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
}

/** A native <progress>, labelled, with the numbers written out beside it for people who cannot see bars. */
export function ProgressBar({ label, value, max }: ProgressBarProps) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        <span className="progress-numbers">
          {max > 0 ? `${formatNumber(value)} / ${formatNumber(max)} (${percent}%)` : ''}
        </span>
      </div>
      {/* Without a total yet the bar is indeterminate (it moves without a value). */}
      <progress aria-label={label} value={max > 0 ? value : undefined} max={max > 0 ? max : undefined} />
    </div>
  );
}
