/**
 * deploy/k8s/, checked without a cluster (there is none here): every manifest parses and passes the
 * Kubernetes and KEDA schemas, sets only variables shared/config.ts knows, and agrees with the
 * images, commands and ports of docker-compose.yml and the Dockerfiles. Then the built API and
 * worker run with the ConfigMap's settings and answer every probe path the manifests name.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { IScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1';
import type { IDeployment } from 'kubernetes-models/apps/v1';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { IJob } from 'kubernetes-models/batch/v1';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { IConfigMap, IContainer, IProbe, ISecret, IService } from 'kubernetes-models/v1';
import { CONFIG_VARIABLES, parseConfig } from '../../shared/config';
import { freshDatabase, testRedisUrl, uniqueName, type TestDatabase } from '../helpers/env';
import { freePort, runNode, waitForOutput, type RunningProcess } from '../helpers/processes';
import { K8S, KNOWN_KINDS, find, kustomization, loadManifests, manifestFiles, ofKind } from './helpers/k8s-manifests';
import { ROOT } from './helpers/monitoring-files';
import { has, metricNamesIn, parseExposition } from './helpers/prom-text';

jest.setTimeout(60_000);

const manifests = loadManifests();
const configMap = find<IConfigMap>(manifests, 'v1/ConfigMap', 'ai-gateway-config');
const secret = find<ISecret>(manifests, 'v1/Secret', 'ai-gateway-secrets');
const api = find<IDeployment>(manifests, 'apps/v1/Deployment', 'ai-gateway-api');
const worker = find<IDeployment>(manifests, 'apps/v1/Deployment', 'ai-gateway-worker');
const service = find<IService>(manifests, 'v1/Service', 'ai-gateway-api');
const migrate = find<IJob>(manifests, 'batch/v1/Job', 'ai-gateway-migrate');
const scaledObject = find<IScaledObject>(manifests, 'keda.sh/v1alpha1/ScaledObject', 'ai-gateway-worker');
const hpa = find<IHorizontalPodAutoscaler>(manifests, 'autoscaling/v2/HorizontalPodAutoscaler', 'ai-gateway-worker');
/** What a pod of these manifests sees in its environment: the ConfigMap, then the Secret. */
const settings = { ...configMap.data, ...secret.stringData };
const config = parseConfig(settings);

const container = (d: IDeployment | IJob): IContainer => {
  const containers = d.spec?.template.spec?.containers ?? [];
  expect(containers).toHaveLength(1);
  return containers[0] as IContainer;
};
/** A probe's or Service's port, named or numbered, as the container port number it means. */
const portNumber = (c: IContainer, port: number | string | undefined): number | undefined =>
  typeof port === 'number' ? port : c.ports?.find((p) => p.name === port)?.containerPort;
const probe = (c: IContainer, which: 'livenessProbe' | 'readinessProbe' | 'startupProbe'): { path?: string; port?: number } => {
  const p: IProbe | undefined = c[which];
  return { path: p?.httpGet?.path, port: portNumber(c, p?.httpGet?.port) };
};
const podLabels = (d: IDeployment | IJob) => d.spec?.template.metadata?.labels ?? {};
const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  selector !== undefined && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, { image?: string; command?: string[] }> };
const dockerCmd = (file: string) => JSON.parse(/^CMD (\[.*\])$/m.exec(read(file))?.[1] ?? '[]') as string[];

