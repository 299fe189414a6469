#!/usr/bin/env node
// npm run check:deploy — the deployment files, checked without Docker or a cluster:
//  1. docker-compose.yml: `docker-compose config` (Debian's docker-compose) and what the platform
//     needs of it (two API replicas behind nginx, a worker, primary + standby, migrate first);
//  2. Kubernetes manifests: every document against the Kubernetes schema (k8s_schema_check.py on
//     Debian's python3-kubernetes models), then cross-references a schema cannot see (selectors,
//     probe ports and paths, HPA target and CPU requests, config and secret names, kustomize list).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';

const root = resolve(import.meta.dirname, '../..');
const compose = join(root, 'docker/docker-compose.yml');
const k8sDir = join(root, 'docker/k8s');
const problems = [];
const fail = (where, what) => problems.push(`${where}: ${what}`);
let checks = 0;
const expect = (ok, where, what) => {
  checks++;
  if (!ok) fail(where, what);
};

/* ---------- docker-compose ---------- */

const dc = spawnSync('docker-compose', ['-f', compose, 'config', '-q'], {
  encoding: 'utf8',
  env: { ...process.env, JWT_SECRET: 'x'.repeat(40) },
});
if (dc.error) fail('docker-compose', `not runnable (${dc.error.message}); install it: apt-get install -y docker-compose`);
else expect(dc.status === 0, 'docker-compose config', dc.stderr.trim() || `exit ${dc.status}`);

const services = yaml.load(readFileSync(compose, 'utf8')).services ?? {};
const env = (s) => services[s]?.environment ?? {};
const apis = Object.keys(services).filter((s) => /^api-\d+$/.test(s));
expect(apis.length >= 2, 'compose', `needs at least two API replicas (api-1, api-2), found ${apis.join(', ') || 'none'}`);
for (const s of apis) {
  expect(env(s).JOBS_ENABLED === 'false', `compose ${s}`, 'JOBS_ENABLED must be "false" (the worker runs jobs)');
  expect(!!env(s).INSTANCE_NAME, `compose ${s}`, 'INSTANCE_NAME names the replica (X-Instance)');
  expect(/@db-replica:/.test(env(s).DATABASE_REPLICA_URLS ?? ''), `compose ${s}`, 'DATABASE_REPLICA_URLS must point at db-replica');
  expect(services[s]?.depends_on?.migrate?.condition === 'service_completed_successfully', `compose ${s}`, 'must start after migrate');
}
expect(JSON.stringify(services.worker?.command ?? '').includes('worker'), 'compose worker', 'runs `main.js worker`');
expect(JSON.stringify(services.migrate?.command ?? '').includes('migrate'), 'compose migrate', 'runs `main.js migrate`');
expect(
  /pg_basebackup[^\n]*-R/.test(readFileSync(join(root, 'docker/postgres/replica-entrypoint.sh'), 'utf8')),
  'compose db-replica',
  'clones with pg_basebackup -R',
);
const nginx = readFileSync(join(root, 'docker/nginx.conf'), 'utf8');
const upstreams = [...nginx.matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)].map((m) => m[1]);
expect(upstreams.length >= 2, 'nginx.conf', 'upstream lists the API replicas');
for (const u of upstreams) expect(apis.includes(u), 'nginx.conf', `upstream server ${u} is not an API service of docker-compose.yml`);
for (const s of apis) expect(upstreams.includes(s), 'nginx.conf', `API service ${s} is missing from the upstream`);

/* ---------- Kubernetes: schema ---------- */

const files = readdirSync(k8sDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join(k8sDir, f));
const python = ['/usr/bin/python3', 'python3'].find((p) => p === 'python3' || existsSync(p));
const schema = spawnSync(python, [join(root, 'tools/deploy/k8s_schema_check.py'), ...files], { encoding: 'utf8' });
process.stdout.write(schema.stdout ?? '');
if (schema.status !== 0) {
  const missing = /No module named '(kubernetes|yaml)'/.exec(schema.stderr ?? '');
  fail(
    'kubernetes schema',
    missing ? `python3-kubernetes is missing: apt-get install -y python3-kubernetes` : schema.stderr || 'documents with errors (above)',
  );
}

/* ---------- Kubernetes: cross-references ---------- */

const docs = files.flatMap((f) =>
  yaml
    .loadAll(readFileSync(f, 'utf8'))
    .filter(Boolean)
    .map((d) => ({ file: f.slice(root.length + 1), d })),
);
const of = (kind) => docs.filter((x) => x.d.kind === kind);
const routes = readFileSync(join(root, 'libs/contracts/src/lib/api-routes.ts'), 'utf8');
const configMaps = new Set(of('ConfigMap').map((x) => x.d.metadata.name));
// Created outside the manifests (they hold secrets): docker/README.md, "Kubernetes".
const EXTERNAL_SECRETS = new Set(['civics', 'civics-tls']);
const kustomization = of('Kustomization')[0]?.d;
expect(!!kustomization, 'k8s', 'kustomization.yaml is present');
const listed = new Set(kustomization?.resources ?? []);
for (const f of files.map((f) => f.slice(k8sDir.length + 1)).filter((f) => f !== 'kustomization.yaml'))
  expect(listed.has(f), 'kustomization.yaml', `${f} is not listed in resources`);
