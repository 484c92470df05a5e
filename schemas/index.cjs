"use strict";
// The JSON Schemas of govdisclosure (Draft 2020-12) as objects, for Ajv or any other validator.
// The TypeScript types of the documents they describe are in index.d.ts.
exports.reportSchema = require("./report.schema.json");
exports.factsSchema = require("./facts.schema.json");
exports.checkSchema = require("./check.schema.json");
exports.schemaVersion = require("./package.json").version;
