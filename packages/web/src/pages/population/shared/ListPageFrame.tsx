import type { ReactNode } from 'react';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import type { AsyncData } from '../../../ui/useAsyncData.ts';
import { PopulationNav } from './PopulationNav.tsx';
import { SuccessNotice } from '../../../ui/SuccessNotice.tsx';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';

interface ListPageFrameProps {
  testId: string;
  title: string;
  /** The search form above the results. */
  search: ReactNode;
  result: AsyncData<unknown> & { reload: () => void };
  /** The title of the error shown instead of the results when the list cannot be loaded. */
  loadFailed: string;
  children: ReactNode;
}

/** A list of the module for the region chosen in the header: title, the module's tabs, search, results. */
export function ListPageFrame({ testId, title, search, result, loadFailed, children }: ListPageFrameProps) {
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  return (
    <div className="page population-page" data-testid={testId}>
      <header className="page-header">
        <h1 className="page-title">{title}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <PopulationNav />
      {/* What a page that navigated here left behind (e.g. a deleted household). */}
      <SuccessNotice />
      {search}
      {result.status === 'error' ? (
        <LoadError title={loadFailed} error={result.error} onRetry={result.reload} />
      ) : (
        children
      )}
    </div>
  );
}
