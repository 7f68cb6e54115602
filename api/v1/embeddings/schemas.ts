/** OpenAI's embeddings request and answer, as the gateway accepts and gives them. */
import { z } from 'zod';

/** OpenAI's own limit on inputs per request. */
export const MAX_INPUTS = 2_048;

export function embeddingRequestSchema(maxTextChars: number) {
  return z
    .looseObject({
      model: z.string().min(1).max(256).meta({ description: 'An embedding model: `text-embedding-3-small`, `provider/model`, or a route from ROUTES' }),
      input: z.union([
        z.string().min(1, 'input must not be empty'),
        z.array(z.string().min(1, 'an input must not be empty'), 'input is a string or an array of strings (token arrays are not supported)').min(1, 'input must not be empty').max(MAX_INPUTS),
      ]),
      dimensions: z.number().int().min(1).max(65_536).nullable().optional(),
      encoding_format: z.enum(['float', 'base64'], 'encoding_format is "float" or "base64"').nullable().optional(),
      fallbacks: z.array(z.string().min(1).max(256)).max(16).optional().meta({ description: 'Gateway extension: other targets of the same embedding model, tried in order' }),
    })
    .superRefine((body, ctx) => {
      const texts = typeof body.input === 'string' ? [body.input] : body.input;
      const total = texts.reduce((sum, t) => sum + t.length, 0);
      if (total > maxTextChars) ctx.addIssue({ code: 'custom', path: ['input'], message: `the input holds more than ${maxTextChars} characters` });
    });
}
export type EmbeddingRequest = z.infer<ReturnType<typeof embeddingRequestSchema>>;

export const embeddingListSchema = z.object({
  object: z.literal('list'),
  data: z.array(z.object({ object: z.literal('embedding'), index: z.number().int(), embedding: z.union([z.array(z.number()), z.string()]) })),
  model: z.string().meta({ description: 'The `provider/model` that answered' }),
  usage: z.object({ prompt_tokens: z.number().int(), total_tokens: z.number().int() }),
});
export type EmbeddingList = z.infer<typeof embeddingListSchema>;
