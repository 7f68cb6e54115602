/**
 * The Chat Completions request body @ai-sdk/openai's chat model sends for a text-only streamed call
 * (its `getArgs` is private, so this reproduces it): the model, the conversation, the limits,
 * stream options, and the `providerOptions.openai` fields this path takes. Reasoning models (o1,
 * o3, o4-mini, gpt-5...) get `max_completion_tokens` for `max_tokens`, no temperature or top_p, and
 * the system text as a `developer` turn, as the SDK sends them. Options this file does not map
 * (logit bias, log probabilities, metadata, predictions, service tiers, prompt-cache settings, or
 * any value of the wrong type, which the SDK refuses) answer undefined: such a call keeps the SDK.
 */
import type { LanguageModelV3Prompt, StreamTextSettings } from '../model-parts';

/** @ai-sdk/openai's openai-language-model-capabilities, the parts that decide this body. */
function capabilities(modelId: string) {
  const oSeries = /^o(\d+)(?:-|$)/.exec(modelId);
  const gpt = /^gpt-(\d+)(?:\.(\d+))?(?:-(.+))?$/.exec(modelId);
  const major = gpt ? Number(gpt[1]) : undefined;
  const minor = gpt?.[2] === undefined ? undefined : Number(gpt[2]);
  const variant = gpt?.[3];
  const gptChat = gpt !== null && minor === undefined && (variant?.startsWith('chat') ?? false);
  return {
    reasoning: oSeries !== null || (major !== undefined && major >= 5 && !gptChat),
    /** GPT-6 and later restrict reasoning efforts, which this file does not reproduce. */
    restrictedEfforts: major !== undefined && major >= 6,
    nonReasoningParameters: major !== undefined && major < 6 && (major > 5 || (major === 5 && (minor ?? 0) >= 1)),
  };
}

const EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];
const MODES = ['system', 'developer', 'remove'];
const VERBOSITY = ['low', 'medium', 'high'];
type Check = (v: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const among = (values: string[]): Check => (v) => typeof v === 'string' && values.includes(v);
/** The options taken here, each with the check of its type in the SDK's schema. */
const OPTIONS: Record<string, Check> = {
  user: isString,
  parallelToolCalls: isBoolean,
  strictJsonSchema: isBoolean,
  reasoningEffort: among(EFFORTS),
  maxCompletionTokens: isNumber,
  store: isBoolean,
  textVerbosity: among(VERBOSITY),
  promptCacheKey: isString,
  safetyIdentifier: isString,
  systemMessageMode: among(MODES),
  forceReasoning: isBoolean,
};

type OpenAIOptions = Record<string, unknown>;

function openAIOptions(settings: StreamTextSettings): OpenAIOptions | undefined {
  const given = 'providerOptions' in settings ? settings.providerOptions?.openai : undefined;
  if (given == null) return {};
  if (typeof given !== 'object' || Array.isArray(given)) return undefined;
  for (const [key, value] of Object.entries(given)) {
    const check = OPTIONS[key];
    if (check === undefined || (value !== undefined && !check(value))) return undefined;
  }
  return given as OpenAIOptions;
}

function messages(prompt: LanguageModelV3Prompt, systemRole: string) {
  const out: Array<{ role: string; content: string }> = [];
  for (const turn of prompt) {
    if (turn.role === 'system') {
      if (systemRole !== 'remove') out.push({ role: systemRole, content: turn.content });
    } else if (turn.role === 'user' || turn.role === 'assistant') {
      // textOnlyPrompt builds one text part per turn; the SDK sends such a turn as a string.
      const texts = turn.content.map((part) => (part.type === 'text' ? part.text : undefined));
      if (texts.includes(undefined) || (turn.role === 'user' && texts.length !== 1)) return undefined;
      out.push({ role: turn.role, content: texts.join('') });
    } else return undefined;
  }
  return out;
}

/** The body the SDK would send for this text-only prompt, or undefined where the SDK must write it. */
export function chatRequestBody(modelId: string, prompt: LanguageModelV3Prompt, settings: StreamTextSettings): Record<string, unknown> | undefined {
  const options = openAIOptions(settings);
  if (options === undefined) return undefined;
  const model = capabilities(modelId);
  if (model.restrictedEfforts && options.reasoningEffort !== undefined) return undefined;
  const reasoning = (options.forceReasoning as boolean | undefined) ?? model.reasoning;
  const turns = messages(prompt, (options.systemMessageMode as string | undefined) ?? (reasoning ? 'developer' : 'system'));
  if (turns === undefined) return undefined;
  let maxTokens = settings.maxOutputTokens;
  let maxCompletionTokens = options.maxCompletionTokens;
  let temperature = settings.temperature;
  let topP = settings.topP;
  if (reasoning) {
    if (options.reasoningEffort !== 'none' || !model.nonReasoningParameters) {
      temperature = undefined;
      topP = undefined;
    }
    if (maxTokens != null) {
      maxCompletionTokens ??= maxTokens;
      maxTokens = undefined;
    }
  } else if (modelId.startsWith('gpt-4o-search-preview') || modelId.startsWith('gpt-4o-mini-search-preview')) {
    temperature = undefined;
  }
  // In the SDK's order; JSON.stringify leaves out what is undefined, as it does there.
  return {
    model: modelId,
    user: options.user,
    parallel_tool_calls: options.parallelToolCalls,
    max_tokens: maxTokens,
    temperature,
    top_p: topP,
    stop: settings.stopSequences,
    verbosity: options.textVerbosity,
    max_completion_tokens: maxCompletionTokens,
    store: options.store,
    reasoning_effort: options.reasoningEffort,
    prompt_cache_key: options.promptCacheKey,
    safety_identifier: options.safetyIdentifier,
    messages: turns,
    stream: true,
    stream_options: { include_usage: true },
  };
}
