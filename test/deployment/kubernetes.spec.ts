import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';

// The Kustomize overlays under docker/kubernetes, rendered by the kubectl on this machine and each
// object validated against the Kubernetes JSON schemas of the `kubernetes-models` package (offline).
const KUSTOMIZE_ROOT = join(import.meta.dirname, '../../docker/kubernetes');
const OVERLAYS = ['development', 'production'] as const;

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  [key: string]: unknown;
}
interface Container {
  name: string;
  securityContext?: {
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
    capabilities?: { drop?: string[] };
  };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
}
interface PodSpec {
  automountServiceAccountToken?: boolean;
  securityContext?: { runAsNonRoot?: boolean };
  containers: Container[];
}

async function render(overlay: string): Promise<K8sObject[]> {
  const { stdout } = await promisify(execFile)(
    'kubectl',
    ['kustomize', join(KUSTOMIZE_ROOT, 'overlays', overlay)],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT')
      throw new Error(
        'kubectl is needed to render the Kustomize overlays (apt or your package manager: kubectl)',
      );
    throw error;
  });
  return parseAllDocuments(stdout).map((document) => unwrapSecretData(document.toJS() as K8sObject));
}

/**
 * Kustomize wraps long base64 values of a generated Secret at 76 characters; the API server's
 * decoder skips those line breaks, the schema's "byte" format does not.
 */
function unwrapSecretData(object: K8sObject): K8sObject {
  if (object.kind !== 'Secret' || !object.data) return object;
  const data = Object.fromEntries(
    Object.entries(object.data as Record<string, string>).map(([key, value]) => [
      key,
      value.replace(/\s/g, ''),
    ]),
  );
  return { ...object, data };
}

/** The kubernetes-models class for an object's apiVersion and kind; its validate() throws on a schema error. */
async function validate(object: K8sObject): Promise<void> {
  const group = object.apiVersion; // 'v1', 'apps/v1', 'networking.k8s.io/v1', …
  const module = (await import(`kubernetes-models/${group}/${object.kind}`)) as Record<
    string,
    new (data: object) => { validate(): void }
  >;
  const Model = module[object.kind];
  if (!Model) throw new Error(`No schema for ${group} ${object.kind}`);
  new Model(object).validate();
}

const podSpec = (object: K8sObject): PodSpec | undefined => {
  if (object.kind === 'Deployment' || object.kind === 'Job') {
    return (object.spec as { template: { spec: PodSpec } }).template.spec;
  }
  return undefined;
};

const byKind = (objects: K8sObject[], kind: string) => objects.filter((object) => object.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string) =>
  objects.find((object) => object.kind === kind && object.metadata.name === name);

