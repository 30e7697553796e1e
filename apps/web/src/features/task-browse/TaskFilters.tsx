import { LOCATION_TYPES, TASK_LIMITS } from '@klussenbank/domain';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { DATE_INPUT_MAX, DATE_INPUT_MIN } from '../../shared/dates';
import { FilterToggle, useFilterPanel } from '../../shared/FilterPanel';
import { CheckboxField, RadioGroup, SelectField, TextField } from '../../shared/form-fields';
import { RouterLink } from '../../shared/router-links';
import type { NamedRef } from '../tasks/task-api';
import {
  BROWSABLE_STATUSES,
  type BrowseErrors,
  type BrowseField,
  type BrowseQuery,
  DEFAULT_STATUSES,
  TASK_SORTS,
  type TaskSort,
  activeFilterCount,
  defaultSort,
  validateFilters,
} from './browse-query';
import { BROWSE_URL } from '../tasks/task-routes';
import { SkillPicker } from '../skills/SkillPicker';
import type { ChosenSkill } from '../skills/skill-choice';

const skillFromQuery = (query: BrowseQuery): ChosenSkill[] =>
  query.skill ? [{ id: null, label: query.skill }] : [];

interface TaskFiltersProps {
  query: BrowseQuery;
  organisations: readonly NamedRef[];
  partnerships: readonly NamedRef[];
  hasFilters: boolean;
  onSearch: (form: URLSearchParams) => void;
  /** The id of the results' heading: a skip link after the search box jumps there. */
  resultsId: string;
}

const FIELD_ORDER: readonly BrowseField[] = ['minHours', 'maxHours', 'to'];

/**
 * One GET-style form for the search words, the filters and the order. Its fields start from the
 * URL; when the URL changes (back button, a shared link) the form is reset to match it. The order is
 * sent only when the person chose one: until then the select shows the default for the words typed
 * (relevance for words, newest otherwise), and the API applies the same default.
 */
