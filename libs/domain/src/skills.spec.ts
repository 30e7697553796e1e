import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './roles.js';
import {
  canReuseSkillName,
  canSeeSkill,
  cleanLabel,
  countsForMatching,
  escoHeaderProblem,
  isSharedSkill,
  type ScopedSkill,
  skillReviewProblem,
  ESCO_SKILL_COLUMNS,
  isConceptUri,
  normaliseLabel,
  NOT_ESCO_MESSAGE,
  parseEscoRow,
  SKILL_LEVELS,
  skillLabels,
  skillMergeProblem,
  splitLabels,
} from './skills.js';

const DUTCH_WORDS = ['café', 'coördinatie', 'reünie', 'privé', 'ideeën', 'naïef', 'Ĳsselmonde', 'één'];

describe(normaliseLabel.name, () => {
  it('trims, folds whitespace, lower-cases and strips accents', () => {
    expect(normaliseLabel('  Beleids\u00a0 advisering\t')).toBe('beleids advisering');
    expect(normaliseLabel('Coördinatie van Projecten')).toBe('coordinatie van projecten');
    expect(normaliseLabel('CAFÉ')).toBe('cafe');
    expect(normaliseLabel('Ĳsselmonde')).toBe('ijsselmonde');
    expect(normaliseLabel('e\u0301e\u0300n')).toBe('een'); // combining accents, as some exports write them
    expect(normaliseLabel('Straße – œuvre’s')).toBe("strasse - oeuvre's");
  });

  it('is idempotent and leaves no capitals, accents or loose spaces', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'aAbBzZ éÉëËïöüçñ-’\u00a0\t\nĳßø'.split('')),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (label) => {
        const key = normaliseLabel(label);
        expect(normaliseLabel(key)).toBe(key);
        expect(key).toBe(key.toLowerCase());
        expect(key).not.toMatch(/[\u0300-\u036f]|^\s|\s$|\s\s|[\t\n\u00a0]/);
        expect(key).toMatch(/^[a-z '-]*$/);
      }),
    );
  });

  it('ignores case and accents in ordinary Dutch words', () => {
    for (const word of DUTCH_WORDS) {
      expect(normaliseLabel(word.toUpperCase())).toBe(normaliseLabel(word));
      expect(normaliseLabel(word)).toMatch(/^[a-z]+$/);
    }
  });
});

describe(cleanLabel.name, () => {
  it('keeps case and accents, folds whitespace', () => {
    expect(cleanLabel('  GIS-\u00a0analyse\r\n  (ruimtelijk) ')).toBe('GIS- analyse (ruimtelijk)');
  });
});

describe(splitLabels.name, () => {
  it('splits on newlines (also CRLF), trims, drops empties and repeats', () => {
    expect(
      splitLabels('projectleiding\r\n  projectmanagement \n\nProjectleiding\r\nprojéctmanagement\n'),
    ).toEqual(['projectleiding', 'projectmanagement']);
    expect(splitLabels('')).toEqual([]);
    expect(splitLabels(undefined)).toEqual([]);
    expect(splitLabels(' \r\n ')).toEqual([]);
  });

  it('returns labels that are clean and distinct after normalising', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), (lines) => {
        for (const separator of ['\n', '\r\n']) {
          const labels = splitLabels(lines.join(separator));
          expect(labels.every((l) => l !== '' && l === cleanLabel(l))).toBe(true);
          expect(new Set(labels.map(normaliseLabel)).size).toBe(labels.length);
        }
      }),
    );
  });
});

describe(skillLabels.name, () => {
  it('puts the preferred label first and keeps the most visible kind of a repeat', () => {
    expect(skillLabels('GIS', ['gis', 'geo-informatie'], ['Geo-informatie', 'geoinformatie'])).toEqual([
      { label: 'GIS', kind: 'preferred' },
      { label: 'geo-informatie', kind: 'alt' },
      { label: 'geoinformatie', kind: 'hidden' },
    ]);
  });
});

