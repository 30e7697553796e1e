import { hash } from '@node-rs/argon2';
import { slugify } from '@klussenbank/domain';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DEMO_ORGANISATIONS,
  DEMO_PARTNERSHIPS,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoEmailDomain,
} from './demo-network.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { DEMO_DOSSIERS, type DemoDossier, demoFeedTimes } from './demo-dossiers.js';
import {
  DEMO_COMPLETED_TASKS,
  DEMO_EVALUATIONS,
  DEMO_HOURS_TO_FIRST_CLAIM,
  type DemoCompletedTask,
} from './demo-ledger.js';
import { DEMO_PROFILES } from './demo-skills.js';
import { insertDemoSuccesses } from './demo-successes.js';
import { DEMO_TASKS, type DemoTask } from './demo-tasks.js';
import { SKILL_TAXONOMY } from './vocabulary.js';

/**
 * Seeds the demo network into an empty database and returns true, or leaves a database that
 * already has organisations alone and returns false. Callers make sure this never runs in production.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  return dataSource.transaction(async (tx) => {
    // Two processes starting at once must not both seed.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('klussenbank:demo-seed'))`);
    const [{ count }] = await tx.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM organisations`,
    );
    if (count > 0) return false;

    const orgIds = new Map<string, string>();
    const partnershipIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const [{ id }] = await tx.query<[{ id: string }]>(
        `INSERT INTO organisations (name, slug, kind, municipality, email_domains)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [org.name, slugify(org.name), org.kind, org.municipality, [demoEmailDomain(org.name)]],
      );
      orgIds.set(org.name, id);
    }
    for (const partnership of DEMO_PARTNERSHIPS) {
      const [{ id }] = await tx.query<[{ id: string }]>(
        `INSERT INTO partnerships (name, slug, description) VALUES ($1, $2, $3) RETURNING id`,
        [partnership.name, slugify(partnership.name), partnership.description],
      );
      partnershipIds.set(partnership.name, id);
      await tx.query(
        `INSERT INTO partnership_members (partnership_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
        [id, partnership.members.map((name) => orgIds.get(name))],
      );
    }
    const managerOf = new Map<string, string>();
    // Managers first, so everybody else can have one of them as line manager.
    const ordered = [...DEMO_USERS].sort(
      (a, b) => Number(b.roles.includes('manager')) - Number(a.roles.includes('manager')),
    );
    for (const user of ordered) {
      const isManager = user.roles.includes('manager');
      const [{ id }] = await tx.query<[{ id: string }]>(
        `INSERT INTO users (organisation_id, email, display_name, job_title, password_hash, roles, line_manager_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          orgIds.get(user.organisation),
          user.email,
          user.displayName,
          user.jobTitle,
          passwordHash,
          user.roles,
          isManager ? null : (managerOf.get(user.organisation) ?? null),
        ],
      );
      if (isManager && !managerOf.has(user.organisation)) managerOf.set(user.organisation, id);
      userIds.set(user.email, id);
    }
    for (const skill of SKILL_TAXONOMY) await insertDemoSkill(tx, skill);
    for (const profile of DEMO_PROFILES) await insertDemoProfile(tx, profile, userIds);
    for (const task of DEMO_TASKS) await insertDemoTask(tx, task, userIds, partnershipIds);
    for (const dossier of DEMO_DOSSIERS) await insertDemoDossier(tx, dossier, userIds, partnershipIds);
    const ledger = new LedgerRepository(dataSource);
    for (const [index, task] of DEMO_COMPLETED_TASKS.entries()) {
      await insertDemoCompletion(tx, ledger, task, index, userIds, partnershipIds);
    }
    await insertDemoSuccesses(tx);
    return true;
  });
}

async function insertDemoTask(
  tx: EntityManager,
  task: DemoTask,
  userIds: Map<string, string>,
  partnershipIds: Map<string, string>,
): Promise<void> {
  const claimMode = task.claimMode ?? 'instant';
  const capacity = task.capacity ?? 1;
  const participants = task.participants ?? [];
  // Applications take no place; instant claims do (line-manager consent is off in the demo network).
  const taken = claimMode === 'instant' ? participants.length : 0;
  const visibility = typeof task.visibility === 'string' ? task.visibility : 'partnership';
  const partnershipId =
    typeof task.visibility === 'string' ? null : partnershipIds.get(task.visibility.partnership);
  const [{ id }] = await tx.query<[{ id: string }]>(
    `INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                        location_type, location_municipality, location_address, capacity, taken, claim_mode,
                        visibility, partnership_id, learning_suitable, status, published_at)
     SELECT u.organisation_id, u.id, $2, $3, $4, current_date + $5::int, current_date + $5::int + $6::int,
            $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now()
       FROM users u WHERE u.id = $1
     RETURNING id`,
    [
      userIds.get(task.poster),
      task.title,
      task.description,
      task.estimatedHours,
      task.startsInDays,
      task.lastsDays,
      task.location.type,
      task.location.municipality ?? null,
      task.location.address ?? null,
      capacity,
      taken,
      claimMode,
      visibility,
      partnershipId,
      task.learningSuitable ?? false,
      taken === capacity ? 'full' : 'open',
    ],
  );
  const skills = [
    ...task.requiredSkills.map((name) => ({ name, required: true })),
    ...(task.niceToHaveSkills ?? []).map((name) => ({ name, required: false })),
  ];
  for (const skill of skills) {
    await tx.query(`INSERT INTO task_skills (task_id, skill_id, required) VALUES ($1, $2, $3)`, [
      id,
      await demoSkill(tx, skill.name),
      skill.required,
    ]);
  }
  for (const participant of participants) {
    await tx.query(`INSERT INTO claims (task_id, user_id, status, motivation) VALUES ($1, $2, $3, $4)`, [
      id,
      userIds.get(participant.email),
      claimMode === 'instant' ? 'active' : 'applied',
      participant.motivation ?? '',
    ]);
  }
}

/** The demo person with this display name (demo-network.ts), by id. */
function demoUserId(userIds: Map<string, string>, displayName: string): string {
  const user = DEMO_USERS.find((u) => u.displayName === displayName);
  const id = user && userIds.get(user.email);
  if (!id) throw new Error(`No demo user named ${displayName}`);
  return id;
}

