import { buildEntry } from "../src/model/build-entry.js";
import { createSourceFile } from "../src/parse/source.js";

for (const t of ["# - https://aider.chat\n", "# - -\n", "## #\n", "# A - B - https://x.io #\n", "## C#\n"]) {
  const e = buildEntry(createSourceFile("x", t));
  console.log(
    JSON.stringify(t),
    JSON.stringify(e.title ? { name: e.title.name, url: e.title.url } : e.headings.map((h) => h.text)),
  );
}
