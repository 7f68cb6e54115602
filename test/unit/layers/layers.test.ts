/**
 * The layering as a test, beside the ESLint rule (which sees only static imports): no import,
 * dynamic import or require goes from api/ to worker/, from worker/ to api/, or from shared/ to
 * either.
 */
import { join } from 'node:path';
import { FORBIDDEN, importMap, violations } from '../../../scripts/import-map';

const ROOT = join(__dirname, '..', '..', '..');

describe('layers', () => {
  const map = importMap(ROOT);

  it('has no import across a forbidden boundary', () => {
    expect(violations(map)).toEqual([]);
  });

  it('sees the imports it should (api and worker both use shared)', () => {
    expect(map.get('api → shared')).toBeGreaterThan(10);
    expect(map.get('worker → shared')).toBeGreaterThan(10);
  });

  it('would report a forbidden edge', () => {
    expect(violations(new Map([[`${FORBIDDEN[0]?.[0]} → ${FORBIDDEN[0]?.[1]}`, 1]]))).toEqual(['api → worker']);
  });
});
