/** invoice_check and document_review: model JSON validated, one repair, grounded evidence, the rule engine as fallback. */
import { decisionSchema } from '../../../shared/task-schemas';
import { documentReviewTask } from '../../../worker/tasks/document-review';
import { invoiceCheckTask } from '../../../worker/tasks/invoice-check';
import { parseWith } from './helpers';

const INVOICE = [
  'Invoice No: INV-2025-301',
  'Invoice date: 2025-04-01',
  'Due date: 2025-03-01',
  'From: Kestrel Labs Ltd',
  'Bill to: Orbit Foods plc',
  'Consulting, 4 days        £2,000.00',
  'Total: £2,000.00',
].join('\n');

const MODEL_FAIL = JSON.stringify({
  decision: 'FAIL',
  reasons: ['the due date is before the invoice date'],
  evidence: ['Due date: 2025-03-01', 'invoice date: 2025-04-01'],
  fields: { invoice_number: 'INV-2025-301', due_date: '2025-03-01' },
});

describe('decision prompts', () => {
  it('ask for JSON matching the decision schema, with the fields to report and evidence copied exactly', () => {
    const prompt = invoiceCheckTask.render(INVOICE, {});
    expect(prompt.responseFormat).toBe('json');
    expect(prompt.prompt).toBe(INVOICE);
    expect(prompt.system).toContain('"enum":["PASS","FAIL","NEEDS_INFO"]');
    expect(prompt.system).toContain('invoice_number');
    expect(prompt.system).toMatch(/copied exactly/);
  });

  it('carry the document-review options into the instructions', () => {
    const prompt = documentReviewTask.render('text', { required_sections: ['Scope', 'Term'], require_signature: false });
    expect(prompt.system).toContain('Required sections (as headings): Scope, Term.');
    expect(prompt.system).toContain('A signature is not required.');
  });
});

describe('a model decision', () => {
  it('is validated, kept as the model’s, and its evidence mapped to exact spans of the text', async () => {
    const output = await parseWith(invoiceCheckTask, MODEL_FAIL, { text: INVOICE, options: {} }).output;
    expect(decisionSchema.parse(output.decision)).toMatchObject({ decision: 'FAIL', engine: 'model' });
    // "invoice date" was quoted in other case: the kept span is the text's own.
    expect(output.decision?.evidence).toEqual(['Due date: 2025-03-01', 'Invoice date: 2025-04-01']);
    for (const item of output.decision?.evidence ?? []) expect(INVOICE).toContain(item);
    expect(output.notes).toEqual([]);
    expect(output.result).toBe('FAIL: the due date is before the invoice date');
  });

  it('loses invented evidence, and the note says what was dropped', async () => {
    const invented = JSON.stringify({ decision: 'PASS', reasons: ['all good'], evidence: ['Total: £2,000.00', 'Paid in full on 2025-04-02'] });
    const output = await parseWith(invoiceCheckTask, invented, { text: INVOICE, options: {} }).output;
    expect(output.decision?.evidence).toEqual(['Total: £2,000.00']);
    expect(output.decision?.engine).toBe('model');
    expect(output.notes).toEqual(['dropped 1 evidence item(s) not found in the text: "Paid in full on 2025-04-02"']);
  });

  it('is read from inside a markdown fence', async () => {
    const output = await parseWith(invoiceCheckTask, `Here you go:\n\`\`\`json\n${MODEL_FAIL}\n\`\`\``, { text: INVOICE, options: {} }).output;
    expect(output.decision?.engine).toBe('model');
  });
});

describe('an unusable model answer', () => {
  it('gets one repair request that explains the validation error, and the repaired decision is used with a note', async () => {
    const bad = JSON.stringify({ decision: 'REJECT', reasons: [], evidence: [] });
    const { output, log } = parseWith(invoiceCheckTask, bad, { text: INVOICE, options: {}, answers: [MODEL_FAIL] });
    const result = await output;
    expect(result.decision).toMatchObject({ decision: 'FAIL', engine: 'model' });
    expect(log.instructions).toHaveLength(1);
    expect(log.instructions[0]).toContain('decision:');
    expect(log.instructions[0]).toContain('reasons:');
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatch(/first answer was unusable/);
  });

  it('falls to the rule engine when the repair is unusable too, capped at the local confidence', async () => {
    const { output, log } = parseWith(invoiceCheckTask, 'PASS', { text: INVOICE, options: {}, answers: ['{"decision": "PASS"}'] });
    const result = await output;
    expect(log.instructions).toHaveLength(1);
    expect(result.decision).toMatchObject({ decision: 'FAIL', engine: 'rules' });
    expect(result.decision?.reasons).toContain('due date 2025-03-01 is before issue date 2025-04-01');
    expect(result.notes[0]).toMatch(/unusable twice.*rule engine decided/);
    expect(result.confidenceCap).toBe(0.6);
  });

  it('falls to the rule engine when the repair request itself fails', async () => {
    const result = await parseWith(invoiceCheckTask, 'not json', { text: INVOICE, options: {}, answers: [] }).output;
    expect(result.decision?.engine).toBe('rules');
    expect(result.notes[0]).toMatch(/repair request failed \(no repair answer scripted\)/);
  });
});

describe('the local provider', () => {
  it('answers with the rule engine’s decision, which is never repaired and cites only the text', async () => {
    const raw = invoiceCheckTask.offline?.(INVOICE, {}) ?? '';
    const { output, log } = parseWith(invoiceCheckTask, raw, { text: INVOICE, options: {}, provider: 'local' });
    const result = await output;
    expect(log.instructions).toEqual([]);
    expect(result.decision).toMatchObject({ decision: 'FAIL', engine: 'rules' });
    expect(result.decision?.evidence.length).toBeGreaterThan(0);
    for (const item of result.decision?.evidence ?? []) expect(INVOICE).toContain(item);
    expect(result.notes).toEqual([]);
  });

  it('reviews documents by the configured sections and signature rule', async () => {
    const contract = ['1. Scope', 'Hosting.', '2. Term', 'Effective as of 1 May 2025.', 'Signature: ____________'].join('\n');
    const options = { required_sections: ['Scope', 'Term', 'Liability'] };
    const raw = documentReviewTask.offline?.(contract, options) ?? '';
    const result = await parseWith(documentReviewTask, raw, { text: contract, options, provider: 'local' }).output;
    expect(result.decision?.decision).toBe('NEEDS_INFO');
    expect(result.decision?.reasons).toEqual(['missing required section "Liability"', 'the signature line is blank']);
    const unsigned = documentReviewTask.offline?.(contract, { required_sections: ['Scope', 'Term'], require_signature: false }) ?? '';
    expect(JSON.parse(unsigned).decision).toBe('PASS');
  });
});

describe('the decision schema given to models', () => {
  it('accepts "fields": null as no fields', async () => {
    const raw = JSON.stringify({ decision: 'NEEDS_INFO', reasons: ['no customer'], evidence: [], fields: null });
    const output = await parseWith(invoiceCheckTask, raw, { text: INVOICE, options: {} }).output;
    expect(output.decision).toEqual({ decision: 'NEEDS_INFO', reasons: ['no customer'], evidence: [], engine: 'model' });
  });
});
