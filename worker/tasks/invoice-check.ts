import { taskContract } from '../../shared/tasks/catalog';
import { decideInvoice } from '../decisions/invoice-rules';
import { defineDecisionTask } from './decision-task';

export const invoiceCheckTask = defineDecisionTask({
  ...taskContract('invoice_check'),
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
