/** The API's shapes as the dashboard reads them; every field the gateway may leave out is optional. */

export type TaskStatus = 'queued' | 'running' | 'success' | 'error';

export interface Attempt {
  provider: string;
  model?: string;
  outcome: 'success' | 'error' | 'skipped';
  status_code?: number;
  error_kind?: string;
  message?: string;
  latency_ms: number;
}

export interface Decision {
  decision: 'PASS' | 'FAIL' | 'NEEDS_INFO';
  reasons: string[];
  evidence: string[];
  fields?: Record<string, unknown>;
  engine?: 'model' | 'rules';
}

export interface TaskView {
  task_id: string;
  status: TaskStatus;
  task?: string;
  provider_requested?: string;
  provider_used?: string | null;
  /** The model that answered; `requested_model` is the one asked for (they differ after a failover). */
  model?: string | null;
  requested_model?: string | null;
  /** Why the model stopped (`stop`, `length`: cut at the output limit, `tool_calls`, `content_filter`). */
  finish_reason?: string;
  result?: string | null;
  confidence?: number | null;
  decision?: Decision | null;
  notes?: string[];
  latency_ms?: number;
  queue_wait_ms?: number;
  attempts?: Attempt[];
  usage?: { input_tokens: number; output_tokens: number } | null;
  error?: { code: string; message: string } | null;
  created_at?: string;
  started_at?: string;
  finished_at?: string;
  status_url?: string;
}

export interface TaskCatalogEntry {
  name: string;
  description: string;
  offline?: boolean;
  options_schema?: JsonSchema;
}

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
}

export interface CircuitView {
  state: 'closed' | 'open' | 'half_open' | string;
  nextProbeInMs: number | null;
  cooldownRemainingMs: number;
  consecutiveFailures: number | null;
  misconfigured: string | null;
}

export interface ProviderView {
  name: string;
  configured: boolean;
  key_source: string | null;
  model: string | null;
  base_url_host: string | null;
  circuit: CircuitView | null;
  /** Its deployments (model + key label), from /provider/status `deployments`. */
  deployments: DeploymentRow[];
}

/** One deployment as the dashboard lists it. Never a key: `credential` is the key's label. */
export interface DeploymentRow {
  model: string;
  credential: string;
  state: string;
  inFlight: number;
  p50LatencyMs: number | null;
  failureRate: number;
}

export interface ProviderStatus {
  provider_order: string[];
  providers: ProviderView[];
  flags: Record<string, boolean>;
}

export interface LaneDepth {
  waiting: number;
  oldest_wait_ms: number;
}

export interface QueueStats {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  /** Present when fair queueing is on: depth per lane, and per key (all keys for an admin key, its own for others). */
  fair_queueing?: boolean;
  lanes?: { interactive: LaneDepth; batch: LaneDepth };
  keys?: { key_id: string; name: string; lanes: { interactive: LaneDepth; batch: LaneDepth }; running: number }[];
}

export interface DashboardConfig {
  demo_api_key: string | null;
  grafana_url: string | null;
}
