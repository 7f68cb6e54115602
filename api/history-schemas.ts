/** What GET /history and POST /history/cleanup accept; the OpenAPI document is generated from these. */
import { z } from 'zod';
import { TASK_STATUSES } from '../shared/task-schemas';

/** Filters take names, never free text: anything else is refused before it nears a query. */
const name = (what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, `a ${what} name: letters, digits, _ . - (at most 64)`)
    .meta({ description: `Only tasks of this ${what}.` });

export interface HistoryCursor {
  createdAt: string;
  taskId: string;
}

const cursorPayload = z.tuple([z.iso.datetime(), z.uuid()]);

export function encodeCursor(cursor: HistoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.taskId])).toString('base64url');
}

/** The opaque `next_cursor` of a page, decoded and checked; a tampered cursor is a 400, not a query. */
const cursorSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,200}$/, 'not a cursor returned by this API')
  .transform((value, ctx): HistoryCursor => {
    try {
      const [createdAt, taskId] = cursorPayload.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
      return { createdAt, taskId };
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a cursor returned by this API' });
      return z.NEVER;
    }
  })
  .meta({ description: 'The `next_cursor` of the previous page.' });

export const historyQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Rows per page, newest first.' }),
    cursor: cursorSchema.optional(),
    status: z.enum(TASK_STATUSES).optional().meta({ description: 'Only tasks in this status.' }),
    provider: name('provider').optional().meta({ description: 'Only tasks answered by or requested from this provider.' }),
    task: name('task').optional(),
    since: z.iso
      .datetime({ offset: true })
      .transform((v) => new Date(v))
      .optional()
      .meta({ description: 'Only tasks created at or after this time (ISO 8601).' }),
  })
  .strict();
export type HistoryQueryParams = z.output<typeof historyQuerySchema>;

export const cleanupRequestSchema = z
  .object({
    older_than_minutes: z
      .number()
      .int()
      .min(0)
      .max(10 * 365 * 24 * 60)
      .optional()
      .meta({ description: 'Delete only error rows older than this; all error rows when absent.' }),
  })
  .strict();
