/**
 * The unit project's promise is "no Redis, no Postgres": the service URLs point at a port nothing
 * listens on, so a test that needs them fails at once instead of quietly using the shared ones.
 */
process.env.TEST_REDIS_URL = 'redis://127.0.0.1:1';
process.env.TEST_DATABASE_URL = 'postgres://unit-tests-use-no-database@127.0.0.1:1/none';
