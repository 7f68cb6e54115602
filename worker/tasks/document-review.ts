import { taskContract } from '../../shared/tasks/catalog';
import { decideDocument } from '../decisions/document-rules';
import { defineDecisionTask } from './decision-task';

export const documentReviewTask = defineDecisionTask({
  ...taskContract('document_review'),
  instructions: (opts) =>
    [
      'You review business documents.',
      opts.required_sections?.length ? `Required sections (as headings): ${opts.required_sections.join(', ')}.` : '',
      opts.require_signature === false ? 'A signature is not required.' : 'The document must be signed (a filled-in signature, not a blank line).',
      'FAIL when a date cannot exist or dates contradict each other (an effective date after the end date).',
      'NEEDS_INFO when a required section or the signature is missing and nothing contradicts. PASS otherwise.',
    ]
      .filter(Boolean)
      .join(' '),
  fields:
    'sections_found and sections_missing (arrays of section names), signature (the signature line or null), effective_date, end_date and signed_date (YYYY-MM-DD), parties (array of names)',
  rules: (text, opts) => decideDocument(text, { requiredSections: opts.required_sections, requireSignature: opts.require_signature }),
});
