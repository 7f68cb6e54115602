/**
 * OpenTelemetry tracing, configured by the standard OTEL_* variables (the same names every OTel SDK
 * reads), so an operator's existing collector settings work unchanged. Off unless an OTLP endpoint
 * is set.
 */
import { z } from 'zod';
import { defineGroup, setting } from './variable';
import { bool, fraction, httpUrl } from './values';

export const TRACES_SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;

export const tracingGroup = defineGroup('tracing', 'Tracing (OpenTelemetry)', {
  OTEL_EXPORTER_OTLP_ENDPOINT: setting(httpUrl.optional(), {
    description: 'The OTLP/HTTP collector; traces go to `<endpoint>/v1/traces`. Tracing is off while neither this nor OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set.',
    example: 'http://otel-collector:4318',
  }),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: setting(httpUrl.optional(), {
    description: 'The full URL traces are posted to; wins over OTEL_EXPORTER_OTLP_ENDPOINT.',
    example: 'http://otel-collector:4318/v1/traces',
  }),
  OTEL_EXPORTER_OTLP_PROTOCOL: setting(z.enum(['http/protobuf', 'http/json']), {
    default: 'http/protobuf',
    description: 'How spans are encoded on the wire. gRPC is not built in: point a collector\'s OTLP/HTTP receiver at the gateway\'s exporter.',
    example: 'http/json',
  }),
  OTEL_SERVICE_NAME: setting(z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dots, dashes and underscores only'), {
    default: 'ai-gateway',
    description: 'The service name in traces. The API reports as `<name>-api` and a worker as `<name>-worker`, also when `npm start` runs both in one process.',
    example: 'checkout-gateway',
  }),
  OTEL_TRACES_SAMPLER: setting(z.enum(TRACES_SAMPLERS), {
    default: 'parentbased_always_on',
    description: 'Which traces are kept: the OTel sampler names. `parentbased_*` follows the caller\'s `traceparent` sampled flag.',
    example: 'parentbased_traceidratio',
  }),
  OTEL_TRACES_SAMPLER_ARG: setting(fraction().optional(), {
    description: 'The ratio for the `traceidratio` samplers (0 < ratio ≤ 1); 1 when unset.',
    example: '0.1',
  }),
  OTEL_SDK_DISABLED: setting(bool, { default: 'false', description: 'Turns tracing off whatever else is set (the OTel standard switch).', example: 'true' }),
});