describe('deploy/k8s manifests', () => {
  it.each(manifests.map((m) => [`${m.file} ${m.kind} ${m.name}`, m] as const))('%s is a known kind that passes its schema', (_, m) => {
    expect(KNOWN_KINDS).toContain(m.kind);
    expect(m.schemaError).toBeNull();
    expect(m.name).toMatch(/^ai-gateway-[a-z-]+$/);
    // Namespace-agnostic: `kubectl apply -k … -n <namespace>` (or kustomize) chooses it.
    expect((m.doc.metadata as { namespace?: string }).namespace).toBeUndefined();
  });

  it('kustomization.yaml lists every manifest but the Secret example and the HPA alternative', () => {
    const listed = kustomization().resources;
    expect([...listed].sort()).toEqual(manifestFiles().filter((f) => f !== 'secret.example.yaml' && !f.startsWith('alternatives/')));
    expect(manifestFiles()).toEqual(expect.arrayContaining(['secret.example.yaml', 'alternatives/worker-hpa.yaml']));
  });

  it('sets only configuration variables that shared/config.ts knows, with values it accepts', () => {
    const workloads: (IDeployment | IJob)[] = [...ofKind<IDeployment>(manifests, 'apps/v1/Deployment'), ...ofKind<IJob>(manifests, 'batch/v1/Job')];
    const envEntries = workloads.flatMap((d) => (d.spec?.template.spec?.containers ?? []).flatMap((c) => (c.env ?? []).map((e) => e.name)));
    const named = [...Object.keys(configMap.data ?? {}), ...Object.keys(secret.stringData ?? {}), ...envEntries];
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((n) => !CONFIG_VARIABLES.includes(n))).toEqual([]);
    expect(secret.data).toBeUndefined();
    expect(config.QUEUE_NAME).toBe('ai-tasks');
  });

  it('the Secret example holds placeholders only', () => {
    for (const [key, value] of Object.entries(secret.stringData ?? {})) {
      expect([key, value === '' || value.includes('CHANGE_ME')]).toEqual([key, true]);
    }
  });

  it.each([
    ['ai-gateway-api', api],
    ['ai-gateway-worker', worker],
    ['ai-gateway-migrate', migrate],
  ] as const)('%s reads the ConfigMap and the Secret, runs as the image user, and asks for resources', (_, workload) => {
    const c = container(workload);
    expect(c.envFrom).toEqual([{ configMapRef: { name: 'ai-gateway-config' } }, { secretRef: { name: 'ai-gateway-secrets' } }]);
    expect(workload.spec?.template.spec?.securityContext).toEqual(expect.objectContaining({ runAsNonRoot: true, runAsUser: 1000 }));
    expect(c.resources?.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
    expect(c.resources?.limits?.memory).toEqual(expect.any(String));
  });

  it('uses the images and commands of docker-compose.yml and the Dockerfiles', () => {
    const tags = new Map((kustomization().images ?? []).map((i) => [i.name, `${i.newName ?? i.name}:${i.newTag ?? 'latest'}`]));
    const image = (d: IDeployment | IJob) => tags.get(container(d).image ?? '');
    expect(image(api)).toBe(compose.services.api?.image);
    expect(image(migrate)).toBe(compose.services.migrate?.image);
    expect(image(worker)).toBe(compose.services.worker?.image);
    expect(container(api).command).toEqual(dockerCmd('Dockerfile.api'));
    expect(container(worker).command).toEqual(dockerCmd('Dockerfile.worker'));
    expect(container(migrate).command).toEqual(compose.services.migrate?.command);
    expect(['OnFailure', 'Never']).toContain(migrate.spec?.template.spec?.restartPolicy);
  });

  it('API: serves on PORT, ready on /ready, alive on /health, rolls one pod at a time, and the Service reaches it', () => {
    const c = container(api);
    expect(c.ports?.map((p) => p.containerPort)).toEqual([config.PORT]);
    expect(read('Dockerfile.api')).toMatch(new RegExp(`EXPOSE ${config.PORT}\\b`));
    expect(probe(c, 'readinessProbe')).toEqual({ path: '/ready', port: config.PORT });
    expect(probe(c, 'livenessProbe')).toEqual({ path: '/health', port: config.PORT });
    expect(probe(c, 'startupProbe')).toEqual({ path: '/health', port: config.PORT });
    expect(api.spec?.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
    expect(selects(api.spec?.selector.matchLabels, podLabels(api))).toBe(true);
    expect(selects(service.spec?.selector, podLabels(api))).toBe(true);
    expect(selects(service.spec?.selector, podLabels(worker))).toBe(false);
    expect(service.spec?.ports?.map((p) => portNumber(c, p.targetPort))).toEqual([config.PORT]);
  });

  it('worker: alive on /health of its metrics port, and given longer than SHUTDOWN_TIMEOUT_MS to drain', () => {
    const c = container(worker);
    expect(c.ports?.map((p) => p.containerPort)).toEqual([config.WORKER_METRICS_PORT]);
    expect(read('Dockerfile.worker')).toMatch(new RegExp(`EXPOSE ${config.WORKER_METRICS_PORT}\\b`));
    expect(probe(c, 'livenessProbe')).toEqual({ path: '/health', port: config.WORKER_METRICS_PORT });
    expect(probe(c, 'startupProbe')).toEqual({ path: '/health', port: config.WORKER_METRICS_PORT });
    expect(c.readinessProbe).toBeUndefined();
    expect(c.lifecycle?.preStop).toBeUndefined();
    expect((worker.spec?.template.spec?.terminationGracePeriodSeconds ?? 30) * 1000).toBeGreaterThan(config.SHUTDOWN_TIMEOUT_MS + 5_000);
    expect(worker.spec?.strategy?.type).toBe('RollingUpdate');
    expect(selects(worker.spec?.selector.matchLabels, podLabels(worker))).toBe(true);
  });

  it('Prometheus scrape annotations name each process\'s metrics port', () => {
    const annotations = (d: IDeployment) => d.spec?.template.metadata?.annotations ?? {};
    expect(annotations(api)).toEqual({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(config.PORT), 'prometheus.io/path': '/metrics' });
    expect(annotations(worker)).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': String(config.WORKER_METRICS_PORT),
      'prometheus.io/path': '/metrics',
    });
  });

  it('a PodDisruptionBudget covers the API pods and the worker pods', () => {
    const budgets = ofKind<IPodDisruptionBudget>(manifests, 'policy/v1/PodDisruptionBudget');
    for (const d of [api, worker]) {
      expect(budgets.filter((b) => selects(b.spec?.selector?.matchLabels, podLabels(d)))).toHaveLength(1);
    }
  });

  it('KEDA scales the workers on the API\'s queue-depth gauge, one worker per WORKER_CONCURRENCY tasks', () => {
    const spec = scaledObject.spec;
    expect(spec?.scaleTargetRef).toEqual(expect.objectContaining({ kind: 'Deployment', name: 'ai-gateway-worker' }));
    expect(spec?.minReplicaCount).toBeGreaterThanOrEqual(2);
    expect(spec?.triggers).toHaveLength(1);
    const trigger = spec?.triggers[0];
    expect(trigger?.type).toBe('prometheus');
    const query = String(trigger?.metadata?.query);
    expect(metricNamesIn(query)).toEqual(['ai_queue_jobs']);
    expect(query).toContain(`queue="${config.QUEUE_NAME}"`);
    expect(query).toMatch(/state=~"waiting\|active"/);
    expect(Number(trigger?.metadata?.threshold)).toBe(config.WORKER_CONCURRENCY);
  });

  it('the plain HPA alternative targets the same Deployment with the same threshold', () => {
    expect(hpa.spec?.scaleTargetRef).toEqual(scaledObject.spec?.scaleTargetRef);
    expect(hpa.spec?.minReplicas).toBe(scaledObject.spec?.minReplicaCount);
    expect(hpa.spec?.maxReplicas).toBe(scaledObject.spec?.maxReplicaCount);
    const metric = hpa.spec?.metrics?.[0]?.external;
    expect(metric?.metric.selector?.matchLabels).toEqual({ queue: config.QUEUE_NAME });
    expect(Number(metric?.target.averageValue)).toBe(config.WORKER_CONCURRENCY);
  });

  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
  if (!kubectl) process.stderr.write('kubectl is not installed: skipping the kustomize build of deploy/k8s\n');
  (kubectl ? it : it.skip)('kubectl kustomize builds the set offline', () => {
    const built = spawnSync('kubectl', ['kustomize', K8S], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const kinds = built.stdout.match(/^kind: \w+$/gm)?.sort();
    expect(kinds).toEqual(
      manifests.filter((m) => kustomization().resources.includes(m.file)).map((m) => `kind: ${m.kind.split('/').pop()}`).sort(),
    );
    expect(built.stdout).toContain(`image: ${compose.services.worker?.image}`);
  });
});


