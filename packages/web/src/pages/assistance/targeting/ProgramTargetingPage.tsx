import { checkEligibility, isEligibilityDefined, type Eligibility } from '@smart-kampung/domain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
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
import { fetchProgram } from '../../../api/assistance.ts';
import type { TargetingItem } from '../../../api/targeting.ts';
import { EnrolDialog } from '../EnrolDialog.tsx';
import { EligibilityEditor } from './EligibilityEditor.tsx';
import { CountsTable, UnitList } from './TargetingTables.tsx';
import './targeting.css';
import '../../../i18n/lazy/targeting.ts';

const LISTS = ['excluded', 'included', 'incomplete'] as const;
const WHAT_IF_DELAY_MS = 400;

/** One program: its eligibility (editable by whoever decides it), and the figures and lists that follow it. */
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
  // Raised after an enrolment from the list: the same draft is counted again against the new enrolments.
  const [recount, setRecount] = useState(0);
  const draftKey = JSON.stringify([draft, region, recount]);

  // The what-if: every edit (after a short pause) recounts and relists under the draft; nothing is saved.
  useEffect(() => {
    if (!check.ok || !isEligibilityDefined(check.eligibility)) return;
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
    // draftKey stands for the draft, the region and a recount asked for.
  }, [draftKey, program.id]);

  const later = useAsyncData(offset > 0 && !dirty ? `${list}|${region}|${offset}` : null, () =>
    fetchTargetingList(program.id, list, region, offset),
  );
  const page =
    offset > 0 && later.status === 'success'
      ? later.data
      : result.data?.lists[list as (typeof LISTS)[number]];

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
      <section className="panel" aria-busy={result.loading}>
        <h2>{t('targeting.countsTitle')}</h2>
        {result.error ? (
          <LoadError
            title={t('targeting.countsFailed')}
            error={result.error}
            onRetry={() => setRecount((n) => n + 1)}
          />
        ) : result.data ? (
          <CountsTable counts={result.data} onArea={select} />
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
      </section>
      {result.data && (
        <section className="panel">
          <h2>{t('targeting.listsTitle')}</h2>
          <TabBar
            label={t('targeting.listsTitle')}
            tabs={LISTS.map((key) => ({
              key,
              label: t(`targeting.${key}`),
              count: result.data!.lists[key].total,
            }))}
            active={list as (typeof LISTS)[number]}
            onSelect={(key) => {
              setList(key);
              setOffset(0);
            }}
            panelId="targeting-list"
          />
          <div id="targeting-list" role="tabpanel">
            {later.status === 'error' && offset > 0 ? (
              <LoadError title={t('targeting.listFailed')} error={later.error} onRetry={later.reload} />
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
