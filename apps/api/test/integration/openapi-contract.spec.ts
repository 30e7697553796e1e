import { describe, expect, it } from 'vitest';
import { checkAgainstContract as check, type ContractResponse } from '../support/openapi-contract.js';

// Made-up responses: they test the check, and do not count as exercising the operations.
const checkAgainstContract = (response: ContractResponse) => check(response, { record: false });

const TASK = '/api/v1/tasks/3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const json = (body: unknown) => ({
  contentType: 'application/json; charset=utf-8',
  text: JSON.stringify(body),
});

describe('the OpenAPI check on every test response', () => {
  it('fails a status the operation does not document', () => {
    expect(() => checkAgainstContract({ method: 'GET', path: TASK, status: 418, ...json({}) })).toThrow(
      /418 is not documented for GET \/tasks\/\{id\}/,
    );
  });

  it('fails a body that does not match the schema, naming the field', () => {
    const page = { items: [], page: '1', pageSize: 20, total: 0 };
    expect(() =>
      checkAgainstContract({ method: 'GET', path: '/api/v1/tasks?page=1', status: 200, ...json(page) }),
    ).toThrow(/does not match its schema[\s\S]*\/page must be integer/);
  });

  it('fails a field the document does not name, but lets problem details carry extra members', () => {
    const counts = { unreadCount: 2 };
    expect(() =>
      checkAgainstContract({
        method: 'GET',
        path: '/api/v1/me/notifications/unread-count',
        status: 200,
        ...json(counts),
      }),
    ).not.toThrow();
    expect(() =>
      checkAgainstContract({
        method: 'GET',
        path: '/api/v1/me/notifications/unread-count',
        status: 200,
        ...json({ ...counts, secret: true }),
      }),
    ).toThrow(/must NOT have additional properties/);
    const problem = {
      type: 'about:blank',
      title: 'Niet gevonden',
      code: 'not-found',
      status: 404,
      detail: 'Weg.',
      currentStatus: 'open',
    };
    expect(() =>
      checkAgainstContract({
        method: 'GET',
        path: TASK,
        status: 404,
        contentType: 'application/problem+json',
        text: JSON.stringify(problem),
      }),
    ).not.toThrow();
  });

  it('fails a content type the operation does not document, and a body where none is documented', () => {
    expect(() =>
      checkAgainstContract({
        method: 'GET',
        path: TASK,
        status: 404,
        contentType: 'text/html',
        text: '<p>weg</p>',
      }),
    ).toThrow(/answered text\/html/);
    expect(() =>
      checkAgainstContract({ method: 'POST', path: '/api/v1/auth/logout', status: 204, ...json({}) }),
    ).toThrow(/should have no body/);
  });
});
