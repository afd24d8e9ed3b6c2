// Checks every UCUM code the catalogue uses with NLM's UCUM library (@lhncbc/ucum-lhc):
// the "ucum" of every unit in units.json, and every code with system http://unitsofmeasure.org in the
// FHIR Bundles given (export --format fhir). Exits 1 naming each invalid code and where it is used.
//   node check.js <units.json> [<bundle.json> ...]
'use strict';
const fs = require('fs');
const ucum = require('@lhncbc/ucum-lhc').UcumLhcUtils.getInstance();

const UCUM = 'http://unitsofmeasure.org';
const [unitsPath, ...bundlePaths] = process.argv.slice(2);
if (!unitsPath) {
  console.error('usage: node check.js <units.json> [<bundle.json> ...]');
  process.exit(2);
}

const uses = new Map(); // code -> where it is used
const use = (code, where) => {
  if (!uses.has(code)) uses.set(code, new Set());
  uses.get(code).add(where);
};

for (const unit of JSON.parse(fs.readFileSync(unitsPath, 'utf8')).units) {
  if (unit.ucum !== undefined) use(unit.ucum, `${unitsPath}: unit ${unit.id}`);
}

// Every object with system UCUM and a code: Quantity and Coding alike.
const walk = (node, path, file) => {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${path}[${i}]`, file));
  } else if (node && typeof node === 'object') {
    if (node.system === UCUM && typeof node.code === 'string') use(node.code, `${file}: ${path}`);
    for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`, file);
  }
};
for (const file of bundlePaths) walk(JSON.parse(fs.readFileSync(file, 'utf8')), '$', file);

let invalid = 0;
for (const [code, where] of [...uses].sort()) {
  const result = ucum.validateUnitString(code, true);
  if (result.status !== 'valid') {
    invalid++;
    const places = [...where];
    console.error(`invalid UCUM code '${code}': ${result.msg.join('; ')} (used ${places.length} time(s), first at ${places[0]})`);
  }
}

console.log(`UCUM: ${uses.size} distinct code(s) checked with @lhncbc/ucum-lhc, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
