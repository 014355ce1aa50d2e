import { describe, expect, it } from 'vitest';
import { answerBeforeApp } from '@/lib/server/methods';

describe('requests the app must not see', () => {
  it('lets GET and HEAD on a path through to the app', () => {
    expect(answerBeforeApp('GET', '/chapters/1')).toBeNull();
    expect(answerBeforeApp('HEAD', '/search?q=RCEP')).toBeNull();
  });

  it('answers methods that change things with 405 and the methods that work', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND']) {
      const answer = answerBeforeApp(method, '/chapters/1');
      expect(answer?.status, method).toBe(405);
      expect(answer?.headers.allow).toBe('GET, HEAD, OPTIONS');
    }
  });

  it('answers OPTIONS, also OPTIONS *, with 204 and Allow', () => {
    expect(answerBeforeApp('OPTIONS', '*')).toMatchObject({ status: 204, headers: { allow: 'GET, HEAD, OPTIONS' } });
    expect(answerBeforeApp('OPTIONS', '/')).toMatchObject({ status: 204 });
  });

  it('refuses * for other methods and targets that are not paths with 400', () => {
    expect(answerBeforeApp('GET', '*')?.status).toBe(400);
    expect(answerBeforeApp('GET', 'http://example.com/')?.status).toBe(400);
  });
});
