/**
 * The offline `extract`: the rule-based entity extractor knows invoice and contract facts, so the
 * fields that name one of those are filled in; any other field stays null. When none of the
 * requested fields is known the local provider declines instead of answering all nulls.
 */
import { decideInvoice } from '../decisions/invoice-rules';
import { labelledFigures } from '../decisions/invoice-sums';
import { scanDocument, type ScannedDocument } from '../providers/local/entity-scan';

type Facts = Record<string, unknown>;
type Source = (doc: ScannedDocument, invoice: Facts, text: string) => unknown;

function figure(label: string): Source {
  return (doc, _invoice, text) => labelledFigures(text, doc.amounts).find((found) => found.label === label)?.value ?? null;
}

function labelledDate(label: string): Source {
  return (doc) => {
    const date = doc.dates.find((found) => found.label === label);
    return date ? (date.iso ?? date.text) : null;
  };
}

const fromInvoice = (key: string): Source => (_doc, invoice) => invoice[key] ?? null;

/** Field names as `fieldKey` writes them (lower-case letters and digits) to where the value comes from. */
const SOURCES: [string[], Source][] = [
  [['invoicenumber', 'invoiceno', 'invoiceid', 'invoicenr', 'invoice', 'number', 'rechnungsnummer', 'numerodefacture'], fromInvoice('invoice_number')],
  [['issuedate', 'invoicedate', 'date', 'dateofissue', 'rechnungsdatum', 'datedefacture'], fromInvoice('issue_date')],
  [['duedate', 'paymentduedate', 'paymentdue', 'faelligkeit', 'falligkeit', 'echeance'], fromInvoice('due_date')],
  [['total', 'totalamount', 'amountdue', 'amount', 'grandtotal', 'totaldue', 'gesamtbetrag', 'montanttotal'], fromInvoice('total')],
  [['subtotal', 'netamount', 'nettotal', 'net', 'zwischensumme'], figure('subtotal')],
  [['tax', 'vat', 'taxamount', 'vatamount', 'mwst', 'tva'], figure('tax')],
  [['currency', 'waehrung', 'devise'], fromInvoice('currency')],
  [['vendor', 'supplier', 'seller', 'issuer', 'from', 'billedby', 'lieferant', 'fournisseur'], fromInvoice('vendor')],
  [['customer', 'buyer', 'client', 'billto', 'recipient', 'kunde'], fromInvoice('customer')],
  [['effectivedate', 'startdate'], labelledDate('effective')],
  [['enddate', 'expirydate', 'expirationdate', 'terminationdate'], labelledDate('end')],
  [['signeddate', 'signaturedate', 'dateofsignature'], labelledDate('signed')],
  [['parties'], (doc) => [...new Set(doc.parties.map((party) => party.name))]],
];

function key(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function sourceOf(field: string): Source | undefined {
  const wanted = key(field);
  return SOURCES.find(([names]) => names.includes(wanted))?.[1];
}

export function isOfflineField(field: string): boolean {
  return sourceOf(field) !== undefined;
}

export function extractOffline(text: string, fields: readonly string[]): string | undefined {
  if (!fields.some(isOfflineField)) return undefined;
  const doc = scanDocument(text);
  const invoice = decideInvoice(text).fields;
  const answer: Facts = {};
  for (const field of fields) answer[field] = sourceOf(field)?.(doc, invoice, text) ?? null;
  return JSON.stringify(answer);
}
