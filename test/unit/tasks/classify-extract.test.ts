/** classify and extract: answers mapped onto the caller's labels and fields, one repair round, offline heuristics. */
import { classifyTask } from '../../../worker/tasks/classify';
import { extractTask } from '../../../worker/tasks/extract';
import { TaskOutputError } from '../../../worker/tasks/types';
import { parseWith } from './helpers';

const LABELS = ['Billing', 'Technical support', 'Sales'];
const TICKET = 'Hello, my invoice for March charged me twice. Please fix the billing and refund the second charge.';

describe('classify', () => {
  it('lists the labels and asks for exactly one of them', () => {
    const prompt = classifyTask.render(TICKET, { labels: LABELS });
    for (const label of LABELS) expect(prompt.system).toContain(`- ${label}`);
    expect(prompt.system).toMatch(/exactly one/);
    expect(prompt.responseFormat).toBe('text');
  });

  it('needs at least two labels that differ case-insensitively', () => {
    expect(classifyTask.options.safeParse({ labels: ['Only'] }).success).toBe(false);
    expect(classifyTask.options.safeParse({ labels: ['Sales', 'sales'] }).success).toBe(false);
    expect(classifyTask.options.safeParse({}).success).toBe(false);
  });

  it.each([
    ['billing', 'Billing'],
    ['  "TECHNICAL SUPPORT".', 'Technical support'],
    ['Label: Sales', 'Sales'],
  ])('maps the answer %j to the label %j without notes', async (answer, label) => {
    const output = await parseWith(classifyTask, answer, { text: TICKET, options: { labels: LABELS } }).output;
    expect(output).toEqual({ result: label, decision: null, notes: [] });
  });

  it('keeps a label that itself looks like an answer prefix', async () => {
    const output = await parseWith(classifyTask, 'Class-A', { text: TICKET, options: { labels: ['Class-A', 'Class-B'] } }).output;
    expect(output.result).toBe('Class-A');
  });

  it('accepts a longer answer that names exactly one label, with a note', async () => {
    const output = await parseWith(classifyTask, 'This ticket is about billing.', { text: TICKET, options: { labels: LABELS } }).output;
    expect(output.result).toBe('Billing');
    expect(output.notes).toEqual(['the label was found inside a longer answer']);
  });

  it('asks once for a repair naming the labels, and uses the repaired answer with a note', async () => {
    const { output, log } = parseWith(classifyTask, 'Refunds', { text: TICKET, options: { labels: LABELS }, answers: ['Billing'] });
    const result = await output;
    expect(result.result).toBe('Billing');
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatch(/first answer was unusable/);
    expect(log.instructions).toHaveLength(1);
    expect(log.instructions[0]).toContain('"Refunds" is not one of the labels');
    expect(log.instructions[0]).toContain('Billing, Technical support, Sales');
  });

  it('gives up as malformed when the repaired answer is still not a label', async () => {
    const { output, log } = parseWith(classifyTask, 'Refunds', { text: TICKET, options: { labels: LABELS }, answers: ['Billing or Sales'] });
    await expect(output).rejects.toThrow(TaskOutputError);
    await expect(output).rejects.toThrow(/names more than one label/);
    expect(log.instructions).toHaveLength(1);
  });

  it('offline, picks the label whose words occur in the text, at a capped confidence with a note', async () => {
    const raw = classifyTask.offline?.(TICKET, { labels: LABELS });
    expect(raw).toBe('Billing');
    const output = await parseWith(classifyTask, raw ?? '', { text: TICKET, options: { labels: LABELS }, provider: 'local' }).output;
    expect(output.confidenceCap).toBeLessThanOrEqual(0.4);
    expect(output.notes).toEqual(['offline keyword-overlap heuristic, not a model']);
  });

  it('offline, declines when no label word occurs or labels tie', () => {
    expect(classifyTask.offline?.('Lovely weather today.', { labels: LABELS })).toBeUndefined();
    expect(classifyTask.offline?.('sales and billing', { labels: ['Sales', 'Billing'] })).toBeUndefined();
  });
});

