import { describe, expect, it } from 'vitest';
import { ConfigError, parseRateLimit, readServerConfig } from '@/lib/server/config';

describe('server settings from the environment', () => {
  it('read the rate limit as requests per seconds, or off', () => {
    expect(parseRateLimit('120/60')).toEqual({ points: 120, seconds: 60 });
    expect(parseRateLimit('off')).toBeNull();
    expect(parseRateLimit(undefined)).toEqual({ points: 300, seconds: 60 });
  });

  it('stop on a malformed value with the variable named', () => {
    expect(() => parseRateLimit('fast')).toThrow(/RATE_LIMIT=fast/);
    expect(() => readServerConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => readServerConfig({ SHUTDOWN_DEADLINE_MS: '-5' })).toThrow(/SHUTDOWN_DEADLINE_MS/);
  });

  it('send HSTS only when configured', () => {
    expect(readServerConfig({}).hstsMaxAge).toBeUndefined();
    expect(readServerConfig({ HSTS_MAX_AGE: '31536000' }).hstsMaxAge).toBe(31536000);
  });
});
