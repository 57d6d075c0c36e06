import { checkEligibility, isEligibilityDefined, type Eligibility } from '@smart-kampung/domain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  fetchTargetingCounts,
  fetchTargetingList,
  fetchTargetingPrograms,
  postWhatIf,
  saveEligibility,
  type TargetingListName,
  type TargetingProgram,
  type WhatIf,
} from '../../../api/targeting.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { TabBar } from '../../../ui/TabBar.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { useRefreshingData } from '../../../ui/useRefreshingData.ts';
import { fetchProgram } from '../../../api/assistance.ts';
import type { TargetingItem } from '../../../api/targeting.ts';
import { EnrolDialog } from '../EnrolDialog.tsx';
import { FreshnessNote } from '../FreshnessNote.tsx';
import { EligibilityEditor } from './EligibilityEditor.tsx';
import { CountsTable, UnitList } from './TargetingTables.tsx';
import './targeting.css';
import '../../../i18n/lazy/targeting.ts';

const LISTS = ['excluded', 'included', 'incomplete'] as const;
const WHAT_IF_DELAY_MS = 400;

/**
 * One program: its eligibility (editable by whoever decides it), and the figures and lists that follow it. Under
 * the saved eligibility the figures are the stored counts (they may say some villages are being recounted; the
 * page asks again until they are current) and the list is read page by page; under an unsaved draft both come
 * from the what-if, evaluated now.
 */
export function ProgramTargetingPage() {
  const { programId = '' } = useParams();
  const { t } = useTranslation();
  const programs = useAsyncData('programs', () => fetchTargetingPrograms());
  if (programs.status === 'error')
    return (
      <LoadError title={t('targeting.programsLoadFailed')} error={programs.error} onRetry={programs.reload} />
    );
  if (programs.status === 'loading')
    return (
      <p className="muted" role="status">
        {t('app.loading')}
      </p>
    );
  const program = programs.data.items.find((p) => p.id === programId);
  if (!program)
    return (
      <LoadError
        title={t('targeting.programsLoadFailed')}
        error={new Error('404')}
        onRetry={programs.reload}
      />
    );
  return <ProgramTargeting key={program.id} program={program} programs={programs.data.items} />;
}