/**
 * A klus completed in the past: its participants' claims completed with their hours, and the ledger's
 * entries written by the same insert a completion uses (dated on that day); the participants confirmed
 * what is older than the 14 days they have.
 */
async function insertDemoCompletion(
  tx: EntityManager,
  ledger: LedgerRepository,
  task: DemoCompletedTask,
  index: number,
  userIds: Map<string, string>,
  partnershipIds: Map<string, string>,
): Promise<void> {
  const posterId = demoUserId(userIds, task.poster);
  // The moments the mirror counts: taken up some hours after publishing, closed on the completion day.
  const hoursToFirstClaim = DEMO_HOURS_TO_FIRST_CLAIM[index % DEMO_HOURS_TO_FIRST_CLAIM.length];
  const visibility = typeof task.visibility === 'string' ? task.visibility : 'partnership';
  const partnershipId =
    typeof task.visibility === 'string' ? null : partnershipIds.get(task.visibility.partnership);
  const [{ id, completedOn, publishedAt }] = await tx.query<
    [{ id: string; completedOn: string; publishedAt: Date }]
  >(
    `INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                        location_type, capacity, taken, claim_mode, visibility, partnership_id, status, published_at,
                        closed_at)
     SELECT u.organisation_id, u.id, $2, $3, $4, current_date - $5::int - $6::int, current_date - $5::int,
            'remote', $7, $7, 'instant', $8, $9, 'completed', now() - make_interval(days => $5::int + $6::int + 7),
            (current_date - $5::int + time '16:00') AT TIME ZONE 'Europe/Amsterdam'
       FROM users u WHERE u.id = $1
     RETURNING id, to_char(end_date, 'YYYY-MM-DD') AS "completedOn", published_at AS "publishedAt"`,
    [
      posterId,
      task.title,
      task.description,
      task.estimatedHours,
      task.completedDaysAgo,
      task.lastsDays,
      task.participants.length,
      visibility,
      partnershipId,
    ],
  );
  for (const [n, participant] of task.participants.entries()) {
    await tx.query(
      `INSERT INTO claims (task_id, user_id, status, actual_hours, created_at)
       VALUES ($1, $2, 'completed', $3, $4::timestamptz + make_interval(hours => $5::int))`,
      [id, demoUserId(userIds, participant.name), participant.hours, publishedAt, hoursToFirstClaim + n * 3],
    );
  }
  // The poster looks back on each participant's work (evaluations), written a day after completion.
  for (const [n, participant] of task.participants.entries()) {
    const words = DEMO_EVALUATIONS[(index + n) % DEMO_EVALUATIONS.length];
    await tx.query(
      `INSERT INTO evaluations (task_id, author_id, subject_id, author_organisation_id, subject_organisation_id,
                                score, went_well, could_be_better, created_at)
       SELECT $1, a.id, s.id, a.organisation_id, s.organisation_id, $4, $5, $6,
              ($7::date + 1 + time '10:00') AT TIME ZONE 'Europe/Amsterdam'
         FROM users a, users s WHERE a.id = $2 AND s.id = $3`,
      [
        id,
        posterId,
        demoUserId(userIds, participant.name),
        words.score,
        words.wentWell,
        words.couldBeBetter ?? null,
        completedOn,
      ],
    );
  }
  await ledger.recordCompletion(tx, id, posterId, completedOn);
  if (task.completedDaysAgo > 14) {
    const entries = await tx.query<{ id: string; participantId: string }[]>(
      `SELECT id, participant_id AS "participantId" FROM ledger_entries WHERE task_id = $1`,
      [id],
    );
    for (const entry of entries) await ledger.confirm(tx, entry.id, entry.participantId);
  }
}

