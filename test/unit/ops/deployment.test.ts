/**
 * The Docker stack, checked without a Docker engine: docker-compose.yml, both Dockerfiles and the
 * CI workflow are parsed and held to the config schema and to each other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, parseConfig } from '../../../shared/config';
import { PROMETHEUS_CONFIG, ROOT } from '../../ops/helpers/monitoring-files';

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string | number | boolean>;
  ports?: string[];
  expose?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  deploy?: { replicas?: number };
  volumes?: string[];
  restart?: string;
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const services = compose.services;
const GATEWAY = ['migrate', 'api', 'worker'];
const svc = (name: string): Service => {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
};
/** One-shot services exit when done; dependents wait for their success instead of their health. */
const oneShot = (s: Service) => s.restart === 'no';
const env = (name: string) => Object.fromEntries(Object.entries(svc(name).environment ?? {}).map(([k, v]) => [k, String(v)]));
/** `${VAR:-default}` → default, as compose would with VAR unset. */
const resolved = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]));
const healthUrlPort = (s: Service) => Number(/127\.0\.0\.1:(\d+)\//.exec((s.healthcheck?.test ?? []).join(' '))?.[1]);

describe('docker-compose.yml', () => {
  it('has the whole stack', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'grafana', 'migrate', 'postgres', 'prometheus', 'redis', 'worker']);
  });

  it.each(Object.keys(services))('%s has an image or a build, a health check, and waits on what it needs', (name) => {
    const s = svc(name);
    expect(s.image ?? s.build).toBeTruthy();
    if (s.build) expect(read(s.build.dockerfile)).toMatch(/^FROM /m);
    expect(s.healthcheck).toBeDefined();
    if (oneShot(s)) expect(s.healthcheck?.disable).toBe(true);
    else expect(s.healthcheck?.test?.length).toBeGreaterThan(0);
    for (const [dependency, { condition }] of Object.entries(s.depends_on ?? {})) {
      const target = svc(dependency);
      const expected = oneShot(target) ? ['service_completed_successfully'] : ['service_healthy', 'service_started'];
      expect(expected).toContain(condition);
    }
    if (!['redis', 'postgres'].includes(name)) expect(Object.keys(s.depends_on ?? {}).length).toBeGreaterThan(0);
  });

  it('starts the API and workers only after a healthy Redis and Postgres and a finished migration', () => {
    for (const name of ['api', 'worker']) {
      expect(svc(name).depends_on).toEqual({
        redis: { condition: 'service_healthy' },
        postgres: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
    }
    expect(svc('migrate').command).toEqual(['node', 'dist/scripts/migrate.js']);
  });

  it('runs Redis with noeviction and AOF, and keeps Redis and Postgres data in volumes', () => {
    const redis = (svc('redis').command ?? []).join(' ');
    expect(redis).toMatch(/--maxmemory-policy noeviction/);
    expect(redis).toMatch(/--appendonly yes/);
    expect(svc('redis').volumes).toContain('redis-data:/data');
    expect(svc('postgres').volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['redis-data', 'postgres-data']));
  });

  it('runs two worker replicas', () => {
    expect(svc('worker').deploy?.replicas).toBe(2);
  });

  it.each(GATEWAY)('%s sets only variables the config schema knows, and values it accepts', (name) => {
    const values = env(name);
    expect(Object.keys(values).filter((k) => !CONFIG_VARIABLES.includes(k))).toEqual([]);
    expect(() => parseConfig(resolved(values))).not.toThrow();
  });

  it('publishes and health-checks the API on its PORT, and Prometheus scrapes it there', () => {
    const port = parseConfig(resolved(env('api'))).PORT;
    expect(svc('api').ports).toContain(`${port}:${port}`);
    expect(healthUrlPort(svc('api'))).toBe(port);
    expect(read('Dockerfile.api')).toMatch(new RegExp(`EXPOSE ${port}\\b`));
    const prometheus = parse(read('monitoring/prometheus/prometheus.yml')) as {
      scrape_configs: { job_name: string; static_configs?: { targets: string[] }[]; dns_sd_configs?: { names: string[]; port: number }[] }[];
    };
    const job = (name: string) => prometheus.scrape_configs.find((j) => j.job_name === name);
    expect(job('ai-gateway-api')?.static_configs?.[0]?.targets).toEqual([`api:${port}`]);
    const workerPort = parseConfig(resolved(env('worker'))).WORKER_METRICS_PORT;
    expect(job('ai-gateway-worker')?.dns_sd_configs?.[0]).toEqual(expect.objectContaining({ names: ['worker'], port: workerPort }));
    expect(svc('worker').expose).toContain(String(workerPort));
    expect(healthUrlPort(svc('worker'))).toBe(workerPort);
    expect(read('Dockerfile.worker')).toMatch(new RegExp(`EXPOSE ${workerPort}\\b`));
  });

  it('mounts the Prometheus config and the Grafana provisioning and dashboards', () => {
    expect(svc('prometheus').volumes).toContain('./monitoring/prometheus:/etc/prometheus:ro');
    expect(PROMETHEUS_CONFIG.endsWith(join('monitoring', 'prometheus', 'prometheus.yml'))).toBe(true);
    expect(svc('grafana').volumes).toEqual(
      expect.arrayContaining(['./monitoring/grafana/provisioning:/etc/grafana/provisioning:ro', './monitoring/grafana/dashboards:/var/lib/grafana/dashboards:ro']),
    );
  });
});

describe.each(['Dockerfile.api', 'Dockerfile.worker'])('%s', (file) => {
  const text = read(file);
  const stages = text.match(/^FROM .+$/gm) ?? [];

  it('builds in one stage and runs from a slim Node LTS image with production dependencies only', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^FROM node:\$\{NODE_VERSION\}-slim AS \w+$/);
    const lts = Number(/^ARG NODE_VERSION=(\d+)$/m.exec(text)?.[1]);
    expect(lts % 2).toBe(0);
    expect(lts).toBeGreaterThanOrEqual(22);
    const runtime = text.slice(text.lastIndexOf('FROM '));
    expect(runtime).toMatch(/npm ci --omit=dev/);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
  });

  it('runs as a non-root user with a health check', () => {
    expect(text).toMatch(/^USER node$/m);
    expect(text).toMatch(/^HEALTHCHECK /m);
    expect(text).toMatch(/^CMD \["node", "dist\/(api|worker)\/main\.js"\]$/m);
  });
});

describe('.github/workflows/ci.yml', () => {
  const workflow = parse(read('.github/workflows/ci.yml')) as {
    jobs: Record<string, { services?: Record<string, { image: string }>; steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const runs = steps.map((s) => s.run ?? '').join('\n');

  it('mirrors .ci/run: install, typecheck, lint, the test suite with Redis and Postgres services', () => {
    expect(runs).toMatch(/npm ci/);
    expect(runs).toMatch(/npm run typecheck/);
    expect(runs).toMatch(/npm run lint/);
    expect(runs).toMatch(/npm test/);
    expect(runs).toMatch(/apt-get install .*prometheus/);
    const services = Object.values(workflow.jobs).flatMap((j) => Object.values(j.services ?? {}).map((s) => s.image));
    expect(services.some((i) => i.startsWith('redis:'))).toBe(true);
    expect(services.some((i) => i.startsWith('postgres:'))).toBe(true);
  });

  it('builds both images', () => {
    const built = steps.filter((s) => s.uses?.startsWith('docker/build-push-action')).map((s) => s.with?.file);
    expect(built.sort()).toEqual(['Dockerfile.api', 'Dockerfile.worker']);
  });
});
