import { z } from 'zod';
import { decideInvoice } from '../decisions/invoice-rules';
import { defineDecisionTask } from './decision-task';

export const invoiceCheckTask = defineDecisionTask({
  name: 'invoice_check',
  description: 'Checks an invoice for required fields and contradictions; answers PASS, FAIL or NEEDS_INFO with evidence.',
  options: z.object({}).strict(),
  instructions: () =>
    [
      'You check invoices. Required fields: invoice number, issue date, due date, total, vendor, customer.',
      'FAIL when the invoice contradicts itself: due date before issue date, a zero or negative total,',
      'line items that do not add up to the total, or more than one currency.',
      'NEEDS_INFO when a required field is missing. PASS otherwise.',
    ].join(' '),
  rules: (text) => decideInvoice(text),
});
