/** The API-surface settings: parsed once, a bad value named. */
import { ConfigError, parseConfig } from '../../../shared/config';

describe('API surface config', () => {
  it('defaults to the original limits, CORS off, no proxy trusted, texts out of logs', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      RATE_LIMIT_TASKS_PER_MINUTE: 30,
      RATE_LIMIT_CLEANUP_PER_MINUTE: 5,
      CORS_ORIGINS: [],
      TRUST_PROXY: false,
      AUTH_CACHE_SECONDS: 5,
      LOG_TEXT: false,
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
    ['::1,fd00::/8', ['::1', 'fd00::/8']],
  ])('reads TRUST_PROXY=%j', (value, expected) => {
    expect(parseConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it('reads CORS_ORIGINS as a list of origins', () => {
    expect(parseConfig({ CORS_ORIGINS: 'https://a.example.com/, http://localhost:8080' }).CORS_ORIGINS).toEqual(['https://a.example.com', 'http://localhost:8080']);
  });

  it.each([
    ['TRUST_PROXY', 'everyone'],
    ['TRUST_PROXY', '10.0.0.0/99'],
    ['CORS_ORIGINS', 'https://a.example.com/path'],
    ['CORS_ORIGINS', 'ftp://a.example.com'],
    ['RATE_LIMIT_TASKS_PER_MINUTE', '0'],
    ['RATE_LIMIT_CLEANUP_PER_MINUTE', 'lots'],
  ])('refuses %s=%j naming the variable', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(new RegExp(`- ${name}:`));
  });
});
