import { renderMarkdown } from '@klussenbank/domain/markdown';
import type { EntityManager } from 'typeorm';

/**
 * Successes on the wall of a fresh `npm start`: three of the demo ledger's completed klussen and the
 * held checkpoint of the Omgevingswet dossier, shared by their poster or trekker, with applause and
 * comments from the partners. Some people agreed to be named; others were asked and have not answered,
 * so the wall shows both. People are named by their display name in demo-network.ts; a klus by its
 * title in demo-ledger.ts, the dossier and checkpoint by theirs in demo-dossiers.ts.
 */
export interface DemoSuccess {
  /** A completed klus of DEMO_COMPLETED_TASKS, or a dossier with one of its held checkpoints. */
  source: { task: string } | { dossier: string; checkpoint: string };
  story: string;
  sharedDaysAgo: number;
  /** Those who agreed to be named; everybody else involved was asked and did not answer (yet). */
  named: string[];
  applause: string[];
  comments: { author: string; body: string }[];
}

export const DEMO_SUCCESSES: DemoSuccess[] = [
  {
    source: { task: 'Subsidieaanvragen van het ondernemersfonds beoordelen' },
    story:
      'Veertig aanvragen in drie weken, met **een tweede paar ogen uit Zeist**. Olivier keek als financieel adviseur ' +
      'naar de begrotingen; daardoor konden we ondernemers een week eerder antwoord geven.\n\n' +
      'Wat we meenemen: een korte checklist voor de begroting, die we nu bij elke ronde gebruiken.',
    sharedDaysAgo: 110,
    named: ['Joost van der Heijden', 'Olivier Dam'],
    applause: ['Esther Maas', 'Femke Verhoeven', 'Sophie van Lith', 'Bram Kuipers', 'Marloes de Wit'],
    comments: [
      { author: 'Esther Maas', body: 'Mooi dat Zeist zo kon bijspringen. Dat doen we vaker!' },
      { author: 'Femke Verhoeven', body: 'Die checklist wil ik graag zien voor het volgende fonds.' },
    ],
  },
  {
    source: { task: 'Wijkgesprekken in Zeist-West voorbereiden' },
    story:
      'Drie wijkavonden, ruim negentig bewoners. Sophie uit Oss hielp met de vragen en de uitnodiging; ' +
      'de opkomst was twee keer zo hoog als vorig jaar.',
    sharedDaysAgo: 94,
    named: ['Esther Maas', 'Sophie van Lith'],
    applause: ['Joost van der Heijden', 'Olivier Dam', 'Julia Prins'],
    comments: [{ author: 'Joost van der Heijden', body: 'Knap werk, Sophie! Goed voor Oss om te weten.' }],
  },
  {
    source: { task: 'Omgevingsplan: regels voor bedrijventerreinen vergelijken' },
    story:
      'De regels van zes gemeenten staan nu **naast elkaar** in één overzicht. Dat is de basis voor één regionale ' +
      'lijn voor bedrijventerreinen in de Drechtsteden.',
    sharedDaysAgo: 80,
    named: ['Marloes de Wit', 'Fatima Ouali'],
    applause: ['Henk Visser', 'Kees Jansen', 'Tim van Dijk', 'Ingrid Mulder', 'Frank Jacobs', 'Ruud de Boer'],
    comments: [
      { author: 'Ingrid Mulder', body: 'Dit scheelt ons maanden uitzoekwerk.' },
      { author: 'Frank Jacobs', body: 'Kunnen we dit ook voor de openbare ruimte doen?' },
    ],
  },
  {
    source: {
      dossier: 'Eén werkwijze voor vergunningen onder de Omgevingswet',
      checkpoint: 'IJkmoment na de verkenning',
    },
    story:
      'Het eerste ijkmoment is gehouden. We weten nu hoe elke gemeente vergunningen behandelt, en waar het schuurt. ' +
      'Volgende stap: samen één werkwijze kiezen.',
    sharedDaysAgo: 12,
    named: ['Joost van der Heijden'],
    applause: ['Esther Maas', 'Femke Verhoeven', 'Anna de Vries'],
    comments: [{ author: 'Esther Maas', body: 'Goed begin! Ik sluit graag aan bij het volgende ijkmoment.' }],
  },
];

const userId = async (tx: EntityManager, name: string): Promise<string> => {
  const [row] = await tx.query<{ id: string }[]>(`SELECT id FROM users WHERE display_name = $1`, [name]);
  if (!row) throw new Error(`demo success: nobody is called ${name}`);
  return row.id;
};

