/**
 * Several processes starting at once on a database that does not exist yet (a first install with
 * replicas, or `npm start` beside a worker): every one must come up, none may fail on the race to
 * create the database or Knex's migration tables.
 */
import { prepareDatabase } from '../../shared/startup';
import { createRootLogger } from '../../shared/logger';
import { freshDatabase } from '../helpers/env';

describe('start-up on a fresh database', () => {
  it('six concurrent start-ups all succeed and apply each migration once', async () => {
    const database = freshDatabase();
    const logger = createRootLogger({ level: 'error', silent: true });
    try {
      const dbs = await Promise.all(Array.from({ length: 6 }, () => prepareDatabase(database.url, logger, 2)));
      const rows = await dbs[0]!('knex_migrations').select('name');
      const names = rows.map((r: { name: string }) => r.name);
      expect(names.length).toBeGreaterThan(0);
      expect(new Set(names).size).toBe(names.length);
      await Promise.all(dbs.map((db) => db.destroy()));
    } finally {
      await database.drop();
    }
  });
});