describe('the probes against the built API and worker, run with the ConfigMap settings', () => {
  let database: TestDatabase;
  let apiProc: RunningProcess;
  let workerProc: RunningProcess;
  let apiUrl: string;
  let workerUrl: string;

  beforeAll(async () => {
    database = freshDatabase();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    // The pods' environment, but with this test's Redis, database and queue, and free local ports.
    const env = {
      ...(configMap.data ?? {}),
      REDIS_URL: testRedisUrl(),
      DATABASE_URL: database.url,
      QUEUE_NAME: uniqueName('k8s_q'),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    };
    apiProc = runNode('api/main.js', { ...env, PORT: String(apiPort) });
    workerProc = runNode('worker/main.js', { ...env, WORKER_METRICS_PORT: String(workerPort) });
    await Promise.all([waitForOutput(apiProc, /api listening/), waitForOutput(workerProc, /worker started/)]);
    apiUrl = `http://127.0.0.1:${apiPort}`;
    workerUrl = `http://127.0.0.1:${workerPort}`;
  });

  afterAll(async () => {
    for (const proc of [apiProc, workerProc]) {
      if (proc && proc.child.exitCode === null) {
        proc.child.kill('SIGKILL');
        await proc.exited;
      }
    }
    await database?.drop();
  });

  it('the API answers 200 on its readiness, liveness and startup paths', async () => {
    const c = container(api);
    for (const which of ['readinessProbe', 'livenessProbe', 'startupProbe'] as const) {
      const res = await fetch(`${apiUrl}${probe(c, which).path}`);
      expect([which, res.status]).toEqual([which, 200]);
    }
  });

  it('the worker answers 200 on its liveness and startup paths', async () => {
    const c = container(worker);
    for (const which of ['livenessProbe', 'startupProbe'] as const) {
      const res = await fetch(`${workerUrl}${probe(c, which).path}`);
      expect([which, res.status]).toEqual([which, 200]);
    }
  });

  it('the API exports the queue-depth gauge the autoscaler reads, on the annotated path', async () => {
    const path = api.spec?.template.metadata?.annotations?.['prometheus.io/path'];
    const samples = parseExposition(await (await fetch(`${apiUrl}${path}`)).text());
    for (const state of ['waiting', 'active']) expect(has(samples, 'ai_queue_jobs', { state })).toBe(true);
  });

  it('SIGTERM drains and ends both processes cleanly (exit 0), so no preStop hook is needed', async () => {
    for (const proc of [workerProc, apiProc]) {
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toEqual({ code: 0, signal: null });
    }
  });
});