const INVOICE = [
  'Invoice No: INV-2025-044',
  'Invoice date: 2025-03-01',
  'Due date: 2025-03-31',
  'From: Acme Tools Ltd',
  'Bill to: Globex Corp',
  'Hammer drill        $240.00',
  'Total: $240.00',
].join('\n');

describe('extract', () => {
  const fields = ['invoice_number', 'total', 'po_number'];

  it('asks for a JSON object with exactly the requested keys, in JSON mode', () => {
    const prompt = extractTask.render(INVOICE, { fields });
    expect(prompt.responseFormat).toBe('json');
    expect(prompt.system).toContain('"invoice_number", "total", "po_number"');
    expect(prompt.system).toMatch(/null for a field the text does not state/);
  });

  it('rejects empty, duplicate and odd field names', () => {
    expect(extractTask.options.safeParse({ fields: [] }).success).toBe(false);
    expect(extractTask.options.safeParse({ fields: ['total', 'Total'] }).success).toBe(false);
    expect(extractTask.options.safeParse({ fields: ['{"a":1}'] }).success).toBe(false);
  });

  it('returns exactly the requested fields from a fenced JSON answer', async () => {
    const raw = '```json\n{"invoice_number": "INV-2025-044", "total": 240, "po_number": null}\n```';
    const output = await parseWith(extractTask, raw, { text: INVOICE, options: { fields } }).output;
    expect(JSON.parse(output.result)).toEqual({ invoice_number: 'INV-2025-044', total: 240, po_number: null });
    expect(output.notes).toEqual([]);
  });

  it('matches keys written differently, fills left-out fields with null and drops extras, noting both', async () => {
    const raw = '{"Invoice Number": "INV-2025-044", "TOTAL": 240, "vendor": "Acme Tools Ltd"}';
    const output = await parseWith(extractTask, raw, { text: INVOICE, options: { fields } }).output;
    expect(JSON.parse(output.result)).toEqual({ invoice_number: 'INV-2025-044', total: 240, po_number: null });
    expect(output.notes).toEqual(['the answer left out po_number; set to null', 'dropped fields that were not asked for: vendor']);
  });

  it('repairs an answer that is not JSON once, then gives up as malformed', async () => {
    const repaired = parseWith(extractTask, 'The total is 240.', { text: INVOICE, options: { fields }, answers: ['{"invoice_number":"INV-2025-044","total":240,"po_number":null}'] });
    expect(JSON.parse((await repaired.output).result)).toMatchObject({ total: 240 });
    expect(repaired.log.instructions[0]).toMatch(/not a JSON object/);

    const hopeless = parseWith(extractTask, 'The total is 240.', { text: INVOICE, options: { fields }, answers: ['Sorry, I cannot.'] });
    await expect(hopeless.output).rejects.toThrow(/no usable JSON object after one repair/);
  });

  it('offline, fills invoice fields from the entity extractor and says which fields it does not know', async () => {
    const raw = extractTask.offline?.(INVOICE, { fields: ['invoice_number', 'due_date', 'total', 'currency', 'vendor', 'customer', 'po_number'] });
    expect(JSON.parse(raw ?? '{}')).toEqual({
      invoice_number: 'INV-2025-044',
      due_date: '2025-03-31',
      total: 240,
      currency: 'USD',
      vendor: 'Acme Tools Ltd',
      customer: 'Globex Corp',
      po_number: null,
    });
    const output = await parseWith(extractTask, raw ?? '', { text: INVOICE, options: { fields: ['total', 'po_number'] }, provider: 'local' }).output;
    expect(output.notes).toEqual(['the offline extractor does not know po_number; set to null']);
  });

  it('offline, declines when it knows none of the fields', () => {
    expect(extractTask.offline?.(INVOICE, { fields: ['favourite_colour'] })).toBeUndefined();
  });
});
