import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);

// src/commands/io.ts
var exitCodes = { ok: 0, findings: 1, usage: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};
var defaultIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}
`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}
`)
};

export {
  exitCodes,
  UsageError,
  defaultIo
};
