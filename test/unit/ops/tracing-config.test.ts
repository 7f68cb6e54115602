/** shared/tracing/setup.ts: the standard OTEL_* settings turn into the endpoint and sampler they name. */
import { ROOT_CONTEXT, SpanKind, TraceFlags, trace } from '@opentelemetry/api';
import { SamplingDecision } from '@opentelemetry/sdk-trace-base';
import { samplerFrom, tracesUrl } from '../../../shared/tracing/setup';
import { parseConfig } from '../../../shared/config';

const base = { OTEL_EXPORTER_OTLP_ENDPOINT: undefined, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: undefined };

describe('tracesUrl', () => {
  it('is off with no endpoint, appends /v1/traces to the base endpoint, and takes the traces endpoint as it is', () => {
    expect(tracesUrl(base)).toBeUndefined();
    expect(tracesUrl({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe('http://collector:4318/v1/traces');
    expect(tracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/custom' })).toBe('http://b:4318/custom');
  });
});

describe('samplerFrom', () => {
  const decide = (name: Parameters<typeof samplerFrom>[0]['OTEL_TRACES_SAMPLER'], parentSampled?: boolean, arg?: number) => {
    const parent =
      parentSampled === undefined
        ? ROOT_CONTEXT
        : trace.setSpanContext(ROOT_CONTEXT, { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceFlags: parentSampled ? TraceFlags.SAMPLED : TraceFlags.NONE, isRemote: true });
    return samplerFrom({ OTEL_TRACES_SAMPLER: name, OTEL_TRACES_SAMPLER_ARG: arg }).shouldSample(parent, 'f'.repeat(32), 'span', SpanKind.SERVER, {}, []).decision;
  };

  it("follows the caller's sampled flag by default and samples a new trace", () => {
    expect(decide('parentbased_always_on')).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide('parentbased_always_on', false)).toBe(SamplingDecision.NOT_RECORD);
    expect(decide('parentbased_always_off')).toBe(SamplingDecision.NOT_RECORD);
    expect(decide('parentbased_always_off', true)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });

  it('always_on ignores the parent, always_off drops everything, a ratio of 1 keeps everything', () => {
    expect(decide('always_on', false)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide('always_off', true)).toBe(SamplingDecision.NOT_RECORD);
    expect(decide('traceidratio', undefined, 1)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });
});

describe('tracing settings', () => {
  it('refuse a sampler or protocol the gateway does not have, naming the variable', () => {
    expect(() => parseConfig({ OTEL_TRACES_SAMPLER: 'jaeger_remote' })).toThrow(/OTEL_TRACES_SAMPLER/);
    expect(() => parseConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL/);
    expect(() => parseConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });
});
