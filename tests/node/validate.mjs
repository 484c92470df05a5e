// Validates govdisclosure's JSON output with Ajv in strict mode (JSON Schema Draft 2020-12).
// Usage: node validate.mjs SAMPLES_DIR
//   SAMPLES_DIR holds *.report.json (one report each), *.facts.jsonl and *.check.jsonl files.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = join(here, "..", "..", "schemas");
const samples = process.argv[2];
if (!samples) {
  console.error("usage: node validate.mjs SAMPLES_DIR");
  process.exit(2);
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = {};
for (const name of ["report", "facts", "check"]) {
  const schema = JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), "utf8"));
  validators[name] = ajv.compile(schema); // strict mode: throws on any non-standard keyword
}

const kinds = [
  [".report.json", "report", (text) => [JSON.parse(text)]],
  [".facts.jsonl", "facts", (text) => text.split("\n").filter(Boolean).map((l) => JSON.parse(l))],
  [".check.jsonl", "check", (text) => text.split("\n").filter(Boolean).map((l) => JSON.parse(l))],
];

let passed = 0;
let failed = 0;
for (const file of readdirSync(samples).sort()) {
  const kind = kinds.find(([suffix]) => file.endsWith(suffix));
  if (!kind) continue;
  const [, name, read] = kind;
  for (const [index, document] of read(readFileSync(join(samples, file), "utf8")).entries()) {
    if (validators[name](document)) {
      passed += 1;
    } else {
      failed += 1;
      console.error(`${file}#${index} (${name}):`, ajv.errorsText(validators[name].errors));
    }
  }
}
if (passed + failed === 0) {
  console.error(`no samples found in ${samples}`);
  process.exit(2);
}
console.log(`ajv: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
