import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorDetail } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { RadioGroup, SelectField, TextField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { useApiData } from '../../shared/useApiData';
import { usePanel } from '../../shared/usePanel';
import { AdminPage } from './AdminPage';
import {
  importSkills,
  mergeSkill,
  previewSkillMerge,
  type SkillImportReport,
  type SkillMerge,
  skillSearchQuery,
} from './admin-api';

/** /beheer/vaardigheden (platform admins): the ESCO import with its report, and merging duplicates. */
export function SkillsAdminPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.skills.title')} platformOnly>
      <Paragraph appearance="lead">{t('admin.skills.intro')}</Paragraph>
      <SkillImport />
      <SkillMergeSection />
    </AdminPage>
  );
}

function SkillImport() {
  const { t } = useTranslation();
  const file = useRef<HTMLInputElement>(null);
  const [lang, setLang] = useState<'nl' | 'en'>('nl');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<SkillImportReport | null>(null);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) {
      setMissing(true);
      file.current?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    setFeedback(null);
    setReport(null);
    try {
      const answer = await importSkills(lang, chosen);
      setReport(answer);
      setFeedback({ type: 'ok', text: t('admin.skills.imported', { name: chosen.name }) });
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="kb-section" aria-labelledby="skill-import">
      <Heading2 id="skill-import">{t('admin.skills.importHeading')}</Heading2>
      <Paragraph>{t('admin.skills.importText')}</Paragraph>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          id="skill-import-lang"
          label={t('admin.skills.lang')}
          value={lang}
          onChange={(event) => setLang(event.target.value === 'en' ? 'en' : 'nl')}
        >
          <option value="nl">{t('admin.skills.langNl')}</option>
          <option value="en">{t('admin.skills.langEn')}</option>
        </SelectField>
        <FormField
          invalid={missing}
          label={<FormLabel htmlFor="skill-import-file">{t('admin.skills.file')}</FormLabel>}
          description={
            <FormFieldDescription id="skill-import-file-description">
              {t('admin.skills.fileText')}
            </FormFieldDescription>
          }
          errorMessage={
            missing ? (
              <div className="utrecht-form-field-error-message" id="skill-import-file-error">
                {t('admin.skills.fileMissing')}
              </div>
            ) : undefined
          }
          input={
            <input
              ref={file}
              id="skill-import-file"
              type="file"
              accept=".csv,text/csv"
              aria-invalid={missing || undefined}
              aria-describedby={`skill-import-file-description${missing ? ' skill-import-file-error' : ''}`}
            />
          }
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('admin.skills.import')}
        </Button>
      </form>
      <Feedback message={feedback} />
      {report && <ImportReport report={report} />}
    </section>
  );
}

