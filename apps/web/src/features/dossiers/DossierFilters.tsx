import { DOSSIER_STATUSES } from '@klussenbank/domain';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterToggle, useFilterPanel } from '../../shared/FilterPanel';
import { CheckboxField, SelectField, TextField } from '../../shared/form-fields';
import { RouterLink } from '../../shared/router-links';
import type { NamedRef } from '../tasks/task-api';
import { activeDossierFilterCount, DEFAULT_DOSSIER_STATUSES, type DossierQuery } from './dossier-query';
import { DOSSIERS_URL } from './dossier-routes';
import { SkillPicker } from '../skills/SkillPicker';
import type { ChosenSkill } from '../skills/skill-choice';

const skillFromQuery = (query: DossierQuery): ChosenSkill[] =>
  query.skill ? [{ id: null, label: query.skill }] : [];

interface DossierFiltersProps {
  query: DossierQuery;
  partnerships: readonly NamedRef[];
  hasFilters: boolean;
  onSearch: (form: URLSearchParams) => void;
}

/**
 * One GET-style form for the search words and the filters. Its fields start from the URL; when
 * the URL changes (back button, a shared link) the form is reset to match it.
 */
export function DossierFilters({ query, partnerships, hasFilters, onSearch }: DossierFiltersProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const search = JSON.stringify(query);
  const panel = useFilterPanel('dossier-search');
  // The skill picker holds its choice; it starts again from the URL when that changes.
  const [skill, setSkill] = useState<ChosenSkill[]>(skillFromQuery(query));
  const [shown, setShown] = useState(search);
  if (shown !== search) {
    setShown(search);
    setSkill(skillFromQuery(query));
  }

  useEffect(() => {
    // React has already moved the default values to the new query; reset shows them.
    form.current?.reset();
  }, [search]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string') values.append(name, value);
    }
    if (panel.collapsible) panel.fold();
    onSearch(values);
  };

  const statuses = query.statuses.length > 0 ? query.statuses : DEFAULT_DOSSIER_STATUSES;

  return (
    <form
      ref={form}
      id="dossier-search"
      role="search"
      aria-label={t('dossiers.searchLandmark')}
      className={panel.className}
      noValidate
      onSubmit={submit}
    >
      <div className="kb-filters__search">
        <TextField
          id="dossier-filter-q"
          name="q"
          type="search"
          label={t('dossiers.search')}
          description={t('dossiers.searchHint')}
          defaultValue={query.q}
          autoComplete="off"
        />
        <Button type="submit" appearance="primary-action-button">
          {t('dossiers.submitSearch')}
        </Button>
      </div>
      <FilterToggle panel={panel} count={activeDossierFilterCount(query)} />
      <Heading2 className="kb-filters__heading">{t('dossiers.filters')}</Heading2>
      <CheckboxField
        id="dossier-filter-mine"
        name="mine"
        value="true"
        label={t('dossiers.mine')}
        defaultChecked={query.mine}
      />
      <SelectField
        // React applies a select's default value only when it mounts: remount when the URL changes.
        key={`partnerships-${partnerships.length}-${query.partnershipId}`}
        id="dossier-filter-partnership"
        name="partnershipId"
        label={t('dossiers.partnership')}
        defaultValue={query.partnershipId}
      >
        <SelectOption value="">{t('dossiers.allPartnerships')}</SelectOption>
        {partnerships.map((partnership) => (
          <SelectOption key={partnership.id} value={partnership.id}>
            {partnership.name}
          </SelectOption>
        ))}
      </SelectField>
      <SkillPicker
        id="dossier-filter-skill"
        label={t('dossiers.skill')}
        description={t('dossiers.skillHint')}
        value={skill}
        onChange={setSkill}
        max={1}
      />
      {/* The filter is by name (any label finds the skill), so a shared link reads well. */}
      <input type="hidden" name="skill" value={skill[0]?.label ?? ''} />
      <Fieldset className="kb-fieldset">
        <FieldsetLegend>{t('dossiers.status')}</FieldsetLegend>
        {DOSSIER_STATUSES.map((status) => (
          <FormField
            key={status}
            type="checkbox"
            label={
              <FormLabel htmlFor={`dossier-filter-status-${status}`} type="checkbox">
                <Checkbox
                  id={`dossier-filter-status-${status}`}
                  name="status"
                  value={status}
                  defaultChecked={statuses.includes(status)}
                />
                {t(`dossier.status.${status}`)}
              </FormLabel>
            }
          />
        ))}
      </Fieldset>
      <div className="kb-actions">
        <Button type="submit" appearance="secondary-action-button">
          {t('dossiers.apply')}
        </Button>
        {hasFilters && <RouterLink to={DOSSIERS_URL}>{t('dossiers.clear')}</RouterLink>}
      </div>
    </form>
  );
}
