import { type Actor, hasRole, isPlatformAdmin } from './roles.js';

/** A success's story: short, Markdown (rendered with renderMarkdown like a klus description). */
export const SUCCESS_STORY_MAX = 4000;
export const SUCCESS_COMMENT_MAX = 500;

/** What a success celebrates: a completed klus, a checkpoint held in a dossier, or a completed dossier. */
export const SUCCESS_MILESTONES = ['task-completed', 'checkpoint-held', 'dossier-completed'] as const;
export type SuccessMilestone = (typeof SUCCESS_MILESTONES)[number];

/** Whether a participant's name may appear: nobody is named until they agree, and they may withdraw. */
export const NAMING_STATES = ['asked', 'agreed', 'declined'] as const;
export type NamingState = (typeof NAMING_STATES)[number];

/** A klus as sharing it needs. */
export interface SuccessTaskSource {
  readonly kind: 'task';
  readonly status: string;
  readonly posterId: string;
}

/** A dossier (and, for a checkpoint, that checkpoint) as sharing it needs. */
export interface SuccessDossierSource {
  readonly kind: 'dossier';
  readonly status: string;
  readonly trekkerIds: readonly string[];
  /** The checkpoint being celebrated; absent when the dossier itself is. */
  readonly checkpoint?: { readonly status: string };
}

export type SuccessSource = SuccessTaskSource | SuccessDossierSource;

/** Who shares: the poster of a klus, a trekker (active, role trekker) of a dossier. Nobody else. */
export function canShareSuccess(actor: Pick<Actor, 'id'>, source: SuccessSource): boolean {
  return source.kind === 'task' ? source.posterId === actor.id : source.trekkerIds.includes(actor.id);
}

/**
 * The milestone a source has reached, or null when there is nothing to celebrate yet: a completed
 * klus; a checkpoint held; a completed dossier (only when no checkpoint is named).
 */
export function successMilestone(source: SuccessSource): SuccessMilestone | null {
  if (source.kind === 'task') return source.status === 'completed' ? 'task-completed' : null;
  if (source.checkpoint) return source.checkpoint.status === 'held' ? 'checkpoint-held' : null;
  return source.status === 'completed' ? 'dossier-completed' : null;
}

/**
 * A participant's answer to "Mag uw naam bij dit succes?". Agreeing and declining are both
 * possible at any time: declining after agreeing withdraws the name.
 */
export function answerNaming(_current: NamingState, agree: boolean): NamingState {
  return agree ? 'agreed' : 'declined';
}

/** Only people who agreed are named; asked (no answer yet) and declined are not. */
export const isNamed = (state: NamingState): boolean => state === 'agreed';

/** The names a success shows, in the order given. */
export function namedPeople<P extends { naming: NamingState }>(people: readonly P[]): P[] {
  return people.filter((p) => isNamed(p.naming));
}

/** Where a success can be seen: its audience as recorded when it was shared. */
export interface SuccessAudience {
  /** The organisation that owns it (the klus's); null for a dossier's. */
  readonly organisationId: string | null;
  /** The partnerships it is shared in (the klus's audience, or the dossier's partnership). */
  readonly partnershipIds: readonly string[];
}

/**
 * The audience of a klus's success mirrors the klus's visibility: its own organisation only, its
 * partnership, or every partnership of its organisation.
 */
export function taskSuccessAudience(
  task: {
    organisationId: string;
    visibility: 'organisation' | 'partnership' | 'all-partnerships';
    partnershipId: string | null;
  },
  partnershipsOfTaskOrganisation: readonly string[],
): SuccessAudience {
  switch (task.visibility) {
    case 'organisation':
      return { organisationId: task.organisationId, partnershipIds: [] };
    case 'partnership':
      return {
        organisationId: task.organisationId,
        partnershipIds: task.partnershipId ? [task.partnershipId] : [],
      };
    case 'all-partnerships':
      return {
        organisationId: task.organisationId,
        partnershipIds: [...new Set(partnershipsOfTaskOrganisation)],
      };
  }
}

/**
 * Who sees a success (and may applaud and comment): platform admins, the owning organisation's
 * people, and the people of the partnerships' member organisations — never anybody else.
 */
export function canSeeSuccess(
  viewer: Actor & { partnershipIds: ReadonlySet<string> },
  audience: SuccessAudience,
): boolean {
  if (isPlatformAdmin(viewer)) return true;
  if (audience.organisationId === viewer.organisationId) return true;
  return audience.partnershipIds.some((id) => viewer.partnershipIds.has(id));
}

/** Applause is a toggle: pressing applauds, pressing again withdraws. The store holds one per person. */
export const applauseAction = (applauded: boolean): 'applaud' | 'withdraw' =>
  applauded ? 'withdraw' : 'applaud';

/**
 * Who may hide a comment: its author, an org-admin of the author's organisation or of an
 * organisation involved in the success, and platform admins.
 */
export function canHideComment(
  actor: Actor,
  comment: { authorId: string; authorOrganisationId: string },
  successOrganisationIds: readonly string[],
): boolean {
  if (comment.authorId === actor.id || isPlatformAdmin(actor)) return true;
  if (!hasRole(actor, 'org-admin')) return false;
  return (
    actor.organisationId === comment.authorOrganisationId ||
    successOrganisationIds.includes(actor.organisationId)
  );
}
