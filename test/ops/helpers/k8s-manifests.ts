/**
 * Loads deploy/k8s/: every YAML document of every file, checked against the Kubernetes and
 * KEDA schemas that kubernetes-models ships, and typed by kind for the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ScaledObject, type IScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler, type IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job, type IJob } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget, type IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service, type IConfigMap, type ISecret, type IService } from 'kubernetes-models/v1';
import { ROOT } from './monitoring-files';

export const K8S = join(ROOT, 'deploy', 'k8s');

/** The kinds the manifests may use, each with the model whose `validate()` holds it to its schema. */
const MODELS = {
  'v1/ConfigMap': (d: unknown) => new ConfigMap(d as IConfigMap),
  'v1/Secret': (d: unknown) => new Secret(d as ISecret),
  'v1/Service': (d: unknown) => new Service(d as IService),
  'apps/v1/Deployment': (d: unknown) => new Deployment(d as IDeployment),
  'batch/v1/Job': (d: unknown) => new Job(d as IJob),
  'policy/v1/PodDisruptionBudget': (d: unknown) => new PodDisruptionBudget(d as IPodDisruptionBudget),
  'autoscaling/v2/HorizontalPodAutoscaler': (d: unknown) => new HorizontalPodAutoscaler(d as IHorizontalPodAutoscaler),
  'keda.sh/v1alpha1/ScaledObject': (d: unknown) => new ScaledObject(d as IScaledObject),
} as const;
export type KnownKind = keyof typeof MODELS;
export const KNOWN_KINDS = Object.keys(MODELS) as KnownKind[];

export interface Manifest {
  /** Path under deploy/k8s/. */
  file: string;
  /** `apiVersion/kind`. */
  kind: string;
  name: string;
  doc: Record<string, unknown>;
  /** Why the schema refuses it; null when it is valid (or its kind is unknown). */
  schemaError: string | null;
}

export interface Kustomization {
  resources: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

export const KUSTOMIZATION_FILE = 'kustomization.yaml';

export function manifestFiles(): string[] {
  return yamlFiles(K8S).filter((f) => f !== KUSTOMIZATION_FILE);
}

export function kustomization(): Kustomization {
  return parseAllDocuments(readFileSync(join(K8S, KUSTOMIZATION_FILE), 'utf8'))[0]?.toJS() as Kustomization;
}

function schemaError(kind: string, doc: unknown): string | null {
  const model = MODELS[kind as KnownKind];
  if (!model) return null;
  try {
    model(doc).validate();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export function loadManifests(): Manifest[] {
  return manifestFiles().flatMap((file) =>
    parseAllDocuments(readFileSync(join(K8S, file), 'utf8')).map((parsed) => {
      if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors.map((e) => e.message).join('; ')}`);
      const doc = parsed.toJS() as Record<string, unknown>;
      const kind = `${String(doc.apiVersion)}/${String(doc.kind)}`;
      const name = String((doc.metadata as { name?: string } | undefined)?.name);
      return { file, kind, name, doc, schemaError: schemaError(kind, doc) };
    }),
  );
}

/** The one manifest of this kind and name (kind as `apiVersion/kind`). */
export function find<T>(manifests: Manifest[], kind: KnownKind, name: string): T {
  const found = manifests.filter((m) => m.kind === kind && m.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} named ${name} in deploy/k8s, found ${found.length}`);
  return found[0]?.doc as T;
}

export function ofKind<T>(manifests: Manifest[], kind: KnownKind): T[] {
  return manifests.filter((m) => m.kind === kind).map((m) => m.doc as T);
}
