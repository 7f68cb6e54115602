/**
 * Two projects. `unit` (test/unit/**) needs no Redis, no Postgres and no build: `npm run test:unit`.
 * `integration` is everything else, against the real Redis and Postgres from the global setup,
 * each file with its own queue name and its own database. `npm test` runs both, serially
 * (--runInBand: they share one Redis and one Postgres server).
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
/** Transpiled without type-checking (`npm run typecheck` does that once): most of a unit test's time was the compiler's. */
const transpileOnly = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] };

/** Stops what would keep each finished file's modules alive in the one in-band process (the file says why). */
const releaseObservers = '<rootDir>/test/helpers/release-observers.ts';

module.exports = {
  testTimeout: 30000,
  // A suite that leaves a handle behind (an idle worker thread of the offline pool lives 30 s, a
  // socket a failed test never closed) must not hold CI past the run: every result is reported by then.
  forceExit: true,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: transpileOnly,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      // Points the service URLs nowhere, so a unit test that reaches for Redis or Postgres fails.
      setupFiles: ['<rootDir>/test/helpers/unit-setup.ts'],
      setupFilesAfterEnv: [releaseObservers],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/unit/'],
      setupFilesAfterEnv: [releaseObservers],
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
  ],
};
