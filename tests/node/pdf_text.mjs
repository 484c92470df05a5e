// The text of a PDF as pdf.js gives it (getTextContent), one line per printed line, " | " between
// the text items of a line: the "pdf.js-style" text a browser-based scraper saves.
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, disableFontFace: true, verbosity: 0 }).promise;
const lines = [];
for (let number = 1; number <= doc.numPages; number++) {
  const page = await doc.getPage(number);
  const content = await page.getTextContent();
  let line = [];
  let lastY = null;
  for (const item of content.items) {
    if (!("str" in item)) continue;
    const y = item.transform[5];
    if (lastY !== null && Math.abs(y - lastY) > 2) {
      lines.push(line.join(" | "));
      line = [];
    }
    if (item.str.trim()) line.push(item.str.trim());
    lastY = y;
    if (item.hasEOL) {
      lines.push(line.join(" | "));
      line = [];
      lastY = null;
    }
  }
  if (line.length) lines.push(line.join(" | "));
}
process.stdout.write(lines.filter((l) => l.length).join("\n") + "\n");