describe.each(OVERLAYS)('the %s overlay', (overlay) => {
  it('renders, and every object passes the Kubernetes schema of its kind', async () => {
    const objects = await render(overlay);
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) {
      await expect(validate(object), `${object.kind}/${object.metadata.name}`).resolves.toBeUndefined();
    }
  });

  it('has the API (Deployment, Service, autoscaler, disruption budget), both workers, the migrations Job and the Ingress', async () => {
    const objects = await render(overlay);
    for (const [kind, name] of [
      ['Deployment', 'klussenbank-api'],
      ['Service', 'klussenbank-api'],
      ['HorizontalPodAutoscaler', 'klussenbank-api'],
      ['PodDisruptionBudget', 'klussenbank-api'],
      ['Deployment', 'klussenbank-worker'],
      ['Deployment', 'klussenbank-mail-worker'],
      ['Job', 'klussenbank-migrate'],
      ['Ingress', 'klussenbank'],
      ['ConfigMap', 'klussenbank-config'],
    ] as const) {
      expect(named(objects, kind, name), `${kind}/${name}`).toBeDefined();
    }
    const env = (name: string) =>
      (
        podSpec(named(objects, 'Deployment', name)!)!.containers[0] as Container & {
          env?: { name: string; value: string }[];
        }
      ).env ?? [];
    // The mail worker only delivers; the job worker takes every other queue.
    expect(env('klussenbank-mail-worker')).toContainEqual({ name: 'WORKER_QUEUES', value: 'notifications' });
    expect(env('klussenbank-worker')).toContainEqual({
      name: 'WORKER_QUEUES',
      value: 'matching,events,digests,maintenance,privacy',
    });
    // One namespace for everything.
    expect(new Set(objects.map((object) => object.metadata.namespace)).size).toBe(1);
  });

  it('runs every workload as non-root on a read-only root file system, without a service-account token, with requests and limits', async () => {
    const workloads = (await render(overlay)).filter((object) => podSpec(object));
    expect(workloads.map((object) => object.metadata.name).sort()).toEqual([
      'klussenbank-api',
      'klussenbank-mail-worker',
      'klussenbank-migrate',
      'klussenbank-worker',
    ]);
    for (const workload of workloads) {
      const spec = podSpec(workload)!;
      const where = `${workload.kind}/${workload.metadata.name}`;
      expect(spec.automountServiceAccountToken, where).toBe(false);
      expect(spec.securityContext?.runAsNonRoot, where).toBe(true);
      for (const container of spec.containers) {
        expect(container.securityContext?.readOnlyRootFilesystem, where).toBe(true);
        expect(container.securityContext?.allowPrivilegeEscalation, where).toBe(false);
        expect(container.securityContext?.capabilities?.drop, where).toContain('ALL');
        expect(Object.keys(container.resources?.requests ?? {}).sort(), where).toEqual(['cpu', 'memory']);
        expect(Object.keys(container.resources?.limits ?? {}).sort(), where).toEqual(['cpu', 'memory']);
      }
    }
  });

  it('probes every long-running workload on its health endpoints', async () => {
    for (const deployment of byKind(await render(overlay), 'Deployment')) {
      for (const container of podSpec(deployment)!.containers) {
        expect(container.readinessProbe?.httpGet?.path, deployment.metadata.name).toBe('/health/ready');
        expect(container.livenessProbe?.httpGet?.path, deployment.metadata.name).toBe('/health/live');
      }
    }
  });

  it('denies all traffic by default, lets only the ingress controller reach the API, and only Prometheus reach the metrics port', async () => {
    const objects = await render(overlay);
    const policies = byKind(objects, 'NetworkPolicy') as (K8sObject & {
      spec: {
        podSelector: { matchLabels?: Record<string, string> };
        policyTypes: string[];
        ingress?: {
          from?: { namespaceSelector?: { matchLabels?: Record<string, string> } }[];
          ports?: { protocol?: string; port: number | string }[];
        }[];
      };
    })[];
    const denyAll = policies.find((policy) => Object.keys(policy.spec.podSelector).length === 0);
    expect(denyAll?.spec.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    expect(denyAll?.spec.ingress ?? []).toEqual([]);

    const allowing = policies.filter((policy) => (policy.spec.ingress ?? []).length > 0);
    expect(allowing.map((policy) => policy.spec.podSelector.matchLabels)).toEqual([
      { 'app.kubernetes.io/name': 'klussenbank-api' },
      { 'klussenbank.nl/metrics': 'prometheus' },
    ]);
    const rulesOf = (index: number) => allowing[index].spec.ingress!;
    const sourceNamespaces = (index: number) =>
      rulesOf(index)
        .flatMap((rule) => rule.from ?? [])
        .map((source) => source.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']);
    const portsOf = (index: number) => rulesOf(index).flatMap((rule) => rule.ports ?? []);
    // Every rule names its sources and ports: none lets in everything.
    for (const index of [0, 1]) {
      for (const rule of rulesOf(index)) {
        expect(rule.from?.length).toBeGreaterThan(0);
        expect(rule.ports?.length).toBeGreaterThan(0);
      }
    }
    expect(new Set(sourceNamespaces(0))).toEqual(new Set(['ingress-nginx']));
    expect(portsOf(0)).toEqual([{ protocol: 'TCP', port: 3000 }]);
    // The metrics port only, from the monitoring namespace only: the workers take nothing else.
    expect(new Set(sourceNamespaces(1))).toEqual(new Set(['monitoring']));
    expect(portsOf(1)).toEqual([{ protocol: 'TCP', port: 9464 }]);
  });

  it('declares the metrics port of the API and both workers, with the Prometheus scrape annotations', async () => {
    const objects = await render(overlay);
    const config = named(objects, 'ConfigMap', 'klussenbank-config') as K8sObject & {
      data: Record<string, string>;
    };
    expect(config.data['METRICS_PORT']).toBe('9464');
    for (const name of ['klussenbank-api', 'klussenbank-worker', 'klussenbank-mail-worker']) {
      const template = (
        named(objects, 'Deployment', name)!.spec as {
          template: {
            metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
            spec: { containers: { ports?: { name?: string; containerPort: number }[] }[] };
          };
        }
      ).template;
      expect(template.metadata.labels['klussenbank.nl/metrics'], name).toBe('prometheus');
      expect(template.metadata.annotations, name).toMatchObject({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': '9464',
        'prometheus.io/path': '/metrics',
      });
      expect(template.spec.containers[0].ports, name).toContainEqual({
        name: 'metrics',
        containerPort: 9464,
      });
    }
    // The Service (what the ingress reaches) does not expose it.
    const service = named(objects, 'Service', 'klussenbank-api')!.spec as { ports: { port: number }[] };
    expect(service.ports.map((port) => port.port)).toEqual([80]);
  });
});

describe('the validation itself', () => {
  it('rejects an object that breaks its schema', async () => {
    const [deployment] = byKind(await render('production'), 'Deployment');
    const broken = { ...deployment, spec: { ...deployment.spec, replicas: 'three' } };
    await expect(validate(broken)).rejects.toThrow(/replicas must be integer/);
  });
});
