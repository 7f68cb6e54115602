/**
 * OpenTelemetry set-up for one role (API or worker) of this process: a tracer provider with the
 * role's service name, the sampler and the OTLP/HTTP exporter chosen by the standard OTEL_*
 * variables, and, once per process, the context manager (a synchronous one: no async tracking) and
 * the W3C `traceparent` propagator. Off unless an endpoint is configured or a test hands in an
 * exporter.
 */
import { context, propagation, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OTLPJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OTLPProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import type { Config } from '../config';
import { SyncContextManager } from './sync-context';
import { setRoleTracer, type TraceRole } from './tracers';

export type TracingConfig = Pick<
  Config,
  | 'OTEL_EXPORTER_OTLP_ENDPOINT'
  | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'
  | 'OTEL_EXPORTER_OTLP_PROTOCOL'
  | 'OTEL_SERVICE_NAME'
  | 'OTEL_TRACES_SAMPLER'
  | 'OTEL_TRACES_SAMPLER_ARG'
  | 'OTEL_SDK_DISABLED'
>;

export interface Tracing {
  readonly enabled: boolean;
  readonly tracer: Tracer | undefined;
  /** Sends what is buffered and stops the provider; the role's tracer is no-op afterwards. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Tests: spans go here, each as soon as it ends (no batching), whatever the endpoint settings. */
  exporter?: SpanExporter;
}

const GATEWAY_VERSION = '0.1.0';

export function tracesUrl(config: Pick<TracingConfig, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'>): string | undefined {
  if (config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  return `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
}

export function samplerFrom(config: Pick<TracingConfig, 'OTEL_TRACES_SAMPLER' | 'OTEL_TRACES_SAMPLER_ARG'>): Sampler {
  const ratio = () => new TraceIdRatioBasedSampler(config.OTEL_TRACES_SAMPLER_ARG ?? 1);
  switch (config.OTEL_TRACES_SAMPLER) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio();
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio() });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

let globalsInstalled = false;

/**
 * The context manager and `traceparent` in and out: once per process, only when tracing is on. No
 * async context tracking (shared/tracing/sync-context.ts): the API holds each request's context by
 * request id, the worker each job's by job, and both hand it on explicitly.
 */
function installGlobals(): void {
  if (globalsInstalled) return;
  context.setGlobalContextManager(new SyncContextManager());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  globalsInstalled = true;
}

export function startTracing(config: TracingConfig, role: TraceRole, options: TracingOptions = {}): Tracing {
  const url = tracesUrl(config);
  if (config.OTEL_SDK_DISABLED || (!url && !options.exporter)) {
    return { enabled: false, tracer: undefined, shutdown: async () => {} };
  }
  installGlobals();
  const exporter =
    options.exporter ?? (config.OTEL_EXPORTER_OTLP_PROTOCOL === 'http/json' ? new OTLPJsonExporter({ url }) : new OTLPProtoExporter({ url }));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: `${config.OTEL_SERVICE_NAME}-${role}`, [ATTR_SERVICE_VERSION]: GATEWAY_VERSION }),
    sampler: samplerFrom(config),
    // Batching keeps exporting off the request path; a test wants each span as soon as it ends.
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('ai-gateway', GATEWAY_VERSION);
  setRoleTracer(role, tracer);
  return {
    enabled: true,
    tracer,
    async shutdown() {
      setRoleTracer(role, undefined);
      await provider.shutdown();
    },
  };
}