async function insertDemoProfile(
  tx: EntityManager,
  profile: (typeof DEMO_PROFILES)[number],
  userIds: Map<string, string>,
): Promise<void> {
  const userId = userIds.get(profile.email);
  await tx.query(
    `INSERT INTO profiles (user_id, hours_per_month, findable_by_partners) VALUES ($1, $2, $3)`,
    [userId, profile.hoursPerMonth, profile.findableByPartners ?? false],
  );
  for (const [label, level] of profile.skills) {
    await tx.query(`INSERT INTO user_skills (user_id, skill_id, source, level) VALUES ($1, $2, 'self', $3)`, [
      userId,
      await demoSkill(tx, label),
      level,
    ]);
  }
  for (const label of profile.learningGoals ?? []) {
    await tx.query(`INSERT INTO learning_goals (user_id, skill_id) VALUES ($1, $2)`, [
      userId,
      await demoSkill(tx, label),
    ]);
  }
}

async function insertDemoDossier(
  tx: EntityManager,
  dossier: DemoDossier,
  userIds: Map<string, string>,
  partnershipIds: Map<string, string>,
): Promise<void> {
  const [founder] = dossier.team;
  const [{ id }] = await tx.query<[{ id: string }]>(
    `INSERT INTO dossiers (partnership_id, title, goal, description, status, start_date, team_cap, join_policy, created_by)
     VALUES ($1, $2, $3, $4, $5, current_date + $6::int, $7, $8, $9) RETURNING id`,
    [
      partnershipIds.get(dossier.partnership),
      dossier.title,
      dossier.goal,
      dossier.description,
      dossier.status,
      dossier.startsInDays,
      dossier.teamCap ?? null,
      dossier.joinPolicy ?? 'open',
      userIds.get(founder.email),
    ],
  );
  // The feed is written at the end, oldest first, with times spread over the days before the seed.
  const feed: {
    type: string;
    actor: string | undefined;
    fields: Record<string, string | null>;
    daysAgo: number | null;
  }[] = [];
  const activity = (
    type: string,
    actor: string | undefined,
    fields: Record<string, string | null> = {},
    daysAgo: number | null = null,
  ) => feed.push({ type, actor, fields, daysAgo });
  activity('dossier-created', userIds.get(founder.email), {}, Math.max(3, 4 - dossier.startsInDays));
  for (const skill of dossier.skills) {
    await tx.query(`INSERT INTO dossier_skills (dossier_id, skill_id) VALUES ($1, $2)`, [
      id,
      await demoSkill(tx, skill),
    ]);
  }
  for (const member of dossier.team) {
    await tx.query(
      `INSERT INTO dossier_members (dossier_id, user_id, role, status) VALUES ($1, $2, $3, 'active')`,
      [id, userIds.get(member.email), member.role],
    );
    if (member !== founder)
      activity('member-joined', userIds.get(member.email), {
        subject: userIds.get(member.email) ?? null,
      });
  }
  for (const checkpoint of dossier.checkpoints) {
    const [{ id: checkpointId }] = await tx.query<[{ id: string }]>(
      `INSERT INTO dossier_checkpoints (dossier_id, title, planned_on, status, went_well, chafed, changes, held_on, written_by)
       VALUES ($1, $2, current_date + $3::int, $4, $5, $6, $7, CASE WHEN $4 = 'held' THEN current_date + $3::int END,
               CASE WHEN $4 = 'held' THEN $8::uuid END)
       RETURNING id`,
      [
        id,
        checkpoint.title,
        checkpoint.inDays,
        checkpoint.held ? 'held' : 'planned',
        checkpoint.held?.wentWell ?? null,
        checkpoint.held?.chafed ?? null,
        checkpoint.held?.changes ?? null,
        userIds.get(founder.email),
      ],
    );
    activity('checkpoint-planned', userIds.get(founder.email), { checkpoint: checkpointId });
    if (checkpoint.held)
      activity(
        'checkpoint-held',
        userIds.get(founder.email),
        { checkpoint: checkpointId },
        -checkpoint.inDays,
      );
  }
  const times = demoFeedTimes(feed.map((line) => line.daysAgo));
  for (const [i, line] of feed.entries()) {
    await tx.query(
      `INSERT INTO dossier_activity (dossier_id, type, actor_id, subject_id, checkpoint_id, created_at)
       VALUES ($1, $2, $3, $4, $5,
               (((now() AT TIME ZONE 'Europe/Amsterdam')::date - $6::int) + $7::int * interval '1 minute')
                 AT TIME ZONE 'Europe/Amsterdam')`,
      [
        id,
        line.type,
        line.actor,
        line.fields['subject'] ?? null,
        line.fields['checkpoint'] ?? null,
        times[i].daysAgo,
        times[i].minuteOfDay,
      ],
    );
  }
}

