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
  description: 'Reviews a business document for required sections, signatures and consistent dates.',
  options,
  instructions: (opts) =>
    [
      'You review business documents.',
      opts.required_sections?.length ? `Required sections: ${opts.required_sections.join(', ')}.` : '',
      opts.require_signature === false ? '' : 'The document must be signed.',
      'FAIL when dates contradict each other. NEEDS_INFO when a required section or signature is missing. PASS otherwise.',
    ]
      .filter(Boolean)
      .join(' '),
  rules: (text, opts) => decideDocument(text, { requiredSections: opts.required_sections, requireSignature: opts.require_signature }),
});
