import type {
  ActivityType,
  DossierRole,
  DossierStatus,
  JoinPolicy,
  MatchReason,
  MembershipStatus,
  SkillLevel,
} from '@klussenbank/domain';
import type { NamedRef } from '../common/named-ref.js';

/** The shapes of docs/dossiers-api.md. */
export interface Person extends NamedRef {
  organisation: NamedRef;
}

export interface DossierSummary {
  id: string;
  title: string;
  goal: string;
  status: DossierStatus;
  partnership: NamedRef;
  startDate: string;
  endDate: string | null;
  teamCap: number | null;
  joinPolicy: JoinPolicy;
  teamSize: number;
  organisations: (NamedRef & { count: number })[];
  skills: { id: string; label: string }[];
  trekkers: Person[];
  myRole: DossierRole | null;
  myStatus: MembershipStatus | null;
  updatedAt: string;
}

export interface TeamMember {
  user: Person & { jobTitle: string | null };
  role: DossierRole;
  status: MembershipStatus;
  message: string | null;
  since: string;
}

export interface DossierDetail extends DossierSummary {
  description: string;
  descriptionHtml: string;
  team: TeamMember[];
  canEdit: boolean;
  createdBy: Person;
}

export interface Checkpoint {
  id: string;
  title: string;
  plannedOn: string;
  status: 'planned' | 'held';
  wentWell: string | null;
  chafed: string | null;
  changes: string | null;
  heldOn: string | null;
  writtenBy: NamedRef | null;
}

export { ACTIVITY_TYPES, type ActivityType } from '@klussenbank/domain';

export interface Activity {
  id: string;
  type: ActivityType;
  at: string;
  actor: Person | null;
  subject: Person | null;
  task: { id: string; title: string } | null;
  checkpoint: { id: string; title: string } | null;
  data: { status?: DossierStatus };
}

export interface SkillGapEntry {
  skill: { id: string; label: string };
  covered: boolean;
  team: { user: Person; level: SkillLevel; demonstrated: boolean }[];
  suggestions: {
    user: Person;
    level: SkillLevel;
    demonstrated: boolean;
    score: number;
    reasons: MatchReason[];
  }[];
  candidateCount: number;
  findableCount: number;
}
