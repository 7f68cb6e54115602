/**
 * Runs a chat-completion job: through the ordinary chain when the client waits for the whole
 * answer, through the streaming chain (relayed to the API by Redis) when it streams. Either way
 * the result is a TaskOutcome, persisted and counted like any task's.
 */
import { outcomeBase } from '../outcome-base';
import type { Redis } from 'ioredis';
import { CHAT_COMPLETION_TASK, chatTiers, type ChatJob } from '../../shared/chat-job';
import type { ErrorCode } from '../../shared/errors/catalog';
import type { Attempt, JobData, TaskOutcome } from '../../shared/task-schemas';
import { runChain, type ExecutorInput } from '../chain/executor';
import { resolveTiers } from '../chain/deployments';
import type { CompletionRequest } from '../providers/types';
import type { TaskRunnerDeps } from '../run-task';
import { requiredCapabilities } from '../../shared/chat-capabilities';
import { StreamRelay, type RelayKeys, type RelaySettings } from './relay';

export interface ChatStreamSettings {
  redis: Redis;
  keys(taskId: string): RelayKeys;
  relay: RelaySettings;
}

export interface ChatJobDeps extends TaskRunnerDeps {
  /** Absent on a worker that cannot relay streams: streamed jobs then fail at once. */
  chatStream?: ChatStreamSettings;
}

type Success = Pick<TaskOutcome, 'provider_used' | 'model' | 'result' | 'usage' | 'finish_reason' | 'attempts' | 'notes' | 'tool_calls'>;

function outcomeBuilder(data: JobData, startedAt: Date) {
  const started = performance.now();
  const base = { ...outcomeBase(data, startedAt), confidence: null, decision: null };
  const finished = () => ({ latency_ms: Math.round(performance.now() - started), finished_at: new Date().toISOString() });
  return {
    success: (s: Success): TaskOutcome => ({ ...base, ...s, status: 'success', error: null, ...finished() }),
    failure: (code: ErrorCode, message: string, attempts: Attempt[], notes: string[] = []): TaskOutcome => ({
      ...base,
      status: 'error',
      provider_used: null,
      model: null,
      result: null,
      usage: null,
      attempts,
      notes,
      error: { code, message },
      ...finished(),
    }),
  };
}

function chatRequest(data: JobData, chat: ChatJob): CompletionRequest {
  return {
    task: CHAT_COMPLETION_TASK,
    text: data.text,
    options: {},
    system: '',
    prompt: '',
    responseFormat: 'text',
    // The whole job: the adapter builds the provider request from it (worker/providers/chat-request.ts).
    chat,
    // The conversation again, so a resume by prefill can append the delivered text (worker/stream/resume.ts).
    messages: chat.messages,
    maxOutputTokens: chat.maxOutputTokens,
    temperature: chat.temperature,
    topP: chat.topP,
    stop: chat.stop,
  };
}

export async function runChatJob(data: JobData, chat: ChatJob, startedAt: Date, deps: ChatJobDeps): Promise<TaskOutcome> {
  const build = outcomeBuilder(data, startedAt);
  // Targets that cannot do what the request needs are skipped with the reason.
  const { tiers, missing } = resolveTiers(chatTiers(chat), deps.registry, requiredCapabilities(chat));
  // Every target was passed over for lacking a capability the request needs: say so, not "no provider".
  if (tiers.length === 0 && missing.length > 0 && missing.every((m) => m.error_kind === 'unsupported')) {
    return build.failure('capability_unavailable', `no target of this request can serve it: ${missing[0]?.message ?? ''}`, missing);
  }
  // The API's deadline for this request when it set one (a /v1 request may run for minutes); else the task deadline.
  const deadline = chat.deadlineAt ?? Date.now() + deps.taskDeadlineMs;
  const chain: ExecutorInput<string> = {
    tiers,
    request: chatRequest(data, chat),
    health: deps.health,
    retry: deps.retry,
    limits: deps.limits,
    totalTimeoutMs: deps.totalTimeoutMs,
    deadline,
    deadlineName: chat.deadlineAt === undefined ? 'TASK_DEADLINE_SECONDS' : "the request's time limit",
    // A chat answer is the model's text exactly as given (OpenAI clients expect it untouched, empty answers included).
    accept: async (completion) => completion.text,
    onFailover: deps.onFailover,
    traceParent: deps.traceParent,
  };

  if (!chat.stream) {
    const result = await runChain(chain);
    const attempts = [...missing, ...result.attempts];
    if (!result.ok) return build.failure(result.code, result.message, attempts, result.notes);
    const { completion } = result;
    return build.success({
      provider_used: result.deployment.ref.provider,
      model: completion.model,
      result: completion.text,
      usage: { input_tokens: completion.usage.inputTokens, output_tokens: completion.usage.outputTokens },
      finish_reason: completion.finishReason,
      ...(completion.toolCalls?.length ? { tool_calls: completion.toolCalls } : {}),
      attempts,
      notes: result.notes,
    });
  }

  const settings = deps.chatStream;
  if (!settings) return build.failure('stream_unavailable', 'this worker cannot relay streams', missing);
  const relay = new StreamRelay(settings.redis, settings.keys(data.taskId), settings.relay);
  try {
    await relay.open();
  } catch (err) {
    relay.close();
    return build.failure('stream_unavailable', `the stream relay (Redis) is unreachable: ${err instanceof Error ? err.message : String(err)}`, missing);
  }
  const result = await runChain({ ...chain, sink: relay, signal: relay.signal });
  const attempts = [...missing, ...result.attempts];
  const notes = [...result.notes];
  try {
    if (result.ok) {
      const usage = { input_tokens: result.completion.usage.inputTokens, output_tokens: result.completion.usage.outputTokens };
      await relay.end({ provider: result.deployment.ref.provider, model: result.completion.model, finish_reason: result.completion.finishReason, usage });
    } else {
      await relay.fail({ code: result.code, message: result.message });
    }
  } catch (err) {
    notes.push(`the stream relay failed, so the client may not have received the end: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    relay.close();
  }
  if (!result.ok) {
    if (result.text !== '') notes.push(`${result.text.length} characters were streamed before the answer failed`);
    return build.failure(result.code, result.message, attempts, notes);
  }
  return build.success({
    provider_used: result.deployment.ref.provider,
    model: result.completion.model,
    result: result.completion.text,
    usage: { input_tokens: result.completion.usage.inputTokens, output_tokens: result.completion.usage.outputTokens },
    finish_reason: result.completion.finishReason,
    ...(result.completion.toolCalls?.length ? { tool_calls: result.completion.toolCalls } : {}),
    attempts,
    notes,
  });
}