/** Inserts the demo successes (after the completed klussen and dossiers); the audience as sharing sets it. */
export async function insertDemoSuccesses(tx: EntityManager): Promise<void> {
  for (const success of DEMO_SUCCESSES) {
    const [row] =
      'task' in success.source
        ? await tx.query<{ id: string; sharedBy: string }[]>(
            `INSERT INTO successes (milestone, task_id, dossier_id, title, story, story_html, organisation_id,
                                    shared_by, created_at)
             SELECT 'task-completed', t.id, t.dossier_id, t.title, $2, $3, t.organisation_id, t.poster_id,
                    now() - make_interval(days => $4)
               FROM tasks t WHERE t.title = $1 AND t.status = 'completed'
             RETURNING id, shared_by AS "sharedBy"`,
            [success.source.task, success.story, renderMarkdown(success.story), success.sharedDaysAgo],
          )
        : await tx.query<{ id: string; sharedBy: string }[]>(
            `INSERT INTO successes (milestone, dossier_id, checkpoint_id, title, story, story_html, shared_by, created_at)
             SELECT 'checkpoint-held', d.id, c.id, d.title || ': ' || c.title, $3, $4,
                    (SELECT m.user_id FROM dossier_members m
                      WHERE m.dossier_id = d.id AND m.role = 'trekker' AND m.status = 'active' LIMIT 1),
                    now() - make_interval(days => $5)
               FROM dossiers d JOIN dossier_checkpoints c ON c.dossier_id = d.id AND c.status = 'held'
              WHERE d.title = $1 AND c.title = $2
             RETURNING id, shared_by AS "sharedBy"`,
            [
              success.source.dossier,
              success.source.checkpoint,
              success.story,
              renderMarkdown(success.story),
              success.sharedDaysAgo,
            ],
          );
    if (!row) throw new Error(`demo success: nothing to celebrate in ${JSON.stringify(success.source)}`);
    // Audience, organisations, skills and people as SuccessesService.share records them.
    await tx.query(
      `INSERT INTO success_partnerships (success_id, partnership_id)
       SELECT s.id, p.id FROM successes s
         LEFT JOIN tasks t ON t.id = s.task_id
         LEFT JOIN dossiers d ON d.id = s.dossier_id AND s.task_id IS NULL
         JOIN partnerships p ON p.id = d.partnership_id
                             OR (t.visibility = 'partnership' AND p.id = t.partnership_id)
                             OR (t.visibility = 'all-partnerships'
                                 AND p.id IN (SELECT partnership_id FROM partnership_members WHERE organisation_id = t.organisation_id))
        WHERE s.id = $1`,
      [row.id],
    );
    await tx.query(
      `INSERT INTO success_people (success_id, user_id)
       SELECT s.id, x.user_id FROM successes s
         CROSS JOIN LATERAL (
           SELECT t.poster_id AS user_id FROM tasks t WHERE t.id = s.task_id
           UNION SELECT c.user_id FROM claims c WHERE c.task_id = s.task_id AND c.status = 'completed'
           UNION SELECT m.user_id FROM dossier_members m
                  WHERE s.task_id IS NULL AND m.dossier_id = s.dossier_id AND m.status = 'active') x
        WHERE s.id = $1`,
      [row.id],
    );
    await tx.query(
      `INSERT INTO success_organisations (success_id, organisation_id)
       SELECT DISTINCT p.success_id, u.organisation_id FROM success_people p JOIN users u ON u.id = p.user_id
        WHERE p.success_id = $1`,
      [row.id],
    );
    await tx.query(
      `INSERT INTO success_skills (success_id, skill_id)
       SELECT s.id, ds.skill_id FROM successes s
         JOIN dossier_skills ds ON ds.dossier_id = s.dossier_id AND s.task_id IS NULL
         JOIN skills k ON k.id = ds.skill_id AND k.status = 'accepted'
        WHERE s.id = $1`,
      [row.id],
    );
    for (const name of success.named) {
      await tx.query(
        `UPDATE success_people SET naming = 'agreed', answered_at = now() WHERE success_id = $1 AND user_id = $2`,
        [row.id, await userId(tx, name)],
      );
    }
    for (const name of success.applause) {
      await tx.query(`INSERT INTO success_applause (success_id, user_id) VALUES ($1, $2)`, [
        row.id,
        await userId(tx, name),
      ]);
    }
    for (const [i, comment] of success.comments.entries()) {
      await tx.query(
        `INSERT INTO success_comments (success_id, author_id, body, created_at)
         VALUES ($1, $2, $3, now() - make_interval(days => $4) + make_interval(hours => $5))`,
        [row.id, await userId(tx, comment.author), comment.body, success.sharedDaysAgo, i + 2],
      );
    }
  }
}
