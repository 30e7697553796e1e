/** The web client's own address for the proposed skills an admin reviews. */
export const SKILL_PROPOSALS_URL = '/vaardigheden/voorstellen';

export const skillProposalsUrl = (page: number) =>
  page > 1 ? `${SKILL_PROPOSALS_URL}?page=${page}` : SKILL_PROPOSALS_URL;

/** Reviewing proposals is for org-admins (their organisation's) and platform admins (all): the API's rule. */
export const canReviewSkillProposals = (roles: readonly string[]) =>
  roles.includes('org-admin') || roles.includes('platform-admin');

export const canMergeSkills = (roles: readonly string[]) => roles.includes('platform-admin');
