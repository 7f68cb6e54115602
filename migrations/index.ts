/**
 * The migrations, listed in code rather than discovered on disk, so the same list runs from
 * TypeScript (tests) and from compiled JavaScript (`npm run migrate`, Docker) without knex
 * guessing file extensions.
 */
import type { Knex } from 'knex';
import * as createAiRequests from './20261129000001_create_ai_requests';
import * as createApiKeys from './20261129060001_create_api_keys';
import * as indexHistoryByCaller from './20261129060002_index_history_by_caller';
import * as partitionHistoryByMonth from './20261130120001_partition_history_by_month';
import * as indexHistoryFilters from './20261130120002_index_history_filters';
import * as spendControl from './20261203000001_spend_control';
import * as addKeyQueueLimits from './20261203120001_add_key_queue_limits';
import * as recordAcceptedTasks from './20261203120001_record_accepted_tasks';
import * as createV1Responses from './20261203120001_create_v1_responses';
import * as historyToolCallCount from './20261203120001_history_tool_call_count';
import * as historyAnswerDetails from './20261203150001_history_answer_details';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

const MIGRATIONS: Record<string, Migration> = {
  '20261129000001_create_ai_requests': createAiRequests,
  '20261129060001_create_api_keys': createApiKeys,
  '20261129060002_index_history_by_caller': indexHistoryByCaller,
  '20261130120001_partition_history_by_month': partitionHistoryByMonth,
  '20261130120002_index_history_filters': indexHistoryFilters,
  '20261203000001_spend_control': spendControl,
  '20261203120001_add_key_queue_limits': addKeyQueueLimits,
  '20261203120001_record_accepted_tasks': recordAcceptedTasks,
  '20261203120001_create_v1_responses': createV1Responses,
  '20261203120001_history_tool_call_count': historyToolCallCount,
  '20261203150001_history_answer_details': historyAnswerDetails,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(MIGRATIONS).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const migration = MIGRATIONS[name];
    if (!migration) throw new Error(`unknown migration ${name}`);
    return migration;
  },
};
