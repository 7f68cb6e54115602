/**
 * What a chat request asks for, read from any of the three wire formats into one shape, and the
 * deterministic answer to it. The readers live with their formats (./wire/*); the decision of what
 * to answer (text, tool calls, JSON) is made here once, so every format answers alike:
 *
 *   the last message is the user's, tools are offered and not forbidden  -> call a tool
 *     (the forced one, else the first; `tools-parallel-<n>`: the first n)
 *   JSON mode (a schema, or none)                                        -> a JSON answer
 *   the conversation ends with tool results                              -> quote them
 *   otherwise                                                            -> echo the user
 */
import { randomBytes } from 'node:crypto';
import type { JsonFault } from './behaviour';
import { argumentsFor, schemaInstance, schemaMismatch, type Json } from './schema-instance';

export type { Json } from './schema-instance';

export const JSON_ANSWER = '{"decision":"PASS","reasons":["mock"],"evidence":[]}';
/** What `json-invalid` answers in JSON mode: prose and a JSON object cut short, as a model that rambles does. */
export const INVALID_JSON_ANSWER = 'Sure! Here is the JSON you asked for: {"mock": "answer", ';

export interface ToolSpec {
  name: string;
  /** The tool's parameters as JSON Schema (or Gemini's OpenAPI subset). */
  schema: unknown;
}

export type ToolChoice = { kind: 'auto' | 'none' | 'required' } | { kind: 'tool'; name: string };

export interface ToolResult {
  name: string;
  text: string;
}

export interface Conversation {
  /** The last user message's text, trimmed. */
  userText: string;
  /** Everything the prompt holds, for a plausible input token count. */
  promptText: string;
  lastTurn: 'user' | 'tool-result' | 'assistant';
  /** The tool results that end the conversation, in order. */
  toolResults: ToolResult[];
  tools: ToolSpec[];
  toolChoice: ToolChoice;
  /** False when the request forbids more than one call at once. */
  parallelToolCalls: boolean;
  /** JSON mode: `schema` when the request gave one. */
  structured?: { schema?: unknown };
  /** Anthropic through the AI SDK: structured output asked for as a forced tool named `json`. */
  jsonTool?: ToolSpec;
  /** Image parts anywhere in the conversation. */
  images: number;
  /** Anthropic only: the assistant's words that end the conversation, which the answer continues. */
  prefill?: string;
}

/** A request that cannot be answered: the provider's 400, with the field at fault. */
export interface RequestProblem {
  message: string;
  param?: string;
  code?: string;
}

export type ReadResult = { ok: true; conversation: Conversation } | { ok: false; problem: RequestProblem };

export interface ToolCall {
  id: string;
  name: string;
  input: Json;
}

export interface Completion {
  id: string;
  model: string;
  text: string;
  toolCalls: ToolCall[];
  inputTokens: number;
  outputTokens: number;
  /** The text stops at the output-token limit (`hit-limit`): each wire says so in its own finish reason. */
  limited?: boolean;
}

export interface AnswerOptions {
  randomAnswer?: boolean;
  words?: number;
  hitLimit?: boolean;
  toolsParallel?: number;
  jsonFault?: JsonFault;
}

export const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
/** A rough token count (about four characters a token), so usage looks plausible. */
export const tokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const records = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/** Text of a message content: a string, or the `text` of each part joined by spaces. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part: unknown) => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join(' ');
}

const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(' ');

/** Exactly `n` words: the answer's own first, then filler. */
function toWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; words.length < n; i += 1) words.push(FILLER[i % FILLER.length] ?? 'lorem');
  return words.slice(0, n).join(' ');
}

function toolCallsFor(c: Conversation, options: AnswerOptions, newId: () => string): ToolCall[] {
  const choice = c.toolChoice;
  const forced = choice.kind === 'tool' ? c.tools.filter((t) => t.name === choice.name) : [];
  const count = c.parallelToolCalls ? (options.toolsParallel ?? 1) : 1;
  const chosen = forced.length > 0 ? forced : c.tools.slice(0, count);
  return chosen.map((tool) => ({ id: newId(), name: tool.name, input: argumentsFor(tool.schema) }));
}

/** The JSON-mode answer as text: an instance of the schema, or a wrong one under a JSON fault. */
function jsonText(schema: unknown, fault: JsonFault | undefined): string {
  if (fault === 'invalid') return INVALID_JSON_ANSWER;
  if (fault === 'mismatch') return JSON.stringify(schemaMismatch(schema));
  return schema === undefined ? JSON_ANSWER : JSON.stringify(schemaInstance(schema));
}

function plainText(c: Conversation, options: AnswerOptions): string {
  const head = `mock answer${options.randomAnswer ? ` ${hex(3)}` : ''}: `;
  let text: string;
  if (c.lastTurn === 'tool-result' && c.toolResults.length > 0) {
    text = head + c.toolResults.map((r) => `tool ${r.name} returned ${r.text.slice(0, 40)}`).join('; ');
  } else {
    text = `${head}${c.images > 0 ? `saw ${c.images} image(s); ` : ''}${c.userText.slice(0, 40)}`;
  }
  return options.words === undefined ? text : toWords(text, options.words);
}

/** What the mock answers: text (continuing an Anthropic prefill), or tool calls. */
export function compose(c: Conversation, options: AnswerOptions, newToolCallId: () => string): { text: string; toolCalls: ToolCall[] } {
  if (c.lastTurn === 'user' && c.tools.length > 0 && c.toolChoice.kind !== 'none') {
    return { text: '', toolCalls: toolCallsFor(c, options, newToolCallId) };
  }
  if (c.jsonTool) {
    const text = jsonText(c.jsonTool.schema, options.jsonFault);
    const value: unknown = options.jsonFault === 'invalid' ? undefined : JSON.parse(text);
    // The SDK reads the `json` tool's input as the answer; what is no object can only come as text.
    if (isRecord(value)) return { text: '', toolCalls: [{ id: newToolCallId(), name: c.jsonTool.name, input: value }] };
    return { text, toolCalls: [] };
  }
  const full = c.structured ? jsonText(c.structured.schema, options.jsonFault) : plainText(c, options);
  const text = c.prefill !== undefined && full.startsWith(c.prefill) ? full.slice(c.prefill.length) : full;
  return { text, toolCalls: [] };
}

export function buildCompletion(id: string, model: string, c: Conversation, options: AnswerOptions, newToolCallId: () => string): Completion {
  const { text, toolCalls } = compose(c, options, newToolCallId);
  const output = text + toolCalls.map((t) => t.name + JSON.stringify(t.input)).join('');
  const limited = options.hitLimit === true && toolCalls.length === 0;
  return { id, model, text, toolCalls, inputTokens: tokens(c.promptText), outputTokens: tokens(output), ...(limited ? { limited } : {}) };
}

/** The answer cut before each word, so a stream has a chunk per word and joining them gives the text back. */
export function splitPieces(text: string): string[] {
  const pieces = text.split(/(?<=\s)(?=\S)/).filter((p) => p !== '');
  return pieces.length > 0 ? pieces : [''];
}

/** A tool call's JSON arguments in pieces of a few characters, as models stream them. */
export function splitArguments(json: string, size = 12): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < json.length; i += size) pieces.push(json.slice(i, i + size));
  return pieces.length > 0 ? pieces : [''];
}
