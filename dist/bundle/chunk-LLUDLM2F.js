import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compileFile,
  report
} from "./chunk-UXTV7GKO.js";
import {
  UsageError,
  exitCodes
} from "./chunk-UYYARZLR.js";
import {
  execa,
  execaSync
} from "./chunk-KW73ZV44.js";
import {
  contains,
  parseSubnet
} from "./chunk-4AY7RP2N.js";
import {
  hasErrors,
  summarise
} from "./chunk-YGBQ2C5R.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import {
  visibleText
} from "./chunk-2AQNUPCB.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/prove/podman.ts
var PodmanUnavailableError = class extends Error {
  name = "PodmanUnavailableError";
};
function podmanCli(command = "podman") {
  return {
    command,
    async run(args, timeoutMs, cancel) {
      const result = await execa(command, [...args], {
        reject: false,
        timeout: timeoutMs,
        stdin: "ignore",
        ...cancel ? { cancelSignal: cancel, killSignal: "SIGKILL" } : {}
      });
      if (result.failed && result.code === "ENOENT") {
        throw new PodmanUnavailableError(
          `${command} is not installed or not on PATH; run this on the deployed host (or pass --podman <path>)`
        );
      }
      if (result.timedOut) {
        throw new PodmanUnavailableError(
          `\`${command} ${args.join(" ")}\` did not answer within ${Math.round(timeoutMs / 1e3)}s; is podman stuck (storage lock, hung service)?`
        );
      }
      return { exitCode: result.exitCode ?? 1, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? "") };
    },
    removeNow(container) {
      execaSync(command, ["rm", "--force", "--time", "0", container], { reject: false, timeout: 15e3, stdin: "ignore" });
    }
  };
}
async function containerNetworks(podman, container, timeoutMs) {
  const result = await podman.run(
    ["container", "inspect", "--format", "{{range $name, $_ := .NetworkSettings.Networks}}{{$name}} {{end}}", container],
    timeoutMs
  );
  if (result.exitCode !== 0) return void 0;
  return result.stdout.trim().split(/\s+/u).filter(Boolean);
}

// src/cli/check.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/prove/criteria.ts
import { readFile } from "node:fs/promises";
var forwardingSysctl = "/proc/sys/net/ipv6/conf/all/forwarding";
async function checkForwarding(file) {
  const subject = "net.ipv6.conf.all.forwarding";
  try {
    const value = (await readFile(file, "utf8")).trim();
    return value === "1" ? { id: "forwarding", subject, status: "pass", evidence: `${subject} = 1` } : {
      id: "forwarding",
      subject,
      status: "fail",
      evidence: `${subject} = ${value}: containers' IPv6 is not routed; is the podnet module imported and the host switched to it?`
    };
  } catch (error) {
    return { id: "forwarding", subject, status: "fail", evidence: `cannot read ${file}: ${error.message}` };
  }
}
function formatCriteria(criteria, colour) {
  const idWidth = Math.max(...criteria.map((c) => c.id.length));
  const subjectWidth = Math.max(...criteria.map((c) => c.subject.length));
  return criteria.map(
    (c) => `${colour[c.status](c.status.toUpperCase().padEnd(4))}  ${c.id.padEnd(idWidth)}  ${c.subject.padEnd(subjectWidth)}  ${visibleText(c.evidence)}`
  ).join("\n");
}

// src/cli/check.ts
async function hostToCheck(file, wanted, io) {
  const compilation = await compileFile(file);
  if (hasErrors(compilation.diagnostics)) {
    report(io, compilation.diagnostics);
    io.err(import_picocolors.default.red(`${file}: ${summarise(compilation.diagnostics)}; fix the spec first`));
    return void 0;
  }
  const hosts = compilation.hosts.map((h) => h.plan);
  const host = wanted === void 0 && hosts.length === 1 ? hosts[0] : hosts.find((h) => h.host === wanted);
  if (!host) {
    throw new UsageError(
      `${wanted === void 0 ? "the spec has several hosts; name one with --host" : `no host ${wanted} in ${file}`} (hosts: ${hosts.map((h) => h.host).join(", ")})`
    );
  }
  return host;
}
async function withPodman(run) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PodmanUnavailableError) throw new UsageError(error.message);
    throw error;
  }
}
function reportCriteria(io, host, criteria, json, verdict) {
  const failed = criteria.filter((c) => c.status === "fail");
  if (json) io.out(JSON.stringify({ ok: failed.length === 0, host: host.host, criteria }, null, 2));
  else {
    io.out(formatCriteria(criteria, { pass: import_picocolors.default.green, fail: import_picocolors.default.red, skip: import_picocolors.default.yellow }));
    io.out(failed.length === 0 ? import_picocolors.default.green(verdict.ok) : import_picocolors.default.red(verdict.failed(failed.length)));
  }
  return failed.length === 0 ? exitCodes.ok : exitCodes.findings;
}

