import { configParsers } from "../util/packages.js";

/** The line of the node at `path` in a schema file's text (JSON is YAML too), or of its nearest parent. */
export function schemaLine(text: string, path: (string | number)[]): number | undefined {
  const { yaml } = configParsers();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false });
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
    if (n === path.length && n > 0) {
      // An unknown key: its own line, found on its parent mapping.
      const parent = doc.getIn(path.slice(0, -1), true);
      if (yaml.isMap(parent)) {
        const pair = parent.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === String(path.at(-1)));
        const key = pair?.key as { range?: [number, number] } | undefined;
        if (key?.range) return lines.linePos(key.range[0]).line;
      }
    }
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}
