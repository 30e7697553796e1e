import { type KeyboardEvent, type ReactNode, type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { TextField } from '../../shared/form-fields';
import { type SkillHit, searchSkills } from './skill-api';
import { canPropose, SKILL_NAME_MAX } from './skill-choice';
import './skills.css';

/** How long typing must pause before the taxonomy is asked. */
export const SKILL_SEARCH_DELAY_MS = 250;

interface SkillComboboxProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  onPick: (skill: SkillHit) => void;
  /** When given, a name the taxonomy does not have can be proposed as a new skill. */
  onPropose?: (name: string) => void;
  /** Skills already chosen: shown, but not offered again. */
  isChosen?: (id: string) => boolean;
  /** Set when nothing more may be chosen: the reason, read out instead of choosing. */
  full?: string;
  /** Read out after a choice; off where the page announces it itself. */
  announceChoice?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
}

type Option = { kind: 'skill'; hit: SkillHit } | { kind: 'proposal'; name: string };

type Search =
  | { state: 'idle' }
  | { state: 'busy'; q: string }
  | { state: 'done'; q: string; hits: SkillHit[]; total: number }
  | { state: 'failed'; q: string };

/**
 * Type-ahead over the shared skill taxonomy (preferred and alternative labels, Dutch and English),
 * following the WAI-ARIA combobox pattern with a listbox popup: the input keeps focus, arrow keys
 * move the active option (aria-activedescendant), Enter chooses it, Escape closes the list (and a
 * second Escape clears the text). Requests wait for a pause in typing and an older answer never
 * replaces a newer one. A suggestion shows the skill's label in the person's language and, when a
 * synonym matched, that synonym: "geografische informatiesystemen (GIS)".
 */
export function SkillCombobox({
  id,
  label,
  description,
  error,
  onPick,
  onPropose,
  isChosen = () => false,
  full,
  announceChoice = true,
  inputRef,
  onBlur,
}: SkillComboboxProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');
  const request = useRef<AbortController | null>(null);
  const listboxId = `${id}-listbox`;
  const q = text.trim();

  useEffect(() => {
    request.current?.abort();
    if (q === '') return;
    const controller = new AbortController();
    request.current = controller;
    const timer = setTimeout(() => {
      setSearch({ state: 'busy', q });
      searchSkills(q, language, controller.signal).then(
        (page) => {
          if (controller.signal.aborted) return;
          setSearch({ state: 'done', q, hits: page.items, total: page.total });
          setActive(-1);
        },
        () => {
          if (!controller.signal.aborted) setSearch({ state: 'failed', q });
        },
      );
    }, SKILL_SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, language]);

  const current = search.state === 'done' && search.q === q ? search : null;
  const options: Option[] = current
    ? [
        ...current.hits.map((hit) => ({ kind: 'skill' as const, hit })),
        ...(onPropose && canPropose(q, current.hits) ? [{ kind: 'proposal' as const, name: q }] : []),
      ]
    : [];
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const status = (() => {
    if (message) return message;
    if (q === '') return '';
    if (search.state === 'busy' && search.q === q) return t('skills.picker.searching');
    if (search.state === 'failed' && search.q === q) return t('skills.picker.failed');
    if (!current) return '';
    if (current.total === 0) return onPropose ? t('skills.picker.noneProposal') : t('skills.picker.none');
    return current.total > current.hits.length
      ? t('skills.picker.foundMore', { count: current.total, shown: current.hits.length })
      : t('skills.picker.found', { count: current.total });
  })();

  const choose = (option: Option) => {
    if (full) {
      setMessage(full);
      return;
    }
    if (option.kind === 'skill') {
      if (isChosen(option.hit.id)) return;
      onPick(option.hit);
      if (announceChoice) setMessage(t('skills.picker.added', { skill: option.hit.label }));
    } else {
      onPropose?.(option.name);
      if (announceChoice) setMessage(t('skills.picker.proposed', { skill: option.name }));
    }
    setText('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (options.length === 0) return;
        setOpen(true);
        setActive((index) => (!expanded || index >= options.length - 1 ? 0 : index + 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (options.length === 0) return;
        setOpen(true);
        setActive((index) => (!expanded || index <= 0 ? options.length - 1 : index - 1));
        return;
      case 'Enter': {
        // Enter never sends the surrounding form while something is typed here: it chooses.
        if (q === '') return;
        event.preventDefault();
        const option = expanded && active >= 0 ? options[active] : undefined;
        if (option) choose(option);
        else setOpen(true);
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          event.preventDefault();
          setText('');
        }
        return;
    }
  };

  return (
    <div className="kb-combobox">
      <TextField
        id={id}
        label={label}
        description={description}
        error={error}
        inputRef={inputRef}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={SKILL_NAME_MAX}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setMessage('');
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          onBlur?.();
        }}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t('skills.picker.suggestions')}
        className="kb-combobox__listbox"
        hidden={!expanded}
        // Choosing with the mouse keeps the focus in the input.
        onMouseDown={(event) => event.preventDefault()}
      >
        {expanded &&
          options.map((option, index) => {
            const chosen = option.kind === 'skill' && isChosen(option.hit.id);
            return (
              <li
                key={option.kind === 'skill' ? option.hit.id : `proposal-${option.name}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                aria-disabled={chosen || undefined}
                className={[
                  'kb-combobox__option',
                  index === active ? 'kb-combobox__option--active' : '',
                  option.kind === 'proposal' ? 'kb-combobox__option--proposal' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                onClick={() => choose(option)}
              >
                {option.kind === 'skill' ? (
                  <>
                    <span className="kb-combobox__label">{option.hit.label}</span>
                    {option.hit.matchedLabel && (
                      <>
                        {' '}
                        <span className="kb-combobox__synonym">({option.hit.matchedLabel})</span>
                      </>
                    )}
                    {chosen && (
                      <>
                        {' '}
                        <span className="kb-combobox__chosen">— {t('skills.picker.chosen')}</span>
                      </>
                    )}
                  </>
                ) : (
                  t('skills.picker.propose', { skill: option.name })
                )}
              </li>
            );
          })}
      </ul>
      {/* Always in the page, so each new outcome is read out. */}
      <p className="kb-visually-hidden" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