// src/prove/containers-conf.ts
import { readdir, readFile as readFile2 } from "node:fs/promises";
import path from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/prove/containers-conf.ts
async function confFiles(env) {
  if (env.CONTAINERS_CONF) return [env.CONTAINERS_CONF];
  const dropins = "/etc/containers/containers.conf.d";
  const names = await readdir(dropins).catch(() => []);
  return [
    "/usr/share/containers/containers.conf",
    "/etc/containers/containers.conf",
    ...names.filter((name) => name.endsWith(".conf")).sort().map((name) => path.join(dropins, name))
  ];
}
async function configuredFirewallDriver(env = process.env) {
  if (env.NETAVARK_FW) return { driver: env.NETAVARK_FW, source: "NETAVARK_FW" };
  let found = { driver: void 0, source: "netavark's build default" };
  for (const file of await confFiles(env)) {
    const text = await readFile2(file, "utf8").catch(() => void 0);
    if (text === void 0) continue;
    let driver;
    try {
      driver = parse(text).network?.firewall_driver;
    } catch {
      continue;
    }
    if (typeof driver === "string") found = { driver, source: file };
  }
  return found;
}

// src/prove/exec.ts
async function runTool(command, args, timeoutMs = 15e3) {
  const result = await execa(command, [...args], { reject: false, timeout: timeoutMs, stdin: "ignore" });
  return { exitCode: result.exitCode ?? 1, stdout: String(result.stdout ?? ""), missing: result.code === "ENOENT" };
}