function ProgramTargeting({
  program,
  programs,
}: {
  program: TargetingProgram;
  programs: TargetingProgram[];
}) {
  const { t } = useTranslation();
  const { code: region, select } = useSelectedRegion();
  const regionTitle = useRegionTitle(region);
  const search = useRegionSearch();
  const [saved, setSaved] = useState<Eligibility>(program.eligibility);
  const [draft, setDraft] = useState<Eligibility>(program.eligibility);
  const [result, setResult] = useState<{ data?: WhatIf; error?: Error; loading: boolean }>({ loading: true });
  const [list, setList] = useState<TargetingListName>('excluded');
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [enrolling, setEnrolling] = useState<TargetingItem | null>(null);
  // The program as the enrolment pages see it: whether this user may enrol in it, or only propose.
  const full = useAsyncData(`program|${program.id}`, () => fetchProgram(program.id));
  const mayEnrol = full.status === 'success' && (full.data.canEnrol || full.data.canPropose);
  const check = useMemo(() => checkEligibility(draft), [draft]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  // Raised after an enrolment from the list: the figures and the list are asked again.
  const [recount, setRecount] = useState(0);
  const draftKey = JSON.stringify([draft, region, recount]);
  const savedKey = JSON.stringify([saved, region, recount]);

  // Under the saved eligibility: the stored counts, asked again while some villages are being recounted.
  const stored = useRefreshingData(
    dirty ? null : `counts|${savedKey}`,
    () => fetchTargetingCounts(program.id, region),
    (counts) => !counts.freshness.current,
  );
  const savedPage = useAsyncData(dirty ? null : `${list}|${offset}|${savedKey}`, () =>
    fetchTargetingList(program.id, list, region, offset),
  );
  // Another area, a recount or a saved change starts the list at its first page again.
  useEffect(() => setOffset(0), [savedKey]);

  // The what-if: every edit (after a short pause) recounts and relists under the draft; nothing is saved.
  useEffect(() => {
    if (!dirty || !check.ok || !isEligibilityDefined(check.eligibility)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setResult((r) => ({ ...r, loading: true }));
      postWhatIf(program.id, region, check.eligibility, controller.signal).then(
        (data) => setResult({ data, loading: false }),
        (error: unknown) =>
          !controller.signal.aborted && setResult({ error: error as Error, loading: false }),
      );
    }, WHAT_IF_DELAY_MS);
    setOffset(0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // draftKey stands for the draft, the region and a recount asked for; dirty follows the draft.
  }, [draftKey, program.id]);

  const counts = dirty ? result.data : stored.status === 'success' ? stored.data : undefined;
  const countsError = dirty ? result.error : stored.status === 'error' ? stored.error : undefined;
  const retryCounts = dirty ? () => setRecount((n) => n + 1) : stored.reload;
  const listTotals = dirty ? result.data?.lists : undefined;
  const tabCount = (key: (typeof LISTS)[number]) => listTotals?.[key].total ?? counts?.totals[key] ?? 0;
  const page = dirty
    ? result.data?.lists[list as (typeof LISTS)[number]]
    : savedPage.status === 'success'
      ? savedPage.data
      : undefined;
  const pageError = !dirty && savedPage.status === 'error' ? savedPage : null;

  const save = async () => {
    if (!check.ok) return;
    setSaving(true);
    try {
      const answer = await saveEligibility(program.id, check.eligibility);
      setSaved(answer.program.eligibility);
      setDraft(answer.program.eligibility);
      setNotice(t('targeting.saved'));
    } catch (error) {
      setNotice((error as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page targeting-page" data-testid="program-targeting">
      <header className="page-header">
        <Link to={{ pathname: '/bantuan-sosial/penargetan', search }}>{t('targeting.back')}</Link>
        <h1 className="page-title">
          {program.name} <span className="muted">{program.code}</span>
        </h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      <section className="panel">
        <h2>{t('targeting.editorTitle')}</h2>
        <p className="field-hint">
          {program.canManage ? t('targeting.editorHint') : t('targeting.readOnly')}
        </p>
        <EligibilityEditor
          draft={draft}
          onChange={setDraft}
          programs={programs}
          self={program}
          errors={check.ok ? [] : check.errors}
          readOnly={!program.canManage}
        />
        {dirty && <p className="notice notice-warning">{t('targeting.draft')}</p>}
        {program.canManage && (
          <div className="form-buttons">
            <button
              type="button"
              className="button button-primary"
              disabled={!dirty || !check.ok || saving}
              onClick={() => void save()}
            >
              {saving ? t('targeting.saving') : t('targeting.save')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={!dirty}
              onClick={() => setDraft(saved)}
            >
              {t('targeting.reset')}
            </button>
          </div>
        )}
      </section>
      <section className="panel" aria-busy={dirty ? result.loading : stored.status === 'loading'}>
        <h2>{t('targeting.countsTitle')}</h2>
        {countsError ? (
          <LoadError title={t('targeting.countsFailed')} error={countsError} onRetry={retryCounts} />
        ) : counts ? (
          <>
            <FreshnessNote
              staleness={{
                pending: counts.freshness.pendingVillages,
                countedAt: counts.freshness.countedAt,
              }}
            />
            <CountsTable counts={counts} onArea={select} />
          </>
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
      </section>
      {counts && (
        <section className="panel">
          <h2>{t('targeting.listsTitle')}</h2>
          <TabBar
            label={t('targeting.listsTitle')}
            tabs={LISTS.map((key) => ({
              key,
              label: t(`targeting.${key}`),
              count: tabCount(key),
            }))}
            active={list as (typeof LISTS)[number]}
            onSelect={(key) => {
              setList(key);
              setOffset(0);
            }}
            panelId="targeting-list"
          />
          <div id="targeting-list" role="tabpanel">
            {pageError ? (
              <LoadError
                title={t('targeting.listFailed')}
                error={pageError.error}
                onRetry={pageError.reload}
              />
            ) : page ? (
              <>
                <UnitList
                  items={page.items}
                  {...(list === 'excluded' && mayEnrol ? { onEnrol: setEnrolling } : {})}
                />
                {!dirty && <Pagination total={page.total} limit={25} offset={offset} onChange={setOffset} />}
              </>
            ) : (
              <p className="muted">{t('app.loading')}</p>
            )}
          </div>
        </section>
      )}
      {enrolling && full.status === 'success' && (
        <EnrolDialog
          program={full.data}
          villageCode={enrolling.villageCode}
          unit={{
            unitId: enrolling.unitId,
            name: enrolling.name ?? enrolling.label ?? '—',
            detail: enrolling.identifierMasked ?? '',
          }}
          onClose={() => setEnrolling(null)}
          onDone={() => {
            setEnrolling(null);
            setNotice(t('targeting.enrolledNotice', { name: enrolling.name ?? enrolling.label ?? '' }));
            setRecount((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}
