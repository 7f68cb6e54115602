/**
 * A value a describe block's beforeAll/beforeEach makes, read by its tests through a getter:
 * read before the hook ran (at collection time, say), it says so instead of being undefined.
 */
export function hookMade<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is made in a beforeAll/beforeEach hook; read it inside a test`);
  return value;
}