// src/prove/forward.ts
var splitElements = (text) => text.split(",").map((element) => element.trim().replace(/^"|"$/gu, "")).filter(Boolean);
function parseNftRuleset(text) {
  const tables = [];
  let table;
  let chain;
  let set;
  let skipDepth = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (set) {
      if (line === "}") {
        const elements = /elements = \{([\s\S]*)\}/u.exec(set.elements)?.[1] ?? "";
        table?.sets.set(set.name, splitElements(elements));
        set = void 0;
      } else {
        set.elements += ` ${line}`;
      }
      continue;
    }
    if (skipDepth > 0) {
      skipDepth += (line.match(/\{/gu) ?? []).length - (line.match(/\}/gu) ?? []).length;
      continue;
    }
    const tableHeader = /^table (\S+) (\S+) \{$/u.exec(line);
    if (tableHeader) {
      table = { family: tableHeader[1], name: tableHeader[2], chains: /* @__PURE__ */ new Map(), sets: /* @__PURE__ */ new Map() };
      tables.push(table);
      continue;
    }
    const chainHeader = /^chain (\S+) \{$/u.exec(line);
    if (chainHeader && table) {
      chain = { rules: [] };
      table.chains.set(chainHeader[1], chain);
      continue;
    }
    const setHeader = /^set (\S+) \{$/u.exec(line);
    if (setHeader && table) {
      set = { name: setHeader[1], elements: "" };
      continue;
    }
    if (/^(map|flowtable|counter|quota|limit|ct helper|ct timeout|ct expectation|secmark|synproxy) .*\{$/u.test(line)) {
      skipDepth = 1;
      continue;
    }
    if (line === "}") {
      if (chain) chain = void 0;
      else table = void 0;
      continue;
    }
    if (!chain || !table || line === "") continue;
    const base = /type filter hook (\S+) .*policy (\S+);/u.exec(line);
    if (base) {
      chain.hook = base[1];
      chain.policy = base[2];
      continue;
    }
    chain.rules.push(line);
  }
  return tables;
}
function parseIptablesSave(text, family) {
  const chains = /* @__PURE__ */ new Map();
  let inFilter = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("*")) inFilter = line === "*filter";
    if (!inFilter) continue;
    const declared = /^:(\S+) (\S+)/u.exec(line);
    if (declared) {
      const builtin = declared[2] !== "-";
      chains.set(
        declared[1],
        builtin ? { hook: declared[1].toLowerCase(), policy: declared[2].toLowerCase(), rules: [] } : { rules: [] }
      );
      continue;
    }
    const rule = /^-A (\S+) (.*)$/u.exec(line);
    if (!rule) continue;
    chains.get(rule[1])?.rules.push(translateIptablesRule(rule[2], family));
  }
  return chains.size === 0 ? [] : [{ family, name: "filter", chains, sets: /* @__PURE__ */ new Map() }];
}
function translateIptablesRule(words, family) {
  const text = words.replace(/-m comment --comment ("(?:[^"\\]|\\.)*"|\S+)/gu, "");
  const tokens = text.split(/\s+/u).filter(Boolean);
  const parts = [];
  let verdict = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (token === "!") {
      parts.push("other");
      i++;
    } else if (token === "-s" && next) {
      parts.push(`${family} saddr ${next}`);
      i++;
    } else if (token === "-i" && next) {
      parts.push(`iifname "${next.replace(/\+$/u, "*")}"`);
      i++;
    } else if (token === "-o" && next) {
      parts.push(`oifname "${next.replace(/\+$/u, "*")}"`);
      i++;
    } else if ((token === "-j" || token === "-g") && next) {
      verdict = next === "ACCEPT" ? "accept" : next === "DROP" ? "drop" : next === "REJECT" ? "reject" : next === "RETURN" ? "return" : `jump ${next}`;
      i++;
    } else if (token === "-m" && (next === "conntrack" || next === "state")) {
      const states = tokens[i + 3];
      parts.push(states && /NEW/u.test(states) && !/ESTABLISHED|RELATED/u.test(states) ? "ct state new" : "ct state established,related");
      i += 3;
    } else if (token.startsWith("-")) {
      parts.push("other");
    }
  }
  return [...parts, verdict].filter(Boolean).join(" ");
}
var familyOf = (subnet) => subnet.family === "ipv4" ? "ip" : "ip6";
function tokensOf(rule) {
  return rule.replace(/\bcomment "(?:[^"\\]|\\.)*"/gu, "").replace(/\bcounter(?: packets \d+ bytes \d+)?/gu, "").replace(/\blog(?: prefix "(?:[^"\\]|\\.)*")?(?: level \S+)?/gu, "").split(/\s+/u).filter(Boolean);
}
function values(tokens, start, table) {
  const first = tokens[start] ?? "";
  if (first.startsWith("@")) return { values: table.sets.get(first.slice(1)) ?? [], next: start + 1 };
  if (first === "{") {
    const end = tokens.indexOf("}", start);
    const inner = tokens.slice(start + 1, end < 0 ? tokens.length : end).join(" ");
    return { values: splitElements(inner), next: end < 0 ? tokens.length : end + 1 };
  }
  return { values: [first.replace(/^"|"$/gu, "")], next: start + 1 };
}
function globMatches(pattern, name) {
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}
function coversSubnet(prefix, subnet) {
  const parsed = parseSubnet(prefix.includes("/") ? prefix : `${prefix}/${subnet.family === "ipv4" ? 32 : 128}`, subnet.family);
  return parsed.ok && contains(parsed.value, subnet);
}
function acceptsEgress(rule, egress, table) {
  const tokens = tokensOf(rule);
  if (tokens.at(-1) !== "accept") return false;
  for (let i = 0; i < tokens.length - 1; ) {
    const token = tokens[i];
    if ((token === "ip" || token === "ip6") && tokens[i + 1] === "saddr") {
      const { values: prefixes, next } = values(tokens, i + 2, table);
      if (token !== familyOf(egress.subnet) || !prefixes.some((prefix) => coversSubnet(prefix, egress.subnet))) return false;
      i = next;
    } else if (token === "iifname" || token === "oifname") {
      const { values: names, next } = values(tokens, i + 1, table);
      const holds = token === "iifname" ? names.some((pattern) => pattern.startsWith("podman")) : names.some((pattern) => globMatches(pattern, egress.uplink));
      if (!holds) return false;
      i = next;
    } else if (token === "meta" && tokens[i + 1] === "nfproto") {
      if (tokens[i + 2] !== (egress.subnet.family === "ipv4" ? "ipv4" : "ipv6")) return false;
      i += 3;
    } else if (token === "ct" && tokens[i + 1] === "state") {
      const { values: states, next } = values(tokens, i + 2, table);
      if (!states.includes("new")) return false;
      i = next;
    } else {
      return false;
    }
  }
  return true;
}
function dropsByDefault(chain) {
  if (chain.policy === "drop") return true;
  const last = chain.rules.at(-1);
  if (last === void 0) return false;
  const tokens = tokensOf(last);
  return tokens.length > 0 && (tokens[0] === "drop" || tokens[0] === "reject");
}
function reachable(table, start) {
  const seen = /* @__PURE__ */ new Set([start]);
  const queue = [start];
  const chains = [];
  while (queue.length > 0) {
    const chain = table.chains.get(queue.shift());
    if (!chain) continue;
    chains.push(chain);
    for (const rule of chain.rules) {
      for (const jump of rule.matchAll(/\b(?:jump|goto) ([^\s,}]+)/gu)) {
        if (!seen.has(jump[1])) {
          seen.add(jump[1]);
          queue.push(jump[1]);
        }
      }
    }
  }
  return chains;
}
function forwardBlocks(tables, egress) {
  const blocks = [];
  for (const table of tables) {
    if (table.family !== "inet" && table.family !== familyOf(egress.subnet)) continue;
    for (const [name, chain] of table.chains) {
      if (chain.hook !== "forward" || !dropsByDefault(chain)) continue;
      const chains = reachable(table, name);
      if (chains.some((c) => c.rules.some((rule) => acceptsEgress(rule, egress, table)))) continue;
      if (chains.some((c) => c === table.chains.get("NETAVARK_FORWARD"))) continue;
      blocks.push({
        table: `${table.family} ${table.name}`,
        chain: name,
        docker: table.chains.has("DOCKER-USER") || table.chains.has("DOCKER"),
        nixos: table.name === "nixos-fw"
      });
    }
  }
  return blocks;
}
function netavarkDriverSeen(tables) {
  if (tables.some((table) => table.family === "inet" && table.name === "netavark")) return "nftables";
  if (tables.some((table) => [...table.chains.keys()].some((chain) => chain.startsWith("NETAVARK")))) return "iptables";
  return void 0;
}
function explainBlock(block, egress) {
  const { subnet, uplink } = egress;
  const where = `${block.table} chain ${block.chain} drops forwarded traffic by default and nothing in it accepts ${subnet.text}`;
  const tool = subnet.family === "ipv4" ? "iptables" : "ip6tables";
  if (block.docker) {
    return `${where}: Docker set that policy (its DOCKER-USER chain is there; Docker does so when it turns forwarding on itself). The podnet module's podnet-docker-forward unit adds the accept rules to DOCKER-USER whenever Docker starts: deploy the current module with virtualisation.docker.enable, or \`systemctl restart podnet-docker-forward\`. By hand: \`${tool} -I DOCKER-USER -i podman+ -o ${uplink} -s ${subnet.text} -j ACCEPT\` and \`${tool} -I DOCKER-USER -i ${uplink} -o podman+ -d ${subnet.text} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\``;
  }
  if (block.nixos) {
    return `${where}: NixOS's firewall filters forwarded traffic (networking.firewall.filterForward). The podnet module allows its networks' egress through networking.firewall.extraForwardRules: deploy the current module`;
  }
  return `${where}: a firewall filters forwarded traffic; allow new connections from ${subnet.text} coming from the podman bridges and leaving by ${uplink} (replies are usually accepted by a ct state rule)`;
}

