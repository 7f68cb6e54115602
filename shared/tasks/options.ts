/**
 * Each task's options as the caller sends them. The API validates requests against these and the
 * worker runs with them, so both sides read the same schemas from here.
 */
import { z } from 'zod';

export const summarizeOptions = z
  .object({
    max_sentences: z.number().int().min(1).max(50).optional(),
    max_words: z.number().int().min(5).max(5_000).optional(),
  })
  .strict();
export type SummarizeOptions = z.infer<typeof summarizeOptions>;

export const invoiceCheckOptions = z.object({}).strict();

export const documentReviewOptions = z
  .object({
    required_sections: z.array(z.string().min(1).max(200)).max(50).optional(),
    require_signature: z.boolean().optional(),
  })
  .strict();
export type DocumentReviewOptions = z.infer<typeof documentReviewOptions>;

export const classifyOptions = z
  .object({
    labels: z
      .array(z.string().trim().min(1).max(100))
      .min(2)
      .max(100)
      .refine((labels) => new Set(labels.map((l) => l.toLowerCase())).size === labels.length, 'labels must differ (case-insensitively)'),
  })
  .strict();
export type ClassifyOptions = z.infer<typeof classifyOptions>;

const FIELD_NAME = /^[\p{L}_][\p{L}\p{N}_ .-]{0,63}$/u;

/** Models write "Invoice Number" for invoice_number: field names are compared by letters and digits only. */
export function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export const extractOptions = z
  .object({
    fields: z
      .array(z.string().trim().regex(FIELD_NAME, 'a field name is 1-64 letters, digits, spaces, _ . or -, starting with a letter or _'))
      .min(1)
      .max(50)
      .refine((fields) => new Set(fields.map(fieldKey)).size === fields.length, 'field names must differ'),
  })
  .strict();
export type ExtractOptions = z.infer<typeof extractOptions>;

const language = z
  .string()
  .trim()
  .min(2)
  .max(50)
  .regex(/^[\p{L}][\p{L} ()-]*$/u, 'a language name or code, such as "German" or "de"');

export const translateOptions = z.object({ target_language: language, source_language: language.optional() }).strict();
export type TranslateOptions = z.infer<typeof translateOptions>;

export const chatOptions = z
  .object({
    system: z.string().trim().min(1).max(8_000).optional(),
    max_output_tokens: z.number().int().min(1).max(32_000).optional(),
  })
  .strict();
export type ChatOptions = z.infer<typeof chatOptions>;