function ImportReport({ report }: { report: SkillImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: [keyof Omit<SkillImportReport, 'lang' | 'errors'>, number][] = [
    ['rows', report.rows],
    ['inserted', report.inserted],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['labelsAdded', report.labelsAdded],
    ['errorCount', report.errorCount],
  ];
  return (
    <section className="kb-admin-report" aria-labelledby="skill-import-report">
      <Heading3 id="skill-import-report">{t('admin.skills.report')}</Heading3>
      <DataList className="kb-data-list">
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{t(`admin.skills.reportRow.${key}`)}</DataListKey>
            <DataListValue>{format.number(value)}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {report.errors.length > 0 && (
        <>
          <Paragraph>
            {t('admin.skills.errorsShown', { count: report.errors.length, total: report.errorCount })}
          </Paragraph>
          <UnorderedList>
            {report.errors.map((error) => (
              <UnorderedListItem key={`${error.line}-${error.reason}`}>
                {t('admin.skills.errorLine', { line: error.line, reason: error.reason })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}

interface Chosen {
  id: string;
  label: string;
}

function SkillMergeSection() {
  const { t } = useTranslation();
  const [source, setSource] = useState<Chosen | null>(null);
  const [target, setTarget] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<SkillMerge | null>(null);
  const [busy, setBusy] = useState<'preview' | 'merge' | null>(null);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [generation, setGeneration] = useState(0);
  const panel = usePanel<'confirm'>();

  const ask = async () => {
    if (!source || !target) return;
    setBusy('preview');
    setFeedback(null);
    try {
      setPreview(await previewSkillMerge(source.id, target.id));
      panel.show('confirm');
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(null);
    }
  };

  const merge = async () => {
    if (!source || !target) return;
    setBusy('merge');
    try {
      await mergeSkill(source.id, target.id);
      panel.done();
      setPreview(null);
      setSource(null);
      setTarget(null);
      // The choosers start afresh: the merged skill is gone from the taxonomy.
      setGeneration((n) => n + 1);
      setFeedback({
        type: 'ok',
        text: t('admin.skills.merged', { source: source.label, target: target.label }),
      });
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="kb-section" aria-labelledby="skill-merge">
      <Heading2 id="skill-merge">{t('admin.skills.mergeHeading')}</Heading2>
      <Paragraph>{t('admin.skills.mergeText')}</Paragraph>
      <Feedback message={feedback} />
      <SkillChooser
        key={`source-${generation}`}
        id="merge-source"
        label={t('admin.skills.source')}
        chosen={source}
        onChoose={(skill) => {
          setSource(skill);
          setPreview(null);
        }}
      />
      <SkillChooser
        key={`target-${generation}`}
        id="merge-target"
        label={t('admin.skills.target')}
        chosen={target}
        onChoose={(skill) => {
          setTarget(skill);
          setPreview(null);
        }}
      />
      {panel.open === 'confirm' && preview && source && target ? (
        <ConfirmPanel
          question={t('admin.skills.mergeQuestion', { source: source.label, target: target.label })}
          explanation={moves(preview, target.label, t)}
          confirmLabel={t('admin.skills.mergeConfirm')}
          danger
          busy={busy === 'merge'}
          onConfirm={() => void merge()}
          onCancel={panel.cancel}
        />
      ) : (
        <Button
          appearance="secondary-action-button"
          disabled={!source || !target}
          busy={busy === 'preview'}
          onClick={() => void ask()}
        >
          {t('admin.skills.preview')}
        </Button>
      )}
    </section>
  );
}

const REFERENCE_TABLES = ['task_skills', 'dossier_skills', 'user_skills', 'learning_goals'] as const;

/** What a merge moves, in words: each known table, then whatever else references skills. */
function moves(preview: SkillMerge, target: string, t: TFunction): string {
  const moved = preview.referencesMoved;
  const known = REFERENCE_TABLES.map((table) =>
    t(`admin.skills.moves.${table}`, { count: moved[table] ?? 0 }),
  );
  const other = Object.entries(moved)
    .filter(([table]) => !(REFERENCE_TABLES as readonly string[]).includes(table))
    .reduce((sum, [, count]) => sum + count, 0);
  const parts = [...known, ...(other > 0 ? [t('admin.skills.moves.other', { count: other })] : [])];
  return [
    t('admin.skills.movesIntro', { target, list: parts.join(', ') }),
    t('admin.skills.labelsMoved', { count: preview.labelsMoved }),
    t('admin.skills.mergeAfter'),
  ].join(' ');
}

interface SkillChooserProps {
  id: string;
  label: string;
  chosen: Chosen | null;
  onChoose: (skill: Chosen) => void;
}

/** A search over the shared taxonomy; the matches are radio buttons, so the keyboard chooses as well. */
function SkillChooser({ id, label, chosen, onChoose }: SkillChooserProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const results = useApiData(query ? skillSearchQuery(query) : null);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(typed.trim());
  };

  const items = results.data?.items ?? [];
  return (
    <div className="kb-admin-card">
      <form role="search" className="kb-admin-search" aria-label={label} onSubmit={search} noValidate>
        <TextField
          id={`${id}-search`}
          type="search"
          label={label}
          description={t('admin.skills.searchText')}
          value={typed}
          maxLength={100}
          onChange={(event) => setTyped(event.target.value)}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('admin.skills.search')}
        </Button>
      </form>
      {results.error !== undefined && <LoadError error={results.error} onRetry={results.reload} />}
      {query && results.data && items.length === 0 && (
        <Paragraph>{t('admin.skills.noMatch', { q: query })}</Paragraph>
      )}
      {items.length > 0 && (
        <RadioGroup
          id={`${id}-choice`}
          name={`${id}-choice`}
          legend={t('admin.skills.choose', { label })}
          options={items.map((skill) => ({
            value: skill.id,
            label: skill.label,
            description: [skill.labelEn, ...skill.altLabels].filter(Boolean).join(' · ') || undefined,
          }))}
          value={chosen?.id ?? ''}
          onChange={(value) => {
            const skill = items.find((item) => item.id === value);
            if (skill) onChoose({ id: skill.id, label: skill.label });
          }}
        />
      )}
      {chosen && (
        <Paragraph className="kb-admin-card__meta">
          {t('admin.skills.chosen', { label: chosen.label })}
        </Paragraph>
      )}
    </div>
  );
}