// src/prove/firewall.ts
async function readFirewall() {
  const natParts = [];
  const tables = [];
  const nft = await runTool("nft", ["list", "ruleset"]);
  if (!nft.missing && nft.exitCode === 0) {
    natParts.push(nft.stdout);
    tables.push(...parseNftRuleset(nft.stdout));
  }
  for (const [command, family] of [
    ["iptables-save", "ip"],
    ["ip6tables-save", "ip6"]
  ]) {
    const saved = await runTool(command, []);
    if (saved.missing || saved.exitCode !== 0) continue;
    natParts.push(saved.stdout);
    if (/\(legacy\)/u.test(saved.stdout) || nft.missing || nft.exitCode !== 0) tables.push(...parseIptablesSave(saved.stdout, family));
  }
  return { ...natParts.length === 0 ? {} : { natText: natParts.join("\n") }, tables };
}

// src/prove/nat.ts
var regexpLiteral = (text) => text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
function iptablesCovers(rules, subnet) {
  const lines = rules.split("\n");
  const jump = new RegExp(`^-A POSTROUTING (?:.* )?-s ${regexpLiteral(subnet)} (?:.* )?-j (\\S+)`, "u");
  return lines.some((line) => {
    const chain = jump.exec(line)?.[1];
    if (chain === void 0) return false;
    if (chain === "MASQUERADE") return true;
    return lines.some((other) => other.startsWith(`-A ${chain} `) && /-j MASQUERADE\b/u.test(other));
  });
}
function nftCovers(rules, subnet) {
  const jump = new RegExp(`ip6? saddr ${regexpLiteral(subnet)} (?:.* )?jump (\\S+)`, "gu");
  for (const match of rules.matchAll(jump)) {
    const chain = match[1];
    const body = new RegExp(`chain ${regexpLiteral(chain)} \\{([^}]*)\\}`, "u").exec(rules)?.[1] ?? "";
    if (/\bmasquerade\b/u.test(body)) return true;
  }
  return false;
}
function masqueradeCovers(rules, subnet) {
  return iptablesCovers(rules, subnet) || nftCovers(rules, subnet);
}

export {
  configuredFirewallDriver,
  forwardingSysctl,
  checkForwarding,
  runTool,
  forwardBlocks,
  netavarkDriverSeen,
  explainBlock,
  readFirewall,
  masqueradeCovers,
  podmanCli,
  containerNetworks,
  hostToCheck,
  withPodman,
  reportCriteria
};
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
