/** The shapes every /v1 endpoint shares: OpenAI's model objects and its error body. */
import { z } from 'zod';

export const modelSchema = z.object({ id: z.string(), object: z.literal('model'), created: z.number().int(), owned_by: z.string() });
export type ModelObject = z.infer<typeof modelSchema>;
export const modelListSchema = z.object({ object: z.literal('list'), data: z.array(modelSchema) });

export const openAIErrorSchema = z.object({
  error: z.object({ message: z.string(), type: z.string(), param: z.string().nullable(), code: z.string().nullable() }),
});
export type OpenAIErrorBody = z.infer<typeof openAIErrorSchema>;
