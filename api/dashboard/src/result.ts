/** How one task reads: status, who answered and how fast, the decision with its evidence, and every attempt. */
import { h, type Child } from './dom.js';
import { highlighted } from './evidence.js';
import { ms, plural, time } from './format.js';
import type { Attempt, Decision, TaskView } from './types.js';

const KIND_LABELS: Record<string, string> = {
  rate_limited: 'rate limited',
  overloaded: 'overloaded',
  server_error: 'server error',
  timeout: 'timed out',
  network: 'network error',
  auth: 'key refused',
  bad_request: 'bad request',
  context_length: 'input too long',
  content_filter: 'content refused',
  malformed_response: 'unusable answer',
  circuit_open: 'circuit open',
  unsupported: 'cannot do this task',
};

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status-${status}` }, status);
}

export interface TrailStep {
  attempt: Attempt;
  /** first try, retry n, failover from X, skipped */
  step: string;
  why: string;
}

export function trailSteps(attempts: Attempt[]): TrailStep[] {
  let retries = 0;
  return attempts.map((attempt, i) => {
    const previous = attempts[i - 1];
    let step: string;
    if (!previous) {
      step = 'first try';
    } else if (previous.provider === attempt.provider && previous.outcome !== 'skipped') {
      retries = previous.provider === attempts[i - 2]?.provider ? retries + 1 : 1;
      step = `retry ${retries}`;
    } else {
      step = `failover from ${previous.provider}`;
    }
    if (attempt.outcome === 'skipped') step = previous ? `skipped (after ${previous.provider})` : 'skipped';
    return { attempt, step, why: reason(attempt) };
  });
}

function reason(a: Attempt): string {
  if (a.outcome === 'success') return 'answered';
  let kind = a.error_kind ? (KIND_LABELS[a.error_kind] ?? a.error_kind.replace(/_/g, ' ')) : '';
  // "circuit open: circuit open; next probe in 12 s" says it twice.
  if (kind && a.message?.toLowerCase().startsWith(kind)) kind = '';
  const head = [a.status_code ? `HTTP ${a.status_code}` : '', kind].filter(Boolean).join(' · ');
  if (!a.message) return head || a.outcome;
  return head ? `${head}: ${a.message}` : a.message;
}

export function trailSummary(attempts: Attempt[], view: Pick<TaskView, 'status' | 'provider_used'>): string {
  const steps = trailSteps(attempts);
  const retries = steps.filter((s) => s.step.startsWith('retry')).length;
  const failovers = steps.filter((s) => s.step.startsWith('failover')).length;
  const skipped = steps.filter((s) => s.attempt.outcome === 'skipped').length;
  const extra = [retries ? plural(retries, 'retry', 'retries') : '', failovers ? plural(failovers, 'failover') : '', skipped ? `${skipped} skipped` : '']
    .filter(Boolean)
    .join(', ');
  if (view.status === 'success' && view.provider_used) return extra ? `Answered by ${view.provider_used} after ${extra}.` : `Answered by ${view.provider_used} on the first try.`;
  if (attempts.length === 0) return 'No provider was tried.';
  return `${plural(attempts.length, 'attempt')}, none answered${extra ? ` (${extra})` : ''}.`;
}

export function attemptsTrail(attempts: Attempt[], view: Pick<TaskView, 'status' | 'provider_used'>): HTMLElement {
  const steps = trailSteps(attempts);
  return h(
    'section',
    { class: 'trail', 'aria-label': 'Attempts' },
    h('h4', {}, `Attempts (${attempts.length})`),
    h('p', { class: 'trail-summary' }, trailSummary(attempts, view)),
    steps.length === 0
      ? null
      : h(
          'ol',
          { class: 'trail-list' },
          steps.map(({ attempt, step, why }) =>
            h(
              'li',
              { class: `attempt attempt-${attempt.outcome}` },
              h('span', { class: 'attempt-icon', 'aria-hidden': 'true' }, attempt.outcome === 'success' ? '✓' : attempt.outcome === 'skipped' ? '↷' : '✕'),
              h(
                'div',
                { class: 'attempt-body' },
                h(
                  'div',
                  { class: 'attempt-head' },
                  h('strong', { class: 'attempt-provider' }, attempt.provider),
                  attempt.model ? h('span', { class: 'muted' }, attempt.model) : null,
                  h('span', { class: 'step' }, step),
                  h('span', { class: 'attempt-latency' }, ms(attempt.latency_ms)),
                ),
                h('div', { class: 'attempt-why' }, h('span', { class: 'visually-hidden' }, `${attempt.outcome}: `), why),
              ),
            ),
          ),
        ),
  );
}

/** The model that answered, and the one asked for when a failover put another in its place. */
function answeringModel(view: TaskView): string {
  const answered = view.model ?? '—';
  return view.requested_model && view.model && view.requested_model !== view.model ? `${answered} (asked for ${view.requested_model})` : answered;
}

function metric(label: string, value: Child, testId?: string): HTMLElement {
  return h('div', { class: 'metric' }, h('dt', {}, label), h('dd', testId ? { 'data-field': testId } : {}, value));
}

function decisionBlock(decision: Decision, text: string | undefined): HTMLElement {
  const evidence = decision.evidence ?? [];
  const marked = text ? highlighted(text, evidence) : undefined;
  return h(
    'section',
    { class: `decision decision-${decision.decision.toLowerCase()}`, 'aria-label': 'Decision' },
    h(
      'div',
      { class: 'decision-head' },
      h('span', { class: 'decision-verdict', 'data-field': 'decision' }, decision.decision.replace('_', ' ')),
      decision.engine ? h('span', { class: 'muted' }, decision.engine === 'rules' ? 'decided by rules' : 'decided by the model') : null,
    ),
    decision.reasons.length
      ? h('div', {}, h('h4', {}, 'Reasons'), h('ul', { class: 'reasons' }, decision.reasons.map((r) => h('li', {}, r))))
      : null,
    evidence.length
      ? h(
          'div',
          {},
          h('h4', {}, marked ? `Evidence in the text (${plural(marked.marks, 'passage')} highlighted)` : 'Evidence'),
          marked ? marked.node : h('ul', { class: 'evidence-list' }, evidence.map((e) => h('li', {}, h('q', {}, e)))),
          marked && marked.missing.length
            ? h('p', { class: 'muted small' }, 'Not found word for word in the text: ', marked.missing.map((m, i) => [i ? ', ' : '', h('q', {}, m)]).flat())
            : null,
        )
      : null,
  );
}

/** A finished, failed or still-pending task. `text` (when the page has it) lets evidence be shown in place. */
export function renderTask(view: TaskView, text?: string): HTMLElement {
  const attempts = view.attempts ?? [];
  const final = view.status === 'success' || view.status === 'error';
  const usage = view.usage ? `${view.usage.input_tokens} in · ${view.usage.output_tokens} out` : '—';
  return h(
    'article',
    { class: 'task-result', 'data-task-id': view.task_id, 'data-status': view.status },
    h(
      'header',
      { class: 'result-head' },
      statusBadge(view.status),
      h('strong', {}, view.task ?? 'task'),
      h('code', { class: 'task-id', title: 'Task id' }, view.task_id),
      view.created_at ? h('span', { class: 'muted' }, time(view.created_at)) : null,
    ),
    final
      ? h(
          'dl',
          { class: 'metrics' },
          metric('Provider', view.provider_used ?? '—', 'provider'),
          metric('Model', answeringModel(view), 'model'),
          view.finish_reason ? metric('Finish', view.finish_reason, 'finish-reason') : null,
          metric('Latency', ms(view.latency_ms), 'latency'),
          metric('Queue wait', ms(view.queue_wait_ms)),
          metric('Tokens', usage, 'tokens'),
          metric('Confidence', typeof view.confidence === 'number' ? view.confidence.toFixed(2) : '—'),
        )
      : null,
    final
      ? null
      : h(
          'p',
          { class: 'pending' },
          h('span', { class: 'spinner', 'aria-hidden': 'true' }),
          view.status === 'running' ? 'A worker is running the task…' : 'Queued: waiting for a worker…',
        ),
    view.error ? h('div', { class: 'error-box', role: 'note' }, h('strong', {}, view.error.code), ` ${view.error.message}`) : null,
    view.decision ? decisionBlock(view.decision, text) : null,
    view.result ? h('section', { class: 'answer', 'aria-label': 'Result' }, h('h4', {}, 'Result'), h('pre', { class: 'answer-text', 'data-field': 'result', tabindex: 0 }, view.result)) : null,
    view.notes?.length ? h('section', { class: 'notes' }, h('h4', {}, 'Notes'), h('ul', {}, view.notes.map((n) => h('li', {}, n)))) : null,
    final || attempts.length ? attemptsTrail(attempts, view) : null,
  );
}