/** The skill with this Dutch label, added to the taxonomy (verified: the demo's skills are curated) if new. */
async function demoSkill(tx: EntityManager, label: string): Promise<string> {
  const [found] = await tx.query<{ skill_id: string }[]>(
    `SELECT skill_id FROM skill_labels WHERE lang = 'nl' AND normalised = kb_normalise_label($1) LIMIT 1`,
    [label],
  );
  if (found) return found.skill_id;
  const [{ id }] = await tx.query<[{ id: string }]>(
    `INSERT INTO skills (label_nl, verified) VALUES ($1, true) RETURNING id`,
    [label],
  );
  await tx.query(
    `INSERT INTO skill_labels (skill_id, lang, label, kind) VALUES ($1, 'nl', $2, 'preferred')`,
    [id, label],
  );
  return id;
}

async function insertDemoSkill(tx: EntityManager, skill: (typeof SKILL_TAXONOMY)[number]): Promise<void> {
  const [{ id }] = await tx.query<[{ id: string }]>(
    `INSERT INTO skills (label_nl, label_en, verified) VALUES ($1, $2, true) RETURNING id`,
    [skill.nl, skill.en],
  );
  await tx.query(
    `INSERT INTO skill_labels (skill_id, lang, label, kind)
     VALUES ($1, 'nl', $2, 'preferred'), ($1, 'en', $3, 'preferred')
     ON CONFLICT DO NOTHING`,
    [id, skill.nl, skill.en],
  );
  await tx.query(
    `INSERT INTO skill_labels (skill_id, lang, label, kind) SELECT $1, 'nl', unnest($2::text[]), 'alt'
     ON CONFLICT DO NOTHING`,
    [id, skill.alt],
  );
}