for (const r of listed) expect(existsSync(join(k8sDir, r)), 'kustomization.yaml', `resource ${r} does not exist`);

const podSpecs = [...of('Deployment'), ...of('Job')].map((x) => ({ ...x, name: x.d.metadata.name, pod: x.d.spec.template }));
for (const { file, name, d, pod } of podSpecs) {
  const where = `${file} ${d.kind}/${name}`;
  if (d.kind === 'Deployment') {
    const sel = d.spec.selector?.matchLabels ?? {};
    for (const [k, v] of Object.entries(sel))
      expect(pod.metadata?.labels?.[k] === v, where, `selector ${k}=${v} does not match the pod labels`);
  }
  for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
    const cw = `${where} container ${c.name}`;
    expect(c.image === 'civics', cw, 'image must be "civics" (set by kustomize images)');
    for (const ref of c.envFrom ?? [])
      if (ref.configMapRef) expect(configMaps.has(ref.configMapRef.name), cw, `ConfigMap ${ref.configMapRef.name} is not defined`);
    for (const e of c.env ?? []) {
      const s = e.valueFrom?.secretKeyRef;
      if (s) expect(EXTERNAL_SECRETS.has(s.name), cw, `Secret ${s.name} is neither defined nor documented`);
    }
    const names = new Set((c.ports ?? []).map((p) => p.name));
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
      const get = c[probe]?.httpGet;
      if (!get) continue;
      expect(typeof get.port === 'number' || names.has(get.port), cw, `${probe} port ${get.port} is not a named port`);
      expect(routes.includes(`'${get.path}'`), cw, `${probe} path ${get.path} is not a route of the API`);
    }
    if (d.kind === 'Deployment' && pod.spec.containers.includes(c)) {
      expect(c.readinessProbe?.httpGet?.path === '/api/health', cw, 'readiness on /api/health');
      expect(c.livenessProbe?.httpGet?.path === '/api/health/live', cw, 'liveness on /api/health/live');
    }
  }
}
const api = of('Deployment').find((x) => x.d.metadata.name === 'civics-api')?.d;
expect(!!api, 'k8s', 'Deployment civics-api exists');
expect(
  (api?.spec.template.spec.initContainers ?? []).some((c) => (c.command ?? []).join(' ').includes('migrate:status')),
  'k8s civics-api',
  'an init container waits for the migration (migrate:status)',
);
expect(
  of('Job').some((x) => (x.d.spec.template.spec.containers[0].command ?? []).join(' ').endsWith('main.js migrate')),
  'k8s',
  'a Job runs the migrations',
);
for (const { file, d } of of('HorizontalPodAutoscaler')) {
  const target = of(d.spec.scaleTargetRef.kind).find((x) => x.d.metadata.name === d.spec.scaleTargetRef.name)?.d;
  expect(!!target, file, `scale target ${d.spec.scaleTargetRef.kind}/${d.spec.scaleTargetRef.name} does not exist`);
  expect(
    (d.spec.metrics ?? []).some((m) => m.type === 'Resource' && m.resource?.name === 'cpu'),
    file,
    'scales on CPU',
  );
  for (const c of target?.spec.template.spec.containers ?? [])
    expect(!!c.resources?.requests?.cpu, file, `container ${c.name} of the target has no CPU request (CPU utilisation needs one)`);
}
for (const { file, d } of of('Service')) {
  const pods = podSpecs.filter((p) => Object.entries(d.spec.selector ?? {}).every(([k, v]) => p.pod.metadata?.labels?.[k] === v));
  expect(pods.length > 0, file, `Service ${d.metadata.name} selects no pods`);
  for (const port of d.spec.ports)
    if (typeof port.targetPort === 'string')
      expect(
        pods.every((p) => p.pod.spec.containers.some((c) => (c.ports ?? []).some((cp) => cp.name === port.targetPort))),
        file,
        `targetPort ${port.targetPort} is not a named port of the selected pods`,
      );
}
for (const { file, d } of of('Ingress'))
  for (const rule of d.spec.rules ?? [])
    for (const p of rule.http?.paths ?? []) {
      const svc = of('Service').find((x) => x.d.metadata.name === p.backend.service?.name)?.d;
      expect(!!svc, file, `backend Service ${p.backend.service?.name} does not exist`);
      expect(
        !!svc?.spec.ports.some((sp) => sp.name === p.backend.service.port.name || sp.port === p.backend.service.port.number),
        file,
        'backend port is not a port of the Service',
      );
    }

if (problems.length) {
  console.error(`\ncheck:deploy: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`check:deploy: docker-compose config ok; ${docs.length} Kubernetes documents match the schema; ${checks} cross-checks passed`);
