import { type Actor, canAdministerOrganisation, isPlatformAdmin } from './roles.js';

/** How well somebody masters a skill, as they say it on their profile. */
export const SKILL_LEVELS = ['basic', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const SKILL_LANGUAGES = ['nl', 'en'] as const;
export type SkillLanguage = (typeof SKILL_LANGUAGES)[number];

/** SKOS, as ESCO uses it: one preferred label per language, alternatives for search, hidden ones only for matching. */
export const SKILL_LABEL_KINDS = ['preferred', 'alt', 'hidden'] as const;
export type SkillLabelKind = (typeof SKILL_LABEL_KINDS)[number];

/** Longest label the taxonomy stores (ESCO's longest are about 150 characters). */
export const SKILL_LABEL_MAX_LENGTH = 300;
/** Longest label a person may propose. */
export const SKILL_NAME_MAX_LENGTH = 120;
export const SKILL_CATEGORY_MAX_LENGTH = 80;
export const SKILL_DESCRIPTION_MAX_LENGTH = 10_000;

export function isSkillLanguage(value: unknown): value is SkillLanguage {
  return typeof value === 'string' && (SKILL_LANGUAGES as readonly string[]).includes(value);
}

/** The form a label is shown in: trimmed, inner whitespace (also no-break spaces) folded to one space. */
export function cleanLabel(label: string): string {
  return label.replace(/[\s\u00a0]+/g, ' ').trim();
}

// What PostgreSQL's unaccent rules do beyond removing combining accents, for letters and signs that
// occur in Dutch and English text. Keep in step with kb_normalise_label() in the skills migration.
const FOLDS: Record<string, string> = {
  ĳ: 'ij',
  Ĳ: 'IJ',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ƒ: 'f',
  ﬁ: 'fi',
  ﬂ: 'fl',
  '\u00ad': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u201a': ',',
  '\u201c': '"',
  '\u201d': '"',
  '\u201f': '"',
  '\u201e': ',,',
  '\u2026': '...',
  '«': '<<',
  '»': '>>',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/**
 * The key labels are matched on: cleaned, accents removed, lower-case. Equals what the database
 * stores in skill_labels.normalised (lower(unaccent(label))) for Dutch and English text, so
 * "Beleidsadvisering", " beleidsadvisering " and "Béleidsadvisering" are one label.
 */
export function normaliseLabel(label: string): string {
  return cleanLabel(label)
    .replace(FOLDABLE, (char) => FOLDS[char] ?? char)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/**
 * The labels in one ESCO cell (altLabels, hiddenLabels): one per line, also with Windows line ends;
 * cleaned, empty lines dropped, and a label that repeats another (after normalising) dropped.
 */
export function splitLabels(cell: string | null | undefined): string[] {
  if (!cell) return [];
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const line of cell.split(/\r\n|\r|\n/)) {
    const label = cleanLabel(line);
    const key = normaliseLabel(label);
    if (label === '' || seen.has(key)) continue;
    seen.add(key);
    labels.push(label);
  }
  return labels;
}

export interface SkillLabel {
  readonly label: string;
  readonly kind: SkillLabelKind;
}

/**
 * One set of labels for one skill in one language: the preferred label first, then alternatives,
 * then hidden ones; a label that occurs twice keeps its most visible kind.
 */
export function skillLabels(
  preferred: string,
  alt: readonly string[] = [],
  hidden: readonly string[] = [],
): SkillLabel[] {
  const seen = new Set<string>();
  const labels: SkillLabel[] = [];
  const add = (label: string, kind: SkillLabelKind) => {
    const clean = cleanLabel(label);
    const key = normaliseLabel(clean);
    if (clean === '' || seen.has(key)) return;
    seen.add(key);
    labels.push({ label: clean, kind });
  };
  add(preferred, 'preferred');
  for (const label of alt) add(label, 'alt');
  for (const label of hidden) add(label, 'hidden');
  return labels;
}

// ESCO ------------------------------------------------------------------------------------------

/** The header of ESCO's skills_<lang>.csv (v1.1 and v1.2). */
export const ESCO_SKILL_COLUMNS = [
  'conceptType',
  'conceptUri',
  'skillType',
  'reuseLevel',
  'preferredLabel',
  'altLabels',
  'hiddenLabels',
  'status',
  'modifiedDate',
  'scopeNote',
  'definition',
  'inScheme',
  'description',
] as const;
/** Without these a file is not an ESCO skills file at all. */
export const ESCO_REQUIRED_COLUMNS = ['conceptUri', 'preferredLabel'] as const;
/** ESCO's conceptType for knowledge, skills and competences (occupations are 'Occupation'). */
export const ESCO_SKILL_CONCEPT_TYPE = 'KnowledgeSkillCompetence';
export const ESCO_RELEASED = 'released';

export const NOT_ESCO_MESSAGE =
  'Dit is geen ESCO-vaardighedenbestand: verwacht een CSV-bestand (zoals skills_nl.csv van ESCO) ' +
  'met een kopregel met ten minste de kolommen conceptUri en preferredLabel.';

/** Null when the header row has the columns an import needs; otherwise the one message to show. */
export function escoHeaderProblem(header: readonly string[]): string | null {
  const present = new Set(header.map((name) => name.trim()));
  return ESCO_REQUIRED_COLUMNS.every((column) => present.has(column)) ? null : NOT_ESCO_MESSAGE;
}

export interface EscoSkill {
  readonly uri: string;
  readonly preferredLabel: string;
  /** The preferred label first, then alternatives and hidden labels, without repeats. */
  readonly labels: readonly SkillLabel[];
  /** ESCO's skillType: 'skill/competence' or 'knowledge'. */
  readonly category: string | null;
  readonly description: string | null;
}

export type EscoRowResult = { ok: true; skill: EscoSkill } | { ok: false; reason: string };

/** An absolute http(s) URI with a host and a path, as ESCO's http://data.europa.eu/esco/skill/<uuid>. */
export function isConceptUri(value: string): boolean {
  return (
    value.length <= 500 && /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[^\s"<>\\^`{|}]+$/i.test(value)
  );
}

/** One row of an ESCO skills file (column name → cell) into a skill, or every reason it is not one. */
export function parseEscoRow(row: Readonly<Record<string, string | undefined>>): EscoRowResult {
  const cell = (column: string) => cleanLabel(row[column] ?? '');
  const reasons: string[] = [];
  const conceptType = cell('conceptType');
  if (conceptType !== '' && conceptType !== ESCO_SKILL_CONCEPT_TYPE) {
    reasons.push(`conceptType "${conceptType}" is geen vaardigheid (verwacht ${ESCO_SKILL_CONCEPT_TYPE}).`);
  }
  const uri = cell('conceptUri');
  if (uri === '') reasons.push('conceptUri ontbreekt.');
  else if (!isConceptUri(uri)) {
    reasons.push(
      `conceptUri "${uri.slice(0, 80)}" is geen geldige URI (verwacht bijvoorbeeld http://data.europa.eu/esco/skill/…).`,
    );
  }
  const preferredLabel = cell('preferredLabel');
  if (preferredLabel === '') reasons.push('preferredLabel is leeg.');
  const status = cell('status');
  if (status !== '' && status !== ESCO_RELEASED) {
    reasons.push(`status "${status}" wordt niet geïmporteerd (alleen ${ESCO_RELEASED}).`);
  }
  const labels = skillLabels(preferredLabel, splitLabels(row['altLabels']), splitLabels(row['hiddenLabels']));
  if (labels.some((l) => l.label.length > SKILL_LABEL_MAX_LENGTH)) {
    reasons.push(`Een label is langer dan ${SKILL_LABEL_MAX_LENGTH} tekens.`);
  }
  const skillType = cell('skillType');
  if (skillType.length > SKILL_CATEGORY_MAX_LENGTH) {
    reasons.push(`skillType is langer dan ${SKILL_CATEGORY_MAX_LENGTH} tekens.`);
  }
  const description = (row['description'] ?? '').trim();
  if (description.length > SKILL_DESCRIPTION_MAX_LENGTH) {
    reasons.push(`description is langer dan ${SKILL_DESCRIPTION_MAX_LENGTH} tekens.`);
  }
  if (reasons.length > 0) return { ok: false, reason: reasons.join(' ') };
  return {
    ok: true,
    skill: {
      uri,
      preferredLabel,
      labels,
      category: skillType === '' ? null : skillType,
      description: description === '' ? null : description,
    },
  };
}

// Merging ---------------------------------------------------------------------------------------

export interface MergeableSkill {
  readonly id: string;
  readonly active: boolean;
  readonly mergedInto: string | null;
  /** Without one: a shared skill (see SKILL_STATUSES below). */
  readonly status?: SkillStatus;
}

export type SkillMergeProblem =
  'same-skill' | 'source-merged' | 'target-merged' | 'target-inactive' | 'target-private';

/**
 * A duplicate is merged into the skill that stays. Merges never chain: a merged skill is not merged
 * again, and nothing is merged into a skill that is itself merged away (or switched off), or into a
 * private name (a proposal is merged into a shared skill, not the other way round).
 */
export function skillMergeProblem(source: MergeableSkill, target: MergeableSkill): SkillMergeProblem | null {
  if (source.id === target.id) return 'same-skill';
  if (source.mergedInto !== null) return 'source-merged';
  if (target.mergedInto !== null) return 'target-merged';
  if (!target.active) return 'target-inactive';
  // Everything that named the duplicate would end on one organisation's private name, matched with nobody.
  if ((target.status ?? 'accepted') !== 'accepted') return 'target-private';
  return null;
}

// Who sees which skill --------------------------------------------------------------------------

/**
 * `accepted`: part of the shared taxonomy (ESCO, added by a platform admin, proposed by an org-admin
 * or accepted by one). `proposed`: a free name someone gave a klus or dossier, private to its
 * organisation until an admin of that organisation accepts it. `rejected`: such a name an admin
 * declined; it stays on what named it, private.
 */
export const SKILL_STATUSES = ['accepted', 'proposed', 'rejected'] as const;
export type SkillStatus = (typeof SKILL_STATUSES)[number];

export interface ScopedSkill {
  readonly status: SkillStatus;
  /** The organisation whose klus or dossier brought the name; null for skills that came otherwise. */
  readonly organisationId: string | null;
}

/**
 * The taxonomy every organisation shares — the skills list, search, profiles and matching — holds
 * accepted skills only. (A klus or dossier always shows its own names to whoever reads it.)
 */
export function isSharedSkill(skill: Pick<ScopedSkill, 'status'>): boolean {
  return skill.status === 'accepted';
}

/** Matching and the notifications it drives count only shared skills: a private name matches nobody. */
export const countsForMatching = isSharedSkill;

/** One skill by id: a shared one for everybody, a private one only for its own organisation and platform admins. */
export function canSeeSkill(viewer: Actor, skill: ScopedSkill): boolean {
  return isSharedSkill(skill) || isPlatformAdmin(viewer) || viewer.organisationId === skill.organisationId;
}

/**
 * A free name of one organisation resolves to a shared skill, or to one of that organisation's own
 * private names — never to another organisation's private name.
 */
export function canReuseSkillName(organisationId: string, skill: ScopedSkill): boolean {
  return isSharedSkill(skill) || skill.organisationId === organisationId;
}

export type SkillReviewProblem = 'not-a-proposal' | 'not-your-organisation';

/**
 * An admin of the proposing organisation (or a platform admin) accepts a proposal into the shared
 * taxonomy or rejects it; only a proposal waits for that. A rejected name may still be accepted later.
 */
export function skillReviewProblem(
  actor: Actor,
  skill: ScopedSkill,
  decision: 'accept' | 'reject',
): SkillReviewProblem | null {
  if (!canAdministerOrganisation(actor, skill.organisationId ?? '')) return 'not-your-organisation';
  if (skill.status === 'accepted' || (skill.status === 'rejected' && decision === 'reject')) {
    return 'not-a-proposal';
  }
  return null;
}
