import { z } from 'zod';
import { decideDocument } from '../decisions/document-rules';
import { defineDecisionTask } from './decision-task';

const options = z
  .object({
    required_sections: z.array(z.string().min(1).max(200)).max(50).optional(),
    require_signature: z.boolean().optional(),
  })
  .strict();

export const documentReviewTask = defineDecisionTask({
  name: 'document_review',
  description:
    'Reviews a business document for required sections (option required_sections), a signature (option require_signature, default true) ' +
    'and dates that exist and agree; answers PASS, FAIL or NEEDS_INFO with evidence quoted from the text.',
  options,
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