describe(isConceptUri.name, () => {
  it('accepts ESCO concept URIs and refuses what is not a URI', () => {
    expect(isConceptUri('http://data.europa.eu/esco/skill/0a1b2c3d-1111-4222-8333-444455556666')).toBe(true);
    expect(isConceptUri('https://example.org/vaardigheid/42')).toBe(true);
    for (const bad of ['', 'esco/skill/123', 'geen uri', 'ftp://data.europa.eu/x', 'http://data europa/x']) {
      expect(isConceptUri(bad), bad).toBe(false);
    }
  });
});

describe(escoHeaderProblem.name, () => {
  it('accepts the ESCO header and refuses one without conceptUri or preferredLabel', () => {
    expect(escoHeaderProblem([...ESCO_SKILL_COLUMNS])).toBeNull();
    expect(escoHeaderProblem(['conceptUri', 'preferredLabel'])).toBeNull();
    expect(escoHeaderProblem(['naam', 'omschrijving'])).toBe(NOT_ESCO_MESSAGE);
    expect(escoHeaderProblem(['\u0089PNG'])).toBe(NOT_ESCO_MESSAGE);
  });
});

describe(parseEscoRow.name, () => {
  const row = {
    conceptType: 'KnowledgeSkillCompetence',
    conceptUri: 'http://data.europa.eu/esco/skill/5ed2e5f4-1c4b-4a44-9b0c-1e2d3f4a5b6c',
    skillType: 'skill/competence',
    reuseLevel: 'cross-sector',
    preferredLabel: ' projectleiding ',
    altLabels: 'projecten leiden\r\nprojectmanagement\r\n',
    hiddenLabels: 'projektleiding',
    status: 'released',
    description: 'Projecten plannen, leiden en afronden.',
  };

  it('turns a good row into a skill with its labels', () => {
    expect(parseEscoRow(row)).toEqual({
      ok: true,
      skill: {
        uri: row.conceptUri,
        preferredLabel: 'projectleiding',
        labels: [
          { label: 'projectleiding', kind: 'preferred' },
          { label: 'projecten leiden', kind: 'alt' },
          { label: 'projectmanagement', kind: 'alt' },
          { label: 'projektleiding', kind: 'hidden' },
        ],
        category: 'skill/competence',
        description: 'Projecten plannen, leiden en afronden.',
      },
    });
  });

  it('gives every reason a row is refused', () => {
    const missing = parseEscoRow({ ...row, conceptUri: '', preferredLabel: '  ' });
    expect(missing).toEqual({ ok: false, reason: 'conceptUri ontbreekt. preferredLabel is leeg.' });
    const bad = parseEscoRow({ ...row, conceptUri: 'esco:skill/42' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/conceptUri "esco:skill\/42" is geen geldige URI/);
    expect(parseEscoRow({ ...row, conceptType: 'Occupation' }).ok).toBe(false);
    expect(parseEscoRow({ ...row, status: 'draft' }).ok).toBe(false);
    expect(parseEscoRow({ ...row, altLabels: 'x'.repeat(301) }).ok).toBe(false);
    expect(parseEscoRow({ ...row, skillType: 'x'.repeat(81) }).ok).toBe(false);
    expect(parseEscoRow({ ...row, description: 'x'.repeat(10_001) }).ok).toBe(false);
  });

  it('tolerates missing optional columns', () => {
    const result = parseEscoRow({ conceptUri: row.conceptUri, preferredLabel: 'GIS' });
    expect(result).toEqual({
      ok: true,
      skill: {
        uri: row.conceptUri,
        preferredLabel: 'GIS',
        labels: [{ label: 'GIS', kind: 'preferred' }],
        category: null,
        description: null,
      },
    });
  });
});

describe(skillMergeProblem.name, () => {
  const skill = (id: string, fields: { active?: boolean; mergedInto?: string | null } = {}) => ({
    id,
    active: fields.active ?? true,
    mergedInto: fields.mergedInto ?? null,
  });

  it('merges a duplicate into a live skill only', () => {
    expect(skillMergeProblem(skill('a'), skill('b'))).toBeNull();
    expect(skillMergeProblem(skill('a'), skill('a'))).toBe('same-skill');
    expect(skillMergeProblem(skill('a', { mergedInto: 'c' }), skill('b'))).toBe('source-merged');
    expect(skillMergeProblem(skill('a'), skill('b', { active: false, mergedInto: 'c' }))).toBe(
      'target-merged',
    );
    expect(skillMergeProblem(skill('a'), skill('b', { active: false }))).toBe('target-inactive');
    expect(skillMergeProblem(skill('a'), { ...skill('b'), status: 'proposed' })).toBe('target-private');
    expect(skillMergeProblem({ ...skill('a'), status: 'proposed' }, skill('b'))).toBeNull();
  });
});

it('has three skill levels', () => {
  expect(SKILL_LEVELS).toEqual(['basic', 'advanced', 'expert']);
});

describe('private skill names', () => {
  const orgA = 'org-a';
  const orgB = 'org-b';
  const actor = (organisationId: string, ...roles: Role[]): Actor => ({
    id: 'u',
    organisationId,
    roles: ['employee', ...roles],
  });
  const shared: ScopedSkill = { status: 'accepted', organisationId: null };
  const proposedByA: ScopedSkill = { status: 'proposed', organisationId: orgA };
  const rejectedByA: ScopedSkill = { status: 'rejected', organisationId: orgA };

  it('shares only accepted skills; matching counts only those', () => {
    expect(isSharedSkill(shared)).toBe(true);
    expect(isSharedSkill({ status: 'accepted' })).toBe(true);
    expect(isSharedSkill(proposedByA)).toBe(false);
    expect(countsForMatching(proposedByA)).toBe(false);
    expect(countsForMatching(rejectedByA)).toBe(false);
  });

  it('shows a private name to its own organisation and platform admins only', () => {
    expect(canSeeSkill(actor(orgB), shared)).toBe(true);
    expect(canSeeSkill(actor(orgA), proposedByA)).toBe(true);
    expect(canSeeSkill(actor(orgB), proposedByA)).toBe(false);
    expect(canSeeSkill(actor(orgB, 'org-admin'), rejectedByA)).toBe(false);
    expect(canSeeSkill(actor(orgB, 'platform-admin'), proposedByA)).toBe(true);
  });

  it('resolves a free name to a shared skill or an own private one, never another organisation’s', () => {
    expect(canReuseSkillName(orgB, shared)).toBe(true);
    expect(canReuseSkillName(orgA, proposedByA)).toBe(true);
    expect(canReuseSkillName(orgA, rejectedByA)).toBe(true);
    expect(canReuseSkillName(orgB, proposedByA)).toBe(false);
  });

  it('lets an admin of the proposing organisation (or a platform admin) accept or reject a proposal', () => {
    expect(skillReviewProblem(actor(orgA, 'org-admin'), proposedByA, 'accept')).toBeNull();
    expect(skillReviewProblem(actor(orgA, 'org-admin'), proposedByA, 'reject')).toBeNull();
    expect(skillReviewProblem(actor(orgA, 'org-admin'), rejectedByA, 'accept')).toBeNull();
    expect(skillReviewProblem(actor(orgA, 'org-admin'), rejectedByA, 'reject')).toBe('not-a-proposal');
    expect(skillReviewProblem(actor(orgB, 'platform-admin'), proposedByA, 'accept')).toBeNull();
    expect(skillReviewProblem(actor(orgA), proposedByA, 'accept')).toBe('not-your-organisation');
    expect(skillReviewProblem(actor(orgB, 'org-admin'), proposedByA, 'accept')).toBe('not-your-organisation');
    expect(skillReviewProblem(actor(orgA, 'org-admin'), shared, 'accept')).toBe('not-your-organisation');
    expect(skillReviewProblem(actor(orgA, 'platform-admin'), shared, 'reject')).toBe('not-a-proposal');
  });
});
