/**
 * Issue 19, round 11: more fixes found by perturbing the development invoices (see
 * `scripts/eval/perturb.ts`). Each case is invented text; each fix has inputs it changes and near
 * misses it must leave alone.
 */
import { findParties } from '../../worker/providers/local/entity-parties';
import { stackedFields } from '../../worker/providers/local/entity-stacked';

function partiesOf(text: string, role: 'vendor' | 'customer'): string[] {
  return findParties(text).filter((party) => party.role === role).map((party) => party.name);
}

describe('a party label without its colon in a stack of fields', () => {
  const stack = (line: string): string => ['Invoice No INV-77', 'Invoice date 2026-03-02', line, 'Due date 2026-04-01', '', 'Consulting  1  500.00'].join('\n');

  it.each([
    ['an everyday word before an organisation', 'From Larkwood Legal Services', 'vendor', 'Larkwood Legal Services'],
    ['in capitals', 'FROM GRANITE PEAK EQUIPMENT RENTALS', 'vendor', 'GRANITE PEAK EQUIPMENT RENTALS'],
    ['inside a scan\'s bars', '|  From Copperleaf Electrical Ltd          |', 'vendor', 'Copperleaf Electrical Ltd'],
    ['before a person\'s name', 'From Marcus Bell', 'vendor', 'Marcus Bell'],
    ['"To" before an organisation', 'To Saltmarsh Holiday Lets', 'customer', 'Saltmarsh Holiday Lets'],
    ['"Bill to" before a person\'s name', 'Bill to Marcus Bell', 'customer', 'Marcus Bell'],
  ] as const)('%s', (_case, line, role, name) => {
    expect(partiesOf(stack(line), role)).toEqual([name]);
  });

  it.each([
    ['a sentence opening with "From"', 'From Monday we open at nine', 'vendor'],
    ['a date after "From"', 'From 1 March to 31 March', 'vendor'],
    ['an address after a comma', "To Saltings Court Residents' Association, c/o the Secretary, Flat 3", 'customer'],
  ] as const)('near miss: %s', (_case, line, role) => {
    expect(partiesOf(stack(line), role)).toEqual([]);
  });

  it.each([
    ['"From" outside a stack of fields', 'Thank you for your order.\nFrom Larkwood Legal Services\nWe hope to see you again.', 'vendor'],
    ['a person\'s name after "Bill to" outside a stack of fields', 'Thank you for your order.\nBill to Marcus Bell\nWe hope to see you again.', 'customer'],
  ] as const)('near miss: %s', (_case, text, role) => {
    expect(partiesOf(text, role)).toEqual([]);
  });
});

describe('a label block over its value block, its labels glossed or scanned', () => {
  const stacked = (labels: string[]): string =>
    ['Brightwater Signs Ltd', '22 Canal Wharf, Leeds LS11 5PS', '', ...labels, '', 'BWS-4410', '3 February 2025', '5 March 2025', 'Caldera Fitness Ltd'].join('\n');
  const read = (labels: string[]) => {
    const fields = stackedFields(stacked(labels));
    return { numbers: fields?.invoiceNumbers.map((span) => span.text) ?? [], customers: fields?.parties.filter((party) => party.role === 'customer').map((party) => party.name) ?? [] };
  };

  it.each([
    ['German before, after a slash', ['Rechnungsnummer / Invoice Number', 'Rechnungsdatum / Invoice Date', 'Fälligkeitsdatum / Payment Due', 'Rechnungsempfänger / Bill To']],
    ['Spanish around, in brackets', ['Número de factura (Invoice Number)', 'Fecha de emisión (Invoice Date)', 'Fecha de vencimiento (Payment Due)', 'Cliente (Bill To)']],
    ['French after', ['Invoice Number / Numéro de facture', 'Invoice Date / Date de facturation', "Payment Due / Date d'échéance", 'Bill To / Client']],
    ['a scan\'s digits and l for capitals', ['lnvoice Number', '1ssue Date', 'Payment Due', 'Bi1l To']],
    ['a scan\'s stray bars', ['| Invoice Number', 'Invoice Date.', '| Payment Due', '| Bill To']],
  ])('%s', (_case, labels) => {
    expect(read(labels)).toEqual({ numbers: ['BWS-4410'], customers: ['Caldera Fitness Ltd'] });
  });

  it.each([
    ['three parts to a label', ['Invoice / Rechnung / Facture Number', 'Invoice Date', 'Payment Due', 'Bill To']],
    ['a lower-case sentence', ['see the number below', 'Invoice Date', 'Payment Due', 'Bill To']],
    ['a gloss of five words', ['Invoice Number (the number of this invoice)', 'Invoice Date', 'Payment Due', 'Bill To']],
  ])('near miss: %s is no label, and the values are not paired off by rank', (_case, labels) => {
    expect(read(labels).numbers).toEqual([]);
  });
});
