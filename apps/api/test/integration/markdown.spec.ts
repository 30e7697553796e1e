import { TRICKY_MARKDOWN } from '@klussenbank/test-support/markdown-input';
import { renderMarkdown } from '@klussenbank/domain/markdown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, loginAs, taskBody } from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The web form's preview renders with `renderMarkdown` from @klussenbank/domain/markdown
 * (apps/web/src/features/task-form/markdown-preview.spec.tsx); this proves the API serves that same
 * rendering, so the preview equals what is stored and shown.
 */
describe('descriptionHtml', () => {
  let t: TestApp;
  let poster: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganisation(t.db);
    poster = await loginAs(t.http, await createUser(t.db, org.id, ['manager']));
  });
  afterAll(() => t.close());

  it('is the shared rendering of the klus description, as the form preview shows it', async () => {
    const created = await poster.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ description: TRICKY_MARKDOWN }),
    );
    expect(created.status).toBe(201);
    const task = await poster.get<{ descriptionHtml: string }>(`/api/v1/tasks/${created.body.id}`);
    expect(task.body.descriptionHtml).toBe(renderMarkdown(TRICKY_MARKDOWN));
    expect(task.body.descriptionHtml).not.toMatch(/<(img|script)\b|href="(javascript|data):/);
  });
});
