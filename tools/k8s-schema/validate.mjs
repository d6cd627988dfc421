// Validates every Kubernetes object under the directories given against the Kubernetes OpenAPI
// schema, as compiled into the validators of the kubernetes-models package (its models are
// generated from the API's published OpenAPI document; 5.1.0 has the resource.k8s.io/v1 API of
// Kubernetes 1.34), and External Secrets objects against the schemas of its CRDs
// (@kubernetes-models/external-secrets). Kustomizations are kustomize's own format and are
// skipped; objects of an API no package models are listed as not checked.
// Prints "N passed, N failed" and exits 1 when any object fails.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

// custom resources, by API group: the package whose models come from the CRDs' own schemas
const CRDS = { "external-secrets.io": "@kubernetes-models/external-secrets" };

const files = [];
const walk = (d) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (n.endsWith(".yaml") && n !== "kustomization.yaml") files.push(p);
  }
};
for (const d of process.argv.slice(2)) walk(d);

let passed = 0, failed = 0;
const unchecked = new Set();
for (const f of files) {
  for (const doc of parseAllDocuments(readFileSync(f, "utf8"))) {
    const o = doc.toJS();
    const [group, version] = o.apiVersion.includes("/") ? o.apiVersion.split("/") : [null, o.apiVersion];
    let mod;
    try {
      mod = await import(CRDS[group] ? `${CRDS[group]}/${group}/${version}` : group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`);
    } catch {
      unchecked.add(`${o.apiVersion} ${o.kind}`);
      continue;
    }
    const Model = mod[o.kind];
    if (!Model) {
      console.log(`FAIL ${f}: ${o.apiVersion} has no kind ${o.kind}`);
      failed++;
      continue;
    }
    try {
      new Model(o).validate();
      passed++;
    } catch (e) {
      console.log(`FAIL ${f}: ${e.message}`);
      failed++;
    }
  }
}
if (unchecked.size) console.log(`not checked (no schema in kubernetes-models): ${[...unchecked].sort().join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
