import { z } from 'zod';
import { decideInvoice } from '../decisions/invoice-rules';
import { defineDecisionTask } from './decision-task';

export const invoiceCheckTask = defineDecisionTask({
  name: 'invoice_check',
  description:
    'Checks an invoice for required fields (number, issue and due date, total, vendor, customer) and contradictions ' +
    '(due before issue, zero or negative total, items not adding up, mixed currencies); answers PASS, FAIL or NEEDS_INFO with evidence quoted from the text.',
  options: z.object({}).strict(),
  instructions: () =>
    [
      'You check invoices. Required fields: invoice number, issue date, due date, total, vendor, customer.',
      'FAIL when the invoice contradicts itself: due date before issue date, a zero or negative total,',
      'line items that do not add up to the stated total (allow a cent of rounding per line), more than one currency or another currency than the one the invoice states,',
      'or a total written in words that differs from the figure.',
      'NEEDS_INFO when a required field is missing and nothing contradicts. PASS otherwise.',
      'Quote the lines that show each required field or each contradiction as evidence.',
    ].join(' '),
  fields:
    'invoice_number, issue_date and due_date (YYYY-MM-DD), total (a number), currency (ISO 4217 code), vendor and customer',
  rules: (text) => decideInvoice(text),
});
