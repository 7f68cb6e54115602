/** OpenAI's Chat Completions stream as it is written, for fakes (fake-http.ts's written replies). */

/** One chunk as OpenAI writes it: `data: {json}` and a blank line. */
export const event = (chunk: unknown, eol = '\n'): string => `data: ${typeof chunk === 'string' ? chunk : JSON.stringify(chunk)}${eol}${eol}`;
