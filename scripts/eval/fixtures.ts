/**
 * The decision fixtures in test/fixtures/documents: one JSON file per case, each an invoice or a
 * business document written for this project, with the decision (and fields) a careful reader expects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const fixtureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    category: z.string().min(1),
    kind: z.enum(['invoice', 'document']),
    /** Task options (document_review: required_sections, require_signature). */
    options: z.record(z.string(), z.unknown()).default({}),
    /** The document, as one string or as its lines (easier to read and write in JSON). */
    text: z.union([z.string(), z.array(z.string())]).transform((text) => (Array.isArray(text) ? text.join('\n') : text)),
    expected: z.object({
      decision: z.enum(['PASS', 'FAIL', 'NEEDS_INFO']),
      /** Only the fields named here are compared; numbers within a cent, strings exactly. */
      fields: z.record(z.string(), z.unknown()).optional(),
    }),
    /** Why the expected decision is what it is, for whoever reads a disagreement. */
    why: z.string().optional(),
  })
  .strict();
export type Fixture = z.infer<typeof fixtureSchema>;

export function loadFixtures(dir: string): Fixture[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.map((name) => {
    const parsed = fixtureSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
    if (`${parsed.data.id}.json` !== name) throw new Error(`${name}: id "${parsed.data.id}" does not match the file name`);
    return parsed.data;
  });
}

export function taskFor(fixture: Fixture): 'invoice_check' | 'document_review' {
  return fixture.kind === 'invoice' ? 'invoice_check' : 'document_review';
}
