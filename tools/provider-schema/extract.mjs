// Writes the arguments and nested blocks of the AWS provider's resources and data sources that
// archkit generates (or may generate), for provider 5.x and 6.x, from the CDKTF prebuilt bindings'
// .jsii assemblies: their type information is generated from the provider's own schema
// (`terraform providers schema -json`). Run: npm ci && node extract.mjs
// Each argument: {"type": "string|number|bool|any|list(T)|set(T)|map(T)", "required": true?}
// or, for a nested block or object: {"block": {...}, "many": true?, "required": true?}.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../generators/src/test/resources/provider-schema');
// The services archkit writes Terraform for: every resource and data source whose type starts so.
const prefixes = fs.readFileSync(path.join(here, 'prefixes.txt'), 'utf8')
  .split('\n').map(l => l.replace(/#.*/, '').trim()).filter(Boolean);

function extract(pkg) {
  const dir = path.join(here, 'node_modules', pkg);
  const jsii = JSON.parse(fs.readFileSync(path.join(dir, '.jsii'), 'utf8'));
  const version = /hashicorp\/aws provider version (\S+)/.exec(fs.readFileSync(path.join(dir, 'README.md'), 'utf8'))[1];
  const types = jsii.types;
  const link = /docs\/(resources|data-sources)\/(\w+)(?:#(\w+))?/;
  const tfName = (p) => {
    const m = link.exec((p.docs.summary || '') + ' ' + (p.docs.remarks || ''));
    return m && m[3] ? m[3] : p.name.replace(/[A-Z]/g, c => '_' + c.toLowerCase());
  };
  const unwrap = (t) => {   // drop cdktf.IResolvable from unions
    if (t.union) {
      const rest = t.union.types.filter(u => u.fqn !== 'cdktf.IResolvable');
      return rest.length === 1 ? unwrap(rest[0]) : rest[0];
    }
    return t;
  };
  const prim = (t) => ({ string: 'string', number: 'number', boolean: 'bool', any: 'any', json: 'any' })[t.primitive] || 'any';
  const args = (iface, depth) => {
    const res = {};
    for (const p of (types[iface].properties || [])) {
      const name = tfName(p);
      const t = unwrap(p.type);
      let a;
      if (t.primitive) a = { type: prim(t) };
      else if (t.collection) {
        const el = unwrap(t.collection.elementtype);
        if (el.fqn && types[el.fqn] && types[el.fqn].kind === 'interface') {
          a = depth < 12 ? { block: args(el.fqn, depth + 1), many: true } : { type: 'any' };
        } else {
          a = { type: (t.collection.kind === 'map' ? 'map' : 'list') + '(' + (el.primitive ? prim(el) : 'any') + ')' };
        }
      } else if (t.fqn && types[t.fqn] && types[t.fqn].kind === 'interface') {
        a = depth < 12 ? { block: args(t.fqn, depth + 1) } : { type: 'any' };
      } else a = { type: 'any' };
      if (!p.optional) a.required = true;
      res[name] = a;
    }
    return Object.fromEntries(Object.entries(res).sort(([x], [y]) => x < y ? -1 : 1));
  };
  const resources = {}, data = {};
  for (const [fqn, t] of Object.entries(types)) {
    if (t.kind !== 'class' || !t.docs || !t.docs.summary) continue;
    const m = /Represents a \{@link \S+\/docs\/(resources|data-sources)\/\w+ (aws_\w+)\}/.exec(t.docs.summary);
    if (!m || !prefixes.some(p => m[2].startsWith(p))) continue;
    const config = fqn + 'Config';
    if (!types[config]) continue;
    (m[1] === 'resources' ? resources : data)[m[2]] = args(config, 0);
  }
  const sort = (o) => Object.fromEntries(Object.keys(o).sort().map(k => [k, o[k]]));
  return { provider: 'hashicorp/aws', version, source: pkg + ' (' + jsii.name + '@' + jsii.version + ')',
           configuration: args('@cdktf/provider-aws.provider.AwsProviderConfig', 0),
           resources: sort(resources), data: sort(data) };
}

fs.mkdirSync(out, { recursive: true });
for (const pkg of ['aws5', 'aws6']) {
  const s = extract(pkg);
  const file = path.join(out, 'aws-' + s.version.split('.')[0] + '.x.json');
  fs.writeFileSync(file, JSON.stringify(s, null, 0) + '\n');
  console.log(file + ': provider ' + s.version + ', ' + Object.keys(s.resources).length + ' resources, '
    + Object.keys(s.data).length + ' data sources');
}
