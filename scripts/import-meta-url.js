// Injected into the CommonJS CLI bundle (scripts/build.mjs): what `import.meta.url` is in ESM.
export const importMetaUrl = require("node:url").pathToFileURL(__filename).href;
