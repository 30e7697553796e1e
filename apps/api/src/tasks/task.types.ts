import type { ClaimMode, ClaimStatus, LocationType, TaskStatus, TaskVisibility } from '@klussenbank/domain';
import type { NamedRef } from '../common/named-ref.js';

export type { NamedRef } from '../common/named-ref.js';

export interface TaskSummary {
  id: string;
  title: string;
  status: TaskStatus;
  organisation: NamedRef;
  estimatedHours: number;
  startDate: string;
  endDate: string;
  location: { type: LocationType; municipality: string | null };
  capacity: number;
  placesLeft: number;
  claimMode: ClaimMode;
  learningSuitable: boolean;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  publishedAt: string | null;
}

export interface ClaimView {
  id: string;
  status: ClaimStatus;
  motivation: string;
  message: string;
  user: NamedRef & { organisation: NamedRef };
  actualHours: number | null;
  createdAt: string;
}

export interface TaskDetail extends Omit<TaskSummary, 'location'> {
  description: string;
  descriptionHtml: string;
  poster: NamedRef;
  contact: { name: string; email: string };
  location: { type: LocationType; municipality: string | null; address: string | null };
  visibility: TaskVisibility;
  partnership: NamedRef | null;
  dossierId: string | null;
  cancelReason: string | null;
  createdAt: string;
  placesTaken: number;
  /** The skills with their taxonomy ids (the poster confirms demonstrated ones from these). */
  skills: { id: string; label: string; required: boolean }[];
  isPoster: boolean;
  myClaim: { id: string; status: ClaimStatus; motivation: string } | null;
  claims: ClaimView[];
}

/** Who is looking: enough to decide what they may see. */
export interface Viewer {
  id: string;
  organisationId: string;
}
