/** The tasks a caller may ask for (GET /ai/tasks), with the three core tasks when the gateway has no catalog. */
import { ApiError, call } from './api.js';
import type { TaskCatalogEntry } from './types.js';

export const CORE_TASKS: TaskCatalogEntry[] = [
  { name: 'summarize', description: 'A short summary of the text.' },
  { name: 'invoice_check', description: 'Checks an invoice and decides PASS, FAIL or NEEDS_INFO, with reasons and evidence.' },
  { name: 'document_review', description: 'Reviews a business document and decides PASS, FAIL or NEEDS_INFO, with reasons and evidence.' },
];

export async function loadTasks(): Promise<{ tasks: TaskCatalogEntry[]; error?: ApiError }> {
  try {
    const { body } = await call<{ tasks?: TaskCatalogEntry[] }>('/ai/tasks');
    const tasks = (body.tasks ?? []).filter((t) => typeof t?.name === 'string');
    return { tasks: tasks.length ? tasks : CORE_TASKS };
  } catch (err) {
    if (err instanceof ApiError) return { tasks: CORE_TASKS, error: err.status === 404 ? undefined : err };
    throw err;
  }
}

const EXAMPLES: Record<string, string> = {
  summarize:
    'The city council approved the transport budget on Monday. It adds twelve electric buses to the fleet. Night service grows on four lines from March. Residents at the meeting asked for more protected bike lanes. The vote was nine to two, and the first buses arrive in the spring.',
  invoice_check:
    'Invoice No: INV-1001\nInvoice date: 2026-01-05\nDue date: 2026-02-04\nFrom: Acme Supplies Ltd\nBill to: Globex Corp\nWidgets 2 x 50.00 = 100.00\nTotal: USD 100.00',
  document_review:
    'SERVICE AGREEMENT\n\n1. Parties\nThis agreement is made on 2026-01-10 between Acme Supplies Ltd and Globex Corp.\n\n2. Term\nThe agreement starts on 2026-02-01 and ends on 2027-01-31.\n\n3. Payment\nGlobex Corp pays USD 1,200 per month within 30 days of each invoice.\n\n4. Termination\nEither party may end the agreement with 60 days written notice.\n\nSigned: Jane Doe, Acme Supplies Ltd\nSigned: John Roe, Globex Corp',
  classify: 'My parcel arrived damaged and the box was open. I would like a replacement or my money back.',
  extract: 'Order 55-1021 was placed by Maria Lopez on 3 March 2026 for 4 desk lamps, total EUR 236.00, delivery to Calle Mayor 5, Madrid.',
  translate: 'The meeting is moved to Thursday at ten. Please bring the signed contract.',
  chat: 'Explain in two sentences what a circuit breaker does in a service that calls several AI providers.',
};

export function exampleText(task: string): string {
  return EXAMPLES[task] ?? EXAMPLES.summarize ?? '';
}