export function TaskFilters({
  query,
  organisations,
  partnerships,
  hasFilters,
  onSearch,
  resultsId,
}: TaskFiltersProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<BrowseErrors>({});
  const search = JSON.stringify(query);
  const sortField = useRef<HTMLSelectElement>(null);
  const panel = useFilterPanel('browse-search');
  // The order the person chose, if any; it starts again from the URL when that changes.
  const [chosenSort, setChosenSort] = useState<TaskSort | ''>(query.sort);
  const [skill, setSkill] = useState<ChosenSkill[]>(skillFromQuery(query));
  const [shown, setShown] = useState(search);
  if (shown !== search) {
    setShown(search);
    setChosenSort(query.sort);
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
    if (!chosenSort) values.delete('sort');
    const found = validateFilters(values);
    flushSync(() => setErrors(found));
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      panel.show();
      form.current?.querySelector<HTMLElement>(`#filter-${first}`)?.focus();
      return;
    }
    if (panel.collapsible) panel.fold();
    onSearch(values);
  };

  const error = (field: BrowseField) => {
    const key = errors[field];
    return key ? t(`browse.errors.${key}`, { max: TASK_LIMITS.hoursMax }) : undefined;
  };
  const statuses = query.statuses.length > 0 ? query.statuses : DEFAULT_STATUSES;

  return (
    <form
      ref={form}
      id="browse-search"
      role="search"
      aria-label={t('browse.searchLandmark')}
      className={panel.className}
      noValidate
      onSubmit={submit}
    >
      <div className="kb-filters__search">
        <TextField
          id="filter-q"
          name="q"
          type="search"
          label={t('browse.search')}
          defaultValue={query.q}
          autoComplete="off"
          onChange={(event) => {
            // Until an order is chosen, the select shows the default for the words typed so far.
            if (!chosenSort && sortField.current)
              sortField.current.value = defaultSort({ q: event.currentTarget.value.trim() });
          }}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('browse.submitSearch')}
        </Button>
        {/* Past the filters in one step; shown when it has focus. */}
        <a
          href={`#${resultsId}`}
          className="utrecht-link kb-skip-to-results"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(resultsId)?.focus();
          }}
        >
          {t('browse.skipToResults')}
        </a>
      </div>
      <FilterToggle panel={panel} count={activeFilterCount(query)} />
      <Heading2 className="kb-filters__heading">{t('browse.filters')}</Heading2>
      <SkillPicker
        id="filter-skill"
        label={t('browse.skill')}
        description={t('browse.skillHint')}
        value={skill}
        onChange={setSkill}
        max={1}
      />
      {/* The filter is by name (any label finds the skill), so a shared link reads well. */}
      <input type="hidden" name="skill" value={skill[0]?.label ?? ''} />
      <SelectField
        // React applies a select's default value only when it mounts: after the options arrive,
        // and when the URL changes.
        key={`organisations-${organisations.length}-${query.organisationId}`}
        id="filter-organisation"
        name="organisationId"
        label={t('browse.organisation')}
        defaultValue={query.organisationId}
      >
        <SelectOption value="">{t('browse.allOrganisations')}</SelectOption>
        {organisations.map((organisation) => (
          <SelectOption key={organisation.id} value={organisation.id}>
            {organisation.name}
          </SelectOption>
        ))}
      </SelectField>
      <SelectField
        key={`partnerships-${partnerships.length}-${query.partnershipId}`}
        id="filter-partnership"
        name="partnershipId"
        label={t('browse.partnership')}
        defaultValue={query.partnershipId}
      >
        <SelectOption value="">{t('browse.allPartnerships')}</SelectOption>
        {partnerships.map((partnership) => (
          <SelectOption key={partnership.id} value={partnership.id}>
            {partnership.name}
          </SelectOption>
        ))}
      </SelectField>
      <RadioGroup
        id="filter-location"
        name="location"
        legend={t('browse.location')}
        defaultValue={query.location}
        options={[
          { value: '', label: t('browse.anyLocation') },
          ...LOCATION_TYPES.map((type) => ({ value: type, label: t(`task.locationType.${type}`) })),
        ]}
      />
      <Fieldset
        className="kb-fieldset"
        aria-describedby="filter-hours-description"
        invalid={Boolean(errors.minHours ?? errors.maxHours)}
      >
        <FieldsetLegend>{t('browse.hours')}</FieldsetLegend>
        <FormFieldDescription id="filter-hours-description">{t('browse.hoursHint')}</FormFieldDescription>
        <div className="kb-field-row">
          <TextField
            id="filter-minHours"
            name="minHours"
            inputMode="decimal"
            label={t('browse.minHours')}
            defaultValue={query.minHours}
            error={error('minHours')}
          />
          <TextField
            id="filter-maxHours"
            name="maxHours"
            inputMode="decimal"
            label={t('browse.maxHours')}
            defaultValue={query.maxHours}
            error={error('maxHours')}
          />
        </div>
      </Fieldset>
      <Fieldset
        className="kb-fieldset"
        aria-describedby="filter-period-description"
        invalid={Boolean(errors.to)}
      >
        <FieldsetLegend>{t('browse.period')}</FieldsetLegend>
        <FormFieldDescription id="filter-period-description">{t('browse.periodHint')}</FormFieldDescription>
        <div className="kb-field-row">
          <TextField
            id="filter-from"
            name="from"
            type="date"
            label={t('browse.from')}
            min={DATE_INPUT_MIN}
            max={DATE_INPUT_MAX}
            defaultValue={query.from}
          />
          <TextField
            id="filter-to"
            name="to"
            type="date"
            label={t('browse.to')}
            min={DATE_INPUT_MIN}
            max={DATE_INPUT_MAX}
            defaultValue={query.to}
            error={error('to')}
          />
        </div>
      </Fieldset>
      <Fieldset className="kb-fieldset">
        <FieldsetLegend>{t('browse.more')}</FieldsetLegend>
        <CheckboxField
          id="filter-learningSuitable"
          name="learningSuitable"
          value="true"
          label={t('browse.learningSuitable')}
          defaultChecked={query.learningSuitable}
        />
        <CheckboxField
          id="filter-hasPlaces"
          name="hasPlaces"
          value="true"
          label={t('browse.hasPlaces')}
          defaultChecked={query.hasPlaces}
        />
      </Fieldset>
      <Fieldset className="kb-fieldset">
        <FieldsetLegend>{t('browse.status')}</FieldsetLegend>
        {BROWSABLE_STATUSES.map((status) => (
          <FormField
            key={status}
            type="checkbox"
            label={
              <FormLabel htmlFor={`filter-status-${status}`} type="checkbox">
                <Checkbox
                  id={`filter-status-${status}`}
                  name="status"
                  value={status}
                  defaultChecked={statuses.includes(status)}
                />
                {t(`task.status.${status}`)}
              </FormLabel>
            }
          />
        ))}
      </Fieldset>
      <SelectField
        key={query.sort || defaultSort(query)}
        id="filter-sort"
        name="sort"
        inputRef={sortField}
        label={t('browse.sort')}
        description={t('browse.sortHint')}
        defaultValue={query.sort || defaultSort(query)}
        onChange={(event) => setChosenSort(event.currentTarget.value as TaskSort)}
      >
        {TASK_SORTS.map((sort) => (
          <SelectOption key={sort} value={sort}>
            {t(`browse.sorts.${sort}`)}
          </SelectOption>
        ))}
      </SelectField>
      <div className="kb-actions">
        <Button type="submit" appearance="secondary-action-button">
          {t('browse.apply')}
        </Button>
        {hasFilters && <RouterLink to={BROWSE_URL}>{t('browse.clear')}</RouterLink>}
      </div>
    </form>
  );
}
