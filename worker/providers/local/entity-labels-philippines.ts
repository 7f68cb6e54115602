/**
 * The Philippines' BIR invoices break sales down by how VAT treats them: "VATable Sales" (the net the 12 %
 * is charged on), "VAT-Exempt Sales", "Zero-Rated Sales". "VATable Sales" is the invoice's net; "VAT" alone
 * does not match it (the tax rule wants the word to end there).
 */
import { WORD_END } from './entity-text';

export const PHILIPPINE_SUBTOTAL_LABELS = [`vat-?able\\s+sales${WORD_END}`];
