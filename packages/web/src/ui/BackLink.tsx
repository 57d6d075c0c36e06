import { Link } from 'react-router';
import { useRegionSearch } from '../regions/useRegionSearch.ts';

/** "‹ Kembali ke daftar", keeping the selected region. */
export function BackLink({ to, label }: { to: string; label: string }) {
  const search = useRegionSearch();
  return (
    <Link className="back-link" to={{ pathname: to, search }}>
      <span aria-hidden="true">‹ </span>
      {label}
    </Link>
  );
}
