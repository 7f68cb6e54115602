/**
 * The gateway's hot writes (the intake record, the running mark, the outcome) as named prepared
 * statements. Through Knex, Postgres parses and plans each statement anew every time (0.1–0.3 ms
 * of its CPU per statement, more for a group-committed batch of many rows), and Knex compiles the
 * SQL text anew in the gateway. Here the text is built once per row count and Postgres keeps the
 * parsed statement on each pooled connection, so a write is a bind and an execute.
 *
 * The SQL is the one Knex would send (`insert … on conflict (…) do update set … | do nothing`),
 * and values go to the `pg` driver unchanged, as Knex passes them, so what is stored does not
 * change.
 */
import type { Db } from './db';

/** What a conflicting row gets: left alone, or these columns taken from the new row (when `onlyIfStatusIn` holds). */
export type OnConflict = { kind: 'ignore' } | { kind: 'update'; columns: 'all' | readonly string[]; onlyIfStatusIn?: readonly string[] };

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<unknown>;
}

/**
 * Batches up to this many rows are prepared by name; a larger one (a burst's group commit) is sent
 * unnamed, parsed each time as before. Postgres keeps every named statement on every pooled
 * connection, and one of 200 rows of 30 columns is a large parse tree to keep 200 sizes of.
 */
const MAX_PREPARED_ROWS = 32;

/** FNV-1a, 32 bits: a short, stable name for a statement's text. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** A string literal for a fixed value of the gateway's own (a status name), never a caller's. */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export class PreparedInsert {
  /** Statement texts by row count and columns; Postgres caches each name per connection. */
  private readonly statements = new Map<string, { name?: string; text: string }>();

  constructor(
    private readonly db: Db,
    /** The start of its statements' names, as `pg_prepared_statements` lists them. */
    private readonly label: string,
    private readonly table: string,
    private readonly conflictKeys: readonly string[],
    private readonly onConflict: OnConflict,
  ) {}

  /** Writes the rows in one statement. Every row must have the same columns (the records are built by one function). */
  async run(rows: readonly Record<string, unknown>[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0] as Record<string, unknown>);
    const statement = this.statementFor(columns, rows.length);
    const values: unknown[] = [];
    for (const row of rows) {
      // Knex writes DEFAULT for an undefined value in a multi-row insert; the records never hold one, so null is the same.
      for (const column of columns) values.push(row[column] ?? null);
    }
    const connection = (await this.db.client.acquireConnection()) as PgConnection;
    try {
      await connection.query({ ...statement, values });
    } finally {
      await this.db.client.releaseConnection(connection);
    }
  }

  private statementFor(columns: string[], rowCount: number): { name?: string; text: string } {
    const key = `${rowCount}:${columns.join(',')}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const text = this.sql(columns, rowCount);
      // A name stands for one text on a connection (pg refuses to prepare it again with another), hence the hash.
      statement = rowCount <= MAX_PREPARED_ROWS ? { name: `aigw_${this.label}_${rowCount}_${textHash(text)}`, text } : { text };
      this.statements.set(key, statement);
    }
    return statement;
  }

  private sql(columns: string[], rowCount: number): string {
    const tuples: string[] = [];
    for (let row = 0; row < rowCount; row++) {
      tuples.push(`(${columns.map((_, i) => `$${row * columns.length + i + 1}`).join(', ')})`);
    }
    const target = `on conflict (${this.conflictKeys.map(quote).join(', ')})`;
    const head = `insert into ${quote(this.table)} (${columns.map(quote).join(', ')}) values ${tuples.join(', ')} ${target}`;
    if (this.onConflict.kind === 'ignore') return `${head} do nothing`;
    const updated = this.onConflict.columns === 'all' ? columns : this.onConflict.columns;
    const set = updated.map((column) => `${quote(column)} = excluded.${quote(column)}`).join(', ');
    const only = this.onConflict.onlyIfStatusIn;
    const where = only ? ` where ${quote(this.table)}."status" in (${only.map(literal).join(', ')})` : '';
    return `${head} do update set ${set}${where}`;
  }
}
