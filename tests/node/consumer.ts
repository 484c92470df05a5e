// A TypeScript user of the npm package @govdisclosure/schemas, installed from its `npm pack`
// tarball: it imports the types and the schemas from the package (a JSON file by its subpath,
// the others as objects), validates what the CLI emitted with Ajv and reads it through the types.
// CI compiles it with `tsc --strict` (tsconfig.json) and runs it on the samples of validate.mjs.
// Usage: node dist/consumer.js SAMPLES_DIR
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import reportSchema from "@govdisclosure/schemas/report.schema.json" with { type: "json" };
import { checkSchema, factsSchema, schemaVersion } from "@govdisclosure/schemas";
import type { Cell, CheckRecord, FactsRecord, Finding, Report } from "@govdisclosure/schemas";

const samples = process.argv[2];
if (samples === undefined) {
  console.error("usage: node dist/consumer.js SAMPLES_DIR");
  process.exit(2);
}
if (!reportSchema.$id.includes(`/${schemaVersion}/`)) {
  console.error(`schema version ${schemaVersion} is not the one of ${reportSchema.$id}`);
  process.exit(1);
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
const isReport = ajv.compile<Report>(reportSchema);
const isFacts = ajv.compile<FactsRecord>(factsSchema);
const isCheck = ajv.compile<CheckRecord>(checkSchema);

let invalid = 0;
function typed<T>(file: string, documents: unknown[], isValid: ValidateFunction<T>): T[] {
  const valid: T[] = [];
  for (const document of documents) {
    if (isValid(document)) {
      valid.push(document);
    } else {
      invalid += 1;
      console.error(`${file}: ${ajv.errorsText(isValid.errors)}`);
    }
  }
  return valid;
}
const lines = (text: string): unknown[] => text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as unknown);

const reports: Report[] = [];
const facts: FactsRecord[] = [];
const checks: CheckRecord[] = [];
for (const file of readdirSync(samples).sort()) {
  const text = readFileSync(join(samples, file), "utf8");
  if (file.endsWith(".report.json")) reports.push(...typed(file, [JSON.parse(text) as unknown], isReport));
  if (file.endsWith(".facts.jsonl")) facts.push(...typed(file, lines(text), isFacts));
  if (file.endsWith(".check.jsonl")) checks.push(...typed(file, lines(text), isCheck));
}

// Reading through the types: a report's cell, a facts record's value by canonical id, findings.
const received = (report: Report): number => {
  const cell: Cell | undefined = report.applications?.new_received.total;
  return cell?.value ?? 0;
};
const granted = facts.map((record) => record.cells["t3.granted.total"]).filter((v) => typeof v === "number");
const errors: Finding[] = checks.flatMap((record) => record.findings.filter((f) => f.severity === "error"));
const counted = checks.reduce((sum, record) => sum + record.summary.errors, 0);
if (errors.filter((f) => f.status === "fail").length !== counted) {
  console.error(`the summaries count ${counted} errors, the findings ${errors.length}`);
  invalid += 1;
}

console.log(
  `ts consumer (schema ${schemaVersion}): ${reports.length} reports, ${facts.length} facts records, ` +
    `${checks.length} check records; ${reports.reduce((sum, r) => sum + received(r), 0)} applications ` +
    `received, ${granted.length} granted totals, ${errors.length} error findings`,
);
console.log(`ts consumer: ${reports.length + facts.length + checks.length} passed, ${invalid} failed`);
process.exit(invalid === 0 && reports.length > 0 ? 0 : 1);
