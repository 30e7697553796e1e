import { Alert, Button, DataBadge, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { apiErrorDetail } from '../../shared/api-error';
import { TextField } from '../../shared/form-fields';
import type { Page } from '../tasks/task-api';
import { type Skill, type SkillRef, searchSkills } from './profile-api';
import { matchedAltLabels } from './profile-form';

interface SkillPickerProps {
  id: string;
  heading: string;
  label: string;
  /** The accessible name of a result's add button, e.g. "GIS toevoegen". */
  addLabel: (skill: string) => string;
  isAdded: (id: string) => boolean;
  addedText: string;
  /** Set when the list is full: results then offer no add button. */
  full?: string;
  onAdd: (skill: SkillRef) => void;
  inputRef?: Ref<HTMLInputElement>;
}

type Search =
  | { state: 'idle' }
  | { state: 'busy'; q: string }
  | { state: 'done'; q: string; page: Page<Skill> }
  | { state: 'failed'; q: string; error: unknown };

/**
 * Find a skill in the taxonomy and add it: a search field with its own button (no type-ahead, so
 * nothing moves while someone types), results as a list with a button each.
 */
export function SkillPicker({
  id,
  heading,
  label,
  addLabel,
  isAdded,
  addedText,
  full,
  onAdd,
  inputRef,
}: SkillPickerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [query, setQuery] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const request = useRef<AbortController | null>(null);

  useEffect(() => () => request.current?.abort(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = query.trim();
    if (q === '') {
      setFieldError(t('profile.search.required'));
      event.currentTarget.querySelector('input')?.focus();
      return;
    }
    setFieldError(undefined);
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setSearch({ state: 'busy', q });
    try {
      const page = await searchSkills(q, language, controller.signal);
      if (!controller.signal.aborted) setSearch({ state: 'done', q, page });
    } catch (error) {
      if (!controller.signal.aborted) setSearch({ state: 'failed', q, error });
    }
  };

  const status = (() => {
    switch (search.state) {
      case 'idle':
      case 'failed':
        return '';
      case 'busy':
        return t('profile.search.searching');
      case 'done':
        return search.page.total === 0
          ? t('profile.search.none', { q: search.q })
          : t('profile.search.found', { count: search.page.total, q: search.q });
    }
  })();

  return (
    <div className="kb-skill-picker">
      <Heading3>{heading}</Heading3>
      <form className="kb-filters__search" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={id}
          name="q"
          type="search"
          label={label}
          description={t('profile.search.hint')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          error={fieldError}
          inputRef={inputRef}
        />
        <Button type="submit" appearance="secondary-action-button" busy={search.state === 'busy'}>
          {t('profile.search.submit')}
        </Button>
      </form>
      {/* Always in the page, so each new outcome is read out. */}
      <Paragraph aria-live="polite" className="kb-result-count">
        {status}
      </Paragraph>
      {search.state === 'failed' && (
        <Alert type="error" role="alert">
          <Paragraph>{apiErrorDetail(search.error) ?? t('profile.search.failed')}</Paragraph>
        </Alert>
      )}
      {search.state === 'done' && search.page.items.length > 0 && (
        <>
          {full && <Paragraph>{full}</Paragraph>}
          <ul className="kb-skill-list" aria-label={t('profile.search.results')}>
            {search.page.items.map((skill) => {
              const also = matchedAltLabels(search.q, skill.label, skill.altLabels);
              return (
                <li key={skill.id} className="kb-skill-row">
                  <span className="kb-skill-row__name">
                    <span className="kb-skill-row__label">{skill.label}</span>
                    {also.length > 0 && (
                      <span className="kb-skill-row__also">
                        {t('profile.search.alsoKnownAs', { labels: also.join(', ') })}
                      </span>
                    )}
                  </span>
                  {isAdded(skill.id) ? (
                    <DataBadge className="kb-badge">{addedText}</DataBadge>
                  ) : (
                    !full && (
                      <Button
                        appearance="secondary-action-button"
                        aria-label={addLabel(skill.label)}
                        onClick={() => onAdd({ id: skill.id, label: skill.label })}
                      >
                        {t('profile.search.add')}
                      </Button>
                    )
                  )}
                </li>
              );
            })}
          </ul>
          {search.page.total > search.page.items.length && (
            <Paragraph>
              {t('profile.search.more', { shown: search.page.items.length, total: search.page.total })}
            </Paragraph>
          )}
        </>
      )}
    </div>
  );
}
