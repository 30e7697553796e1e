import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { CheckboxField } from '../../shared/form-fields';
import { LoadingState } from '../../shared/LoadingState';
import {
  applyPeopleImport,
  type PeopleImportPreview,
  type PeopleImportRow,
  previewPeopleImport,
} from './admin-api';

/** The API takes 1 MB of JSON; a file this size fits with room for escaping. */
export const MAX_FILE_BYTES = 900 * 1024;

/** The template's header (Dutch, `;` as Excel in Dutch writes it) and one example row. */
export const TEMPLATE_CSV =
  '\uFEFFe-mailadres;naam;functie;e-mailadres leidinggevende;rollen\r\n' +
  'j.jansen@gemeente.nl;Jan Jansen;Beleidsmedewerker;p.devries@gemeente.nl;medewerker\r\n' +
  'p.devries@gemeente.nl;Petra de Vries;Teamleider;;"medewerker;manager"\r\n';

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE_CSV)}`;

interface ImportPeopleProps {
  organisationId: string;
  /** After an import: the people list reloads. */
  onImported: () => void;
}

/**
 * "Medewerkers importeren (CSV)" on the people page: choose a file, see per row what would happen
 * (nothing is written yet), choose whether people missing from the file are switched off, confirm,
 * read the outcome.
 */
export function ImportPeople({ organisationId, onImported }: ImportPeopleProps) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<PeopleImportPreview | null>(null);
  const [deactivateMissing, setDeactivateMissing] = useState(false);
  const [sendInvitations, setSendInvitations] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  const reset = () => {
    setPreview(null);
    setCsv(null);
    setConfirming(false);
    setDeactivateMissing(false);
    setSendInvitations(false);
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setFeedback(null);
    reset();
    if (!file) {
      setFileError(t('admin.peopleImport.fileMissing'));
      fileInput.current?.focus();
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t('admin.peopleImport.fileTooLarge', { kilobytes: Math.round(MAX_FILE_BYTES / 1024) }));
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    setBusy('preview');
    try {
      const text = await file.text();
      const answer = await previewPeopleImport(organisationId, text);
      setCsv(text);
      setPreview(answer);
    } catch (error) {
      const reasons = invalidParamsOf(error).map((param) => param.reason);
      setFeedback({
        type: 'error',
        text: reasons.length > 0 ? reasons.join(' ') : (apiErrorDetail(error) ?? t('common.actionFailed')),
      });
    } finally {
      setBusy(null);
    }
  };

  const apply = async () => {
    if (!csv) return;
    setBusy('apply');
    try {
      const result = await applyPeopleImport(organisationId, { csv, deactivateMissing, sendInvitations });
      reset();
      if (fileInput.current) fileInput.current.value = '';
      setFeedback({
        type: 'ok',
        text: [
          t('admin.peopleImport.done', {
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
            deactivated: result.deactivated,
          }),
          result.invitations > 0 ? t('admin.peopleImport.invited', { count: result.invitations }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
      onImported();
    } catch (error) {
      setConfirming(false);
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(null);
    }
  };

  const counts = preview?.counts;
  const nothingToDo =
    counts !== undefined &&
    counts.create === 0 &&
    counts.update === 0 &&
    (counts.missing === 0 || !deactivateMissing);

  return (
    <section className="kb-section kb-people-import" aria-labelledby={`${id}-heading`}>
      <Heading2 id={`${id}-heading`}>{t('admin.peopleImport.heading')}</Heading2>
      <Paragraph>{t('admin.peopleImport.intro')}</Paragraph>
      <Paragraph>
        <Link href={TEMPLATE_HREF} download="medewerkers-sjabloon.csv">
          {t('admin.peopleImport.template')}
        </Link>
      </Paragraph>
      <form onSubmit={(event) => void check(event)} noValidate>
        <FormField
          invalid={fileError !== null}
          label={<FormLabel htmlFor={`${id}-file`}>{t('admin.peopleImport.file')}</FormLabel>}
          description={
            <FormFieldDescription id={`${id}-file-description`}>
              {t('admin.peopleImport.fileText')}
            </FormFieldDescription>
          }
          errorMessage={
            fileError ? (
              <div className="utrecht-form-field-error-message" id={`${id}-file-error`}>
                {fileError}
              </div>
            ) : undefined
          }
          input={
            <input
              ref={fileInput}
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv"
              aria-invalid={fileError !== null || undefined}
              aria-describedby={`${id}-file-description${fileError ? ` ${id}-file-error` : ''}`}
              onChange={() => {
                reset();
                setFeedback(null);
              }}
            />
          }
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy === 'preview'}>
          {t('admin.peopleImport.check')}
        </Button>
      </form>
      {busy === 'preview' && <LoadingState text={t('admin.peopleImport.checking')} />}
      <Feedback message={feedback} />
      {preview && counts && (
        <div className="kb-people-import__preview">
          <Heading3>{t('admin.peopleImport.previewHeading')}</Heading3>
          <Paragraph>
            {t('admin.peopleImport.summary', {
              count: preview.rows.length,
              create: counts.create,
              update: counts.update,
              unchanged: counts.unchanged,
              error: counts.error,
            })}
          </Paragraph>
          {counts.error > 0 && (
            <Paragraph className="kb-people-import__blocked" role="status">
              <strong>{t('admin.peopleImport.blocked', { count: counts.error })}</strong>
            </Paragraph>
          )}
          <PreviewTable rows={preview.rows} />
          {preview.missing.length > 0 && (
            <>
              <CheckboxField
                id={`${id}-deactivate`}
                label={t('admin.peopleImport.deactivateMissing', { count: preview.missing.length })}
                description={t('admin.peopleImport.deactivateMissingText')}
                checked={deactivateMissing}
                onChange={(event) => setDeactivateMissing(event.currentTarget.checked)}
              />
              <ul className="kb-people-import__missing" aria-label={t('admin.peopleImport.missingList')}>
                {preview.missing.map((person) => (
                  <li key={person.id}>
                    {person.displayName} ({person.email})
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.kept.length > 0 && (
            <Paragraph className="kb-admin-card__meta">
              {t('admin.peopleImport.kept', { names: preview.kept.map((k) => k.displayName).join(', ') })}
            </Paragraph>
          )}
          {counts.create > 0 && (
            <CheckboxField
              id={`${id}-invite`}
              label={t('admin.peopleImport.sendInvitations', { count: counts.create })}
              description={t('admin.peopleImport.sendInvitationsText')}
              checked={sendInvitations}
              onChange={(event) => setSendInvitations(event.currentTarget.checked)}
            />
          )}
          {nothingToDo && counts.error === 0 && <Paragraph>{t('admin.peopleImport.nothingToDo')}</Paragraph>}
          {confirming ? (
            <ConfirmPanel
              question={t('admin.peopleImport.confirmQuestion', {
                create: counts.create,
                update: counts.update,
                deactivate: deactivateMissing ? counts.missing : 0,
              })}
              explanation={t('admin.peopleImport.confirmExplanation')}
              confirmLabel={t('admin.peopleImport.confirm')}
              danger={deactivateMissing && counts.missing > 0}
              busy={busy === 'apply'}
              onConfirm={() => void apply()}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                disabled={counts.error > 0 || nothingToDo}
                onClick={() => setConfirming(true)}
              >
                {t('admin.peopleImport.import')}
              </Button>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  reset();
                  if (fileInput.current) fileInput.current.value = '';
                  fileInput.current?.focus();
                }}
              >
                {t('admin.peopleImport.otherFile')}
              </Button>
            </ButtonGroup>
          )}
        </div>
      )}
    </section>
  );
}

function PreviewTable({ rows }: { rows: PeopleImportRow[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="kb-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <Table className="kb-people-import__table">
        <TableCaption id={`${id}-caption`}>{t('admin.peopleImport.tableCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('admin.peopleImport.column.line')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.peopleImport.column.person')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.peopleImport.column.status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow
              key={row.line}
              className={row.status === 'error' ? 'kb-people-import__error' : undefined}
            >
              <TableCell>{row.line}</TableCell>
              <TableHeaderCell scope="row">
                {row.displayName || '—'}
                <span className="kb-people-import__email">{row.email || '—'}</span>
              </TableHeaderCell>
              <TableCell>
                <strong>{t(`admin.peopleImport.status.${row.status}`)}</strong>
                {row.status === 'update' && (
                  <>
                    {': '}
                    {row.changes.map((change) => t(`admin.peopleImport.change.${change}`)).join(', ')}
                  </>
                )}
                {row.errors.length > 0 && (
                  <ul className="kb-people-import__errors">
                    {row.errors.map((error) => (
                      <li key={`${error.field}-${error.code}-${error.reason}`}>
                        {t(`admin.peopleImport.column.${error.field}`)}: {error.reason}
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
