"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// scripts/import-meta-url.js
var importMetaUrl;
var init_import_meta_url = __esm({
  "scripts/import-meta-url.js"() {
    "use strict";
    importMetaUrl = require("node:url").pathToFileURL(__filename).href;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    init_import_meta_url();
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports2.isRegexChar = (str2) => str2.length === 1 && exports2.hasRegexChars(str2);
    exports2.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var utils = require_utils();
    var {
      CHAR_ASTERISK: CHAR_ASTERISK2,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA: CHAR_COMMA2,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET: CHAR_LEFT_SQUARE_BRACKET2,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET: CHAR_RIGHT_SQUARE_BRACKET2
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next2;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA2) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK2 || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK2) {
          if (prev === CHAR_ASTERISK2) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET2) {
          while (eos() !== true && (next2 = advance())) {
            if (next2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next2 === CHAR_RIGHT_SQUARE_BRACKET2) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i2 >= start) {
            parts.push(value2);
            prevIndex = i2;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError2 = (type2, char) => {
      return `Missing ${type2}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a = values[i2];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type2) => {
        state[type2]++;
        stack.push(type2);
      };
      const decrement = (type2) => {
        state[type2]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type2, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type: type2, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next2 = peek();
          if (next2 === "/" && opts.bash !== true) {
            continue;
          }
          if (next2 === "." || next2 === ";") {
            continue;
          }
          if (!next2) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix7 = POSIX_REGEX_SOURCE[rest2];
                if (posix7) {
                  prev.value = pre + posix7;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError2("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError2("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError2("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range.unshift(arr[i2].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup2 = prev && prev.value === "(";
          if (!isGroup2 && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next2 = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next2) || next2 === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch6 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch6(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix7 = opts.windows;
      const regex = isState ? picomatch6.compileRe(glob, options) : picomatch6.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch6(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch6.test(input, regex, options, { glob, posix: posix7 });
        const result = { glob, state, regex, posix: posix7, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch6.test = (input, regex, options, { glob, posix: posix7 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix7 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch6.matchBase(input, regex, options, posix7);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch6.matchBase = (input, glob, options, posix7 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch6.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix7 }));
    };
    picomatch6.isMatch = (str2, patterns, options) => picomatch6(patterns, options)(str2);
    picomatch6.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch6.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch6.scan = (input, options) => scan(input, options);
    picomatch6.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch6.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch6.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch6.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch6.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch6.constants = constants3;
    module2.exports = picomatch6;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch6(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch6, pico);
    module2.exports = picomatch6;
  }
});

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports2) {
    "use strict";
    init_import_meta_url();
    exports2.__esModule = true;
    exports2.distance = exports2.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i2 = n;
      while (i2--) {
        peq[a.charCodeAt(i2)] |= 1 << i2;
      }
      for (i2 = 0; i2 < m; i2++) {
        var eq = peq[b.charCodeAt(i2)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i2 = n;
      while (i2--) {
        peq[a.charCodeAt(i2)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i2 = 0; i2 < hsize; i2++) {
        phc[i2] = -1;
        mhc[i2] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i2 = 0; i2 < n; i2++) {
          var eq = peq[a.charCodeAt(i2)];
          var pb = phc[i2 / 32 | 0] >>> i2 & 1;
          var mb = mhc[i2 / 32 | 0] >>> i2 & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i2 / 32 | 0] ^= 1 << i2;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i2 / 32 | 0] ^= 1 << i2;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i2 = 0; i2 < n; i2++) {
        var eq = peq[a.charCodeAt(i2)];
        var pb = phc[i2 / 32 | 0] >>> i2 & 1;
        var mb = mhc[i2 / 32 | 0] >>> i2 & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i2 / 32 | 0] ^= 1 << i2;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i2 / 32 | 0] ^= 1 << i2;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance3 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports2.distance = distance3;
    var closest = function(str2, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i2 = 0; i2 < arr.length; i2++) {
        var dist = distance3(str2, arr[i2]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i2;
        }
      }
      return arr[min_index];
    };
    exports2.closest = closest;
  }
});

// src/cli/index.ts
var index_exports = {};
__export(index_exports, {
  main: () => main
});
module.exports = __toCommonJS(index_exports);
init_import_meta_url();
var import_node_fs18 = require("node:fs");
var import_node_path30 = require("node:path");

// src/lint/parallel.ts
init_import_meta_url();
var import_node_os = require("node:os");

// src/diagnostics/diagnostic.ts
init_import_meta_url();
function compareDiagnostics(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
function countBySeverity(diagnostics) {
  let errors2 = 0;
  for (const d of diagnostics) if (d.severity === "error") errors2++;
  return { errors: errors2, warnings: diagnostics.length - errors2 };
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/util/builtins.ts
init_import_meta_url();
var import_node_module = require("node:module");
var load = (0, import_node_module.createRequire)(importMetaUrl);
var childProcess = () => load("node:child_process");
var crypto = () => load("node:crypto");
var v8 = () => load("node:v8");
var workerThreads = () => load("node:worker_threads");
var zlib = () => load("node:zlib");

// src/util/errors.ts
init_import_meta_url();
var CatalogLintError = class extends Error {
  name = "CatalogLintError";
  constructor(message) {
    super(oneLine(message));
  }
};
function oneLine(text) {
  return cutLongQuotes(text).replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
var QUOTE_LIMIT = 160;
var QUOTE_KEPT = 80;
var MESSAGE_KEPT = 2e3;
function cutLongQuotes(text) {
  const quotes = /`([^`]*)`/g;
  const cut2 = text.length <= QUOTE_LIMIT + 2 ? text : text.replace(
    quotes,
    (whole, inner) => inner.length > QUOTE_LIMIT ? `\`${head(inner, QUOTE_KEPT)}\u2026\` (${count(inner.length)})` : whole
  );
  return cut2.length > MESSAGE_KEPT ? `${head(cut2, MESSAGE_KEPT)}\u2026 (${count(cut2.length)} in all)` : cut2;
}
function head(text, kept) {
  const code = text.charCodeAt(kept - 1);
  return text.slice(0, code >= 55296 && code <= 56319 ? kept - 1 : kept);
}
function count(length) {
  return `${length.toLocaleString("en")} characters`;
}

// src/lint/linter.ts
init_import_meta_url();
var import_node_fs9 = require("node:fs");
var import_node_path12 = require("node:path");
var import_picomatch5 = __toESM(require_picomatch2(), 1);

// src/cache/results-cache.ts
init_import_meta_url();
var import_node_fs6 = require("node:fs");
var import_node_path8 = require("node:path");

// package.json
var package_default = {
  name: "catalog-lint",
  version: "0.1.0",
  description: "Lint markdown catalogs (one entry per tool) against the catalog's own templates: structure, dates, ratings, labels and URLs.",
  keywords: [
    "lint",
    "markdown",
    "catalog",
    "awesome-list",
    "github-action"
  ],
  homepage: "https://github.com/catalog-lint/catalog-lint",
  bugs: {
    url: "https://github.com/catalog-lint/catalog-lint/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/catalog-lint/catalog-lint.git"
  },
  license: "MIT",
  type: "module",
  main: "dist/api.cjs",
  types: "dist/types/api/index.d.ts",
  exports: {
    ".": {
      types: "./dist/types/api/index.d.ts",
      default: "./dist/api.cjs"
    },
    "./package.json": "./package.json"
  },
  engines: {
    node: "^20.15.0 || >=22.2.0"
  },
  bin: {
    "catalog-lint": "dist/cli.cjs"
  },
  files: [
    "dist",
    "docs",
    "schema",
    "action.yml",
    "CHANGELOG.md",
    "THIRD-PARTY-NOTICES.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    docs: "node --import tsx scripts/generate.ts",
    notices: "node --import tsx scripts/third-party-notices.ts",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    test: "vitest run",
    check: "npm run typecheck && npm run lint && npm test",
    bench: "node --import tsx bench/run.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@biomejs/biome": "^2.6.8",
    "@octokit/openapi": "23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/js-yaml": "4.0.9",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "3.0.1",
    diff: "^8.0.4",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "fastest-levenshtein": "^1.0.16",
    fdir: "^6.5.0",
    "js-yaml": "4.1.1",
    "markdownlint-cli2": "0.22.1",
    picomatch: "^4.0.7",
    re2js: "^2.10.0",
    "remark-cli": "12.0.1",
    "remark-parse": "^11.0.0",
    "remark-preset-lint-recommended": "7.0.1",
    "spdx-license-list": "^6.12.0",
    tinyglobby: "^0.2.17",
    "toml-eslint-parser": "1.0.3",
    tsx: "^4.23.15",
    typescript: "~5.9.3",
    unified: "^11.0.5",
    vite: "8.3.8",
    vitest: "4.1.12",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  }
};

// src/files/discover.ts
init_import_meta_url();
var import_node_fs3 = require("node:fs");
var import_node_path5 = require("node:path");

// node_modules/fdir/dist/index.mjs
init_import_meta_url();
var import_module = require("module");
var import_path = require("path");
var nativeFs = __toESM(require("fs"), 1);
var __require = /* @__PURE__ */ (0, import_module.createRequire)(importMetaUrl);
function cleanPath(path) {
  let normalized2 = (0, import_path.normalize)(path);
  if (normalized2.length > 1 && normalized2[normalized2.length - 1] === import_path.sep) normalized2 = normalized2.substring(0, normalized2.length - 1);
  return normalized2;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = (0, import_path.resolve)(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes((0, import_path.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files2) => {
  groups.push({
    directory,
    files: files2,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = (0, import_path.dirname)(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = (0, import_path.dirname)(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files2 = this.getArray(this.state.paths);
    for (let i2 = 0; i2 < entries.length; ++i2) {
      const entry = entries[i2];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files2, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = (0, import_path.basename)(resolvedPath);
            const directoryPath$1 = normalizePath((0, import_path.dirname)(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files2, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files2);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: import_path.sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// src/files/discover.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);

// node_modules/tinyglobby/dist/index.mjs
init_import_meta_url();
var import_fs = require("fs");
var import_path2 = require("path");
var import_url = require("url");
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers2 = Array(patternsCount);
  let i2, j;
  for (i2 = 0; i2 < patternsCount; i2++) {
    const parts = splitPattern(patterns[i2]);
    patternsParts[i2] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers2[i2] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i2 = 0; i2 < patternsCount; i2++) {
      const patternParts = patternsParts[i2];
      const matcher = matchers2[i2];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => import_path2.posix.relative(cwd, p) || ".";
  return (p) => import_path2.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = import_path2.posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = (0, import_path2.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? import_path2.posix.relative(escapedCwd, result) : import_path2.posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i2 = 0;
    const cwdParts = escapedCwd.split("/");
    while (i2 < n && parts[i2 + n] === cwdParts[cwdParts.length + i2 - n]) {
      result = result.slice(0, (n - i2 - 1) * 3) + result.slice((n - i2) * 3 + parts[i2 + n].length + 1) || ".";
      i2++;
    }
    const potentialRoot = import_path2.posix.join(cwd, parentDir.slice(i2 * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i2;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i2 = 0; i2 < length; i2++) {
      const part = parts[i2];
      if (part === "**" && !parts[i2 + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i2 === parts.length - 1 || part !== props.commonPath[i2] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? import_path2.posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches2 = matcher(path) && !ignore(path);
      if (matches2) log(`matched ${path}`);
      return matches2;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i2 = paths.length - 1; i2 >= 0; i2--) paths[i2] = mapper(paths[i2]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? (0, import_url.fileURLToPath)(opts.cwd) : (0, import_path2.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || import_fs.readdir,
    readdirSync: opts.fs.readdirSync || import_fs.readdirSync,
    realpath: opts.fs.realpath || import_fs.realpath,
    realpathSync: opts.fs.realpathSync || import_fs.realpathSync,
    stat: opts.fs.stat || import_fs.stat,
    statSync: opts.fs.statSync || import_fs.statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative13] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative13) : [];
}

// src/util/paths.ts
init_import_meta_url();
var import_node_path = require("node:path");
function toPosix(path) {
  return import_node_path.sep === "/" ? path : path.split(import_node_path.sep).join("/");
}
function relativePosix(from, to) {
  return toPosix((0, import_node_path.relative)(from, to));
}
function isInside(path, folder) {
  const rel = (0, import_node_path.relative)(folder, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${import_node_path.sep}`) && !(0, import_node_path.isAbsolute)(rel);
}
function folderAndName(absolute) {
  const cut2 = absolute.lastIndexOf(import_node_path.sep);
  const folder = absolute.slice(0, cut2);
  return [folder.includes(import_node_path.sep) ? folder : (0, import_node_path.dirname)(absolute), absolute.slice(cut2 + 1)];
}

// src/util/text.ts
init_import_meta_url();
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// src/util/sorted-offsets.ts
init_import_meta_url();
function offsetsOf(text, search) {
  const offsets = [];
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + 1)) offsets.push(at);
  return offsets;
}
function firstIndexWhere(length, reached) {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
function firstAtOrAfter(offsets, start) {
  return firstIndexWhere(offsets.length, (index) => offsets[index] >= start);
}

// src/util/text.ts
function quote(value, max = 60) {
  const flat = value.replace(/\s+/g, " ").replace(new RegExp("\\p{Cc}", "gu"), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).trim();
  const cut2 = flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
  return `\`${cut2.replace(/`/g, "'")}\``;
}
function englishList(items, word) {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(", ")}, ${word} ${items.at(-1)}`;
}
function listAnd(items) {
  return englishList(items, "and");
}
function quoteList(values, limit = 3) {
  const shown2 = values.slice(0, limit).map((v) => quote(v));
  if (values.length > limit) shown2.push(`${values.length - limit} more`);
  return englishList(shown2, "or");
}
function canonicalUnit(unit) {
  const code = unit.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122 ? String.fromCharCode(code - 32) : unit;
  const upper = unit.toUpperCase();
  return upper.length !== 1 || upper.charCodeAt(0) < 128 ? unit : upper;
}
function plural(count2, one, many = `${one}s`) {
  return `${count2} ${count2 === 1 ? one : many}`;
}
function looseKey(value) {
  return value.toLowerCase().replace(/[\s_-]+/g, "");
}
function didYouMean(value, candidates, budget) {
  return closestMatch(value, candidates, budget)?.match;
}
var MAX_SUGGESTED_LENGTH = 256;
function closestMatch(value, candidates, budget) {
  const key = looseKey(value);
  const index = indexOf(candidates);
  const loose = index.byKey.get(key);
  if (loose) return { match: loose[0], unique: loose.length === 1 };
  if (key.length > MAX_SUGGESTED_LENGTH) return void 0;
  const limit = Math.max(1, Math.floor(key.length / 3));
  const [from, to] = lengthWindow(index, key.length, limit);
  if (budget && !budget.affords(candidates, key, windowCost(index, key.length, from, to))) return void 0;
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  let ties = 0;
  for (let i2 = from; i2 < to; i2++) {
    const place = index.byLength[i2];
    const candidate = index.keyed[place][1];
    if (extendsWord(key, candidate)) continue;
    const d = (0, import_fastest_levenshtein.distance)(key, candidate);
    if (d < bestDistance) {
      best = place;
      bestDistance = d;
      ties = 1;
    } else if (d === bestDistance) {
      ties++;
      if (place < best) best = place;
    }
  }
  return best !== void 0 && bestDistance <= limit ? { match: index.keyed[best][0], unique: ties === 1 } : void 0;
}
function extendsWord(key, candidate) {
  const at = key.indexOf(candidate);
  if (at < 0 || key.length <= candidate.length) return false;
  const extra = key.slice(0, at) + key.slice(at + candidate.length);
  return LETTERS.test(extra) && key !== `${candidate}s` && key !== `${candidate}es`;
}
var LETTERS = new RegExp("^\\p{L}+$", "u");
function affordsSuggestion(value, candidates, budget) {
  const key = looseKey(value);
  const index = indexOf(candidates);
  if (index.byKey.has(key) || key.length > MAX_SUGGESTED_LENGTH) return true;
  const [from, to] = lengthWindow(index, key.length, Math.max(1, Math.floor(key.length / 3)));
  return budget.affords(candidates, key, windowCost(index, key.length, from, to));
}
var SUGGESTION_BUDGET = 4e6;
var PAIR_COST = 64;
var SuggestionBudget = class {
  constructor(remaining = SUGGESTION_BUDGET) {
    this.remaining = remaining;
  }
  remaining;
  charged = /* @__PURE__ */ new Map();
  /** Whether a search costing `cost` for `key` among `candidates` fits (charged on its first ask). */
  affords(candidates, key, cost) {
    let keys = this.charged.get(candidates);
    if (!keys) {
      keys = /* @__PURE__ */ new Map();
      this.charged.set(candidates, keys);
    }
    let fits = keys.get(key);
    if (fits === void 0) {
      fits = cost <= this.remaining;
      if (fits) this.remaining -= cost;
      keys.set(key, fits);
    }
    return fits;
  }
};
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(candidates) {
  let index = indexes.get(candidates);
  if (!index) {
    const byKey = /* @__PURE__ */ new Map();
    const keyed = [];
    for (const candidate of candidates) {
      const key = looseKey(candidate);
      keyed.push([candidate, key]);
      const same = byKey.get(key);
      if (same) same.push(candidate);
      else byKey.set(key, [candidate]);
    }
    const byLength = keyed.map((_, i2) => i2).sort((a, b) => keyLength(keyed, a) - keyLength(keyed, b) || a - b);
    const lengths = byLength.map((i2) => keyLength(keyed, i2));
    const sums = [0];
    for (const length of lengths) sums.push(sums.at(-1) + length);
    index = { byKey, keyed, byLength, lengths, sums };
    indexes.set(candidates, index);
  }
  return index;
}
var keyLength = (keyed, i2) => keyed[i2][1].length;
function lengthWindow(index, length, limit) {
  return [firstAtOrAfter(index.lengths, length - limit), firstAtOrAfter(index.lengths, length + limit + 1)];
}
function windowCost(index, length, from, to) {
  return length * (index.sums[to] - index.sums[from]) + PAIR_COST * (to - from);
}
function commentKey(text) {
  return text.trim().replace(/\s+/g, " ");
}
function isUnknownMarker(text) {
  return text === "" || text === "-";
}
function plain(value, max = 80) {
  return quote(value, max).slice(1, -1);
}

// src/files/entries.ts
init_import_meta_url();
function templateReason(path) {
  const parts = path.split("/");
  const name = parts[parts.length - 1] ?? "";
  const folders = parts.slice(0, -1);
  for (let i2 = 0; i2 + 2 < folders.length; i2++) {
    if (folders[i2] !== "datasets" || folders[i2 + 2] !== "config") continue;
    const id = folders[i2 + 1];
    return name === `${id}-comparison-template.md` ? `it is dataset \`${id}\`'s template` : `it is in dataset \`${id}\`'s config folder (its template and criteria)`;
  }
  if (folders[0] === "configuration") return "it is in the catalog's `configuration/` folder (criteria and templates)";
  const parent = folders[folders.length - 1] ?? "";
  if (/^template\.(md|markdown)$/i.test(name) && /^data$/i.test(parent)) return "it is the data folder's template";
  return void 0;
}
function pageReason(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (!name.startsWith("_")) return void 0;
  return /^_index\.(md|markdown)$/i.test(name) ? "it is its folder's section page (Hugo's `_index.md`, the list of the entries beside it)" : "its name starts with `_`, which marks a file a site leaves out of its collection (Astro, Docusaurus, Jekyll)";
}
var DOCUMENTATION_NAMES = ["README", "CONTRIBUTING", "CODE_OF_CONDUCT", "CHANGELOG", "LICENSE", "SECURITY"];
function documentationReason(path) {
  const parts = path.split("/");
  const name = parts[parts.length - 1] ?? "";
  const stem = (name.split(".")[0] ?? "").toUpperCase();
  if (DOCUMENTATION_NAMES.includes(stem)) return `it is the catalog's ${stem} (documentation)`;
  for (const folder of parts.slice(0, -1)) {
    if (folder === "docs") return "it is in a `docs/` folder (documentation)";
    if (folder.startsWith(".") && folder !== "." && folder !== "..") return `it is in the dot-folder \`${folder}/\``;
  }
  return void 0;
}

// src/files/glob-match.ts
init_import_meta_url();
var import_picomatch2 = __toESM(require_picomatch2(), 1);
var LINE_BREAK = /[\n\r\u2028\u2029]/;
var LINE_BREAKS = new RegExp(LINE_BREAK.source, "g");
function globMatcher(globs, options = {}) {
  const matches2 = (0, import_picomatch2.default)([...globs], options);
  return (path) => matches2(LINE_BREAK.test(path) ? path.replace(LINE_BREAKS, "_") : path);
}

// src/files/manifest.ts
init_import_meta_url();
var import_node_path3 = require("node:path");

// src/util/packages.ts
init_import_meta_url();
var import_node_module2 = require("node:module");
var load2 = (0, import_node_module2.createRequire)(importMetaUrl);
var configParsers = () => load2("./config-parsers.cjs");
var re2js = () => load2("./re2js.cjs");
var remarkPackages = () => load2("./remark-parser.cjs");
var jsonSchemaValidator = () => load2("./json-schema-validator.cjs");
var tomlParser = () => load2("./toml-parser.cjs");

// src/files/read-data.ts
init_import_meta_url();

// src/parse/limits.ts
init_import_meta_url();
var import_node_buffer = require("node:buffer");
var MAX_MARKERS_PER_LINE = 32;
var MarkdownLimitError = class extends Error {
  constructor(limit, start, end, amount) {
    super(`markdown ${limit} limit exceeded at offset ${start}`);
    this.limit = limit;
    this.start = start;
    this.end = end;
    this.amount = amount;
  }
  limit;
  start;
  end;
  amount;
  name = "MarkdownLimitError";
};
var DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return plural(bytes, "byte");
}
function tooLarge(size, max) {
  return { messageId: "tooLarge", data: { size: formatSize(size), max: formatSize(max) } };
}
function inspectText(text, maxFileSize) {
  if (text.length > maxFileSize || Buffer.byteLength(text) > maxFileSize) {
    return tooLarge(Buffer.byteLength(text), maxFileSize);
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) return { messageId: "binary", start: nul, end: nul + 1 };
  if (text.trim() === "") return { messageId: "empty" };
  return void 0;
}
function fromLimitError(error, lineOf3) {
  if (error.limit === "nesting") {
    return { messageId: "nesting", data: { count: error.amount }, start: error.start, end: error.end };
  }
  return {
    messageId: "sections",
    data: {
      size: formatSize(error.amount),
      from: lineOf3(error.start),
      to: lineOf3(Math.max(error.start, error.end - 1))
    },
    start: error.start,
    end: error.end
  };
}
function decodeUtf8(bytes) {
  if ((0, import_node_buffer.isUtf8)(bytes)) return { text: bytes.toString("utf8") };
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return { problem: { messageId: "utf16" } };
  }
  const bad = firstInvalidByte(bytes);
  const before = bytes.subarray(0, bad).toString("utf8");
  const lines = before.split(/\r\n|\r|\n/);
  return {
    problem: {
      messageId: "encoding",
      data: {
        byte: `0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`,
        line: lines.length,
        column: (lines.at(-1) ?? "").length + 1
      }
    }
  };
}
function firstInvalidByte(bytes) {
  let i2 = 0;
  while (i2 < bytes.length) {
    const b = bytes[i2];
    let length = 0;
    let min = 0;
    if (b < 128) length = 1;
    else if (b >= 194 && b <= 223) length = 2;
    else if (b >= 224 && b <= 239) {
      length = 3;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      length = 4;
      min = 65536;
    } else return i2;
    if (length > 1) {
      if (i2 + length > bytes.length) return i2;
      let code = b & 255 >> length + 1;
      for (let k = 1; k < length; k++) {
        const c = bytes[i2 + k];
        if ((c & 192) !== 128) return i2;
        code = code << 6 | c & 63;
      }
      if (code < min || code > 1114111 || code >= 55296 && code <= 57343) return i2;
    }
    i2 += length;
  }
  return bytes.length;
}

// src/files/read-inside.ts
init_import_meta_url();
var import_node_fs = require("node:fs");
var import_node_path2 = require("node:path");
function checkoutRoot(dir) {
  for (let folder = (0, import_node_path2.resolve)(dir); ; folder = (0, import_node_path2.dirname)(folder)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path2.join)(folder, ".git"))) return folder;
    if ((0, import_node_path2.dirname)(folder) === folder) return void 0;
  }
}
function repositoryRoot(dir) {
  return checkoutRoot(dir) ?? (0, import_node_path2.resolve)(dir);
}
function boundaryAt(root) {
  const written = (0, import_node_path2.resolve)(root);
  let realRoot = written;
  try {
    realRoot = (0, import_node_fs.realpathSync)(written);
  } catch {
  }
  return { root: written, realRoot, folders: /* @__PURE__ */ new Map() };
}
function findFile(absolute, boundary, maxSize) {
  let link;
  try {
    link = (0, import_node_fs.lstatSync)(absolute);
  } catch (error) {
    if (error.code === "ENOENT") return { refused: { reason: "missing" } };
    throw error;
  }
  let real;
  if (link.isSymbolicLink()) {
    try {
      real = (0, import_node_fs.realpathSync)(absolute);
    } catch {
      return { refused: { reason: "broken" } };
    }
    if (isInside(absolute, boundary.root) && !isInside(real, boundary.realRoot)) {
      return { refused: { reason: "linkOutside" } };
    }
    if (inGitFolder(real, boundary)) return { refused: { reason: "git" } };
  } else {
    const [written, name] = folderAndName(absolute);
    const folder = realFolder(written, boundary);
    if (folder.refusal) return { refused: { reason: folder.refusal } };
    real = folder.real.endsWith(import_node_path2.sep) ? folder.real + name : folder.real + import_node_path2.sep + name;
    if (name.toLowerCase() === ".git") return { refused: { reason: "git" } };
  }
  const stats = link.isSymbolicLink() ? (0, import_node_fs.statSync)(real) : link;
  const kind = refusalOfKind(stats, maxSize);
  if (kind) return { refused: kind };
  return { real, stats, link: link.isSymbolicLink() };
}
function findRepositoryFile(absolute, boundary, maxSize) {
  if (!isInside((0, import_node_path2.resolve)(absolute), boundary.root)) return { refused: { reason: "outside" } };
  return findFile((0, import_node_path2.resolve)(absolute), boundary, maxSize);
}
function refusedFolder(absolute, boundary) {
  const written = (0, import_node_path2.resolve)(absolute);
  if (!isInside(written, boundary.root)) return { reason: "outside" };
  let real;
  try {
    real = (0, import_node_fs.realpathSync)(written);
  } catch {
    return void 0;
  }
  if (!isInside(real, boundary.realRoot)) return { reason: "linkOutside" };
  if (inGitFolder(real, boundary) || real.toLowerCase().endsWith(`${import_node_path2.sep}.git`)) return { reason: "git" };
  return void 0;
}
function readFoundFile(found4, maxSize) {
  const fd = (0, import_node_fs.openSync)(found4.real, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0) | (import_node_fs.constants.O_NONBLOCK ?? 0));
  try {
    const stats = (0, import_node_fs.fstatSync)(fd);
    const kind = refusalOfKind(stats, maxSize);
    if (kind) return { refused: kind };
    const bytes = stats.size > 0 ? readExactly(fd, stats.size) : readUnsized(fd, maxSize);
    if (bytes.length > maxSize) return { refused: { reason: "tooLarge", size: bytes.length, max: maxSize } };
    return { bytes };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function refusalOfKind(stats, maxSize) {
  if (stats.isDirectory()) return { reason: "folder" };
  if (!stats.isFile()) return { reason: "special" };
  if (stats.size > maxSize) return { reason: "tooLarge", size: stats.size, max: maxSize };
  return void 0;
}
function readExactly(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = (0, import_node_fs.readSync)(fd, buffer, length, size - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size ? buffer : buffer.subarray(0, length);
}
function readUnsized(fd, maxSize) {
  const chunks = [];
  let length = 0;
  while (length <= maxSize) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxSize + 1 - length));
    const read = (0, import_node_fs.readSync)(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    length += read;
  }
  return Buffer.concat(chunks, length);
}
function realFolder(folder, boundary) {
  let found4 = boundary.folders.get(folder);
  if (found4 === void 0) {
    const real = (0, import_node_fs.realpathSync)(folder);
    const escapes = isInside(folder, boundary.root) && !isInside(real, boundary.realRoot);
    found4 = escapes ? { real, refusal: "linkOutside" } : inGitFolder(`${real}${import_node_path2.sep}x`, boundary) ? { real, refusal: "git" } : { real };
    boundary.folders.set(folder, found4);
  }
  return found4;
}
function inGitFolder(real, boundary) {
  const below = isInside(real, boundary.realRoot) ? (0, import_node_path2.relative)(boundary.realRoot, real) : real;
  const segments = below.toLowerCase().split(import_node_path2.sep);
  segments.pop();
  return segments.includes(".git");
}
var MAX_DATA_FILE_SIZE = DEFAULT_MAX_FILE_SIZE;

// src/files/read-data.ts
function readRepositoryText(absolute, boundary, reference, maxSize = MAX_DATA_FILE_SIZE) {
  const found4 = checkedRepositoryFile(absolute, boundary, reference, maxSize);
  if (!found4) return void 0;
  const read = attempt(reference, () => readFoundFile(found4, maxSize));
  if ("refused" in read) throw refusedError(reference, read.refused, boundary);
  return read.bytes.toString("utf8");
}
function checkRepositoryFile(absolute, boundary, reference, maxSize = MAX_DATA_FILE_SIZE) {
  return checkedRepositoryFile(absolute, boundary, reference, maxSize) !== void 0;
}
function checkedRepositoryFile(absolute, boundary, reference, maxSize) {
  const found4 = attempt(reference, () => findRepositoryFile(absolute, boundary, maxSize));
  if (!("refused" in found4)) return found4;
  if (found4.refused.reason === "missing") return void 0;
  throw refusedError(reference, found4.refused, boundary);
}
function attempt(reference, run2) {
  try {
    return run2();
  } catch (error) {
    const code = error.code ?? error.message;
    throw new CatalogLintError(
      `${where(reference)}found ${quoted(reference)}a file that cannot be read (${code}). ${reference.fix}`
    );
  }
}
function readOwnText(absolute, boundary, what, fix, maxSize = MAX_DATA_FILE_SIZE) {
  let read;
  try {
    const found4 = findFile(absolute, boundary, maxSize);
    read = "refused" in found4 ? found4 : readFoundFile(found4, maxSize);
  } catch (error) {
    throw new CatalogLintError(
      `Cannot read ${what}: ${error.code ?? error.message}. ${fix}`
    );
  }
  if (!("refused" in read)) return read.bytes.toString("utf8");
  if (read.refused.reason === "missing") return void 0;
  throw new CatalogLintError(
    `Cannot read ${what}: found ${describeRefusal(read.refused, boundary)}, expected ${expectedInstead(read.refused)}; catalog-lint did not read it. ${fix}`
  );
}
function refusedError(reference, refusal, boundary) {
  return new CatalogLintError(
    `${where(reference)}found ${quoted(reference)}${describeRefusal(refusal, boundary)}, expected ${expectedInstead(refusal)}; catalog-lint did not read it. ${reference.fix}`
  );
}
function where({ file, key, line }) {
  if (key === void 0) return `${file}: `;
  const at = line?.();
  return `${file}${at ? `:${at}` : ""}: \`${key}\`: `;
}
function quoted({ written }) {
  return written === void 0 ? "" : `\`${written}\`, `;
}
function describeRefusal(refusal, boundary) {
  const repository = `the repository (${boundary.root})`;
  switch (refusal.reason) {
    case "outside":
      return `a path outside ${repository}`;
    case "linkOutside":
      return `a symbolic link leading outside ${repository}`;
    case "git":
      return "a path inside `.git/`, git's own files (which can hold credentials)";
    case "broken":
      return "a symbolic link to nothing";
    case "missing":
      return "no such file";
    case "folder":
      return "a folder";
    case "special":
      return "a special file (a FIFO, socket or device)";
    case "tooLarge":
      return `a file of ${formatSize(refusal.size)}`;
  }
}
function expectedInstead(refusal) {
  if (refusal.reason === "tooLarge") return `at most ${formatSize(refusal.max)}`;
  if (refusal.reason === "outside" || refusal.reason === "linkOutside" || refusal.reason === "git") {
    return "a regular file in the repository";
  }
  return "a regular file";
}

// src/files/manifest.ts
var MANIFEST_PATH = (0, import_node_path3.join)("configuration", "datasets.manifest.json");
function readManifest(root, cwd) {
  const path = (0, import_node_path3.join)(root, MANIFEST_PATH);
  const shown2 = (0, import_node_path3.relative)(cwd, path) || path;
  const boundary = boundaryAt(repositoryRoot(root));
  const text = readRepositoryText(path, boundary, {
    file: shown2,
    fix: "Make it a regular file in the repository"
  });
  if (text === void 0) return void 0;
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CatalogLintError(`Cannot read the dataset manifest ${shown2}: ${error.message}. Fix its JSON.`);
  }
  const lineOf3 = (key) => lineOfKey(text, key);
  const fail = (key, found4, expected2) => {
    const line = key ? lineOf3(key) : void 0;
    throw new CatalogLintError(
      `${shown2}${line ? `:${line}` : ""}: ${key ? `\`${key}\`` : "the top level"}: found ${describeValue(found4)}, expected ${expected2}; fix the manifest`
    );
  };
  return { root, boundary, shown: shown2, datasets: datasetsOf(data, root, boundary, fail), lineOf: lineOf3 };
}
function datasetsOf(data, root, boundary, fail) {
  if (!isRecord(data)) return fail("", data, "an object with a `datasets` list");
  const list = data.datasets;
  if (list === void 0) return [];
  if (!Array.isArray(list)) return fail("datasets", list, "a list of datasets");
  const datasets = [];
  for (const [i2, item] of list.entries()) {
    const dataset = datasetOf(item, `datasets.${i2}`, root, boundary, fail);
    if (dataset) datasets.push(dataset);
  }
  return datasets;
}
function datasetOf(item, key, root, boundary, fail) {
  if (!isRecord(item)) return fail(key, item, "a dataset: an object with `id` and `sources`");
  const { id } = item;
  if (id !== void 0 && typeof id !== "string") return fail(`${key}.id`, id, "a string");
  const sources = item.sources ?? {};
  if (!isRecord(sources)) return fail(`${key}.sources`, sources, "an object");
  const path = (value, at2, what) => {
    if (typeof value !== "string") return fail(at2, value, what);
    const resolved = (0, import_node_path3.resolve)(root, value);
    if (!isInside(resolved, boundary.root)) return fail(at2, value, `${what} inside the repository (${boundary.root})`);
    return { path: resolved, written: value, key: at2 };
  };
  const paths = (value, at2, what) => {
    if (value === void 0) return [];
    if (!Array.isArray(value)) return fail(at2, value, `a list of ${what}s`);
    return value.map((v, j) => path(v, `${at2}.${j}`, `a ${what}`));
  };
  const at = `${key}.sources`;
  const dataDir = sources.dataDir === void 0 ? [] : [path(sources.dataDir, `${at}.dataDir`, "a folder path")];
  const dataDirs = paths(sources.dataDirs, `${at}.dataDirs`, "folder path");
  const configDefaults = paths(sources.configDefaults, `${at}.configDefaults`, "file path");
  const config = sources.config === void 0 ? void 0 : path(sources.config, `${at}.config`, "a file path");
  if (!id) return void 0;
  return {
    id,
    dataDirs: [...dataDir, ...dataDirs],
    ownsFiles: dataDir.length > 0,
    configDefaults,
    ...config ? { config } : {}
  };
}
function describeValue(value) {
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "an object";
  return `\`${value === void 0 ? "nothing" : JSON.stringify(value)}\``;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function lineOfKey(text, key) {
  const { LineCounter, parseDocument, isMap, isSeq } = configParsers().yaml;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const path = key.split(".");
  const node = doc.getIn(path, true);
  if (node?.range) return lines.linePos(node.range[0]).line;
  const parent = doc.getIn(path.slice(0, -1), true);
  if (isMap(parent) || isSeq(parent)) return parent.range ? lines.linePos(parent.range[0]).line : void 0;
  return void 0;
}

// src/files/ultimate.ts
init_import_meta_url();
var import_node_fs2 = require("node:fs");
var import_node_path4 = require("node:path");
function ultimateTemplateIn(folder) {
  if ((0, import_node_path4.basename)(folder).toLowerCase() !== "data") return void 0;
  let names;
  try {
    names = (0, import_node_fs2.readdirSync)(folder);
  } catch {
    return void 0;
  }
  const name = names.filter((n) => n.toLowerCase() === "template.md").sort()[0];
  return name ? (0, import_node_path4.join)(folder, name) : void 0;
}
function isDataTemplate(path) {
  if ((0, import_node_path4.basename)(path).toLowerCase() !== "template.md") return false;
  const folder = (0, import_node_path4.dirname)(path);
  return (0, import_node_path4.basename)(folder).toLowerCase() === "data" && (0, import_node_path4.basename)((0, import_node_path4.dirname)((0, import_node_path4.dirname)(folder))) !== "datasets";
}
function bibFilesOf(dataFolder) {
  const files2 = [];
  for (const folder of [dataFolder, (0, import_node_path4.join)((0, import_node_path4.dirname)(dataFolder), "configuration")]) {
    let names;
    try {
      names = (0, import_node_fs2.readdirSync)(folder);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.toLowerCase().endsWith(".bib")).sort()) files2.push((0, import_node_path4.join)(folder, name));
  }
  return files2;
}

// src/files/discover.ts
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
var DEFAULT_INCLUDE = ["**/*.md", "**/*.mdx"];
function discoverFiles(options) {
  const cwd = (0, import_node_path5.resolve)(options.cwd);
  const ignore = [...ALWAYS_IGNORED, ...options.exclude ?? []];
  const isExcluded = globMatcher(ignore, { dot: true });
  const found4 = /* @__PURE__ */ new Set();
  const notEntry = notEntryBelow(cwd);
  const add = (files2, documentationBelow) => {
    for (const f of files2) {
      const file = toPosix(f);
      if (notEntry(file) !== void 0) continue;
      if (documentationBelow !== void 0 && documentationReason(relativePosix(documentationBelow, (0, import_node_path5.join)(cwd, file))))
        continue;
      found4.add(file);
    }
  };
  const find = (patterns) => matchingFiles(cwd, patterns, ignore);
  let globDocumentation;
  let entries;
  if (options.paths.length === 0) {
    if (options.include) {
      checkInclude(cwd, options.root ?? cwd, options.include);
      add(find([...options.include]), options.skipDocumentation ? cwd : void 0);
    } else {
      const catalog = defaultCatalog(cwd);
      add(find(catalog.include), catalog.layout ? void 0 : cwd);
    }
  }
  for (const path of options.paths) {
    const absolute = (0, import_node_path5.resolve)(cwd, path);
    if ((0, import_node_fs3.existsSync)(absolute)) {
      const stat2 = (0, import_node_fs3.statSync)(absolute);
      if (stat2.isDirectory()) {
        const dir = relativePosix(cwd, absolute);
        const prefix = dir ? `${escapeGlob(dir)}/` : "";
        if (options.include) {
          entries ??= find([...options.include]);
          const below = entries.filter((file) => isInside((0, import_node_path5.join)(cwd, file), absolute));
          if (below.length === 0) checkFolderHasEntries(cwd, path, prefix, ignore, options.include);
          add(below, options.skipDocumentation ? cwd : void 0);
        } else {
          const catalog = defaultCatalog(absolute, cwd);
          add(find(catalog.include.map((p) => `${prefix}${p}`)), catalog.layout ? void 0 : absolute);
        }
      } else {
        const rel = relativePosix(cwd, absolute);
        const ignored2 = notEntry(rel);
        if (ignored2 !== void 0) options.onIgnored?.(rel, ignored2.reason, ignored2.kind);
        else if (!isExcluded(rel)) add([rel]);
      }
      continue;
    }
    if (isLink(absolute)) {
      const rel = relativePosix(cwd, absolute);
      if (!isExcluded(rel)) add([rel]);
      continue;
    }
    if (isDynamicPattern(path)) {
      const matches2 = find([path]);
      if (matches2.length === 0)
        throw new CatalogLintError(
          `No files match \`${path}\`; check the pattern (quote it so the shell does not expand it)`
        );
      if (!options.include) globDocumentation ??= !defaultCatalog(cwd).layout;
      const documentation = options.include ? options.skipDocumentation : globDocumentation;
      add(matches2, documentation ? cwd : void 0);
      continue;
    }
    throw new CatalogLintError(`No such file or folder: ${path}`);
  }
  return [...found4].sort();
}
function checkFolderHasEntries(cwd, written, prefix, ignore, include) {
  const markdown2 = matchingFiles(cwd, [`${prefix}**/*.{md,mdx}`], ignore);
  if (markdown2.length === 0) return;
  const patterns = include.map((p) => `\`${p}\``).join(", ");
  const glob = `${prefix}**/*.md`;
  throw new CatalogLintError(
    `\`${written}\` holds ${plural(markdown2.length, "markdown file")}, none of them a catalog entry: the config's \`include\` is ${patterns}. Name the files, or a quoted glob ("${glob}"), to lint them anyway, or add the folder to \`include\``
  );
}
function notEntryBelow(cwd) {
  const templateOf = templatesBelow(cwd);
  return (path) => {
    const template = templateOf(path);
    if (template !== void 0) return { reason: template, kind: "template" };
    const page = pageReason(path);
    return page === void 0 ? void 0 : { reason: page, kind: "page" };
  };
}
function templatesBelow(cwd) {
  let root;
  return (path) => {
    const reason = templateReason(path);
    if (reason !== void 0) return reason;
    root ??= repositoryRoot(cwd);
    return templateReason(relativePosix(root, (0, import_node_path5.join)(cwd, path)));
  };
}
function matchingFiles(cwd, written, ignore) {
  const patterns = written.map((p) => normalizedPattern(cwd, p));
  const matches2 = globMatcher(patterns);
  const ignored2 = globMatcher(ignore, { dot: true });
  const root = cwd.endsWith(import_node_path5.sep) ? cwd : cwd + import_node_path5.sep;
  const relativeOf = (path) => {
    const inside = path.startsWith(root) ? path.slice(root.length) : (0, import_node_path5.relative)(cwd, path) + (path.endsWith(import_node_path5.sep) ? import_node_path5.sep : "");
    return toPosix(inside);
  };
  const files2 = [];
  for (const base of walkedBases(patterns)) {
    const start = (0, import_node_path5.join)(cwd, base);
    const found4 = new Builder().withFullPaths().exclude((_name, folder) => ignored2(relativeOf(folder))).filter((path, isFolder2) => {
      if (isFolder2) return false;
      const relative13 = relativeOf(path);
      return matches2(relative13) && !ignored2(relative13) && !isDataTemplate(path);
    }).crawl(start).sync();
    for (const path of found4) files2.push(relativeOf(path));
  }
  return files2;
}
function normalizedPattern(cwd, pattern) {
  const { base, glob, isGlob } = import_picomatch3.default.scan(pattern, { unescape: true });
  if (!isGlob || base === "") return pattern;
  const folder = relativePosix(cwd, (0, import_node_path5.join)(cwd, base));
  return folder === "" ? glob : `${escapeGlob(folder)}/${glob}`;
}
function walkedBases(patterns) {
  const bases = [...new Set(patterns.map(walkBase))].sort();
  return bases.filter((base, i2) => !bases.slice(0, i2).some((outer) => isBelow(base, outer)));
}
function isBelow(path, base) {
  return base === "" ? path !== ".." && !path.startsWith("../") : path.startsWith(`${base}/`);
}
function walkBase(pattern) {
  const { base, isGlob } = import_picomatch3.default.scan(pattern, { unescape: true });
  const folder = isGlob ? base : import_node_path5.posix.dirname(base);
  return folder === "." ? "" : folder;
}
function isLink(path) {
  try {
    return (0, import_node_fs3.lstatSync)(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function patternBelow(folder, pattern) {
  if (pattern.startsWith("!")) return `!${patternBelow(folder, pattern.slice(1))}`;
  return import_node_path5.posix.join(escapeGlob(folder), pattern);
}
function escapeGlob(path) {
  return path.replace(/[*?[\]{}()!]/g, "\\$&");
}
function defaultCatalog(cwd, shownFrom = cwd) {
  const manifest = readManifest(cwd, shownFrom);
  if (manifest) {
    const dirs = manifest.datasets.flatMap((d) => d.ownsFiles ? d.dataDirs.slice(0, 1) : []);
    for (const dir of dirs) {
      const refusal = refusedFolder(dir.path, manifest.boundary);
      if (refusal) {
        throw new CatalogLintError(
          `${manifest.shown}:${manifest.lineOf(dir.key) ?? 1}: \`${dir.key}\`: found \`${dir.written}\`, ${describeRefusal(refusal, manifest.boundary)}, expected a folder in the repository; catalog-lint did not walk it. Point it to the dataset's folder in the repository`
        );
      }
    }
    if (dirs.length > 0) {
      const include = dirs.map((d) => {
        const folder = relativePosix(cwd, d.path);
        return folder === "" ? "**/*.md" : `${escapeGlob(folder)}/**/*.md`;
      });
      return { include, layout: true };
    }
  }
  if (globSync(["datasets/*/data"], { cwd, onlyDirectories: true }).length > 0)
    return { include: ["datasets/*/data/**/*.md"], layout: true };
  if (ultimateTemplateIn((0, import_node_path5.join)(cwd, "data"))) return { include: ["data/**/*.md"], layout: true };
  return { include: [...DEFAULT_INCLUDE], layout: false };
}
function includeRefusal(cwd, pattern, boundary) {
  return refusedFolder((0, import_node_path5.join)(cwd, walkBase(normalizedPattern(cwd, pattern))), boundary);
}
function refusedIncludeError(where2, pattern, refusal, boundary) {
  return new CatalogLintError(
    `${where2}: found \`${pattern}\`, a pattern whose folder is ${describeRefusal(refusal, boundary)}, expected a pattern inside the repository; catalog-lint did not walk it. Write it relative to the working directory and inside the repository, or name the folder on the command line`
  );
}
function checkInclude(cwd, root, include) {
  const checkout = checkoutRoot(root);
  if (checkout === void 0) return;
  const boundary = boundaryAt(checkout);
  for (const pattern of include) {
    const refusal = includeRefusal(cwd, pattern, boundary);
    if (refusal) throw refusedIncludeError("`include`", pattern, refusal, boundary);
  }
}
function isFolder(path) {
  try {
    return (0, import_node_fs3.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}

// src/files/write/errors.ts
init_import_meta_url();
var WriteRefusedError = class extends CatalogLintError {
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
  reason;
};
function cannotWrite(what, file, error) {
  if (error instanceof WriteRefusedError) return error;
  const { code, message } = error;
  return new WriteRefusedError(`${what}: cannot write ${file} (${message})`, code ?? message);
}
function writeFailure(error) {
  if (error instanceof WriteRefusedError) return error.reason;
  const { code, message } = error;
  return code ?? String(message ?? error);
}
function describeFsError(error) {
  const { code, message } = error;
  return code ? `${code}: ${message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "")}` : String(message ?? error);
}

// src/files/write/inside.ts
init_import_meta_url();
var import_node_fs5 = require("node:fs");
var import_node_path7 = require("node:path");

// src/files/write/replace.ts
init_import_meta_url();
var import_node_fs4 = require("node:fs");
var import_node_path6 = require("node:path");
function besides(path, kind) {
  const unique2 = `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return (0, import_node_path6.join)((0, import_node_path6.dirname)(path), `.${(0, import_node_path6.basename)(path)}.${unique2}.catalog-lint-${kind}`);
}
function replacing(target, mode = 438) {
  const temp = besides(target, "tmp");
  const fd = (0, import_node_fs4.openSync)(temp, "wx", mode);
  let open = true;
  let done = false;
  const close = () => {
    if (!open) return;
    open = false;
    (0, import_node_fs4.closeSync)(fd);
  };
  return {
    fd,
    commit() {
      close();
      (0, import_node_fs4.renameSync)(temp, target);
      done = true;
    },
    discard() {
      try {
        close();
      } finally {
        if (!done) (0, import_node_fs4.rmSync)(temp, { force: true });
        done = true;
      }
    }
  };
}
function writeAll(fd, data, position) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  for (let done = 0; done < bytes.length; ) {
    done += (0, import_node_fs4.writeSync)(fd, bytes, done, bytes.length - done, position === void 0 ? null : position + done);
  }
}
function writeWhole(file, data, modes) {
  (0, import_node_fs4.mkdirSync)((0, import_node_path6.dirname)(file), { recursive: true, ...modes ? { mode: modes.folder } : {} });
  const pending = replacing(file, modes?.file);
  try {
    writeAll(pending.fd, data);
    pending.commit();
  } finally {
    pending.discard();
  }
}

// src/files/write/inside.ts
function openInside(root, target, what) {
  const file = (0, import_node_path7.resolve)(root, target);
  const inside = isInside(file, (0, import_node_path7.resolve)(root));
  const existing = statOrUndefined(file, inside ? "lstat" : "stat");
  if (existing?.isDirectory()) {
    throw new WriteRefusedError(`${what} ${file} is a folder: give the path of the report file to write`, "EISDIR");
  }
  if (inside) {
    checkFoldersInside(root, file, what);
    if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
      throw new WriteRefusedError(
        `${what} ${file} is not a regular file: remove it or write the report elsewhere`,
        `${file} is not a regular file`
      );
    }
  } else if (existing && (existing.isCharacterDevice() || existing.isFIFO())) {
    const direct = directly(file, what);
    if (direct) return direct;
  }
  return reportFile(throughTemporaryFile(file, what), file, what);
}
function writeInside(root, target, data, what) {
  const pending = openInside(root, target, what);
  try {
    pending.write(data);
    pending.commit();
  } finally {
    pending.discard();
  }
}
function createInside(root, target, data, what) {
  const file = (0, import_node_path7.resolve)(root, target);
  if (isInside(file, (0, import_node_path7.resolve)(root))) checkFoldersInside(root, file, what, "entry");
  let fd;
  try {
    (0, import_node_fs5.mkdirSync)((0, import_node_path7.dirname)(file), { recursive: true });
    fd = (0, import_node_fs5.openSync)(file, "wx");
  } catch (error) {
    throw cannotWrite(what, file, error);
  }
  try {
    writeAll(fd, data);
    (0, import_node_fs5.closeSync)(fd);
  } catch (error) {
    (0, import_node_fs5.closeSync)(fd);
    (0, import_node_fs5.rmSync)(file, { force: true });
    throw cannotWrite(what, file, error);
  }
}
function checkFoldersInside(root, file, what, thing = "report") {
  const realRoot = (0, import_node_fs5.realpathSync)(root);
  let folder = (0, import_node_path7.resolve)(root);
  for (const part of (0, import_node_path7.relative)(folder, (0, import_node_path7.dirname)(file)).split(import_node_path7.sep).filter(Boolean)) {
    folder = (0, import_node_path7.join)(folder, part);
    const stats = statOrUndefined(folder, "lstat");
    if (stats === void 0) return;
    if (!stats.isSymbolicLink()) {
      if (!stats.isDirectory())
        throw new WriteRefusedError(`${what}: cannot write ${file} (${folder} is not a folder)`, "ENOTDIR");
      continue;
    }
    let real;
    try {
      real = (0, import_node_fs5.realpathSync)(folder);
    } catch {
      throw new WriteRefusedError(
        `${what}: ${folder} is a link to nothing; the ${thing} was not written`,
        `${folder} is a link to nothing`
      );
    }
    if (!isInside(real, realRoot)) {
      throw new WriteRefusedError(
        `${what}: ${folder} is a link to ${real}, outside the repository ${realRoot}; the ${thing} was not written through it. Write the ${thing} elsewhere or remove the link`,
        `${folder} is a link to ${real}, outside the repository`
      );
    }
  }
}
function throughTemporaryFile(file, what) {
  try {
    (0, import_node_fs5.mkdirSync)((0, import_node_path7.dirname)(file), { recursive: true });
    return replacing(file);
  } catch (error) {
    throw cannotWrite(what, file, error);
  }
}
function directly(file, what) {
  let fd;
  try {
    fd = (0, import_node_fs5.openSync)(file, "w");
    if (!((0, import_node_fs5.fstatSync)(fd).isCharacterDevice() || (0, import_node_fs5.fstatSync)(fd).isFIFO())) {
      (0, import_node_fs5.closeSync)(fd);
      return void 0;
    }
  } catch (error) {
    throw cannotWrite(what, file, error);
  }
  let open = true;
  const close = () => {
    if (open) (0, import_node_fs5.closeSync)(fd);
    open = false;
  };
  return reportFile({ fd, commit: close, discard: close }, file, what);
}
function reportFile(pending, file, what) {
  const said = (step) => (...args) => {
    try {
      step(...args);
    } catch (error) {
      throw cannotWrite(what, file, error);
    }
  };
  return {
    fd: pending.fd,
    write: said((data) => writeAll(pending.fd, data)),
    commit: said(() => pending.commit()),
    discard: said(() => pending.discard())
  };
}
function statOrUndefined(path, how) {
  try {
    return how === "lstat" ? (0, import_node_fs5.lstatSync)(path) : (0, import_node_fs5.statSync)(path);
  } catch {
    return void 0;
  }
}

// src/cache/format.ts
init_import_meta_url();

// src/diagnostics/directives.ts
init_import_meta_url();
var DIRECTIVE_KINDS = ["disable", "enable", "disable-next-line", "disable-file"];
var PREFIX = /^catalog-lint-([\w-]*)(?:\s+([\s\S]*))?$/;
function parseDirectives(comments) {
  const directives = [];
  const malformed = [];
  for (const comment of comments) {
    const match = PREFIX.exec(comment.text);
    if (!match) continue;
    const keyword = match[1] ?? "";
    const rules2 = (match[2] ?? "").split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
    if (DIRECTIVE_KINDS.includes(keyword)) {
      directives.push({ kind: keyword, rules: rules2, range: comment.range });
    } else malformed.push({ keyword, range: comment.range });
  }
  return { directives, malformed };
}
function applyDirectives(diagnostics, directives) {
  if (directives.length === 0) return diagnostics;
  const index = new DirectiveIndex(directives);
  return diagnostics.filter((d) => !index.disables(d.ruleId, d.range.start.line));
}
var DirectiveIndex = class {
  /** The directives in the file's order; the lists below hold places in it. */
  ordered;
  everyRule = [];
  byRule = /* @__PURE__ */ new Map();
  /** What applies to each rule asked about (those naming it and those naming every rule). */
  rules = /* @__PURE__ */ new Map();
  constructor(directives) {
    this.ordered = [...directives].sort((a, b) => a.range.start.offset - b.range.start.offset);
    for (const [place, directive] of this.ordered.entries()) {
      if (directive.rules.length === 0) this.everyRule.push(place);
      for (const rule of new Set(directive.rules)) {
        const list = this.byRule.get(rule) ?? [];
        list.push(place);
        this.byRule.set(rule, list);
      }
    }
  }
  disables(ruleId, line) {
    const { offFile, nextLines, switches } = this.forRule(ruleId);
    if (offFile || nextLines.has(line)) return true;
    const after = firstAtOrAfter(switches.lines, line + 1);
    return after > 0 && switches.off[after - 1];
  }
  /** Built on first use for each rule: a file's diagnostics name a handful of rules. */
  forRule(ruleId) {
    let known = this.rules.get(ruleId);
    if (!known) {
      const applying = merge(this.everyRule, this.byRule.get(ruleId) ?? []).map(
        (place) => this.ordered[place]
      );
      const switches = { lines: [], off: [] };
      const nextLines = /* @__PURE__ */ new Set();
      let offFile = false;
      for (const directive of applying) {
        if (directive.kind === "disable-file") offFile = true;
        else if (directive.kind === "disable-next-line") nextLines.add(directive.range.end.line + 1);
        else {
          switches.lines.push(directive.range.start.line);
          switches.off.push(directive.kind === "disable");
        }
      }
      known = { offFile, nextLines, switches };
      this.rules.set(ruleId, known);
    }
    return known;
  }
};
function merge(a, b) {
  const merged = [];
  let [i2, j] = [0, 0];
  while (i2 < a.length || j < b.length) {
    const [left, right] = [a[i2], b[j]];
    if (right === void 0 || left !== void 0 && left < right) {
      merged.push(left);
      i2++;
    } else {
      merged.push(right);
      j++;
    }
  }
  return merged;
}

// src/model/summary.ts
init_import_meta_url();

// src/parse/source.ts
init_import_meta_url();
function createSourceFile(path, raw) {
  const bom = raw.charCodeAt(0) === 65279;
  const text = bom ? raw.slice(1) : raw;
  const lineStarts = [0];
  if (!text.includes("\r")) {
    for (let i2 = text.indexOf("\n"); i2 !== -1; i2 = text.indexOf("\n", i2 + 1)) lineStarts.push(i2 + 1);
  } else {
    for (let i2 = 0; i2 < text.length; i2++) {
      const code = text.charCodeAt(i2);
      if (code === 10) lineStarts.push(i2 + 1);
      else if (code === 13 && text.charCodeAt(i2 + 1) !== 10) lineStarts.push(i2 + 1);
    }
  }
  return { path, text, bom, lineStarts };
}
function pointAt(source, offset) {
  const clamped = Math.max(0, Math.min(offset, source.text.length));
  const index = firstAtOrAfter(source.lineStarts, clamped + 1) - 1;
  return { line: index + 1, column: clamped - (source.lineStarts[index] ?? 0) + 1, offset: clamped };
}
function rangeOf(source, startOffset2, endOffset2) {
  return { start: pointAt(source, startOffset2), end: pointAt(source, endOffset2) };
}
function lineEndOffset(source, line) {
  const next2 = source.lineStarts[line];
  if (next2 === void 0) return source.text.length;
  let end = next2;
  if (source.text.charCodeAt(end - 1) === 10) end--;
  if (source.text.charCodeAt(end - 1) === 13) end--;
  return end;
}
function lineText(source, line) {
  const start = source.lineStarts[line - 1];
  if (start === void 0) return "";
  return source.text.slice(start, lineEndOffset(source, line));
}

// src/schema/types.ts
init_import_meta_url();

// src/util/date-formats.ts
init_import_meta_url();

// src/util/dates.ts
init_import_meta_url();
var ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function isoDay(text) {
  const match = ISO.exec(text);
  if (!match) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const time = date.getTime();
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return void 0;
  return time / 864e5;
}
function todayUtc(clock = /* @__PURE__ */ new Date()) {
  return clock.toISOString().slice(0, 10);
}
var NOW_VARIABLE = "CATALOG_LINT_NOW";
function todayFrom(env, option, clock = /* @__PURE__ */ new Date()) {
  if (option?.value !== void 0) return checkedToday(option.value, option.name, "");
  const pinned = env[NOW_VARIABLE];
  if (pinned === void 0 || pinned === "") return todayUtc(clock);
  return checkedToday(pinned, NOW_VARIABLE, `; set ${NOW_VARIABLE} to one, or unset it for today's UTC date`);
}
function checkedToday(value, from, advice) {
  if (isoDay(value) !== void 0) return value;
  throw new CatalogLintError(`Invalid ${from} \`${value}\`, expected a real date YYYY-MM-DD${advice}`);
}
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function monthNumber(name) {
  const key = name.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((m) => key === m || key.length > 3 && m === key.slice(0, 3) && isMonthName(key));
  return index >= 0 ? index + 1 : void 0;
}
function isMonthName(key) {
  return /^(january|february|march|april|may|june|july|august|september|sept|october|november|december)$/.test(key);
}
function toIsoDate(text) {
  const trimmed = text.trim();
  let year;
  let month;
  let day;
  const match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(trimmed);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!match) {
    const named = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(trimmed);
    const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(trimmed);
    if (named) [month, day, year] = [monthNumber(named[1] ?? ""), Number(named[2]), Number(named[3])];
    else if (dayFirst) [day, month, year] = [Number(dayFirst[1]), monthNumber(dayFirst[2] ?? ""), Number(dayFirst[3])];
  }
  if (year === void 0 || month === void 0 || day === void 0) return void 0;
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isoDay(iso) === void 0 ? void 0 : iso;
}

// src/util/date-formats.ts
var ISO_DATE_FORMAT = "YYYY-MM-DD";
var MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var TOKENS = [
  ["YYYY", "(\\d{4})"],
  ["MMMM", `(${MONTH_NAMES.join("|")})`],
  ["MMM", `(${MONTH_NAMES.map((m) => m.slice(0, 3)).join("|")})`],
  ["MM", "(\\d{2})"],
  ["M", "(\\d{1,2})"],
  ["DD", "(\\d{2})"],
  ["D", "(\\d{1,2})"]
];
var formats = /* @__PURE__ */ new Map();
function dateFormat(source) {
  let format = formats.get(source);
  if (format === void 0) {
    format = compileDateFormat(source);
    formats.set(source, format);
  }
  return format;
}
function compileDateFormat(source) {
  const order = [];
  let pattern = "";
  for (let i2 = 0; i2 < source.length; ) {
    const token = TOKENS.find(([name]) => source.startsWith(name, i2));
    if (token) {
      order.push(token[0]);
      pattern += token[1];
      i2 += token[0].length;
    } else {
      pattern += source.charAt(i2).replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
      i2++;
    }
  }
  const has = (...names) => order.filter((t) => names.includes(t)).length;
  if (has("YYYY") !== 1 || has("MMMM", "MMM", "MM", "M") > 1 || has("DD", "D") > 1) {
    return "expected one `YYYY`, at most one month (`MMMM`, `MMM`, `MM`, `M`) and at most one day (`DD`, `D`)";
  }
  if (has("DD", "D") === 1 && has("MMMM", "MMM", "MM", "M") === 0) return "expected a month with the day";
  const regex = new RegExp(`^${pattern}$`);
  return {
    source,
    shaped: (text) => regex.test(text),
    day(text) {
      const match = regex.exec(text);
      if (!match) return void 0;
      let [year, month, day] = [0, 1, 1];
      order.forEach((token, i2) => {
        const part = match[i2 + 1] ?? "";
        if (token === "YYYY") year = Number(part);
        else if (token === "MMMM" || token === "MMM") month = MONTH_NAMES.findIndex((m) => m.startsWith(part)) + 1;
        else if (token.startsWith("M")) month = Number(part);
        else day = Number(part);
      });
      const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      return isoDay(iso);
    }
  };
}

// src/util/derived.ts
init_import_meta_url();
function derivedFrom(derive) {
  const cache = /* @__PURE__ */ new WeakMap();
  return (key) => {
    let value = cache.get(key);
    if (value === void 0) {
      value = derive(key);
      cache.set(key, value);
    }
    return value;
  };
}
var BoundedMemo = class {
  constructor(limit = 1e4) {
    this.limit = limit;
  }
  limit;
  values = /* @__PURE__ */ new Map();
  get(key, compute) {
    if (this.values.has(key)) return this.values.get(key);
    if (this.values.size >= this.limit) this.values.clear();
    const value = compute();
    this.values.set(key, value);
    return value;
  }
};

// src/schema/pattern.ts
init_import_meta_url();
var MAX_PATTERN_LENGTH = 1e3;
var MAX_PROGRAM_SIZE = 2e3;
var PatternError = class extends Error {
  name = "PatternError";
};
var compiled = /* @__PURE__ */ new Map();
function compilePattern(source) {
  let pattern = compiled.get(source);
  if (!pattern) {
    pattern = compileUncached(source);
    compiled.set(source, pattern);
  }
  if (pattern instanceof PatternError) throw pattern;
  return pattern;
}
function patternProblem(source) {
  try {
    compilePattern(source);
    return void 0;
  } catch (error) {
    if (error instanceof PatternError) return error.message;
    throw error;
  }
}
function compileUncached(source) {
  if (source.length > MAX_PATTERN_LENGTH) {
    return new PatternError(
      `expected a regular expression of at most ${MAX_PATTERN_LENGTH} characters, found ${source.length}; shorten it`
    );
  }
  const backreference = backreferenceIn(source);
  if (backreference) return new PatternError(explain("backreference", backreference));
  let re2;
  try {
    const { RE2JS } = re2js();
    re2 = RE2JS.compile(RE2JS.translateRegExp(source));
  } catch (error) {
    const syntax = /^error parsing regexp: ([^:]+)(?:: `([\s\S]*)`)?$/.exec(error?.message ?? "");
    if (!syntax) throw error;
    return new PatternError(explain(syntax[1], syntax[2] ?? ""));
  }
  const size = re2.programSize();
  if (size > MAX_PROGRAM_SIZE) {
    return new PatternError(
      `expected a simpler regular expression: it compiles to ${size} instructions, at most ${MAX_PROGRAM_SIZE} (a counted repeat such as \`{500}\` copies what it repeats); use \`+\` or \`*\`, or a smaller count`
    );
  }
  return { source, test: (text) => re2.test(text) };
}
function explain(description, fragment) {
  const at = fragment ? ` at \`${cut(fragment)}\`` : "";
  if (/^\\(?:[1-9]|k)/.test(fragment)) {
    return `expected a regular expression without backreferences, but it has${at.replace(" at ", " ")}: patterns are matched in linear time (RE2), which has none; spell the repeated text out`;
  }
  if (/^\(\?<?[=!]/.test(fragment)) {
    return `expected a regular expression without lookahead or lookbehind, but it has${at.replace(" at ", " ")}: patterns are matched in linear time (RE2), which has none; use a character class or an alternation instead`;
  }
  return `expected a valid regular expression (JavaScript syntax without backreferences or lookaround): ${description}${at}`;
}
function backreferenceIn(source) {
  for (let i2 = 0; i2 < source.length; i2++) {
    if (source[i2] !== "\\") continue;
    if (/[1-9]/.test(source[i2 + 1] ?? "")) return source.slice(i2, i2 + 2);
    if (source[i2 + 1] === "k") return source.slice(i2, source.indexOf(">", i2) + 1 || i2 + 2);
    i2++;
  }
  return void 0;
}
function cut(text) {
  const flat = text.replace(/[\p{Cc}`]/gu, "?");
  return flat.length > 40 ? `${flat.slice(0, 39)}\u2026` : flat;
}

// src/schema/types.ts
var FIELD_KINDS = ["text", "label", "yes-no", "date", "rating", "url"];
var TITLE_SOURCES = ["heading", "frontMatter", "none"];
var KEY_TYPES = ["string", "number", "integer", "boolean", "date", "list", "map", "any"];
var KEY_FORMATS = ["url", "spdx", "date", "email"];
function buildSchemas() {
  const { z } = configParsers();
  const FieldKind = z.enum(FIELD_KINDS).meta({
    description: "text: free text; label: one of `values`; yes-no: `Yes` or `No`; date: ISO YYYY-MM-DD; rating: `[N] commentary` or `Benchmark: 90.8%`; url: absolute http(s) URL or `-`"
  });
  const FieldSpec = z.object({
    name: z.string().min(1).meta({ description: "Heading text, matched case-sensitively" }),
    kind: FieldKind.default("text"),
    values: z.array(z.string()).optional().meta({ description: "Allowed values of a label or yes-no field" }),
    multiple: z.boolean().default(true).meta({ description: "Whether the field may hold several values" }),
    required: z.boolean().default(true),
    aliases: z.array(z.string()).default([]).meta({ description: "Other spellings (criteria ids, display names) suggested as did-you-mean" }),
    description: z.string().optional().meta({
      description: "What the field means (a template's first guidance comment): `Free access (like opensource), or free (potentially limited) trial available` makes an open-source entry's Free Trial `Yes`"
    }),
    keepOnlyApplicable: z.boolean().optional().meta({
      description: "The template says to keep only the values that apply: an entry keeping every value (three or more) kept the template's list"
    })
  }).strict();
  const GroupSpec = z.object({
    name: z.string().min(1),
    required: z.boolean().default(true),
    /** Set when the template puts a value directly under the `##` heading. */
    value: FieldSpec.optional(),
    fields: z.array(FieldSpec).default([])
  }).strict();
  const { PathsSpec, CatalogSpec } = buildCatalogSchemas(z);
  const TitleSpec = z.object({
    from: z.enum(TITLE_SOURCES).default("heading").meta({
      description: "heading: the `# Name - URL` h1; frontMatter: the front-matter key `key`; none: entries have no title"
    }),
    key: z.string().min(1).optional().meta({ description: "The front-matter key holding the title (from: frontMatter)" }),
    url: z.enum(["required", "optional", "none"]).optional().meta({
      description: "With from: heading, whether the ` - URL` part is required (default), optional or absent"
    }),
    separator: z.enum(["spaced", "loose"]).optional().meta({
      description: "With from: heading, how the name and URL are joined: spaced: ` - ` (default); loose: a hyphen with or without spaces, as the ultimate-comparisons framework reads titles"
    })
  }).strict();
  const UrlSpec = z.object({
    schemes: z.array(z.string().min(1)).optional().meta({ description: "Allowed schemes, such as `https`" }),
    hosts: z.array(z.string().min(1)).optional().meta({ description: "Allowed hosts, such as `github.com`; `*.wikipedia.org` allows any host below one" })
  }).strict();
  const keyShape = {
    type: z.enum(KEY_TYPES).default("any"),
    required: z.boolean().default(false),
    nonEmpty: z.boolean().optional().meta({ description: 'Whether "", null and [] are reported (default: true when required)' }),
    enum: z.array(z.union([z.string(), z.number(), z.boolean()])).optional().meta({ description: "Allowed values (case-sensitive)" }),
    pattern: z.string().optional().meta({ description: "A regular expression strings must match (RE2 syntax)" }),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().nonnegative().optional(),
    format: z.enum(KEY_FORMATS).optional(),
    url: UrlSpec.optional().meta({ description: "With format: url, the schemes and hosts allowed" }),
    dateFormat: z.string().min(1).optional().meta({ description: "`YYYY-MM-DD` (the default of type: date) or a named format such as `MMMM D, YYYY`" }),
    minItems: z.number().int().nonnegative().optional(),
    maxItems: z.number().int().nonnegative().optional(),
    uniqueItems: z.boolean().optional(),
    equalsPath: z.enum(["folder", "file"]).optional().meta({
      description: "The value must equal the entry's folder name, or its file name without `.md` or `.mdx` (rule entry-path)"
    }),
    fileExists: z.boolean().optional().meta({
      description: "The value names a regular file that must exist beside the entry, in its folder (rule referenced-file)"
    }),
    unique: z.boolean().optional().meta({
      description: "No two entries have the same value; each list item counts (rule unique-value)"
    }),
    references: z.object({ key: z.string().min(1), resolve: z.boolean().default(true) }).strict().optional().meta({
      description: "Each value must (resolve: true) or must not (false) be another entry's `key` value (rule reference)"
    }),
    distinctFrom: z.array(z.string().min(1)).min(1).optional().meta({
      description: "Front-matter keys of the same entry whose values (or items) none of this key's values may equal: an alias that is not the topic itself (rule front-matter-value)"
    }),
    separator: z.string().min(1).optional().meta({
      description: "With type: string, the string is a list of trimmed items split at this text (`a, b, c` with `,`): `items`, `minItems`, `maxItems`, `uniqueItems`, `unique` and `references` apply to the items"
    })
  };
  const ItemSpec = z.object(keyShape).strict();
  const KeySpec = z.object({
    ...keyShape,
    items: ItemSpec.optional().meta({ description: "With type: list (or a `separator`), each item's schema" })
  }).strict();
  const FrontMatterSpec = z.object({
    required: z.boolean().default(false).meta({ description: "The file must start with a `---` front matter block" }),
    closed: z.boolean().default(false).meta({ description: "Keys not listed in `keys` are reported" }),
    jsonSchema: z.string().min(1).optional().meta({ description: "A JSON Schema file for the front matter, relative to the schema file" }),
    keys: z.record(z.string(), KeySpec).default({})
  }).strict();
  const BodySpec = z.object({
    open: z.boolean().default(false).meta({ description: "Any heading is allowed (no unknown or required sections); each needs content" }),
    minLength: z.number().int().nonnegative().optional().meta({ description: "Characters of body text, at least" }),
    maxLength: z.number().int().nonnegative().optional().meta({ description: "Characters of body text, at most" }),
    differsFrom: z.string().min(1).optional().meta({ description: "A front-matter key whose value the body text must not equal" })
  }).strict();
  const CatalogSchema = z.object({
    name: z.string().min(1).meta({ description: "Shown in messages and --print-config" }),
    /** Where the schema came from (a preset id or a file path). */
    source: z.string().optional(),
    boilerplate: z.array(z.string()).optional().meta({
      description: "Lines of the template's lead (before its first `##`) that describe the template, not an entry, such as `**Dataset ID:** aie-model`: an entry's lead should not keep them"
    }),
    templateComments: z.boolean().optional().meta({
      description: "Entries are copies of a template that guides with HTML comments (`<!-- Keep only the label values that apply -->`), so any HTML comment in an entry is taken for its leftover (rule template-leftover). Set for a template that has comments and by the preset; a schema file sets it when its catalog forbids comments in entries"
    }),
    templateCommentTexts: z.array(z.string()).optional().meta({
      description: "The texts of the template's own HTML comments (trimmed, whitespace collapsed), read from the template: an entry's comment equal to one is reported as the template's, any other as an HTML comment the catalog does not allow either (rule template-leftover)"
    }),
    groups: z.array(GroupSpec).meta({ description: "May be empty: body-only or front-matter-only entries" }),
    title: TitleSpec.optional().meta({ description: "Where an entry's title comes from (default: the heading)" }),
    frontMatter: FrontMatterSpec.optional(),
    body: BodySpec.optional(),
    bibliography: z.object({
      source: z.string().min(1).meta({ description: "Where the keys come from (a `.bib` file), for messages" }),
      keys: z.array(z.string().min(1)).meta({ description: "The citation keys a pandoc `[@key]` may name" })
    }).strict().optional().meta({
      description: "Pandoc citation keys the `citation` rule checks `[@key]` against (read from the catalog's `.bib` files)"
    }),
    paths: PathsSpec.optional(),
    catalog: CatalogSpec.optional(),
    layout: z.enum(["ultimate-comparisons"]).optional().meta({
      description: "Set for an ultimate-comparisons catalog (`data/*.md` beside `data/template.md`): its framework reads any `.md` file name and ignores the order of the `##` criteria, so `filename` (with its default pattern) and `section-order` (unless asked) do not apply"
    })
  }).strict().superRefine((schema2, ctx) => {
    const keys = schema2.frontMatter?.keys ?? {};
    const defined = Object.keys(keys);
    const open = schema2.frontMatter?.jsonSchema !== void 0;
    const named = (path, key) => {
      if (key === void 0 || Object.hasOwn(keys, key) || open) return;
      const expected2 = defined.length > 0 ? `one of ${defined.map((k) => `\`${k}\``).join(", ")}` : "a key";
      ctx.addIssue({
        code: "custom",
        path,
        message: `Unexpected \`${key}\`, expected ${expected2} of \`frontMatter.keys\``
      });
    };
    const title = schema2.title;
    if (title?.from === "frontMatter") {
      if (title.key === void 0) {
        ctx.addIssue({
          code: "custom",
          path: ["title"],
          message: "Missing `key`, expected it with `from: frontMatter`"
        });
      }
      named(["title", "key"], title.key);
    } else if (title?.key !== void 0) {
      ctx.addIssue({
        code: "custom",
        path: ["title", "key"],
        message: `Unexpected \`key\` with \`from: ${title.from}\`, expected it only with \`from: frontMatter\``
      });
    }
    if (title?.url !== void 0 && title.from !== "heading") {
      ctx.addIssue({
        code: "custom",
        path: ["title", "url"],
        message: `Unexpected \`url\` with \`from: ${title.from}\`, expected it only with \`from: heading\``
      });
    }
    named(["body", "differsFrom"], schema2.body?.differsFrom);
    for (const [name, key] of Object.entries(keys)) {
      if (key.references) named(["frontMatter", "keys", name, "references", "key"], key.references.key);
      for (const [i2, other] of (key.distinctFrom ?? []).entries()) {
        named(["frontMatter", "keys", name, "distinctFrom", i2], other);
      }
      checkKeySpec(key, ["frontMatter", "keys", name], ctx);
      if (key.items) checkKeySpec(key.items, ["frontMatter", "keys", name, "items"], ctx);
    }
  });
  return {
    FieldKind,
    FieldSpec,
    GroupSpec,
    KeySpec,
    TitleSpec,
    FrontMatterSpec,
    BodySpec,
    CatalogSchema,
    PathsSpec,
    CatalogSpec
  };
}
function buildCatalogSchemas(z) {
  const pattern = z.string().min(1).superRefine((source, context) => {
    const problem = patternProblem(source);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }).meta({ description: "Regular expression the name must match (RE2 syntax: no backreferences or lookaround)" });
  const NameSpec = z.object({
    pattern: pattern.optional(),
    maxLength: z.number().int().positive().optional().meta({ description: "Most characters the name may have" })
  }).strict();
  const PathsSpec = z.object({
    file: NameSpec.optional().meta({ description: "The entry's file name, `.md` included (rule entry-path)" }),
    folder: NameSpec.optional().meta({ description: "The name of the entry's folder (rule entry-path)" }),
    onlyFiles: z.array(z.string().min(1)).min(1).optional().meta({ description: "Globs of the only files allowed in an entry's folder (rule folder-files)" })
  }).strict().meta({ description: "Rules for the paths of entries (rules entry-path, folder-files)" });
  const CatalogSpec = z.object({
    sameSections: z.boolean().optional().meta({
      description: "Every entry of a folder has the `##` sections most of its siblings have (rule same-sections)"
    })
  }).strict().meta({ description: "Rules across the entries of a catalog" });
  return { PathsSpec, CatalogSpec };
}
function checkKeySpec(spec, path, ctx) {
  const issue = (key, message) => ctx.addIssue({ code: "custom", path: [...path, key], message });
  if (spec.pattern !== void 0) {
    const problem = patternProblem(spec.pattern);
    if (problem) issue("pattern", `Unexpected pattern \`${spec.pattern}\`, ${problem}`);
  }
  if (spec.dateFormat !== void 0) {
    const format = dateFormat(spec.dateFormat);
    if (typeof format === "string") issue("dateFormat", `Unexpected date format \`${spec.dateFormat}\`, ${format}`);
  }
  const listed2 = spec.type === "list" || spec.type === "any" || spec.separator !== void 0;
  if (spec.items !== void 0 && !listed2) {
    issue(
      "items",
      `Unexpected \`items\` with \`type: ${spec.type}\`, expected it only with \`type: list\` or a \`separator\``
    );
  }
  if (spec.separator !== void 0 && spec.type !== "string") {
    issue("separator", `Unexpected \`separator\` with \`type: ${spec.type}\`, expected it only with \`type: string\``);
  }
  if (spec.url !== void 0 && spec.format !== "url") {
    issue(
      "url",
      `Unexpected \`url\` with \`format: ${spec.format ?? "(none)"}\`, expected it only with \`format: url\``
    );
  }
}
var schemas;
function schemaFileSchema() {
  schemas ??= buildSchemas();
  return schemas.CatalogSchema;
}
function indexSchema(schema2, jsonSchema) {
  const groups = new Map(schema2.groups.map((g) => [g.name, g]));
  const fields = /* @__PURE__ */ new Map();
  for (const group of schema2.groups) {
    for (const field2 of group.fields) if (!fields.has(field2.name)) fields.set(field2.name, { field: field2, group });
  }
  const names = [.../* @__PURE__ */ new Set([...groups.keys(), ...fields.keys()])];
  return {
    schema: schema2,
    ...jsonSchema ? { jsonSchema } : {},
    group: (name) => groups.get(name),
    field: (name) => fields.get(name),
    knownNames: () => names
  };
}
function derivedFromSchema(derive) {
  const get = derivedFrom(derive);
  return (index) => get(index.schema);
}

// src/model/build-entry.ts
init_import_meta_url();

// src/parse/front-matter.ts
init_import_meta_url();

// src/parse/plain-front-matter.ts
init_import_meta_url();
var PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var MAX_KEY_LENGTH = 200;
var UNUSUAL_CHAR = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\xa0\u2028\u2029\ufeff\ufffe\uffff]/;
var INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
var resolver;
function scalarResolver(yaml) {
  if (!resolver) {
    const doc = new yaml.Document(null, { uniqueKeys: true, prettyErrors: false, strict: true });
    const tags = doc.schema.tags.filter((tag) => tag.test);
    resolver = { tags, options: doc.options };
  }
  return resolver;
}
function readPlainFrontMatter(content, yaml) {
  if (UNUSUAL_CHAR.test(content)) return void 0;
  const { tags, options } = scalarResolver(yaml);
  const keys = [];
  const seen = /* @__PURE__ */ new Set();
  let open;
  const close = () => {
    if (!open) return;
    keys.push({
      key: open.key,
      span: open.span,
      value: open.list ?? { span: [open.nullAt, open.nullAt], value: null }
    });
    open = void 0;
  };
  let offset = 0;
  while (offset < content.length) {
    const newline = content.indexOf("\n", offset);
    const end = newline < 0 ? content.length : newline;
    const line = content.slice(offset, newline > 0 && content.charAt(end - 1) === "\r" ? end - 1 : end);
    if (line.includes("\r")) return void 0;
    const lineStart = offset;
    offset = end + 1;
    if (/^ *$/.test(line)) continue;
    const item = /^( *)- +(?=\S)/.exec(line);
    if (item) {
      const indent = item[1]?.length ?? 0;
      if (!open || open.indent !== void 0 && open.indent !== indent) return void 0;
      const scalar = readScalar(line, item[0].length, lineStart, tags, options);
      if (!scalar) return void 0;
      open.indent = indent;
      open.list ??= { span: [lineStart + indent, 0], items: [] };
      open.list.items.push(scalar);
      open.list.span = [open.list.span[0], scalar.span[1]];
      continue;
    }
    close();
    const colon = line.indexOf(":");
    const key = line.slice(0, colon);
    if (colon < 1 || colon > MAX_KEY_LENGTH || !PLAIN_KEY.test(key) || seen.has(key)) return void 0;
    if (tags.some((tag) => tag.default && tag.test?.test(key))) return void 0;
    seen.add(key);
    const span = [lineStart, lineStart + key.length];
    const rest = line.slice(colon + 1);
    if (/^ *$/.test(rest)) {
      open = { key, span, nullAt: lineStart + line.length };
      continue;
    }
    if (rest.charAt(0) !== " ") return void 0;
    const value = readScalar(line, colon + 1 + (/^ */.exec(rest)?.[0].length ?? 0), lineStart, tags, options);
    if (!value) return void 0;
    keys.push({ key, span, value });
  }
  close();
  if (keys.length === 0) return void 0;
  const data = {};
  for (const { key, value } of keys) {
    const js = "items" in value ? value.items.map((item) => item.value) : value.value;
    if (key in data)
      Object.defineProperty(data, key, { value: js, writable: true, enumerable: true, configurable: true });
    else data[key] = js;
  }
  return {
    data,
    spanOf(path, part) {
      const [first, index, ...deeper] = path;
      if (first === void 0 || deeper.length > 0) return void 0;
      const pair = keys.find((p) => p.key === String(first));
      if (!pair) return void 0;
      if (path.length === 1) return part === "key" ? pair.span : pair.value.span;
      if (!("items" in pair.value) || typeof index !== "number") return void 0;
      return pair.value.items[index]?.span;
    }
  };
}
function readScalar(line, from, lineStart, tags, options) {
  const text = line.slice(from).replace(/ +$/, "");
  const span = [lineStart + from, lineStart + from + text.length];
  const quote2 = text.charAt(0);
  if (quote2 === '"' || quote2 === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || text.at(-1) !== quote2 || inner.includes(quote2) || quote2 === '"' && inner.includes("\\"))
      return void 0;
    return { span, value: inner };
  }
  if (INDICATOR.test(text) || text.includes(": ") || text.includes(" #") || text.endsWith(":")) return void 0;
  const tag = tags.find((t) => t.default === true && t.test?.test(text));
  if (!tag) return { span, value: text };
  let failed = false;
  const value = tag.resolve(
    text,
    () => {
      failed = true;
    },
    options
  );
  return failed || typeof value === "object" && value !== null ? void 0 : { span, value };
}

// src/parse/toml-front-matter.ts
init_import_meta_url();
var TOML_FENCE = "+++";
var OPENING = /^\+\+\+[ \t]*\r?\n/;
var TOML_LINE = /^[ \t]*(?:\[|[A-Za-z0-9_"'-][^\r\n=]*=)/;
var TOML_VERSION = "1.0";
function parseTomlFrontMatter(source, block) {
  const opening = OPENING.exec(source.text);
  if (!opening) return void 0;
  if (!block) return unclosed(source, opening[0]);
  const start = opening[0].length;
  const blockText = source.text.slice(start, block.end.offset);
  const closing = /(?:^|\n)\+\+\+[ \t]*(?:\r?\n)?$/.exec(blockText);
  const end = start + (closing ? closing.index + (closing[0].startsWith("\n") ? 1 : 0) : 0);
  const content = source.text.slice(start, end);
  const at = (span) => rangeOf(source, start + span[0], start + span[1]);
  let program;
  try {
    program = tomlParser().parseTOML(content, { tomlVersion: TOML_VERSION });
  } catch (error) {
    const problem = problemOf(error, content);
    return {
      syntax: "toml",
      range: block,
      problems: [{ message: problem.message, range: at(problem.span) }],
      rangeOf: () => void 0
    };
  }
  const { data, places } = readTables(program, content);
  return {
    syntax: "toml",
    range: block,
    data,
    problems: [],
    rangeOf(path, part = "value") {
      const place = places.get(placeId(path));
      return place ? at(part === "key" ? place.key : place.value) : void 0;
    }
  };
}
function unclosed(source, opening) {
  if (!TOML_LINE.test(source.text.slice(opening.length))) return void 0;
  const fence = rangeOf(source, 0, opening.replace(/\r?\n$/, "").length);
  return {
    syntax: "toml",
    range: fence,
    problems: [
      {
        message: "Unexpected end of the file inside the front matter, expected a closing `+++` line",
        range: fence
      }
    ],
    rangeOf: () => void 0
  };
}
var ROOT_ID = "";
var childId = (parent, segment) => `${parent}${JSON.stringify(String(segment))},`;
var placeId = (path) => path.reduce(childId, ROOT_ID);
function readTables(program, content) {
  const data = {};
  const places = /* @__PURE__ */ new Map();
  const tableArrays = /* @__PURE__ */ new Set();
  const place = (id, key, value, first = false) => {
    if (!first || !places.has(id)) places.set(id, { key, value });
  };
  const readKeyValue = (into, prefix, node) => {
    const keys = node.key.keys;
    let table = into;
    let id = prefix;
    keys.forEach((keyNode, i2) => {
      const name = keyName(keyNode);
      id = childId(id, name);
      if (i2 < keys.length - 1) {
        place(id, keyNode.range, node.range, true);
        table = childTable(table, name);
      } else {
        place(id, keyNode.range, node.value.range);
        put(table, name, readValue(node.value, id));
      }
    });
  };
  const readValue = (node, id) => {
    if (node.type === "TOMLArray") {
      return node.elements.map((element, i2) => {
        const itemId = childId(id, i2);
        place(itemId, element.range, element.range);
        return readValue(element, itemId);
      });
    }
    if (node.type === "TOMLInlineTable") {
      const table = {};
      for (const keyValue of node.body) readKeyValue(table, id, keyValue);
      return table;
    }
    if (node.kind.endsWith("date-time") || node.kind.startsWith("local-")) {
      return content.slice(node.range[0], node.range[1]);
    }
    return node.value;
  };
  for (const node of program.body[0].body) {
    if (node.type === "TOMLKeyValue") {
      readKeyValue(data, ROOT_ID, node);
      continue;
    }
    const path = node.resolvedKey;
    const header = node.key.keys;
    const last = path.length - 1;
    let named = 0;
    let id = ROOT_ID;
    path.forEach((segment, i2) => {
      id = childId(id, segment);
      if (typeof segment === "number") {
        if (i2 === last) place(id, node.range, node.range);
        return;
      }
      const keyNode = header[named++];
      const list = places.get(id);
      if (i2 === last) place(id, keyNode.range, node.range);
      else if (list && tableArrays.has(id) && i2 === last - 1) {
        places.set(id, { key: list.key, value: [list.value[0], node.range[1]] });
      } else place(id, keyNode.range, node.range, true);
      if (node.kind === "array" && i2 === last - 1) tableArrays.add(id);
    });
    const table = tableAt(data, path);
    for (const keyValue of node.body) readKeyValue(table, id, keyValue);
  }
  return { data, places };
}
function keyName(node) {
  return node.type === "TOMLBare" ? node.name : node.value;
}
function put(table, key, value) {
  if (key in table && !Object.hasOwn(table, key))
    Object.defineProperty(table, key, { value, writable: true, enumerable: true, configurable: true });
  else table[key] = value;
}
function childTable(table, key) {
  const found4 = Object.hasOwn(table, key) ? table[key] : void 0;
  if (typeof found4 === "object" && found4 !== null) return found4;
  const made = {};
  put(table, key, made);
  return made;
}
function tableAt(data, path) {
  let current = data;
  path.forEach((segment, i2) => {
    const next2 = path[i2 + 1];
    const container = current;
    let found4 = Object.hasOwn(container, segment) ? container[segment] : void 0;
    if (typeof found4 !== "object" || found4 === null) {
      found4 = typeof next2 === "number" ? [] : {};
      if (Array.isArray(current)) current[segment] = found4;
      else put(current, String(segment), found4);
    }
    current = found4;
  });
  return current;
}
function problemOf(error, content) {
  if (error instanceof RangeError) {
    return { message: "Unexpected TOML nested too deeply, expected fewer nested arrays and tables", span: [0, 0] };
  }
  const index = error.index;
  if (!(error instanceof SyntaxError) || typeof index !== "number") throw error;
  const message = error.message.replace(/\.$/, "");
  if (message === "Defining a key multiple times is invalid") {
    const key = /^[^=\]\r\n]*/.exec(content.slice(index))?.[0].trimEnd() || content.charAt(index);
    return {
      message: `Unexpected duplicate key ${quote(key)}, expected each key once`,
      span: [index, index + key.length]
    };
  }
  if (message === "Unterminated string constant") {
    const opening = openingQuote(content, index);
    return {
      message: `Unexpected end of a quoted value, expected its closing ${quote(opening.quote)}`,
      span: [opening.at, opening.at + opening.quote.length]
    };
  }
  const unclosed2 = UNCLOSED[message];
  if (unclosed2) {
    return {
      message: `Unexpected end of ${unclosed2.what}, expected its closing ${quote(unclosed2.closing)}`,
      span: [index, index]
    };
  }
  if (message === "Invalid character in escape sequence" && content.charAt(index - 1) === "\\") {
    const written = content.slice(index - 1, index + 1);
    return {
      message: `Unexpected escape ${quote(written)} in a string, expected one of TOML's (\`\\n\`, \`\\t\`, \`\\"\`, \`\\\\\`, \`\\uXXXX\`\u2026)`,
      span: [index - 1, index + 1]
    };
  }
  let from = index;
  while (from > 0 && !TOKEN_END.test(content.charAt(from - 1))) from--;
  let to = index;
  while (to < content.length && !TOKEN_END.test(content.charAt(to))) to++;
  let span = [from, to];
  if (span[0] === span[1] && index < content.length && !/[\r\n]/.test(content.charAt(index))) span = [index, index + 1];
  const token = span[0] === span[1] ? "" : ` ${quote(content.slice(span[0], span[1]))}`;
  if (/^Unexpected invalid (date|time)$/.test(message)) {
    return { message: `${message}${token}, expected a real ${message.slice(19)}`, span };
  }
  if (message.startsWith("Unexpected ")) return { message: `${message}${token}, expected valid TOML`, span };
  const at = token ? ` at${token}` : "";
  return { message: `Unexpected TOML${at} (${lowerFirst(message)}), expected valid TOML`, span };
}
var UNCLOSED = {
  "Unterminated array": { what: "an array", closing: "]" },
  "Unterminated inline table": { what: "an inline table", closing: "}" },
  "Unterminated table-key": { what: "a table header", closing: "]" }
};
var TOKEN_END = /[\s=,[\]{}#"']/;
var lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);
function openingQuote(content, index) {
  const lineStart = content.lastIndexOf("\n", index - 1) + 1;
  let open;
  for (let i2 = lineStart; i2 < index; i2++) {
    const char = content.charAt(i2);
    if (open) {
      if (open.quote === '"' && char === "\\") i2++;
      else if (char === open.quote) open = void 0;
    } else if (char === "#") break;
    else if (char === '"' || char === "'") {
      const triple = content.startsWith(char.repeat(3), i2);
      if (triple) {
        const close = content.indexOf(char.repeat(3), i2 + 3);
        if (close < 0 || close >= index) return { at: i2, quote: char.repeat(3) };
        i2 = close + 2;
      } else open = { at: i2, quote: char };
    }
  }
  if (open) return open;
  const multi = Math.max(content.lastIndexOf('"""', index - 1), content.lastIndexOf("'''", index - 1));
  if (multi >= 0) return { at: multi, quote: content.slice(multi, multi + 3) };
  return { at: index, quote: '"' };
}

// src/parse/front-matter.ts
var MAX_ALIAS_COUNT = 100;
var OPENING2 = /^---[ \t]*\r?\n/;
var KEY_LINE = /^[A-Za-z_"'][^\r\n:]*:(?:[ \t]|\r?\n|$)/;
function parseFrontMatter(source, block, read = "plain-first") {
  if (source.text.startsWith(TOML_FENCE)) return parseTomlFrontMatter(source, block);
  if (!block) return unclosedFrontMatter(source);
  const text = source.text;
  const opening = OPENING2.exec(text);
  const contentStart = opening ? opening[0].length : 0;
  const blockText = text.slice(0, block.end.offset);
  const closing = /(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/.exec(blockText.slice(contentStart));
  const contentEnd = closing ? contentStart + closing.index + (closing[0].startsWith("\n") ? 1 : 0) : contentStart;
  return parseBlock(source, block, contentStart, Math.max(contentStart, contentEnd), read);
}
function unclosedFrontMatter(source) {
  const opening = OPENING2.exec(source.text);
  if (!opening || !KEY_LINE.test(source.text.slice(opening[0].length))) return void 0;
  const fence = rangeOf(source, 0, opening[0].replace(/\r?\n$/, "").length);
  return {
    syntax: "yaml",
    range: fence,
    problems: [
      {
        message: "Unexpected end of the file inside the front matter, expected a closing `---` line",
        range: fence
      }
    ],
    rangeOf: () => void 0
  };
}
function parseBlock(source, block, start, end, read) {
  const { yaml } = configParsers();
  let content = source.text.slice(start, end);
  const plain2 = read === "plain-first" ? readPlainFrontMatter(content, yaml) : void 0;
  if (plain2) {
    const rangeOfPath2 = (path, part = "value") => {
      const span = plain2.spanOf(path, part);
      return span ? rangeOf(source, start + span[0], start + span[1]) : void 0;
    };
    return { syntax: "yaml", range: block, data: plain2.data, problems: [], rangeOf: rangeOfPath2 };
  }
  const options = { uniqueKeys: true, prettyErrors: false, strict: true };
  let doc = yaml.parseDocument(content, options);
  let added = [];
  const unclosedQuote = (d) => d.errors.some((error) => error.code === "MISSING_CHAR" && /quote/i.test(error.message));
  if (unclosedQuote(doc)) {
    const repaired = indentQuotedContinuations(content);
    if (repaired.added.length > 0) {
      const again = yaml.parseDocument(repaired.text, options);
      if (!unclosedQuote(again)) [doc, content, added] = [again, repaired.text, repaired.added];
    }
  }
  const written = (offset) => {
    let shift2 = 0;
    while (shift2 < added.length && (added[shift2] ?? 0) + shift2 < offset) shift2++;
    return offset - shift2;
  };
  const at = (from, to, trim = true) => {
    const a = Math.min(from, content.length);
    let b = Math.min(Math.max(from, to), content.length);
    while (trim && b > a && /\s/.test(content.charAt(b - 1))) b--;
    return rangeOf(source, start + written(a), start + written(b));
  };
  const problems = doc.errors.map((error) => {
    let [from, to] = error.pos;
    if (error.code === "DUPLICATE_KEY") {
      to = from + (/^[^:\r\n]*/.exec(content.slice(from))?.[0].trimEnd().length || 1);
    } else if (error.code === "MISSING_CHAR" && /quote/i.test(error.message)) {
      const quoteAt = Math.max(content.lastIndexOf('"', from - 1), content.lastIndexOf("'", from - 1));
      if (quoteAt >= 0) [from, to] = [quoteAt, quoteAt + 1];
    }
    return { message: problemMessage(error.code, error.message, content.slice(from, to)), range: at(from, to, false) };
  });
  const rangeOfPath = (path, part = "value") => {
    const found4 = nodeAt(doc, path, part, yaml);
    return found4?.range ? at(found4.range[0], found4.range[1]) : void 0;
  };
  const frontMatter = { syntax: "yaml", range: block, problems, rangeOf: rangeOfPath };
  if (problems.length > 0) return frontMatter;
  if (doc.contents === null) {
    frontMatter.data = {};
    return frontMatter;
  }
  if (!yaml.isMap(doc.contents)) {
    const node = doc.contents;
    const range = node.range ? at(node.range[0], node.range[1]) : at(0, content.length);
    problems.push({ message: "Unexpected front matter that is not a mapping, expected `key: value` lines", range });
    return frontMatter;
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    frontMatter.data = data;
  } catch (error) {
    const alias = firstAlias(doc, yaml);
    problems.push({
      message: /alias/i.test(error.message) ? `Unexpected aliases that expand to too much data, expected at most ${MAX_ALIAS_COUNT} expansions` : yamlMessage(error.message),
      range: alias?.range ? at(alias.range[0], alias.range[1]) : at(0, content.length)
    });
  }
  return frontMatter;
}
function indentQuotedContinuations(content) {
  const added = [];
  let text = "";
  let open;
  let offset = 0;
  for (const line of content.split(/(?<=\n)/)) {
    if (open && /^[^\s]/.test(line)) {
      added.push(offset);
      text += " ";
    }
    text += line;
    offset += line.length;
    let i2 = 0;
    if (!open) {
      const opening = /^\s*(?:-\s+)?(?:[^\s'"#][^:#\r\n]*:\s+)?(['"])/.exec(line);
      if (!opening) continue;
      open = opening[1];
      i2 = opening[0].length;
    }
    for (; i2 < line.length && open; i2++) {
      const char = line.charAt(i2);
      if (open === '"' && char === "\\") i2++;
      else if (open === "'" && char === "'" && line.charAt(i2 + 1) === "'") i2++;
      else if (char === open) open = void 0;
    }
  }
  return { text, added };
}
function problemMessage(code, message, text) {
  const shown2 = quote(text);
  switch (code) {
    case "DUPLICATE_KEY":
      return `Unexpected duplicate key ${shown2}, expected each key once`;
    case "TAB_AS_INDENT":
      return "Unexpected tab as indentation, expected spaces";
    case "MISSING_CHAR":
      return /quote/i.test(message) ? "Unexpected end of the front matter inside a quoted value, expected its closing quote" : `Unexpected end of a value, expected the missing character (${yamlMessage(message)})`;
    default:
      return `Unexpected YAML: ${yamlMessage(message)}, expected valid YAML`;
  }
}
function yamlMessage(message) {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}
function nodeAt(doc, path, part, yaml) {
  let node = doc.contents;
  for (let i2 = 0; i2 < path.length; i2++) {
    const segment = path[i2];
    const last = i2 === path.length - 1;
    if (yaml.isAlias(node)) node = node.resolve(doc);
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => {
        const key = yaml.isScalar(p.key) ? p.key.value : p.key;
        return String(key) === String(segment);
      });
      if (!pair) return void 0;
      if (last && part === "key") return yaml.isNode(pair.key) ? pair.key : void 0;
      node = pair.value;
    } else if (yaml.isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      if (last && part === "key") return yaml.isNode(node) ? node : void 0;
    } else {
      return void 0;
    }
  }
  return yaml.isNode(node) ? node : void 0;
}
function firstAlias(doc, yaml) {
  let found4;
  yaml.visit(doc, {
    Alias(_key, node) {
      found4 = node;
      return yaml.visit.BREAK;
    }
  });
  return found4;
}

// src/parse/markdown.ts
init_import_meta_url();

// src/parse/block-scanner.ts
init_import_meta_url();
function scanBlocks(text) {
  try {
    return new BlockScanner(text).scan();
  } catch (error) {
    if (error === GIVE_UP) return void 0;
    throw error;
  }
}
var GIVE_UP = /* @__PURE__ */ Symbol("give up");
var BlockScanner = class {
  constructor(text) {
    this.text = text;
    this.root = { type: "root", children: [], position: this.position(0, 1, 1, 0, 1, 1) };
  }
  text;
  root;
  items = [];
  tip = 0 /* None */;
  paragraph;
  html;
  // The line being read: offsets of its start and end (before the line ending), and its number.
  lineStart = 0;
  lineEnd = 0;
  line = 1;
  scan() {
    const { text } = this;
    if (text.includes("	") || text.includes("\0")) throw GIVE_UP;
    let start = 0;
    for (; ; ) {
      let end = start;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
      this.lineStart = start;
      this.lineEnd = end;
      this.readLine();
      if (end >= text.length) break;
      start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
      this.line++;
      if (start >= text.length) {
        if (this.tip === 2 /* Html */) {
          this.lineStart = this.lineEnd = start;
          this.extendHtml();
        }
        break;
      }
    }
    if (this.tip === 2 /* Html */ && this.items.length > 0 && this.lineEnd > this.lineStart) {
      if (text.slice(this.lineStart, this.lineEnd).trim() === "") throw GIVE_UP;
    }
    const root = this.root.position;
    root.end = { line: this.line, column: text.length - this.previousLineStart(text.length) + 1, offset: text.length };
    return this.root;
  }
  readLine() {
    const { text, lineStart, lineEnd: lineEnd2 } = this;
    this.markersOnLine = 0;
    let first = lineStart;
    while (first < lineEnd2 && text.charCodeAt(first) === 32) first++;
    const blank2 = first === lineEnd2;
    const indent = first - lineStart;
    let matched = 0;
    for (const item of this.items) {
      if (blank2 ? item.node.children.length === 0 : indent < item.contentColumn) break;
      matched++;
    }
    const allMatched = matched === this.items.length;
    if (this.tip === 2 /* Html */) {
      if (!allMatched) throw GIVE_UP;
      this.extendHtml();
      return;
    }
    if (blank2) {
      this.closeItems(matched);
      this.tip = 0 /* None */;
      return;
    }
    this.openBlocks(first, matched, allMatched && this.tip === 1 /* Paragraph */);
  }
  /** Read the line from `at` on, inside the first `matched` open items. */
  openBlocks(at, matched, interrupting) {
    const { text, lineEnd: lineEnd2 } = this;
    const base = matched > 0 ? this.items[matched - 1].contentColumn : 0;
    const indent = at - this.lineStart - base;
    const paragraphOpen = this.tip === 1 /* Paragraph */;
    if (indent >= 4) {
      if (paragraphOpen) {
        this.continueParagraph(at);
        return;
      }
      throw GIVE_UP;
    }
    const c = text.charCodeAt(at);
    const rest = lineEnd2 - at;
    if ((c === 61 || c === 45) && paragraphOpen && isRunOf(c, text, at, lineEnd2)) {
      if (this.paragraphDepth === 0 && this.items.length === 0) {
        this.setextHeading(c === 61 ? 1 : 2);
        return;
      }
      if (c === 61 || interrupting) throw GIVE_UP;
    }
    if (c === 62) throw GIVE_UP;
    if ((c === 96 || c === 126) && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c) throw GIVE_UP;
    if (c === 95 && isThematicBreak(text, at, lineEnd2)) throw GIVE_UP;
    if (c === 60) {
      if (!text.startsWith("<!--", at) || text.startsWith("<!-->", at) || text.startsWith("<!--->", at)) {
        throw GIVE_UP;
      }
      this.closeItems(matched);
      this.openHtml(matched);
      return;
    }
    if (c === 35) {
      let hashes = 1;
      while (hashes < rest && text.charCodeAt(at + hashes) === 35) hashes++;
      const after = text.charCodeAt(at + hashes);
      if (hashes <= 6 && (hashes === rest || after === 32)) {
        if (matched > 0 || indent > 0) throw GIVE_UP;
        this.closeItems(0);
        this.openHeading(hashes);
        return;
      }
    }
    if (c === 45 || c === 42 || c === 43 || c >= 48 && c <= 57) {
      if (isThematicBreak(text, at, lineEnd2)) throw GIVE_UP;
      const marker = listMarker(text, at, lineEnd2);
      if (marker && !(interrupting && (marker.empty || (marker.start ?? 1) !== 1))) {
        if (marker.spaces >= 5 && !marker.empty) throw GIVE_UP;
        this.countMarker();
        this.openItem(at, matched, marker);
        if (marker.empty) return;
        const content = at + marker.width + marker.spaces;
        this.openBlocks(content, matched + 1, interrupting);
        return;
      }
    }
    if (paragraphOpen) {
      this.continueParagraph(at);
      return;
    }
    this.closeItems(matched);
    this.openParagraph(at, matched);
  }
  // ---- lists ----
  openItem(at, matched, marker) {
    const { text } = this;
    const kind = marker.start === void 0 ? text.charAt(at) : text.charAt(at + marker.width - 1);
    const container = matched > 0 ? this.items[matched - 1].node : this.root;
    this.closeItems(matched);
    this.tip = 0 /* None */;
    const last = container.children.at(-1);
    let list;
    if (last?.type === "list" && this.kinds.get(last) === kind) {
      list = last;
    } else {
      list = {
        type: "list",
        ordered: marker.start !== void 0,
        start: marker.start ?? null,
        spread: false,
        children: [],
        position: this.span(at)
      };
      container.children.push(list);
      this.kinds.set(list, kind);
    }
    const end = marker.empty ? this.lineEnd : at + marker.width;
    const node = {
      type: "listItem",
      spread: false,
      checked: null,
      children: [],
      position: this.span(at, end)
    };
    list.children.push(node);
    const column = at - this.lineStart + marker.width + (marker.empty ? 1 : marker.spaces);
    this.items.push({ node, list, contentColumn: column });
    this.extendItems(end);
  }
  /** Kind of each list: its bullet, or `.`/`)` when ordered; an item of another kind starts a new list. */
  kinds = /* @__PURE__ */ new WeakMap();
  /** Close the open items from `depth` on (their lists stay the container's last block). */
  closeItems(depth) {
    if (this.items.length > depth) this.items.length = depth;
    if (this.tip === 1 /* Paragraph */ && this.paragraphDepth > depth) this.tip = 0 /* None */;
  }
  /** How many open items the open paragraph is in. */
  paragraphDepth = 0;
  /** Grow every open item (and its list) to end at `end`, on the current line. */
  extendItems(end) {
    for (const item of this.items) {
      this.setEnd(item.node.position, end);
      this.setEnd(item.list.position, end);
    }
  }
  /** List markers opened on the current line. */
  markersOnLine = 0;
  /**
   * More markers on one line than entries use (`- - - … x`): left to
   * remark-parse's path, which refuses the file with a `readable-file` finding
   * that counts them.
   */
  countMarker() {
    if (++this.markersOnLine > MAX_MARKERS_PER_LINE) throw GIVE_UP;
  }
  // ---- leaves ----
  openHeading(hashes) {
    const { text, lineStart, lineEnd: lineEnd2 } = this;
    let contentStart = lineStart + hashes;
    while (contentStart < lineEnd2 && text.charCodeAt(contentStart) === 32) contentStart++;
    let contentEnd = lineEnd2;
    while (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    let closing = contentEnd;
    while (closing > contentStart && text.charCodeAt(closing - 1) === 35) closing--;
    if (closing < contentEnd && (closing === contentStart || text.charCodeAt(closing - 1) === 32)) {
      contentEnd = closing;
      while (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    }
    const children = [];
    if (contentEnd > contentStart) {
      children.push({
        type: "text",
        value: text.slice(contentStart, contentEnd),
        position: this.span(contentStart, contentEnd)
      });
    }
    const heading = {
      type: "heading",
      depth: hashes,
      children,
      position: this.span(lineStart, lineEnd2)
    };
    this.root.children.push(heading);
    this.tip = 0 /* None */;
  }
  /**
   * The open top-level paragraph as the heading a `===` (depth 1) or `---`
   * (depth 2) line under it makes: its children, from its start to the end
   * of that line, as remark-parse gives it.
   */
  setextHeading(depth) {
    const { node } = this.paragraph;
    const heading = {
      type: "heading",
      depth,
      children: node.children,
      position: node.position
    };
    this.setEnd(heading.position, this.lineEnd);
    this.root.children[this.root.children.length - 1] = heading;
    this.tip = 0 /* None */;
  }
  openParagraph(at, matched) {
    const container = matched > 0 ? this.items[matched - 1].node : this.root;
    const { contentEnd, spaces } = this.trailing(at);
    const text = { type: "text", value: this.text.slice(at, contentEnd), position: this.span(at, contentEnd) };
    const node = { type: "paragraph", children: [text], position: this.span(at, this.lineEnd) };
    container.children.push(node);
    this.paragraph = { node, text, lastContentEnd: contentEnd, lastTrailingSpaces: spaces, lastLineEnd: this.lineEnd };
    this.paragraphDepth = matched;
    this.tip = 1 /* Paragraph */;
    this.extendItems(this.lineEnd);
  }
  continueParagraph(at) {
    const paragraph = this.paragraph;
    const { contentEnd, spaces } = this.trailing(at);
    if (paragraph.lastTrailingSpaces >= 2) {
      const breakNode = { type: "break", position: this.spanFrom(paragraph.lastContentEnd, this.lineStart) };
      const text = { type: "text", value: this.text.slice(at, contentEnd), position: this.span(at, contentEnd) };
      paragraph.node.children.push(breakNode, text);
      paragraph.text = text;
    } else {
      paragraph.text.value += this.text.slice(paragraph.lastLineEnd, this.lineStart) + this.text.slice(at, contentEnd);
      this.setEnd(paragraph.text.position, contentEnd);
    }
    this.setEnd(paragraph.node.position, this.lineEnd);
    paragraph.lastContentEnd = contentEnd;
    paragraph.lastTrailingSpaces = spaces;
    paragraph.lastLineEnd = this.lineEnd;
    this.extendItems(this.lineEnd);
  }
  /** Where the open HTML block's lines start (its container's content column), and where its last line ended. */
  htmlColumn = 0;
  htmlLineEnd = 0;
  openHtml(matched) {
    const container = matched > 0 ? this.items[matched - 1].node : this.root;
    this.htmlColumn = matched > 0 ? this.items[matched - 1].contentColumn : 0;
    const start = this.lineStart + this.htmlColumn;
    const html = {
      type: "html",
      value: this.text.slice(start, this.lineEnd),
      position: this.span(start, this.lineEnd)
    };
    container.children.push(html);
    this.html = html;
    this.htmlLineEnd = this.lineEnd;
    this.tip = this.closesComment(start + 4) ? 0 /* None */ : 2 /* Html */;
    this.extendItems(this.lineEnd);
  }
  extendHtml() {
    const html = this.html;
    const from = Math.min(this.lineStart + this.htmlColumn, this.lineEnd);
    html.value += this.text.slice(this.htmlLineEnd, this.lineStart) + this.text.slice(from, this.lineEnd);
    this.htmlLineEnd = this.lineEnd;
    this.setEnd(html.position, this.lineEnd);
    this.extendItems(this.lineEnd);
    if (this.closesComment(this.lineStart)) this.tip = 0 /* None */;
  }
  /** Whether `-->` occurs on the current line from `from` on: it ends an HTML comment block. */
  closesComment(from) {
    const close = this.text.indexOf("-->", from);
    return close !== -1 && close + 3 <= this.lineEnd;
  }
  /** Where a line's content ends (before trailing spaces), and how many spaces trail it. */
  trailing(at) {
    let contentEnd = this.lineEnd;
    while (contentEnd > at && this.text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    return { contentEnd, spaces: this.lineEnd - contentEnd };
  }
  // ---- positions ----
  /** A position on the current line, from `start` to `end` (default: `start`). */
  span(start, end = start) {
    const column = (offset) => offset - this.lineStart + 1;
    return this.position(start, this.line, column(start), end, this.line, column(end));
  }
  /** A position from `start`, on the previous line, to `end` on the current one. */
  spanFrom(start, end) {
    const previous = this.previousLineStart(start);
    return this.position(start, this.line - 1, start - previous + 1, end, this.line, end - this.lineStart + 1);
  }
  previousLineStart(offset) {
    let i2 = offset;
    while (i2 > 0 && this.text.charCodeAt(i2 - 1) !== 10 && this.text.charCodeAt(i2 - 1) !== 13) i2--;
    return i2;
  }
  setEnd(position, end) {
    position.end = { line: this.line, column: end - this.lineStart + 1, offset: end };
  }
  position(startOffset2, startLine, startColumn, endOffset2, endLine, endColumn) {
    return {
      start: { line: startLine, column: startColumn, offset: startOffset2 },
      end: { line: endLine, column: endColumn, offset: endOffset2 }
    };
  }
};
function listMarker(text, at, end) {
  const c = text.charCodeAt(at);
  let width;
  let start;
  if (c === 45 || c === 42 || c === 43) width = 1;
  else {
    let digits = 0;
    while (digits < 10 && at + digits < end && isDigit(text.charCodeAt(at + digits))) digits++;
    const delimiter = text.charCodeAt(at + digits);
    if (digits === 0 || digits > 9 || delimiter !== 46 && delimiter !== 41) return void 0;
    width = digits + 1;
    start = Number(text.slice(at, at + digits));
  }
  let spaces = 0;
  while (at + width + spaces < end && text.charCodeAt(at + width + spaces) === 32) spaces++;
  const empty2 = at + width + spaces === end;
  if (!empty2 && spaces === 0) return void 0;
  return start === void 0 ? { width, spaces, empty: empty2 } : { width, spaces, empty: empty2, start };
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isThematicBreak(text, at, end) {
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 42 && c !== 95) return false;
  let count2 = 0;
  for (let i2 = at; i2 < end; i2++) {
    const d = text.charCodeAt(i2);
    if (d === c) count2++;
    else if (d !== 32) return false;
  }
  return count2 >= 3;
}
function isRunOf(char, text, at, end) {
  let i2 = at;
  while (i2 < end && text.charCodeAt(i2) === char) i2++;
  while (i2 < end && text.charCodeAt(i2) === 32) i2++;
  return i2 === end;
}

// src/parse/mdx-esm.ts
init_import_meta_url();
var ESM_START = /^(?:import|export)[ \t]/;
var FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
var COMMENT_OPEN = /^ {0,3}<!--/;
function isMdxPath(path) {
  return /\.mdx$/i.test(path);
}
function blankEsmBlocks(text, from = 0) {
  const ranges = [];
  let fence;
  let inComment = false;
  let inEsm = false;
  let previousBlank = true;
  for (let start = from; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(start, end);
    const blank2 = line.trim() === "";
    if (fence !== void 0) {
      if (closesFence(line, fence)) fence = void 0;
    } else if (inComment) {
      if (line.includes("-->")) inComment = false;
    } else if (inEsm && !blank2) {
      ranges.at(-1)[1] = end;
    } else if (previousBlank && ESM_START.test(line)) {
      inEsm = true;
      ranges.push([start, end]);
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open) fence = open[1];
      else if (COMMENT_OPEN.test(line) && !line.includes("-->")) inComment = true;
    }
    if (blank2) inEsm = false;
    previousBlank = blank2;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  if (ranges.length === 0) return text;
  let out = "";
  let last = 0;
  for (const [start, end] of ranges) {
    out += text.slice(last, start) + text.slice(start, end).replace(/[^\r\n]/g, " ");
    last = end;
  }
  return out + text.slice(last);
}
function closesFence(line, open) {
  const trimmed = line.trim();
  const char = open[0];
  return trimmed.length >= open.length && [...trimmed].every((c) => c === char);
}

// src/parse/remark.ts
init_import_meta_url();
var UNUSED_INLINE = [
  "attention",
  "autolink",
  "characterEscape",
  "characterReference",
  "codeText",
  "hardBreakEscape",
  "htmlText",
  "labelEnd",
  "labelStartImage",
  "labelStartLink"
];
var processor;
function parseWithRemark(text) {
  if (!processor) {
    const { unified, remarkParse } = remarkPackages();
    processor = unified().use(remarkParse).data("micromarkExtensions", [{ disable: { null: UNUSED_INLINE } }]);
  }
  return processor.parse(text);
}

// src/parse/markdown.ts
var PARSE_BUDGET = 2e4 ** 2;
var MIN_BATCH = 128;
var FRONT_MATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
var TOML_FRONT_MATTER = /^\+\+\+[ \t]*\r?\n(?:[\s\S]*?\r?\n)?\+\+\+[ \t]*(?:\r?\n|$)/;
var PLUS = 43;
function parseMarkdown(source, options = {}) {
  const parse = (text) => (options.scan !== false ? scanBlocks(text) : void 0) ?? parseSegmented(text, options.batch ?? MIN_BATCH);
  const match = (source.text.charCodeAt(0) === PLUS ? TOML_FRONT_MATTER : FRONT_MATTER).exec(source.text);
  const body = (text, from) => isMdxPath(source.path) ? blankEsmBlocks(text, from) : text;
  if (!match) return { tree: parse(body(source.text, 0)) };
  const block = match[0];
  const blanked = block.replace(/[^\r\n]/g, " ") + source.text.slice(block.length);
  return { tree: parse(body(blanked, block.length)), frontMatter: rangeOf(source, 0, block.length) };
}
var ATX_OPENING = /#{1,6}(?:[ \t\r\n]|$)/y;
var LETTER = /[A-Za-z]/;
function segmentStarts(text) {
  const starts = [];
  let line = 1;
  let previousBlank = false;
  let lineStart = 0;
  for (; ; ) {
    let end = lineStart;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (lineStart > 0) {
      const first = text[lineStart] ?? "";
      ATX_OPENING.lastIndex = lineStart;
      if (first === "#" && ATX_OPENING.test(text) || previousBlank && LETTER.test(first)) {
        starts.push({ offset: lineStart, line });
      }
    }
    previousBlank = isBlank(text, lineStart, end);
    if (end >= text.length) break;
    lineStart = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
    if (lineStart >= text.length) break;
  }
  return starts;
}
function isBlank(text, start, end) {
  for (let i2 = start; i2 < end; i2++) {
    const c = text.charCodeAt(i2);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function parseWork(text) {
  const totals = [0];
  let total = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const end = lineEnd(text, lineStart);
    let p = lineStart;
    let markers = 0;
    for (; ; ) {
      while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
      const c = text.charCodeAt(p);
      let after = -1;
      if (c === 62)
        after = p + 1;
      else if (c === 45 || c === 42 || c === 43)
        after = p + 1;
      else if (c >= 48 && c <= 57) {
        let q = p;
        while (q < p + 9 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
        if (text.charCodeAt(q) === 46 || text.charCodeAt(q) === 41) after = q + 1;
      }
      if (after < 0 || after > end) break;
      const next2 = text.charCodeAt(after);
      if (c !== 62 && after < end && next2 !== 32 && next2 !== 9) break;
      markers++;
      p = after;
    }
    if (markers > MAX_MARKERS_PER_LINE && !/^[ \t]*([-*_])(?:[ \t]*\1)*[ \t]*$/.test(text.slice(lineStart, end))) {
      throw new MarkdownLimitError("nesting", lineStart, end, markers);
    }
    let splits = 0;
    for (let i2 = p; i2 < end; i2++) {
      const c = text.charCodeAt(i2);
      if (c === 33 || c === 38 || c === 42 || c === 60 || c === 91 || c === 92 || c === 93 || c === 95 || c === 96)
        splits++;
    }
    total += 1 + (p - lineStart) + splits;
    totals.push(total);
    if (end >= text.length) break;
    lineStart = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return Float64Array.from(totals);
}
function parseSegmented(text, batch) {
  const work = parseWork(text);
  const starts = segmentStarts(text);
  const children = [];
  let spent = 0;
  let largest = { from: 0, to: 0, work: 0 };
  const parse = (from, to) => {
    const end = to ? lineEnd(text, to.offset) : text.length;
    const cost = (work[to ? to.line : work.length - 1] ?? 0) - (work[from.line - 1] ?? 0);
    spent += cost ** 2;
    if (cost > largest.work) largest = { from: from.offset, to: to ? to.offset : text.length, work: cost };
    if (spent > PARSE_BUDGET) {
      throw new MarkdownLimitError("sections", largest.from, largest.to, largest.to - largest.from);
    }
    return parseWithRemark(text.slice(from.offset, end));
  };
  let start = { offset: 0, line: 1 };
  let next2 = 0;
  for (; ; ) {
    while (next2 < starts.length && starts[next2].offset <= start.offset) next2++;
    let endIndex = next2;
    const before = work[start.line - 1] ?? 0;
    const workBefore = (index) => index < starts.length ? work[starts[index].line - 1] ?? 0 : work.at(-1) ?? 0;
    while (endIndex < starts.length && workBefore(endIndex) - before < batch && workBefore(endIndex + 1) - before <= 4 * batch) {
      endIndex++;
    }
    for (; ; ) {
      const end = endIndex < starts.length ? starts[endIndex] : void 0;
      if (!end) {
        const segment2 = parse(start, void 0);
        for (const child of segment2.children) children.push(shift(child, start));
        return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
      }
      const segment = parse(start, end);
      const last = segment.children.at(-1);
      const lastStart = last?.position?.start.offset ?? 0;
      if (last && lastStart === end.offset - start.offset) {
        for (const child of segment.children.slice(0, -1)) children.push(shift(child, start));
        start = end;
        break;
      }
      const lastLine = lastStart - ((last?.position?.start.column ?? 1) - 1);
      if (last && lastLine > 0) {
        for (const child of segment.children.slice(0, -1)) children.push(shift(child, start));
        start = { offset: start.offset + lastLine, line: start.line + (last.position?.start.line ?? 1) - 1 };
        break;
      }
      const wanted = start.offset + 2 * (end.offset - start.offset);
      while (endIndex < starts.length && starts[endIndex].offset < wanted) endIndex++;
    }
  }
}
function lineEnd(text, from) {
  let end = from;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}
function shift(node, at) {
  if (at.offset === 0) return node;
  const stack = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    const position = current.position;
    if (position) {
      position.start.offset = (position.start.offset ?? 0) + at.offset;
      position.start.line += at.line - 1;
      position.end.offset = (position.end.offset ?? 0) + at.offset;
      position.end.line += at.line - 1;
    }
    if ("children" in current) for (const child of current.children) stack.push(child);
  }
  return node;
}
function endPoint(text) {
  let line = 1;
  let lineStart = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text.charCodeAt(i2);
    if (c === 10 || c === 13 && text.charCodeAt(i2 + 1) !== 10) {
      line++;
      lineStart = i2 + 1;
    }
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}

// src/model/build-entry.ts
var COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
var CLOSED_COMMENT = /<!--([\s\S]*?)-->/g;
var TITLE_PARTS = /^(.*\S)\s+-\s+(\S+)\s*$/;
var PSEUDO_TITLE = /^#(?!#)\S.*$/;
var LOOSE_TITLE_PARTS = /^(.*?\S)\s*-\s*((?:(?:https?|ftp):\/\/|www\.)\S+)\s*$/i;
var NAMELESS_TITLE = /^()-\s+(\S+)\s*$/;
function buildEntry(source) {
  return entryFromMarkdown(source, parseMarkdown(source));
}
function entryFromMarkdown(source, { tree, frontMatter }) {
  return new EntryBuilder(source, tree, frontMatter).build();
}
function emptyEntry(source) {
  return {
    source,
    h1s: [],
    lead: [],
    beforeTitle: [],
    orphanFields: [],
    groups: [],
    headings: [],
    comments: [],
    setextUnderlines: []
  };
}
var EntryBuilder = class {
  constructor(source, tree, frontMatter) {
    this.source = source;
    this.tree = tree;
    this.frontMatter = frontMatter;
  }
  source;
  tree;
  frontMatter;
  headings = [];
  comments = [];
  setextUnderlines = [];
  build() {
    this.collectAllComments();
    const children = this.tree.children;
    const h1s = [];
    const lead = [];
    const beforeTitle = [];
    const orphanFields = [];
    const groups = [];
    let group;
    let section;
    let content = [];
    let seenH1 = false;
    const flush = () => {
      const target = section ?? group;
      if (target) this.fillSection(target, content);
      else pushAll(seenH1 ? lead : beforeTitle, this.blocks(content));
      content = [];
    };
    for (const node of children) {
      if (node.type !== "heading") {
        content.push(node);
        continue;
      }
      if (this.isSetext(node)) {
        content.push(this.setextAsParagraph(node));
        continue;
      }
      const heading = this.heading(node);
      this.headings.push(heading);
      if (heading.depth >= 4 && (section ?? group)) {
        (section ?? group)?.subheadings.push(heading);
        content.push(node);
        continue;
      }
      flush();
      if (heading.depth === 1) {
        h1s.push(heading);
        seenH1 = true;
        group = void 0;
        section = void 0;
      } else if (heading.depth === 2) {
        group = { ...this.section(heading), fields: [] };
        groups.push(group);
        section = void 0;
      } else {
        section = this.section(heading);
        if (group) group.fields.push(section);
        else orphanFields.push(section);
      }
    }
    flush();
    this.closeRanges(groups, orphanFields);
    const entry = {
      source: this.source,
      h1s,
      lead,
      beforeTitle,
      orphanFields,
      groups,
      headings: this.headings,
      comments: this.comments,
      setextUnderlines: this.setextUnderlines
    };
    const first = h1s[0];
    if (first) entry.title = this.title(first);
    else {
      const pseudo = this.pseudoTitle(children);
      if (pseudo) entry.pseudoTitle = pseudo;
    }
    const frontMatter = parseFrontMatter(this.source, this.frontMatter);
    if (frontMatter) entry.frontMatter = frontMatter;
    return entry;
  }
  /** Not an ATX heading: no `#` after up to three spaces (read in place: no slice per heading). */
  isSetext(node) {
    const { text } = this.source;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    let i2 = start;
    while (i2 < end && i2 - start < 3 && text.charCodeAt(i2) === 32) i2++;
    return !(i2 < end && text.charCodeAt(i2) === 35);
  }
  /** The text lines of a setext heading as a paragraph; the underline is remembered. */
  setextAsParagraph(node) {
    const start = node.position?.start.offset ?? 0;
    const raw = this.slice(node);
    const underline = Math.max(raw.lastIndexOf("\n"), raw.lastIndexOf("\r")) + 1;
    const textEnd = start + raw.slice(0, underline).trimEnd().length;
    const lineStart = start + underline;
    const marks = raw.slice(underline);
    const markStart = lineStart + (marks.length - marks.trimStart().length);
    this.setextUnderlines.push(rangeOf(this.source, markStart, start + raw.trimEnd().length));
    const from = rangeOf(this.source, start, textEnd);
    return {
      type: "paragraph",
      children: [],
      position: {
        start: { line: from.start.line, column: from.start.column, offset: from.start.offset },
        end: { line: from.end.line, column: from.end.column, offset: from.end.offset }
      }
    };
  }
  heading(node) {
    const range = this.range(node);
    const raw = this.slice(node);
    const open = /^ {0,3}#+[ \t]*/.exec(raw)?.[0].length ?? 0;
    const body = withoutClosingSequence(` ${raw.slice(open)}`).slice(1);
    const lead = body.length - body.trimStart().length;
    const text = body.trim();
    const start = range.start.offset + open + lead;
    return { depth: node.depth, text, range, textRange: rangeOf(this.source, start, start + text.length) };
  }
  section(heading) {
    return {
      heading,
      name: heading.text,
      depth: heading.depth,
      values: [],
      range: heading.range,
      comments: [],
      subheadings: []
    };
  }
  title(heading) {
    const spaced = TITLE_PARTS.exec(heading.text) ?? NAMELESS_TITLE.exec(heading.text);
    const match = spaced ?? LOOSE_TITLE_PARTS.exec(heading.text);
    const start = heading.textRange.start.offset;
    if (!match) {
      return { heading, name: heading.text, nameRange: heading.textRange };
    }
    const name = match[1] ?? "";
    const url = match[2] ?? "";
    const urlStart = start + heading.text.lastIndexOf(url);
    return {
      heading,
      name,
      nameRange: rangeOf(this.source, start, start + name.length),
      url,
      urlRange: rangeOf(this.source, urlStart, urlStart + url.length),
      ...spaced ? {} : { looseSeparator: true }
    };
  }
  pseudoTitle(children) {
    const first = children.find((n) => !this.isOnlyComments(n));
    if (first?.type !== "paragraph") return void 0;
    const firstLine = this.slice(first).split(/\r?\n/)[0] ?? "";
    if (!PSEUDO_TITLE.test(firstLine)) return void 0;
    const start = first.position?.start.offset ?? 0;
    return { text: firstLine, range: rangeOf(this.source, start, start + firstLine.length) };
  }
  /** Turn a section's content nodes into values (and notes). */
  fillSection(target, nodes) {
    let lastLine;
    for (const node of nodes) {
      if (node.type === "heading") continue;
      if (node.type === "html" && this.isOnlyComments(node)) continue;
      if (node.type === "list") {
        for (const item of node.children) {
          const indented = (item.position?.start.column ?? 1) > 1;
          if (indented && lastLine) {
            pushAll(lastLine.notes, this.notesOf(item, true));
            lastLine.fullRange = { start: lastLine.fullRange.start, end: this.range(item).end };
            continue;
          }
          target.values.push(this.itemValue(item));
          lastLine = void 0;
        }
        continue;
      }
      if (node.type === "paragraph") {
        const lines = this.lineValues(node);
        pushAll(target.values, lines);
        lastLine = lines.at(-1);
        continue;
      }
      const block = this.block(node);
      target.values.push({
        kind: "block",
        blockType: block.type,
        text: block.text,
        range: block.range,
        fullRange: block.range,
        notes: []
      });
      lastLine = void 0;
    }
    pushAll(target.comments, this.commentsIn(nodes));
  }
  /**
   * The comments that lie inside one of `nodes`. Comments are collected in file
   * order and a section's nodes follow each other without overlapping, so one
   * walk over both does it (linear: a file of many comments and sections stays fast).
   */
  commentsIn(nodes) {
    const found4 = [];
    const { comments } = this;
    const first = nodes[0];
    if (comments.length === 0 || !first) return found4;
    const lastEnd = endOffset(nodes[nodes.length - 1]);
    let n = 0;
    for (let c = firstCommentFrom(comments, startOffset(first)); c < comments.length; c++) {
      const { start, end } = comments[c].range;
      if (start.offset >= lastEnd) break;
      while (n + 1 < nodes.length && startOffset(nodes[n + 1]) <= start.offset) n++;
      const node = nodes[n];
      if (startOffset(node) <= start.offset && end.offset <= endOffset(node)) found4.push(comments[c]);
    }
    return found4;
  }
  itemValue(item) {
    const fullRange = this.range(item);
    const [first] = item.children;
    const notes = [];
    for (const child of item.children.slice(first?.type === "paragraph" ? 1 : 0)) {
      if (child.type === "list") for (const sub of child.children) pushAll(notes, this.notesOf(sub, true));
    }
    if (first?.type === "paragraph" || first?.type === "html" && stripComments(this.slice(first)).trim() !== "") {
      const { text, range } = this.textOf(first);
      return { kind: "item", text, range, fullRange, notes };
    }
    if (first?.type === "list" && first.children.length === 1 && first.children[0]?.children.length === 0) {
      const inner = this.range(first.children[0]);
      return { kind: "item", text: "-", range: inner, fullRange, notes: [] };
    }
    const marker = rangeOf(this.source, fullRange.start.offset, fullRange.start.offset + 1);
    return { kind: "item", text: "", range: marker, fullRange, notes };
  }
  notesOf(item, recurse) {
    const notes = [];
    const first = item.children[0];
    if (first?.type === "paragraph") notes.push(this.textOf(first));
    else notes.push({ text: "", range: this.range(item) });
    if (recurse) {
      for (const child of item.children) {
        if (child.type === "list") for (const sub of child.children) pushAll(notes, this.notesOf(sub, true));
      }
    }
    return notes;
  }
  /**
   * A node's source text with inline comments removed and lines joined by
   * spaces; the range spans the text itself, not comments around it, so a fix
   * of the value never touches a comment.
   */
  textOf(node) {
    const start = node.position?.start.offset ?? 0;
    const blanked = blankComments(this.slice(node));
    const oneLine2 = !blanked.includes("\n") && !blanked.includes("\r");
    const text = oneLine2 ? blanked.trim() : blanked.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean).join(" ");
    const first = blanked.search(/\S/);
    const last = blanked.trimEnd().length;
    return { text, range: rangeOf(this.source, start + Math.max(first, 0), start + Math.max(last, 0)) };
  }
  /** A bare paragraph, one value per non-empty line. */
  lineValues(node) {
    const start = node.position?.start.offset ?? 0;
    const raw = this.slice(node);
    const values = [];
    let offset = 0;
    while (offset < raw.length) {
      let bodyEnd = offset;
      while (bodyEnd < raw.length && raw.charCodeAt(bodyEnd) !== 10 && raw.charCodeAt(bodyEnd) !== 13) bodyEnd++;
      let next2 = bodyEnd;
      if (raw.charCodeAt(next2) === 13) next2++;
      if (raw.charCodeAt(next2) === 10) next2++;
      const body = blankComments(raw.slice(offset, bodyEnd));
      const text = body.trim();
      if (text) {
        const lead = body.length - body.trimStart().length;
        const range = rangeOf(this.source, start + offset + lead, start + offset + body.trimEnd().length);
        values.push({ kind: "line", text, range, fullRange: range, notes: [] });
      }
      offset = next2;
    }
    return values;
  }
  blocks(nodes) {
    return nodes.filter((n) => !this.isOnlyComments(n)).map((n) => this.block(n));
  }
  block(node) {
    return { type: node.type, text: stripComments(this.slice(node)).trim(), range: this.range(node) };
  }
  isOnlyComments(node) {
    return node.type === "html" && stripComments(this.slice(node)).trim() === "";
  }
  /**
   * Each section ends where the next heading of the same or a higher level
   * starts. One pass over headings and sections in file order: the open
   * sections form a stack of increasing depth, and a heading closes those at
   * its depth or deeper (linear, so 100,000 headings stay fast).
   */
  closeRanges(groups, orphans) {
    const ordered = inFileOrder(orphans, groups);
    const boundaries = this.headings.filter((h) => h.depth <= 3);
    const open = [];
    const close = (at, depth) => {
      while (open.length > 0 && open.at(-1).depth >= depth) {
        const section = open.pop();
        section.range = rangeOf(this.source, section.heading.range.start.offset, at);
      }
    };
    let b = 0;
    for (const section of ordered) {
      const start = section.heading.range.start.offset;
      for (; b < boundaries.length && boundaries[b].range.start.offset <= start; b++) {
        const heading = boundaries[b];
        close(heading.range.start.offset, heading.depth);
      }
      open.push(section);
    }
    for (; b < boundaries.length; b++) {
      const heading = boundaries[b];
      close(heading.range.start.offset, heading.depth);
    }
    close(this.source.text.length, 0);
  }
  /** Every comment of the tree, in file order. */
  collectAllComments() {
    const opens = offsetsOf(this.source.text, "<!--");
    if (opens.length > 0) this.collectComments(this.tree, opens);
  }
  collectComments(node, opens) {
    if (node.type === "html" || node.type === "text") {
      const start = node.position?.start.offset ?? 0;
      if (!opensWithin(opens, start, node.position?.end.offset ?? 0)) return;
      for (const match of this.slice(node).matchAll(node.type === "html" ? COMMENT : CLOSED_COMMENT)) {
        const at = start + (match.index ?? 0);
        this.comments.push({ text: (match[1] ?? "").trim(), range: rangeOf(this.source, at, at + match[0].length) });
      }
      return;
    }
    if ("children" in node) for (const child of node.children) this.collectComments(child, opens);
  }
  range(node) {
    return rangeOf(this.source, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  }
  slice(node) {
    return this.source.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  }
};
var startOffset = (node) => node.position?.start.offset ?? 0;
var endOffset = (node) => node.position?.end.offset ?? 0;
function firstCommentFrom(comments, offset) {
  return firstIndexWhere(comments.length, (index) => comments[index].range.start.offset >= offset);
}
function opensWithin(opens, start, end) {
  const first = firstAtOrAfter(opens, start);
  return first < opens.length && opens[first] + 4 <= end;
}
function withoutClosingSequence(text) {
  const space = (i2) => text.charCodeAt(i2) === 32 || text.charCodeAt(i2) === 9;
  let end = text.length;
  while (end > 0 && space(end - 1)) end--;
  let hashes = end;
  while (hashes > 0 && text.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes === end || hashes === 0 || !space(hashes - 1)) return text;
  let cut2 = hashes;
  while (cut2 > 0 && space(cut2 - 1)) cut2--;
  return text.slice(0, cut2);
}
function blankComments(text) {
  return text.includes("<!--") ? text.replace(COMMENT, (c) => c.replace(/[^\r\n]/g, " ")) : text;
}
function stripComments(text) {
  return text.includes("<!--") ? text.replace(COMMENT, "") : text;
}
function allSections(entry) {
  return inFileOrder(entry.orphanFields, entry.groups);
}
function inFileOrder(orphans, groups) {
  const sections = [...orphans];
  for (const group of groups) sections.push(group, ...group.fields);
  const start = (i2) => sections[i2].heading.range.start.offset;
  for (let i2 = 1; i2 < sections.length; i2++) {
    if (start(i2 - 1) > start(i2))
      return sections.sort((a, b) => a.heading.range.start.offset - b.heading.range.start.offset);
  }
  return sections;
}
function pushAll(target, items) {
  for (const item of items) target.push(item);
}

// src/model/entry-name.ts
init_import_meta_url();
function entryName(entry, schema2) {
  const spec = schema2.title;
  switch (spec?.from ?? "heading") {
    case "none":
      return void 0;
    case "frontMatter": {
      const key = spec?.key;
      const value = key === void 0 ? void 0 : entry.frontMatter?.data?.[key];
      if (key === void 0 || typeof value !== "string" && typeof value !== "number") return void 0;
      const range = entry.frontMatter?.rangeOf([key]);
      return range ? { name: String(value), range } : void 0;
    }
    default: {
      const { title } = entry;
      if (!title) return void 0;
      if (spec?.url === "none") return { name: title.heading.text, range: title.heading.textRange };
      return { name: title.name, range: title.nameRange };
    }
  }
}

// src/model/fields.ts
init_import_meta_url();
var fieldsByName = derivedFrom((group) => {
  const byName = /* @__PURE__ */ new Map();
  for (const field2 of group.fields) if (!byName.has(field2.name)) byName.set(field2.name, field2);
  return byName;
});
function fieldMatches(entry, schema2) {
  const matches2 = [];
  for (const section of entry.orphanFields) {
    const known = schema2.field(section.name);
    if (known) matches2.push({ section, spec: known.field });
  }
  for (const group of entry.groups) {
    const groupSpec = schema2.group(group.name);
    const groupFields = groupSpec ? fieldsByName(groupSpec) : void 0;
    const direct = groupSpec?.value ?? groupFields?.get(group.name);
    if (direct && group.values.length > 0) matches2.push({ section: group, spec: direct, group });
    for (const section of group.fields) {
      const spec = groupFields?.get(section.name) ?? schema2.field(section.name)?.field;
      if (spec) matches2.push({ section, spec, group });
    }
  }
  return matches2;
}
function fieldMatchesOnce(entry, schema2) {
  let matches2;
  return () => {
    matches2 ??= fieldMatches(entry, schema2);
    return matches2;
  };
}
function checkedValues(match) {
  if (match.checked === void 0) {
    const values = match.section.values.filter((v) => !isUnknownMarker(v.text));
    match.checked = match.spec.multiple ? values : values.slice(0, 1);
  }
  return match.checked;
}
function dateValues(matches2) {
  const found4 = [];
  for (const match of matches2) {
    if (match.spec.kind !== "date") continue;
    for (const value of checkedValues(match)) found4.push({ section: match.section, value, day: isoDay(value.text) });
  }
  return found4;
}

// src/model/separated-items.ts
init_import_meta_url();
function separatedItems(source, value, range, separator) {
  const written = source.text.slice(range.start.offset, range.end.offset);
  let base;
  if (written === value) base = range.start.offset;
  else if (written.length === value.length + 2 && isQuoted(written) && written.slice(1, -1) === value)
    base = range.start.offset + 1;
  const items = [];
  let at = 0;
  for (const part of value.split(separator)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const start = at + lead;
    at += part.length + separator.length;
    if (base === void 0) {
      items.push({ text, range });
      continue;
    }
    items.push({ text, range: rangeOf(source, base + start, base + start + text.length) });
  }
  return items;
}
function isQuoted(written) {
  const first = written[0];
  return (first === '"' || first === "'") && written.at(-1) === first;
}
function keyValues(source, frontMatter, key, spec) {
  const value = frontMatter.data?.[key];
  const whole = frontMatter.rangeOf([key]);
  if (value === void 0 || value === null || !whole) return [];
  if (Array.isArray(value)) {
    return value.flatMap((item, i2) => {
      if (item === null || typeof item === "object" || String(item).trim() === "") return [];
      return [{ text: String(item).trim(), range: frontMatter.rangeOf([key, i2]) ?? whole }];
    });
  }
  if (typeof value === "object") return [];
  if (typeof value === "string" && spec.separator !== void 0)
    return separatedItems(source, value, whole, spec.separator).filter((item) => item.text !== "");
  const text = String(value).trim();
  return text === "" ? [] : [{ text, range: whole }];
}

// src/model/summary.ts
function folderOf(filePath) {
  return filePath.includes("/") ? filePath.slice(0, filePath.lastIndexOf("/")) : ".";
}
function summaryPrefix(text) {
  const repo = /^ {0,3}#{2,3}[ \t]+(?:Repo|Repository)[ \t]*#*[ \t]*$/im.exec(text);
  if (!repo) return text;
  const after = repo.index + repo[0].length;
  const next2 = /^ {0,3}#{1,6}[ \t]/m.exec(text.slice(after));
  return next2 ? text.slice(0, after + next2.index) : text;
}
function summaryOf(text, filePath, schema2, linted) {
  if (text.includes("\0")) return emptySummary(filePath, linted);
  return summaryOfPrefix(summaryText(text, schema2), filePath, schema2, linted);
}
function summaryText(text, schema2) {
  return schema2.schema.catalog?.sameSections ? text : summaryPrefix(text);
}
function summaryOfLinted(text, entry, filePath, schema2) {
  if (entry && entry.source.text === text && summaryText(text, schema2) === text && !text.includes("\0")) {
    return summarize(entry, schema2, filePath, true);
  }
  return summaryOf(text, filePath, schema2, true);
}
function summaryOfPrefix(prefix, filePath, schema2, linted) {
  try {
    return summarize(buildEntry(createSourceFile(filePath, prefix)), schema2, filePath, linted);
  } catch (error) {
    if (error instanceof MarkdownLimitError) return emptySummary(filePath, linted);
    throw error;
  }
}
function emptySummary(filePath, linted) {
  return { filePath, folder: folderOf(filePath), repos: [], linted };
}
function summarize(entry, schema2, filePath, linted) {
  const repos = fieldMatches(entry, schema2).filter((m) => m.spec.kind === "url" && /^(repo|repository)$/i.test(m.spec.name)).flatMap((m) => checkedValues(m).map((v) => ({ url: detached(v.text), range: v.range })));
  const name = entryName(entry, schema2.schema);
  return {
    filePath,
    folder: folderOf(filePath),
    ...name ? { title: { name: detached(name.name), range: name.range } } : {},
    repos,
    ...schema2.schema.catalog?.sameSections ? { sections: sectionsOf(entry) } : {},
    ...valuesPart(entry, schema2),
    linted
  };
}
function valuesPart(entry, schema2) {
  const keys = comparedKeys(schema2);
  if (keys.length === 0) return {};
  const frontMatter = entry.frontMatter;
  if (!frontMatter?.data) return { values: [] };
  const values = [];
  for (const [key, spec] of keys) {
    for (const item of keyValues(entry.source, frontMatter, key, spec)) {
      values.push({ key: detached(key), value: detached(item.text), range: item.range });
    }
  }
  return { values };
}
var comparedKeys = derivedFromSchema((schema2) => {
  const keys = schema2.frontMatter?.keys ?? {};
  const referenced = new Set(Object.values(keys).flatMap((spec) => spec.references ? [spec.references.key] : []));
  return Object.entries(keys).filter(
    ([key, spec]) => spec.fileExists || spec.unique || spec.references || referenced.has(key)
  );
});
function sectionsOf(entry) {
  const seen = /* @__PURE__ */ new Set();
  const sections = [];
  for (const group of entry.groups) {
    if (seen.has(group.name)) continue;
    seen.add(group.name);
    sections.push({ name: detached(group.name), range: group.heading.textRange });
  }
  return sections;
}
function detached(text) {
  return ` ${text}`.slice(1);
}

// src/cache/format.ts
var MAGIC = 1129466947;
var PREFIX_BYTES = 16;
var STAT_FIELDS = 4;
var DIAGNOSTIC_INTS = 13;
var TITLE_INTS = 7;
var REPO_INTS = 7;
var SECTION_INTS = 7;
var VALUE_INTS = 8;
var RANGE_INTS = 6;
var NONE = -1;
var ResultsWriter = class {
  strings = [];
  indexes = /* @__PURE__ */ new Map();
  paths = [];
  taken = /* @__PURE__ */ new Set();
  stats = [];
  offsets = [0];
  records = [];
  /**
   * One file's record:
   *
   *     context, content, schema (or -1)
   *     diagnostic count, then each: rule, severity (1 error, 0 warning), message, range,
   *       fix start, fix end, fix text (-1, -1, -1 without a fix), docs URL (or -1)
   *     title name (or -1), title range (zeros without a title)
   *     repository count, then each: url, range
   *     section count (-1 without sections), then each: name, range
   *     value count (-1 without values), then each: key, value, range
   *     directive count, then each: kind, range, rule count, rules
   *
   * where a range is start line, column, offset, end line, column, offset. A
   * file with a number that is not a 32-bit integer is left out (it is linted
   * again next time), as is a second record for one path.
   */
  add(filePath, key, file) {
    if (this.taken.has(filePath)) return;
    const record = [this.share(key.context), this.share(key.content), this.optional(file.schema)];
    record.push(file.diagnostics.length);
    for (const { ruleId, severity, message, range, fix, url } of file.diagnostics) {
      record.push(this.share(ruleId), severity === "error" ? 1 : 0, this.share(message));
      pushRange(record, range);
      if (fix) record.push(fix.range[0], fix.range[1], this.share(fix.text));
      else record.push(NONE, NONE, NONE);
      record.push(this.optional(url));
    }
    const { title, repos } = file.summary;
    record.push(this.optional(title?.name));
    if (title) pushRange(record, title.range);
    else record.push(0, 0, 0, 0, 0, 0);
    record.push(repos.length);
    for (const { url, range } of repos) {
      record.push(this.share(url));
      pushRange(record, range);
    }
    const { sections } = file.summary;
    record.push(sections ? sections.length : NONE);
    for (const { name, range } of sections ?? []) {
      record.push(this.share(name));
      pushRange(record, range);
    }
    const { values } = file.summary;
    record.push(values ? values.length : NONE);
    for (const { key: key2, value, range } of values ?? []) {
      record.push(this.share(key2), this.share(value));
      pushRange(record, range);
    }
    record.push(file.directives.length);
    for (const { kind, rules: rules2, range } of file.directives) {
      record.push(this.share(kind));
      pushRange(record, range);
      record.push(rules2.length, ...rules2.map((rule) => this.share(rule)));
    }
    if (record.every(isInt32)) this.push(filePath, key.stat, record);
  }
  /**
   * Record `index` of a cache file read before, as it is, with its strings
   * shared in this one's (a run that changed one file of 10,000 copies the
   * others without decoding them); `stat` in place of the stored one if given.
   */
  copy(filePath, from, index, stat2) {
    if (this.taken.has(filePath)) return;
    const record = from.record(index, (text) => this.share(text));
    if (record) this.push(filePath, stat2 ?? from.key(index).stat, record);
  }
  push(filePath, stat2, record) {
    this.taken.add(filePath);
    this.paths.push(filePath);
    this.stats.push(...stat2 ?? [Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    for (let i2 = 0; i2 < record.length; i2++) this.records.push(record[i2]);
    this.offsets.push(this.records.length);
  }
  /** The cache file's bytes. */
  bytes(version) {
    return pack({
      version,
      strings: this.strings,
      paths: this.paths,
      stats: Float64Array.from(this.stats),
      offsets: Int32Array.from(this.offsets),
      records: Int32Array.from(this.records)
    });
  }
  share(text) {
    let index = this.indexes.get(text);
    if (index === void 0) {
      index = this.strings.push(text) - 1;
      this.indexes.set(text, index);
    }
    return index;
  }
  optional(text) {
    return text === void 0 ? NONE : this.share(text);
  }
};
function pushRange(record, { start, end }) {
  record.push(start.line, start.column, start.offset, end.line, end.column, end.offset);
}
function isInt32(n) {
  return (n | 0) === n;
}
var FORMAT = 7;
function pack(parts) {
  const json3 = asciiJson(JSON.stringify({ version: parts.version, strings: parts.strings, paths: parts.paths }));
  const header = json3.padEnd(Math.ceil(json3.length / 8) * 8, " ");
  const body = Buffer.concat([
    Buffer.from(header, "latin1"),
    bytesOf(parts.stats),
    bytesOf(parts.offsets),
    bytesOf(parts.records)
  ]);
  const prefix = new Uint32Array([MAGIC, FORMAT, zlib().crc32(body), header.length]);
  return Buffer.concat([bytesOf(prefix), body]);
}
function unpack(file) {
  if (file.length < PREFIX_BYTES) return void 0;
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(new Uint8Array(file).buffer);
  const [magic, format, crc, headerBytes] = new Uint32Array(bytes.buffer, bytes.byteOffset, 4);
  if (magic !== MAGIC || format !== FORMAT || headerBytes === void 0 || headerBytes % 8 !== 0) return void 0;
  const body = bytes.subarray(PREFIX_BYTES);
  if (headerBytes > body.length || zlib().crc32(body) !== crc) return void 0;
  let header;
  try {
    header = JSON.parse(body.toString("latin1", 0, headerBytes));
  } catch {
    return void 0;
  }
  const { version, strings, paths } = header ?? {};
  if (typeof version !== "string" || !Array.isArray(strings) || !strings.every((s2) => typeof s2 === "string") || !Array.isArray(paths) || !paths.every((p) => typeof p === "string"))
    return void 0;
  const statsAt = bytes.byteOffset + PREFIX_BYTES + headerBytes;
  const offsetsAt = statsAt + paths.length * STAT_FIELDS * 8;
  const recordsAt = offsetsAt + (paths.length + 1) * 4;
  const end = bytes.byteOffset + bytes.length;
  if (recordsAt > end || (end - recordsAt) % 4 !== 0) return void 0;
  const offsets = new Int32Array(bytes.buffer, offsetsAt, paths.length + 1);
  const records = new Int32Array(bytes.buffer, recordsAt, (end - recordsAt) / 4);
  for (let i2 = 0; i2 < paths.length; i2++) {
    if (offsets[i2] < 0 || offsets[i2] > offsets[i2 + 1]) return void 0;
  }
  if (offsets[0] !== 0 || offsets[paths.length] !== records.length) return void 0;
  return {
    version,
    strings,
    paths,
    stats: new Float64Array(bytes.buffer, statsAt, paths.length * STAT_FIELDS),
    offsets,
    records
  };
}
function bytesOf(array) {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}
function asciiJson(json3) {
  return json3.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var StoredResults = class _StoredResults {
  constructor(parts) {
    this.parts = parts;
    for (const [index, path] of parts.paths.entries()) this.byPath.set(path, index);
  }
  parts;
  byPath = /* @__PURE__ */ new Map();
  /** The results in a cache file written by catalog-lint `version`, else undefined. */
  static read(file, version) {
    const parts = unpack(file);
    return parts && parts.version === version ? new _StoredResults(parts) : void 0;
  }
  get size() {
    return this.byPath.size;
  }
  paths() {
    return this.byPath.keys();
  }
  /** The record of a path, or undefined. */
  find(filePath) {
    return this.byPath.get(filePath);
  }
  /** Whether record `index` was stored with this context and stat (none stored: never). */
  matchesStat(index, context, stat2) {
    const { stats } = this.parts;
    const at = index * STAT_FIELDS;
    return stats[at] === stat2[0] && stats[at + 1] === stat2[1] && stats[at + 2] === stat2[2] && stats[at + 3] === stat2[3] && this.string(this.start(index)) === context;
  }
  /** Whether record `index` was stored with this context and content. */
  matchesContent(index, context, content) {
    const start = this.start(index);
    return this.string(start) === context && this.string(start + 1) === content;
  }
  /** What record `index` was computed from. */
  key(index) {
    const start = this.start(index);
    const { stats } = this.parts;
    const at = index * STAT_FIELDS;
    const stat2 = [stats[at], stats[at + 1], stats[at + 2], stats[at + 3]];
    return {
      context: this.string(start) ?? "",
      content: this.string(start + 1) ?? "",
      ...stat2.some(Number.isNaN) ? {} : { stat: stat2 }
    };
  }
  /**
   * Record `index` as a result, or undefined when it is not what the writer
   * writes (checked here, so that decoding it later cannot fail).
   */
  open(index, filePath) {
    const layout = this.check(index);
    return layout && new StoredResult(filePath, this, index, layout);
  }
  /**
   * Record `index`'s ints with each string index replaced by `share(string)`,
   * or undefined when the record fails its check (see `open`).
   */
  record(index, share2) {
    const { records, strings, offsets } = this.parts;
    const start = offsets[index];
    const copy = records.slice(start, offsets[index + 1]);
    const layout = this.check(index, (at) => {
      copy[at - start] = share2(strings[records[at]]);
    });
    return layout && copy;
  }
  /** @internal for StoredResult */
  int(at) {
    return this.parts.records[at];
  }
  /** @internal for StoredResult */
  string(at) {
    return this.parts.strings[this.parts.records[at]];
  }
  /** @internal for StoredResult */
  range(at) {
    const r = this.parts.records;
    return {
      start: { line: r[at], column: r[at + 1], offset: r[at + 2] },
      end: { line: r[at + 3], column: r[at + 4], offset: r[at + 5] }
    };
  }
  start(index) {
    return this.parts.offsets[index];
  }
  /**
   * Every field of record `index` in bounds and of its kind, and nothing after
   * it; `onString` is told where each string field is (each once).
   */
  check(index, onString) {
    const { records, strings, offsets } = this.parts;
    const start = offsets[index];
    const end = offsets[index + 1];
    let at = start;
    const isString = (i2) => {
      const valid = i2 < end && records[i2] >= 0 && records[i2] < strings.length;
      if (valid) onString?.(i2);
      return valid;
    };
    const isRange = (i2) => {
      if (i2 + RANGE_INTS > end) return false;
      for (let k = i2; k < i2 + RANGE_INTS; k++) if (records[k] < 0) return false;
      return true;
    };
    const isCount = (i2, each) => i2 < end && records[i2] >= 0 && records[i2] * each <= end - i2 - 1;
    if (!isString(at) || !isString(at + 1) || !(records[at + 2] === NONE || isString(at + 2))) return void 0;
    at += 3;
    if (!isCount(at, DIAGNOSTIC_INTS)) return void 0;
    const diagnosticCount = records[at];
    const diagnostics = at + 1;
    at = diagnostics;
    for (let n = 0; n < diagnosticCount; n++, at += DIAGNOSTIC_INTS) {
      const severity = records[at + 1];
      if (!isString(at) || severity !== 0 && severity !== 1 || !isString(at + 2) || !isRange(at + 3))
        return void 0;
      const fixStart = records[at + 9];
      const fixEnd = records[at + 10];
      const noFix = fixStart === NONE && fixEnd === NONE && records[at + 11] === NONE;
      if (!noFix && !(fixStart >= 0 && fixEnd >= fixStart && isString(at + 11))) return void 0;
      if (!(records[at + 12] === NONE || isString(at + 12))) return void 0;
    }
    const title = at;
    if (at + TITLE_INTS > end || !(records[at] === NONE || isString(at)) || !isRange(at + 1)) return void 0;
    at += TITLE_INTS;
    if (!isCount(at, REPO_INTS)) return void 0;
    const repoCount = records[at];
    const repos = at + 1;
    at = repos;
    for (let n = 0; n < repoCount; n++, at += REPO_INTS) if (!isString(at) || !isRange(at + 1)) return void 0;
    const sectionCount = records[at];
    if (!(at < end && sectionCount === NONE) && !isCount(at, SECTION_INTS)) return void 0;
    const sections = at + 1;
    at = sections;
    for (let n = 0; n < sectionCount; n++, at += SECTION_INTS) if (!isString(at) || !isRange(at + 1)) return void 0;
    const valueCount = records[at];
    if (!(at < end && valueCount === NONE) && !isCount(at, VALUE_INTS)) return void 0;
    const values = at + 1;
    at = values;
    for (let n = 0; n < valueCount; n++, at += VALUE_INTS)
      if (!isString(at) || !isString(at + 1) || !isRange(at + 2)) return void 0;
    if (!isCount(at, 1 + RANGE_INTS + 1)) return void 0;
    const directiveCount = records[at];
    const directives = at + 1;
    at = directives;
    for (let n = 0; n < directiveCount; n++) {
      if (!isString(at) || !DIRECTIVE_KINDS.includes(this.string(at)))
        return void 0;
      if (!isRange(at + 1) || !isCount(at + 1 + RANGE_INTS, 1)) return void 0;
      const ruleCount = records[at + 1 + RANGE_INTS];
      at += 2 + RANGE_INTS;
      for (let k = 0; k < ruleCount; k++, at++) if (!isString(at)) return void 0;
    }
    if (at !== end) return void 0;
    return {
      start,
      diagnostics,
      diagnosticCount,
      title,
      repos,
      repoCount,
      sections,
      sectionCount,
      values,
      valueCount,
      directives,
      directiveCount
    };
  }
};
var StoredResult = class {
  /** @internal use StoredResults.open */
  constructor(filePath, stored, index, layout) {
    this.filePath = filePath;
    this.stored = stored;
    this.index = index;
    this.layout = layout;
  }
  filePath;
  stored;
  index;
  layout;
  /** What the catalog-level rules need. */
  summary() {
    const { filePath, stored, layout } = this;
    const repos = [];
    for (let n = 0, at = layout.repos; n < layout.repoCount; n++, at += REPO_INTS) {
      repos.push({ url: stored.string(at), range: stored.range(at + 1) });
    }
    let sections;
    if (layout.sectionCount !== NONE) {
      sections = [];
      for (let n = 0, at = layout.sections; n < layout.sectionCount; n++, at += SECTION_INTS) {
        sections.push({ name: stored.string(at), range: stored.range(at + 1) });
      }
    }
    let values;
    if (layout.valueCount !== NONE) {
      values = [];
      for (let n = 0, at = layout.values; n < layout.valueCount; n++, at += VALUE_INTS) {
        values.push({
          key: stored.string(at),
          value: stored.string(at + 1),
          range: stored.range(at + 2)
        });
      }
    }
    return {
      filePath,
      folder: folderOf(filePath),
      ...stored.int(layout.title) === NONE ? {} : { title: { name: stored.string(layout.title), range: stored.range(layout.title + 1) } },
      repos,
      ...sections ? { sections } : {},
      ...values ? { values } : {},
      linted: true
    };
  }
  /** What the report needs: the file's findings and schema, and its directives (for catalog-level findings). */
  result() {
    const { filePath, stored, layout } = this;
    const diagnostics = [];
    for (let n = 0, at = layout.diagnostics; n < layout.diagnosticCount; n++, at += DIAGNOSTIC_INTS) {
      const diagnostic = {
        ruleId: stored.string(at),
        severity: stored.int(at + 1) === 1 ? "error" : "warn",
        message: stored.string(at + 2),
        range: stored.range(at + 3)
      };
      if (stored.int(at + 12) !== NONE) diagnostic.url = stored.string(at + 12);
      if (stored.int(at + 9) !== NONE) {
        diagnostic.fix = { range: [stored.int(at + 9), stored.int(at + 10)], text: stored.string(at + 11) };
      }
      diagnostics.push(diagnostic);
    }
    const directives = [];
    for (let n = 0, at = layout.directives; n < layout.directiveCount; n++) {
      const kind = stored.string(at);
      const range = stored.range(at + 1);
      const ruleCount = stored.int(at + 1 + RANGE_INTS);
      at += 2 + RANGE_INTS;
      const rules2 = [];
      for (let k = 0; k < ruleCount; k++, at++) rules2.push(stored.string(at));
      directives.push({ kind, rules: rules2, range });
    }
    const schema2 = stored.int(layout.start + 2) === NONE ? void 0 : stored.string(layout.start + 2);
    return { filePath, diagnostics, ...schema2 !== void 0 ? { schema: schema2 } : {}, directives };
  }
  file() {
    return { ...this.result(), summary: this.summary() };
  }
};

// src/cache/results-cache.ts
var RACY_MS = 2e3;
function cacheLocation(cwd, given) {
  if (given === void 0) return (0, import_node_path8.join)(cwd, "node_modules", ".cache", "catalog-lint", CACHE_FILE);
  const absolute = (0, import_node_path8.resolve)(cwd, given);
  return /[\\/]$/.test(given) || isFolder(absolute) ? (0, import_node_path8.join)(absolute, CACHE_FILE) : absolute;
}
var CACHE_FILE = "results.bin";
var LintCache = class {
  /**
   * `root`: the repository the cache file may sit in (its default place is in
   * `node_modules/`, which a pull request can commit as a link); the file is
   * then never written through a folder that links out of it.
   */
  constructor(location, root) {
    this.location = location;
    this.root = root;
    let file;
    try {
      file = (0, import_node_fs6.readFileSync)(location);
    } catch {
    }
    this.stored = file && StoredResults.read(file, package_default.version);
  }
  location;
  root;
  stored;
  kept = /* @__PURE__ */ new Map();
  /** Whether this run keeps something the cache file lacks (else saving rewrites the same records). */
  changed = false;
  /** Before any file of this run was read: see RACY_MS. */
  startedAt = Date.now();
  /** The hash of a file's bytes (or of why it could not be read), for `CacheKey.content`. */
  static content(bytes) {
    return crypto().createHash("sha256").update(bytes).digest("hex");
  }
  /**
   * The hash of what many files share, for `CacheKey.context`: their rule
   * settings and schema (as `LintCache.settings` writes them), today, the
   * file's base revision when it has one, and the tool version.
   */
  static context(parts) {
    const hash = crypto().createHash("sha256");
    hash.update(package_default.version).update("\0").update(parts.now).update("\0");
    hash.update(parts.settings).update("\0");
    hash.update(parts.base ?? "no base");
    return hash.digest("hex");
  }
  /** Rule settings and a schema as one string for `context`. */
  static settings(settings, schema2) {
    return `${JSON.stringify([...settings])}\0${schema2}`;
  }
  static stat(stats) {
    return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
  }
  /** Whether the cache file has a record of this file (current or not). */
  knows(filePath) {
    return this.stored?.find(filePath) !== void 0;
  }
  /** The result stored for a file whose stat has not changed since it was hashed: no need to read it. */
  unchanged(filePath, context, stat2) {
    const index = this.stored?.find(filePath);
    if (index === void 0 || !this.stored?.matchesStat(index, context, stat2)) return void 0;
    return this.use(filePath, index);
  }
  get(filePath, key) {
    const index = this.stored?.find(filePath);
    if (index === void 0 || !this.stored?.matchesContent(index, key.context, key.content)) return void 0;
    const result = this.use(filePath, index);
    const stat2 = this.settled(key.stat);
    if (result && stat2 && !this.stored.matchesStat(index, key.context, stat2)) {
      this.kept.set(filePath, { index, stat: stat2 });
      this.changed = true;
    }
    return result;
  }
  set(filePath, key, file) {
    const stat2 = this.settled(key.stat);
    const own = { ...file, diagnostics: [...file.diagnostics] };
    this.kept.set(filePath, {
      key: { context: key.context, content: key.content, ...stat2 ? { stat: stat2 } : {} },
      file: own
    });
    this.changed = true;
  }
  /**
   * Write what this run used (files no longer linted drop out), atomically;
   * nothing when that is what is there. A cache that cannot be written is
   * said, not thrown: the run's results are complete without it.
   */
  save() {
    if (!this.changed && this.kept.size === (this.stored?.size ?? 0)) return void 0;
    const writer = new ResultsWriter();
    for (const [filePath, kept] of [...this.kept].sort(([a], [b]) => compareStrings(a, b))) {
      if ("file" in kept) writer.add(filePath, kept.key, kept.file);
      else if (this.stored) writer.copy(filePath, this.stored, kept.index, kept.stat);
    }
    try {
      const bytes = writer.bytes(package_default.version);
      if (this.root === void 0) writeWhole(this.location, bytes);
      else writeInside(this.root, this.location, bytes, "--cache");
    } catch (error) {
      const reason = writeFailure(error);
      return {
        problem: oneLine(
          `--cache: could not save results to ${this.location} (${reason}); this run's findings are complete, but the next run cannot reuse them: make that folder writable or give --cache-location another file`
        )
      };
    }
    return void 0;
  }
  use(filePath, index) {
    const result = this.stored?.open(index, filePath);
    if (result) this.kept.set(filePath, { index });
    return result;
  }
  /** The stat, when the file last changed long enough before this run to be trusted next time. */
  settled(stat2) {
    if (!stat2) return void 0;
    const [, mtimeMs, ctimeMs] = stat2;
    return Math.max(mtimeMs, ctimeMs) < this.startedAt - RACY_MS ? stat2 : void 0;
  }
};

// src/config/load.ts
init_import_meta_url();
var import_node_fs7 = require("node:fs");
var import_node_path9 = require("node:path");
var import_picomatch4 = __toESM(require_picomatch2(), 1);

// src/rules/index.ts
init_import_meta_url();

// src/rules/body-length.ts
init_import_meta_url();

// src/rule-api/define-rule.ts
init_import_meta_url();

// src/rule-api/options.ts
init_import_meta_url();
function optionDefaults(declarations) {
  const defaults = {};
  for (const [name, declared] of Object.entries(declarations)) {
    defaults[name] = declared.default;
  }
  return defaults;
}
function optionsSchema(declarations, defaults, zod) {
  const shape = {};
  for (const [name, declared] of Object.entries(declarations)) {
    shape[name] = declared.schema(zod).default(declared.default).meta({ description: declared.description });
  }
  return zod.object(shape).strict().default(defaults);
}

// src/rule-api/define-rule.ts
function defineRule(rule) {
  const options = rule.options ?? {};
  return { ...rule, options, defaults: optionDefaults(options) };
}
function interpolate(template, data = {}) {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    templateParts.set(template, parts);
  }
  let message = parts[0];
  for (let i2 = 1; i2 < parts.length; i2 += 2) {
    const key = parts[i2];
    const value = data[key];
    if (value === void 0) throw new Error(`Message placeholder {{${key}}} has no data`);
    message += String(value) + parts[i2 + 1];
  }
  return message;
}
var PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;
var templateParts = /* @__PURE__ */ new Map();

// src/rules/body-length.ts
function bodyOf(entry) {
  const { text } = entry.source;
  const from = entry.frontMatter?.range.end.offset ?? 0;
  const parts = [];
  let at = from;
  for (const comment of entry.comments) {
    if (comment.range.start.offset < from) continue;
    parts.push([at, comment.range.start.offset]);
    at = comment.range.end.offset;
  }
  parts.push([at, text.length]);
  let body = "";
  let first;
  let last = from;
  for (const [a, b] of parts) {
    const part = text.slice(a, b);
    body += part;
    const lead = part.length - part.trimStart().length;
    if (lead < part.length) {
      first ??= a + lead;
      last = a + part.trimEnd().length;
    }
  }
  return { text: body.trim(), start: first ?? from, end: first === void 0 ? from : last };
}
var squashed = (text) => text.replace(/\s+/g, " ").trim();
var body_length_default = defineRule({
  id: "body-length",
  description: "An entry's body should be as long as the schema's `body` asks, and differ from its summary key",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    empty: "Missing body, expected at least {{limit}} of text after the front matter",
    short: "Unexpected body of {{length}}, expected at least {{limit}}",
    long: "Unexpected body of {{length}}, expected at most {{limit}}",
    same: "Unexpected body equal to `{{key}}` ({{value}}), expected a body that says more than the key"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const spec = schema2.schema.body;
    if (!spec) return;
    const body = bodyOf(entry);
    const length = [...body.text].length;
    const range = rangeOf(entry.source, body.start, body.end);
    if (spec.minLength !== void 0 && length < spec.minLength) {
      const limit = plural(spec.minLength, "character");
      if (length === 0) report2({ messageId: "empty", data: { limit }, range });
      else report2({ messageId: "short", data: { length: plural(length, "character"), limit }, range });
    }
    if (spec.maxLength !== void 0 && length > spec.maxLength) {
      report2({
        messageId: "long",
        data: { length: plural(length, "character"), limit: plural(spec.maxLength, "character") },
        range
      });
    }
    const key = spec.differsFrom;
    const value = key === void 0 ? void 0 : entry.frontMatter?.data?.[key];
    if (key !== void 0 && typeof value === "string" && body.text !== "" && squashed(value) === squashed(body.text)) {
      report2({ messageId: "same", data: { key, value: quote(value) }, range });
    }
  }
});

// src/rules/citation.ts
init_import_meta_url();

// src/util/citations.ts
init_import_meta_url();
var KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`;
var PART = new RegExp(String.raw`^\s*(?:[^@;\]]{0,20}\s)?-?@(${KEY})(?:\s*,[^;\]]*)?\s*$`, "u");
function isBracketedCitation(text) {
  return citationKeys(text) !== void 0;
}
function citationKeys(text) {
  if (!text.startsWith("[") || !text.endsWith("]")) return void 0;
  const keys = [];
  for (const part of text.slice(1, -1).split(";")) {
    const key = PART.exec(part)?.[1];
    if (key === void 0) return void 0;
    keys.push(key);
  }
  return keys;
}
var BRACKET_WITH_AT = /\[[^[\]\n]*@[^[\]\n]*\]/g;
function citationsIn(text) {
  const found4 = [];
  for (const match of text.matchAll(BRACKET_WITH_AT)) {
    const keys = citationKeys(match[0]);
    if (!keys) continue;
    let from = 0;
    for (const key of keys) {
      const at = match[0].indexOf(`@${key}`, from) + 1;
      found4.push({ key, offset: match.index + at });
      from = at + key.length;
    }
  }
  return found4;
}
function bibKeys(text) {
  const keys = [];
  for (const match of text.matchAll(/^[ \t]*@([A-Za-z]+)[ \t]*[{(][ \t]*([^,\s{}()]+)[ \t]*,/gm)) {
    const type2 = (match[1] ?? "").toLowerCase();
    if (type2 !== "comment" && type2 !== "string" && type2 !== "preamble" && match[2]) keys.push(match[2]);
  }
  return keys;
}

// src/rules/citation.ts
var citation_default = defineRule({
  id: "citation",
  description: "A pandoc citation `[@key]` should name a key of the catalog's bibliography (`.bib`)",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    unknown: "Unexpected citation key `{{key}}`, expected a key of {{source}}{{suggestion}}"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const bibliography = schema2.schema.bibliography;
    if (!bibliography) return;
    const keys = new Set(bibliography.keys);
    const { text } = entry.source;
    for (const { key, offset } of citationsIn(text)) {
      if (keys.has(key)) continue;
      const close = didYouMean(key, bibliography.keys);
      report2({
        messageId: "unknown",
        data: { key, source: `\`${bibliography.source}\``, suggestion: close ? ` (did you mean \`${close}\`?)` : "" },
        range: rangeOf(entry.source, offset, offset + key.length)
      });
    }
  }
});

// src/rules/date-format.ts
init_import_meta_url();
var date_format_default = defineRule({
  id: "date-format",
  description: "A date field should hold a real calendar date written `YYYY-MM-DD`",
  category: "dates",
  defaultSeverity: "error",
  fixable: true,
  messages: {
    format: "Unexpected {{value}} for `{{field}}`, expected an ISO date `YYYY-MM-DD`",
    invalid: "Unexpected {{value}} for `{{field}}`, expected a real calendar date",
    fixable: "Unexpected {{value}} for `{{field}}`, expected the ISO date `{{iso}}`"
  },
  check({ fieldMatches: fieldMatches2, report: report2 }) {
    for (const { section, value, day } of dateValues(fieldMatches2())) {
      if (isUnknownMarker(value.text) || day !== void 0) continue;
      const looksIso = /^\d{4}-\d{2}-\d{2}$/.test(value.text);
      const iso = looksIso ? void 0 : toIsoDate(value.text);
      report2({
        messageId: looksIso ? "invalid" : iso ? "fixable" : "format",
        data: { value: quote(value.text), field: section.name, ...iso ? { iso } : {} },
        range: value.range,
        ...iso ? { fix: { range: [value.range.start.offset, value.range.end.offset], text: iso } } : {}
      });
    }
  }
});

// src/rules/duplicate-entry.ts
init_import_meta_url();

// src/rule-api/links.ts
init_import_meta_url();
var AUTOLINK = /^<([^<>\s]+)>$/;
var LINK = /^\[[^\]]*\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)$/;
function linkTarget(text) {
  return AUTOLINK.exec(text)?.[1] ?? LINK.exec(text)?.[1] ?? text;
}
function urlProblem(text) {
  const inner = linkTarget(text);
  if (/\s/.test(inner) || !/^https?:\/\//i.test(inner)) return "invalid";
  let url;
  try {
    url = new URL(inner);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "invalid";
  return url.hostname.includes(".") ? void 0 : "host";
}

// src/rules/duplicate-entry.ts
var duplicate_entry_default = defineRule({
  id: "duplicate-entry",
  description: "Two entries in one folder (dataset) should not have the same name or the same repository",
  category: "structure",
  // A shared repository is sometimes two variants of one project (a model and its
  // "thinking" variant): worth a look, not a failed check.
  defaultSeverity: "warn",
  fixable: false,
  messages: {
    name: "Unexpected entry name `{{name}}`, also used by `{{other}}` (line {{line}}): expected one entry per tool",
    // Never "merge them": variants of one project (Kimi K2 and Kimi K2 Thinking) share a repository.
    repo: "Unexpected repository `{{url}}`, also the repository of `{{other}}` (line {{line}}), expected each entry to have its own; if both are variants of one project, keep both and silence this with `<!-- catalog-lint-disable-next-line duplicate-entry -->` above the line, or with `duplicate-entry: off` for these files in the config's `overrides`"
  },
  check() {
  },
  checkCatalog({ entries, report: report2 }) {
    const byFolder = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      const group = byFolder.get(entry.folder);
      if (group) group.push(entry);
      else byFolder.set(entry.folder, [entry]);
    }
    for (const group of byFolder.values()) {
      if (group.length < 2) continue;
      pairs(
        group,
        (e) => e.title && e.title.name.trim() !== "" ? [{ key: nameKey(e.title.name), range: e.title.range }] : [],
        (entry, at, other, otherAt) => report2(entry.filePath, {
          messageId: "name",
          data: { name: plain(entry.title?.name ?? ""), other: other.filePath, line: otherAt.start.line },
          range: at
        })
      );
      pairs(
        group,
        (e) => e.repos.flatMap((r) => {
          const key = repoKey(r.url);
          return key ? [{ key, range: r.range, url: r.url }] : [];
        }),
        (entry, at, other, otherAt, url) => report2(entry.filePath, {
          messageId: "repo",
          data: { url: plain(url ?? ""), other: other.filePath, line: otherAt.start.line },
          range: at
        })
      );
    }
  },
  peerFilter
});
function pairs(entries, keys, onDuplicate) {
  const seen = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    for (const { key, range, url } of keys(entry)) {
      const holders = seen.get(key);
      if (holders) holders.push({ entry, range, url });
      else seen.set(key, [{ entry, range, url }]);
    }
  }
  for (const holders of seen.values()) {
    const files2 = new Set(holders.map((h) => h.entry.filePath));
    if (files2.size < 2) continue;
    const first = holders[0];
    const firstElsewhere = holders.find((h) => h.entry.filePath !== first.entry.filePath);
    for (const holder of holders) {
      if (!holder.entry.linted) continue;
      const other = holder.entry.filePath !== first.entry.filePath ? first : firstElsewhere;
      if (other) onDuplicate(holder.entry, holder.range, other.entry, other.range, holder.url);
    }
  }
}
function peerFilter(linted) {
  const traces = /* @__PURE__ */ new Map();
  for (const entry of linted) {
    const found4 = traces.get(entry.folder) ?? /* @__PURE__ */ new Set();
    if (found4 === "every peer") continue;
    const wanted = tracesOf(entry);
    if (wanted) for (const trace of wanted) found4.add(trace);
    traces.set(entry.folder, wanted && found4.size <= MAX_TRACES ? found4 : "every peer");
  }
  return (folder, text) => {
    const wanted = traces.get(folder);
    if (wanted === void 0) return false;
    if (wanted === "every peer") return true;
    const hay = text.toLowerCase().replace(/\s/g, "");
    for (const trace of wanted) if (hay.includes(trace)) return true;
    return false;
  };
}
var MAX_TRACES = 32;
function tracesOf(entry) {
  const traces = [];
  if (entry.title && entry.title.name.trim() !== "") traces.push(nameKey(entry.title.name).replace(/\s/g, ""));
  for (const { url } of entry.repos) {
    const key = repoKey(url);
    if (key === void 0) continue;
    if (!key.includes("/")) return void 0;
    traces.push(key.slice(key.lastIndexOf("/") + 1));
  }
  return traces.every(isTrace) ? traces : void 0;
}
function isTrace(text) {
  return /^[\x21-\x24\x26-\x7e]+$/.test(text);
}
function nameKey(name) {
  return name.toLowerCase().replace(/\s+/g, " ").trim();
}
function repoKey(url) {
  const inner = linkTarget(url);
  const plain2 = PLAIN_URL.exec(inner);
  if (plain2 && !/xn--/i.test(inner)) return keyOf(plain2[1], plain2[2] || "/");
  return parsedRepoKey(inner);
}
var PLAIN_URL = /^https?:\/\/((?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*)((?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~-]*)*)$/;
function parsedRepoKey(url) {
  if (!url.includes(":")) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return void 0;
  return keyOf(parsed.hostname, parsed.pathname);
}
function keyOf(hostname, pathname) {
  const host = hostname.toLowerCase().replace(/^www\./, "");
  const path = pathname.replace(/\/+$/, "").replace(/\.git$/i, "").toLowerCase();
  return `${host}${path}`;
}

// src/rules/duplicate-section.ts
init_import_meta_url();
var duplicate_section_default = defineRule({
  id: "duplicate-section",
  description: "A group should appear once per entry, and a field once per group",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    duplicate: "Unexpected repeated `{{marks}} {{name}}`, expected it once (first at line {{line}})"
  },
  check({ entry, report: report2 }) {
    const check = (sections) => {
      const seen = /* @__PURE__ */ new Map();
      for (const section of sections) {
        const first = seen.get(section.name);
        if (!first) {
          seen.set(section.name, section);
          continue;
        }
        report2({
          messageId: "duplicate",
          data: { marks: "#".repeat(section.depth), name: plain(section.name), line: first.heading.range.start.line },
          range: section.heading.range
        });
      }
    };
    check(entry.groups);
    check(entry.orphanFields);
    for (const group of entry.groups) check(group.fields);
  }
});

// src/rules/empty-section.ts
init_import_meta_url();
var LINK_IN_TEXT = /\]\(|\]\[|<https?:\/\/|https?:\/\//i;
var CAPTION_DEPTH = 5;
var empty_section_default = defineRule({
  id: "empty-section",
  description: "A field should hold a value, or `-` when the value is unknown",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    emptyField: "Unexpected empty field `{{marks}} {{name}}`, expected a value or `-` if unknown",
    emptyGroup: "Unexpected empty group `{{marks}} {{name}}`, expected its `###` fields",
    emptyValueGroup: "Unexpected empty group `{{marks}} {{name}}`, expected a value or `-` if unknown",
    emptySection: "Unexpected empty section `{{marks}} {{name}}`, expected a value or fields under it",
    emptyHeading: "Unexpected empty section `{{marks}} {{name}}`, expected text, a list or other content under it"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const open = schema2.schema.body?.open === true;
    const free = (section) => open && !schema2.group(section.name) && !schema2.field(section.name);
    const reportField = (field2) => {
      if (field2.values.length > 0) return;
      if (free(field2) && isCaption(field2)) return;
      report2({
        messageId: free(field2) ? "emptyHeading" : "emptyField",
        data: { marks: "#".repeat(field2.depth), name: plain(field2.name) },
        range: field2.heading.range
      });
    };
    for (const group of entry.groups) {
      if (group.fields.length === 0 && group.values.length === 0 && !(free(group) && isCaption(group))) {
        const spec = schema2.group(group.name);
        if (!spec || spec.fields.length > 0 || spec.value) {
          const messageId = !spec ? open ? "emptyHeading" : "emptySection" : spec.value ? "emptyValueGroup" : "emptyGroup";
          report2({
            messageId,
            data: { marks: "#".repeat(group.depth), name: plain(group.name) },
            range: group.heading.range
          });
        }
      }
      for (const field2 of group.fields) reportField(field2);
    }
    for (const field2 of entry.orphanFields) reportField(field2);
  }
});
function isCaption(section) {
  return section.depth >= CAPTION_DEPTH || LINK_IN_TEXT.test(section.name);
}

// src/rules/entry-path.ts
init_import_meta_url();
var entry_path_default = defineRule({
  id: "entry-path",
  description: "An entry's file and folder names should follow the schema's `paths.file` and `paths.folder`, and equal the front-matter values whose key sets `equalsPath`",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    pattern: "Unexpected {{what}} name {{name}}, expected a name matching `{{pattern}}` (schema `paths.{{key}}`)",
    maxLength: "Unexpected {{what}} name {{name}} ({{length}} characters), expected at most {{max}} (schema `paths.{{key}}.maxLength`)",
    equalsFolder: "Unexpected `{{key}}: {{value}}` in `{{path}}`, expected the folder name `{{name}}`",
    equalsFile: "Unexpected `{{key}}: {{value}}` in `{{path}}`, expected the file name `{{name}}` (without `{{extension}}`)"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const segments = entry.source.path.split(/[\\/]/);
    const file = segments.at(-1) ?? "";
    const folder = segments.length > 1 ? segments.at(-2) ?? "" : "";
    const extension = /\.mdx?$/i.exec(file)?.[0] ?? ".md";
    const stem = file.endsWith(extension) ? file.slice(0, -extension.length) : file;
    checkEqualsPath(entry, schema2.schema, { file: stem, folder, extension }, report2);
    const paths = schema2.schema.paths;
    if (!paths?.file && !paths?.folder) return;
    const start = { line: 1, column: 1, offset: 0 };
    const range = { start, end: start };
    const checks = [["file", file]];
    if (folder !== "" && folder !== "." && folder !== "..") checks.push(["folder", folder]);
    for (const [key, name] of checks) {
      const spec = paths[key];
      if (!spec || name === "") continue;
      const data = { what: key, name: quote(name), key };
      const length = [...name].length;
      if (spec.maxLength !== void 0 && length > spec.maxLength)
        report2({ messageId: "maxLength", data: { ...data, length, max: spec.maxLength }, range });
      if (spec.pattern !== void 0 && !compilePattern(spec.pattern).test(name))
        report2({ messageId: "pattern", data: { ...data, pattern: plain(spec.pattern) }, range });
    }
  }
});
function checkEqualsPath(entry, schema2, names, report2) {
  const frontMatter = entry.frontMatter;
  const data = frontMatter?.data;
  if (!frontMatter || !data) return;
  for (const [key, spec] of Object.entries(schema2.frontMatter?.keys ?? {})) {
    if (!spec.equalsPath || !Object.hasOwn(data, key)) continue;
    const value = data[key];
    if (value === null || typeof value === "object") continue;
    const name = names[spec.equalsPath];
    if (name === "" || name === "." || name === "..") continue;
    if (String(value) === name) continue;
    const range = frontMatter.rangeOf([key]);
    if (!range) continue;
    report2({
      messageId: spec.equalsPath === "folder" ? "equalsFolder" : "equalsFile",
      data: {
        key,
        value: plain(String(value)),
        path: plain(entry.source.path),
        what: spec.equalsPath === "folder" ? "folder name" : `file name without \`${names.extension}\``,
        name: plain(name),
        extension: names.extension
      },
      range
    });
  }
}

// src/rules/filename.ts
init_import_meta_url();
var DEFAULT_FILENAME_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:md|mdx|markdown)$";
var DEFAULT_FILENAME_REGEXP = new RegExp(DEFAULT_FILENAME_PATTERN);
var filename_default = defineRule({
  id: "filename",
  description: "An entry's file name should be lowercase words joined by hyphens, ending in `.md` (or `.mdx`, `.markdown`)",
  category: "structure",
  defaultSeverity: "warn",
  fixable: false,
  options: {
    pattern: {
      default: DEFAULT_FILENAME_PATTERN,
      description: "Regular expression the file's base name (with its extension, `.md`) must match; no backreferences or lookaround (matched in linear time)",
      schema: (z) => z.string().min(1).superRefine((source, context) => {
        const problem = source === DEFAULT_FILENAME_PATTERN ? void 0 : patternProblem(source);
        if (problem) context.addIssue({ code: "custom", message: problem });
      })
    },
    ignore: {
      default: ["README.md", "TEMPLATE.md"],
      description: "Base names never reported (conventional upper-case files beside the entries)",
      schema: (z) => z.array(z.string().min(1))
    }
  },
  messages: {
    rename: "Unexpected file name {{name}}, expected lowercase words joined by hyphens: `{{suggestion}}`",
    renamePattern: "Unexpected file name {{name}}, expected a name matching `{{pattern}}`, like `{{suggestion}}`",
    pattern: "Unexpected file name {{name}}, expected a name matching `{{pattern}}`"
  },
  check({ entry, schema: schema2, options, report: report2 }) {
    const name = entry.source.path.split(/[\\/]/).pop() ?? "";
    if (name === "" || ignored(options.ignore).has(name)) return;
    if (schema2.schema.layout === "ultimate-comparisons" && options.pattern === DEFAULT_FILENAME_PATTERN) return;
    const pattern = options.pattern === DEFAULT_FILENAME_PATTERN ? DEFAULT_FILENAME_REGEXP : compilePattern(options.pattern);
    if (pattern.test(name)) return;
    const start = { line: 1, column: 1, offset: 0 };
    const range = { start, end: start };
    const suggestion = suggestName(name);
    const custom = options.pattern !== DEFAULT_FILENAME_PATTERN;
    const data = { name: quote(name), pattern: plain(options.pattern) };
    if (suggestion === void 0 || !pattern.test(suggestion)) report2({ messageId: "pattern", data, range });
    else
      report2({
        messageId: custom ? "renamePattern" : "rename",
        data: { ...data, suggestion: plain(suggestion) },
        range
      });
  }
});
function suggestName(name) {
  const extension = /\.(?:md|mdx|markdown)$/i.exec(name)?.[0];
  const stem = extension === void 0 ? name : name.slice(0, -extension.length);
  const slug2 = stem.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug2 === "" ? void 0 : `${slug2}${extension?.toLowerCase() ?? ".md"}`;
}
var ignored = derivedFrom((names) => new Set(names));

// src/rules/folder-files.ts
init_import_meta_url();
var folder_files_default = defineRule({
  id: "folder-files",
  description: "An entry's folder should hold only the files the schema's `paths.onlyFiles` allows",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    stray: "Unexpected {{kind}} {{name}} in `{{folder}}`, expected only files matching {{globs}} (schema `paths.onlyFiles`)"
  },
  check() {
  },
  checkCatalog({ entries, schemaOf: schemaOf2, folderFiles, report: report2 }) {
    const first = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      if (!entry.linted) continue;
      const known = first.get(entry.folder);
      if (!known || entry.filePath < known.filePath) first.set(entry.folder, entry);
    }
    for (const [folder, entry] of first) {
      const globs = schemaOf2(entry.filePath).schema.paths?.onlyFiles;
      if (!globs) continue;
      const names = folderFiles(folder);
      if (!names) continue;
      const allowed = matcherOf(globs);
      const start = { line: 1, column: 1, offset: 0 };
      for (const name of names) {
        if (allowed(name)) continue;
        report2(entry.filePath, {
          messageId: "stray",
          data: {
            kind: name.endsWith("/") ? "folder" : "file",
            name: quote(name.replace(/\/$/, "")),
            folder: plain(folder),
            globs: quoteList(globs, 6)
          },
          range: { start, end: start }
        });
      }
    }
  },
  // Findings are made from the linted entries' folders alone: no peer is needed.
  peerFilter: () => () => false
});
var matcherOf = derivedFrom((globs) => globMatcher(globs, { dot: true }));

// src/rules/front-matter-keys.ts
init_import_meta_url();

// src/parse/front-matter-types.ts
init_import_meta_url();
function fenceOf(syntax) {
  return syntax === "toml" ? "+++" : "---";
}

// src/rule-api/json-schema-findings.ts
init_import_meta_url();

// src/schema/json-schema-errors.ts
init_import_meta_url();
function pointerPath(pointer, data) {
  if (pointer === "") return [];
  const path = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const index = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(index);
    node = node !== null && typeof node === "object" ? node[index] : void 0;
  }
  return path;
}
function pathLabel(path) {
  let label = "";
  for (const segment of path) label += typeof segment === "number" ? `[${segment}]` : label ? `.${segment}` : segment;
  return label;
}
function collapseErrors(errors2) {
  const kept = [];
  for (let i2 = errors2.length - 1; i2 >= 0; i2--) {
    const error = errors2[i2];
    if (error.keyword === "if") continue;
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf" && error.keyword !== "propertyNames") {
      kept.push(error);
      continue;
    }
    let first = i2;
    while (first > 0 && causedBy(errors2[first - 1], error)) first--;
    const inner = errors2.slice(first, i2);
    i2 = first;
    if (error.keyword === "propertyNames") kept.push(error);
    else kept.push(...chooseBranch(error, inner).reverse());
  }
  return kept.reverse();
}
function branchRefs(union) {
  const branches = Array.isArray(union.schema) ? union.schema : [];
  return branches.map((b) => {
    const ref = b !== null && typeof b === "object" ? b.$ref : void 0;
    return typeof ref === "string" ? ref : void 0;
  });
}
function branchOf(error, union) {
  const prefix = `${union.schemaPath}/`;
  if (error.schemaPath.startsWith(prefix)) return error.schemaPath.slice(prefix.length).split("/")[0];
  const i2 = branchRefs(union).findIndex(
    (ref) => ref !== void 0 && (error.schemaPath === ref || error.schemaPath.startsWith(`${ref}/`))
  );
  return i2 >= 0 ? String(i2) : void 0;
}
function causedBy(error, union) {
  const at = union.instancePath;
  if (error.instancePath !== at && !error.instancePath.startsWith(`${at}/`)) return false;
  if (branchOf(error, union) !== void 0) return true;
  const holder = union.schemaPath.slice(0, union.schemaPath.lastIndexOf("/"));
  return !error.schemaPath.startsWith(`${holder}/`);
}
function chooseBranch(union, inner) {
  if (union.params.passingSchemas) return [union];
  const branches = /* @__PURE__ */ new Map();
  inner.forEach((e, i2) => {
    const branch = branchOf(e, union) ?? `unknown ${i2}`;
    branches.set(branch, [...branches.get(branch) ?? [], e]);
  });
  const fitting = [...branches.values()].filter(
    (errs) => !errs.some((e) => e.instancePath === union.instancePath && e.keyword === "type")
  );
  const only = fitting[0];
  return fitting.length === 1 && only ? collapseErrors(only) : [union];
}
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "`null`"
};
var FORMAT_WORDS = {
  date: "a date written `YYYY-MM-DD`",
  "date-time": "a date and time such as `2024-01-05T10:00:00Z`",
  time: "a time such as `10:00:00Z`",
  uri: "an absolute URI",
  "uri-reference": "a URI reference",
  url: "an absolute URL",
  email: "an email address",
  hostname: "a host name",
  ipv4: "an IPv4 address",
  ipv6: "an IPv6 address",
  uuid: "a UUID",
  regex: "a regular expression"
};
function typeWords(type2) {
  const types2 = Array.isArray(type2) ? type2 : String(type2).split(",");
  const words = types2.map((t) => TYPE_WORDS[String(t)] ?? `a ${String(t)}`);
  return words.length <= 2 ? words.join(" or ") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}
function jsonQuote(value) {
  return quote(typeof value === "string" ? value : JSON.stringify(value) ?? String(value));
}
function describeSchema(schema2) {
  if (schema2 === true) return "any value";
  if (schema2 === false) return "no value";
  if (typeof schema2 !== "object" || schema2 === null) return "a value";
  const s2 = schema2;
  if ("const" in s2) return jsonQuote(s2.const);
  if (Array.isArray(s2.enum))
    return `one of ${quoteList(s2.enum.map((v) => typeof v === "string" ? v : JSON.stringify(v)))}`;
  if (typeof s2.format === "string") {
    const words = FORMAT_WORDS[s2.format];
    if (words && s2.type !== "integer" && s2.type !== "number") return words;
    return `${s2.type ? typeWords(s2.type) : "a value"} in the \`${s2.format}\` format`;
  }
  if (s2.type !== void 0) return typeWords(s2.type);
  if (typeof s2.$ref === "string") return `a value matching \`${s2.$ref}\``;
  return "a value matching the branch";
}
function expectedOf(error) {
  const p = error.params;
  switch (error.keyword) {
    case "type":
      return typeWords(p.type);
    case "enum":
      return `one of ${quoteList(p.allowedValues.map((v) => typeof v === "string" ? v : JSON.stringify(v)))}`;
    case "const":
      return jsonQuote(p.allowedValue);
    case "pattern":
      return `a value matching \`${String(p.pattern)}\``;
    case "format":
      return FORMAT_WORDS[String(p.format)] ?? `a value in the \`${String(p.format)}\` format`;
    case "minLength":
      return `at least ${String(p.limit)} characters`;
    case "maxLength":
      return `at most ${String(p.limit)} characters`;
    case "minItems":
      return `at least ${String(p.limit)} items`;
    case "maxItems":
      return `at most ${String(p.limit)} items`;
    case "minProperties":
      return `at least ${String(p.limit)} keys`;
    case "maxProperties":
      return `at most ${String(p.limit)} keys`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `a number ${String(p.comparison)} ${String(p.limit)}`;
    case "multipleOf":
      return `a multiple of ${String(p.multipleOf)}`;
    case "uniqueItems":
      return `each item once (item ${String(p.i)} is item ${String(p.j)} again)`;
    case "anyOf":
    case "oneOf": {
      const branches = Array.isArray(error.schema) ? error.schema.map(describeSchema) : [];
      const listed2 = branches.length <= 2 ? branches.join(" or ") : `${branches.slice(0, -1).join(", ")} or ${branches.at(-1)}`;
      if (p.passingSchemas) return `exactly one of ${listed2 || "the branches"}, not several`;
      return listed2 || "a value matching one of the branches";
    }
    case "false schema":
      return "no value here";
    case "not":
      return "a value the `not` schema does not match";
    case "propertyNames":
      return "a key name the `propertyNames` schema allows";
    case "contains":
    case "minContains":
    case "maxContains":
      return "items matching the `contains` schema";
    default:
      return `a value that ${(error.message ?? "matches the schema").replace(/^must /, "does ")}`;
  }
}

// src/rule-api/front-matter-values.ts
init_import_meta_url();
function isDateKey(spec) {
  return spec.type === "date" || spec.format === "date";
}
function dateFormatOf(spec) {
  const format = dateFormat(spec.dateFormat ?? ISO_DATE_FORMAT);
  return typeof format === "string" ? dateFormat(ISO_DATE_FORMAT) : format;
}
function frontMatterDates(entry, schema2) {
  const frontMatter = entry.frontMatter;
  const data = frontMatter?.data;
  if (!frontMatter || !data) return [];
  const found4 = [];
  for (const [key, spec] of Object.entries(schema2.frontMatter?.keys ?? {})) {
    const value = data[key];
    if (isDateKey(spec) && typeof value === "string") {
      const range = frontMatter.rangeOf([key]);
      if (range) found4.push({ key, text: value, range, day: dateFormatOf(spec).day(value) });
    } else if (spec.items && isDateKey(spec.items) && Array.isArray(value)) {
      const format = dateFormatOf(spec.items);
      value.forEach((item, i2) => {
        const range = frontMatter.rangeOf([key, i2]);
        if (typeof item === "string" && range)
          found4.push({ key: `${key}[${i2}]`, text: item, range, day: format.day(item) });
      });
    }
  }
  return found4;
}
function shownValue(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "`null`";
  if (typeof value === "object") return "a mapping";
  return quote(String(value));
}
function kindOf(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  if (typeof value === "boolean") return "true or false";
  return "a string";
}

// src/rule-api/json-schema-findings.ts
var found = /* @__PURE__ */ new WeakMap();
function jsonSchemaFindings(entry, schema2) {
  const frontMatter = entry.frontMatter;
  const data = frontMatter?.data;
  const jsonSchema = schema2.jsonSchema;
  if (!frontMatter || !data || !jsonSchema) return [];
  let findings = found.get(data);
  if (!findings) {
    const opening = { start: frontMatter.range.start, end: { ...frontMatter.range.start, column: 4, offset: 3 } };
    const rangeAt = (path, part = "value") => (path.length > 0 ? frontMatter.rangeOf(path, part) ?? frontMatter.rangeOf(path, "key") : void 0) ?? opening;
    const fence = fenceOf(frontMatter.syntax);
    findings = jsonSchema.validate(data).map((error) => findingOf(error, data, jsonSchema.file, rangeAt, fence));
    found.set(data, findings);
  }
  return findings;
}
function shown(label, value) {
  if (Array.isArray(value)) return `list \`${label}\``;
  if (value !== null && typeof value === "object") return `mapping \`${label}\``;
  return quote(`${label}: ${value === null ? "null" : String(value)}`);
}
function findingOf(error, data, file, rangeAt, fence) {
  const rule = `JSON Schema \`${file}\` ${error.schemaPath}`;
  const path = pointerPath(error.instancePath, data);
  const label = pathLabel(path);
  const p = error.params;
  const keys = (messageId, data2, range) => ({
    ruleId: "front-matter-keys",
    report: { messageId, data: { ...data2, rule }, range }
  });
  switch (error.keyword) {
    case "required":
    case "dependentRequired":
    case "dependencies": {
      const key = pathLabel([...path, String(p.missingProperty)]);
      if (path.length > 0) return keys("jsonSchemaMissingIn", { key, parent: label }, rangeAt(path));
      return keys("jsonSchemaMissing", { key, fence }, rangeAt(path));
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const key = quote(pathLabel([...path, name]));
      const range = rangeAt([...path, name], "key");
      const suggestion = closestMatch(name, known)?.match;
      if (suggestion) return keys("jsonSchemaUnknownSuggest", { key, suggestion }, range);
      if (known.length === 0) return keys("jsonSchemaNoKeys", { key }, range);
      return keys("jsonSchemaUnknown", { key, allowed: quoteList(known) }, range);
    }
    case "propertyNames": {
      const name = String(p.propertyName);
      return keys("jsonSchemaKeyName", { key: quote(pathLabel([...path, name])) }, rangeAt([...path, name], "key"));
    }
    default:
      return valueFinding(error, rule, path, label, rangeAt);
  }
}
function valueFinding(error, rule, path, label, rangeAt) {
  const value = error.data;
  const p = error.params;
  const report2 = (messageId, data, range = rangeAt(path)) => ({
    ruleId: "front-matter-value",
    report: { messageId, data: { ...data, rule }, range }
  });
  const expected2 = expectedOf(error);
  switch (error.keyword) {
    case "type":
      return report2("jsonSchemaType", { found: shown(label, value), kind: kindOf(value), expected: expected2 });
    case "enum": {
      const allowed = p.allowedValues.filter((v) => typeof v === "string");
      const sameCase = typeof value === "string" ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : void 0;
      if (sameCase !== void 0) {
        return { ...report2("jsonSchemaEnumCase", { found: shown(label, value), expected: sameCase }), sameCase };
      }
      const suggestion = typeof value === "string" ? closestMatch(value, allowed)?.match : void 0;
      if (suggestion) return report2("jsonSchemaEnumSuggest", { found: shown(label, value), expected: expected2, suggestion });
      return report2("jsonSchema", { found: shown(label, value), expected: expected2 });
    }
    case "minLength":
    case "maxLength":
      return report2("jsonSchema", {
        found: `${shown(label, value)} (${plural([...String(value)].length, "character")})`,
        expected: expected2
      });
    case "minItems":
    case "maxItems":
      return report2("jsonSchema", {
        found: `${plural(Array.isArray(value) ? value.length : 0, "item")} in \`${label}\``,
        expected: expected2
      });
    case "uniqueItems": {
      const items = Array.isArray(value) ? value : [];
      const again = Number(p.i);
      return report2(
        "jsonSchema",
        { found: shown(pathLabel([...path, again]), items[again]), expected: expected2 },
        rangeAt([...path, again])
      );
    }
    default:
      return report2("jsonSchema", { found: label ? shown(label, value) : "front matter", expected: expected2 });
  }
}

// src/rules/front-matter-keys.ts
function isEmptyValue(value) {
  if (value === null || value === void 0) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}
var front_matter_keys_default = defineRule({
  id: "front-matter-keys",
  description: "Front matter should hold the keys the schema requires, each with a value, and no others when closed",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    missingBlock: "Missing front matter, expected a `---` block at the top of the file",
    missingKey: "Missing front-matter key `{{key}}`, expected it in the `{{fence}}` block",
    empty: "Unexpected empty value for `{{key}}`, expected a value",
    unknown: "Unexpected front-matter key {{key}}, expected one of the schema's keys",
    unknownSuggest: "Unexpected front-matter key {{key}}, expected `{{suggestion}}`",
    jsonSchemaMissing: "Missing front-matter key `{{key}}`, expected it in the `{{fence}}` block ({{rule}})",
    jsonSchemaMissingIn: "Missing front-matter key `{{key}}`, expected it in `{{parent}}` ({{rule}})",
    jsonSchemaUnknown: "Unexpected front-matter key {{key}}, expected one of {{allowed}} ({{rule}})",
    jsonSchemaNoKeys: "Unexpected front-matter key {{key}}, expected no keys here ({{rule}})",
    jsonSchemaUnknownSuggest: "Unexpected front-matter key {{key}}, expected `{{suggestion}}` ({{rule}})",
    jsonSchemaKeyName: "Unexpected front-matter key {{key}}, expected a key name the schema's `propertyNames` allows ({{rule}})"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const spec = schema2.schema.frontMatter;
    if (!spec) return;
    const frontMatter = entry.frontMatter;
    if (!frontMatter) {
      if (spec.required) {
        const start = { line: 1, column: 1, offset: 0 };
        report2({ messageId: "missingBlock", range: { start, end: start } });
      }
      return;
    }
    const data = frontMatter.data;
    if (!data) return;
    const keys = spec.keys ?? {};
    const opening = { start: frontMatter.range.start, end: { ...frontMatter.range.start, column: 4, offset: 3 } };
    for (const [key, keySpec] of Object.entries(keys)) {
      const present = Object.hasOwn(data, key);
      if (!present) {
        if (keySpec.required)
          report2({ messageId: "missingKey", data: { key, fence: fenceOf(frontMatter.syntax) }, range: opening });
        continue;
      }
      const nonEmpty = keySpec.nonEmpty ?? keySpec.required;
      if (nonEmpty && isEmptyValue(data[key])) {
        const range = frontMatter.rangeOf([key], "value") ?? frontMatter.rangeOf([key], "key") ?? opening;
        report2({ messageId: "empty", data: { key }, range });
      }
    }
    for (const finding of jsonSchemaFindings(entry, schema2)) {
      if (finding.ruleId === "front-matter-keys") report2(finding.report);
    }
    if (spec.closed) {
      const known = Object.keys(keys);
      for (const key of Object.keys(data)) {
        if (Object.hasOwn(keys, key)) continue;
        const range = frontMatter.rangeOf([key], "key") ?? opening;
        const suggestion = didYouMean(key, known);
        if (suggestion) report2({ messageId: "unknownSuggest", data: { key: quote(key), suggestion }, range });
        else report2({ messageId: "unknown", data: { key: quote(key) }, range });
      }
    }
  }
});

// src/rules/front-matter-syntax.ts
init_import_meta_url();
var front_matter_syntax_default = defineRule({
  id: "front-matter-syntax",
  description: "Front matter should be valid: a closed `---` block of YAML holding one mapping, or a `+++` block of TOML",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    // The parser words each problem in the house style (src/parse/front-matter.ts).
    problem: "{{problem}}"
  },
  check({ entry, report: report2 }) {
    for (const problem of entry.frontMatter?.problems ?? []) {
      report2({ messageId: "problem", data: { problem: problem.message }, range: problem.range });
    }
  }
});

// src/rules/front-matter-value.ts
init_import_meta_url();

// src/rule-api/spdx.ts
init_import_meta_url();

// node_modules/spdx-license-list/spdx.json
var spdx_default = {
  "FSL-1.1-MIT": {
    name: "Functional Source License, Version 1.1, MIT Future License",
    url: "https://fsl.software/FSL-1.1-MIT.template.md",
    osiApproved: false
  },
  SISSL: {
    name: "Sun Industry Standards Source License v1.1",
    url: "http://www.openoffice.org/licenses/sissl_license.html",
    osiApproved: true
  },
  "copyleft-next-0.3.1": {
    name: "copyleft-next 0.3.1",
    url: "https://github.com/copyleft-next/copyleft-next/blob/master/Releases/copyleft-next-0.3.1",
    osiApproved: false
  },
  Noweb: {
    name: "Noweb License",
    url: "https://fedoraproject.org/wiki/Licensing/Noweb",
    osiApproved: false
  },
  "CC-BY-3.0-DE": {
    name: "Creative Commons Attribution 3.0 Germany",
    url: "https://creativecommons.org/licenses/by/3.0/de/legalcode",
    osiApproved: false
  },
  "BSD-3-Clause-acpica": {
    name: "BSD 3-Clause acpica variant",
    url: "https://github.com/acpica/acpica/blob/master/source/common/acfileio.c#L119",
    osiApproved: false
  },
  MakeIndex: {
    name: "MakeIndex License",
    url: "https://fedoraproject.org/wiki/Licensing/MakeIndex",
    osiApproved: false
  },
  Fair: {
    name: "Fair License",
    url: "https://web.archive.org/web/20150926120323/http://fairlicense.org/",
    osiApproved: true
  },
  MirOS: {
    name: "The MirOS Licence",
    url: "https://opensource.org/licenses/MirOS",
    osiApproved: true
  },
  "Mackerras-3-Clause": {
    name: "Mackerras 3-Clause License",
    url: "https://github.com/ppp-project/ppp/blob/master/pppd/chap_ms.c#L6-L28",
    osiApproved: false
  },
  NRL: {
    name: "NRL License",
    url: "http://web.mit.edu/network/isakmp/nrllicense.html",
    osiApproved: false
  },
  InnoSetup: {
    name: "Inno Setup License",
    url: "https://github.com/jrsoftware/issrc/blob/HEAD/license.txt",
    osiApproved: false
  },
  "CC-BY-2.5": {
    name: "Creative Commons Attribution 2.5 Generic",
    url: "https://creativecommons.org/licenses/by/2.5/legalcode",
    osiApproved: false
  },
  "AGPL-1.0-or-later": {
    name: "Affero General Public License v1.0 or later",
    url: "http://www.affero.org/oagpl.html",
    osiApproved: false
  },
  Catharon: {
    name: "Catharon License",
    url: "https://github.com/scummvm/scummvm/blob/v2.8.0/LICENSES/CatharonLicense.txt",
    osiApproved: false
  },
  "TU-Berlin-2.0": {
    name: "Technische Universitaet Berlin License 2.0",
    url: "https://github.com/CorsixTH/deps/blob/fd339a9f526d1d9c9f01ccf39e438a015da50035/licences/libgsm.txt",
    osiApproved: false
  },
  Abstyles: {
    name: "Abstyles License",
    url: "https://fedoraproject.org/wiki/Licensing/Abstyles",
    osiApproved: false
  },
  "MS-RL": {
    name: "Microsoft Reciprocal License",
    url: "http://www.microsoft.com/opensource/licenses.mspx",
    osiApproved: true
  },
  "NIST-Software": {
    name: "NIST Software License",
    url: "https://github.com/open-quantum-safe/liboqs/blob/40b01fdbb270f8614fde30e65d30e9da18c02393/src/common/rand/rand_nist.c#L1-L15",
    osiApproved: false
  },
  "Unlicense-libwhirlpool": {
    name: "Unlicense - libwhirlpool variant",
    url: "https://github.com/dfateyev/libwhirlpool/blob/master/README#L27",
    osiApproved: false
  },
  "CC-BY-ND-2.0": {
    name: "Creative Commons Attribution No Derivatives 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-nd/2.0/legalcode",
    osiApproved: false
  },
  "GPL-2.0+": {
    name: "GNU General Public License v2.0 or later",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html",
    osiApproved: true
  },
  "CAL-1.0": {
    name: "Cryptographic Autonomy License 1.0",
    url: "http://cryptographicautonomylicense.com/license-text.html",
    osiApproved: true
  },
  "GFDL-1.2-invariants-only": {
    name: "GNU Free Documentation License v1.2 only - invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "GPL-2.0-with-bison-exception": {
    name: "GNU General Public License v2.0 w/Bison exception",
    url: "http://git.savannah.gnu.org/cgit/bison.git/tree/data/yacc.c?id=193d7c7054ba7197b0789e14965b739162319b5e#n141",
    osiApproved: false
  },
  "CC-PDM-1.0": {
    name: "Creative    Commons Public Domain Mark 1.0 Universal",
    url: "https://creativecommons.org/publicdomain/mark/1.0/",
    osiApproved: false
  },
  "CMU-Mach-nodoc": {
    name: "CMU    Mach - no notices-in-documentation variant",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L718-L728",
    osiApproved: false
  },
  "RPSL-1.0": {
    name: "RealNetworks Public Source License v1.0",
    url: "https://helixcommunity.org/content/rpsl",
    osiApproved: true
  },
  "CDLA-Permissive-1.0": {
    name: "Community Data License Agreement Permissive 1.0",
    url: "https://cdla.io/permissive-1-0",
    osiApproved: false
  },
  "BSD-2-Clause-pkgconf-disclaimer": {
    name: "BSD 2-Clause pkgconf disclaimer variant",
    url: "https://github.com/audacious-media-player/audacious/blob/master/src/audacious/main.cc",
    osiApproved: false
  },
  "GFDL-1.2": {
    name: "GNU Free Documentation License v1.2",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "JPL-image": {
    name: "JPL Image Use Policy",
    url: "https://www.jpl.nasa.gov/jpl-image-use-policy",
    osiApproved: false
  },
  "CC-BY-3.0": {
    name: "Creative Commons Attribution 3.0 Unported",
    url: "https://creativecommons.org/licenses/by/3.0/legalcode",
    osiApproved: false
  },
  "LPPL-1.0": {
    name: "LaTeX Project Public License v1.0",
    url: "http://www.latex-project.org/lppl/lppl-1-0.txt",
    osiApproved: false
  },
  LGPLLR: {
    name: "Lesser General Public License For Linguistic Resources",
    url: "http://www-igm.univ-mlv.fr/~unitex/lgpllr.html",
    osiApproved: false
  },
  "CC-BY-SA-2.0-UK": {
    name: "Creative Commons Attribution Share Alike 2.0 England and Wales",
    url: "https://creativecommons.org/licenses/by-sa/2.0/uk/legalcode",
    osiApproved: false
  },
  "OLDAP-2.0.1": {
    name: "Open LDAP Public License v2.0.1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=b6d68acd14e51ca3aab4428bf26522aa74873f0e",
    osiApproved: false
  },
  "Unicode-3.0": {
    name: "Unicode License v3",
    url: "https://www.unicode.org/license.txt",
    osiApproved: true
  },
  "Parity-6.0.0": {
    name: "The Parity Public License 6.0.0",
    url: "https://paritylicense.com/versions/6.0.0.html",
    osiApproved: false
  },
  "LPL-1.0": {
    name: "Lucent Public License Version 1.0",
    url: "https://opensource.org/licenses/LPL-1.0",
    osiApproved: true
  },
  Glulxe: {
    name: "Glulxe License",
    url: "https://fedoraproject.org/wiki/Licensing/Glulxe",
    osiApproved: false
  },
  "CMU-Mach": {
    name: "CMU Mach License",
    url: "https://www.cs.cmu.edu/~410/licenses.html",
    osiApproved: false
  },
  Zeeff: {
    name: "Zeeff License",
    url: "ftp://ftp.tin.org/pub/news/utils/newsx/newsx-1.6.tar.gz",
    osiApproved: false
  },
  "DL-DE-ZERO-2.0": {
    name: "Data licence Germany \u2013 zero \u2013 version 2.0",
    url: "https://www.govdata.de/dl-de/zero-2-0",
    osiApproved: false
  },
  "NTIA-PD": {
    name: "NTIA Public Domain Notice",
    url: "https://raw.githubusercontent.com/NTIA/itm/refs/heads/master/LICENSE.md",
    osiApproved: false
  },
  Nokia: {
    name: "Nokia Open Source License",
    url: "https://opensource.org/licenses/nokia",
    osiApproved: true
  },
  "CC-BY-3.0-IGO": {
    name: "Creative Commons Attribution 3.0 IGO",
    url: "https://creativecommons.org/licenses/by/3.0/igo/legalcode",
    osiApproved: false
  },
  Saxpath: {
    name: "Saxpath License",
    url: "https://fedoraproject.org/wiki/Licensing/Saxpath_License",
    osiApproved: false
  },
  "McPhee-slideshow": {
    name: "McPhee Slideshow License",
    url: "https://mirror.las.iastate.edu/tex-archive/graphics/metapost/contrib/macros/slideshow/slideshow.mp",
    osiApproved: false
  },
  snprintf: {
    name: "snprintf License",
    url: "https://github.com/openssh/openssh-portable/blob/master/openbsd-compat/bsd-snprintf.c#L2",
    osiApproved: false
  },
  "W3C-19980720": {
    name: "W3C Software Notice and License (1998-07-20)",
    url: "http://www.w3.org/Consortium/Legal/copyright-software-19980720.html",
    osiApproved: false
  },
  "EFL-1.0": {
    name: "Eiffel Forum License v1.0",
    url: "http://www.eiffel-nice.org/license/forum.txt",
    osiApproved: true
  },
  xpp: {
    name: "XPP License",
    url: "https://fedoraproject.org/wiki/Licensing/xpp",
    osiApproved: false
  },
  TCL: {
    name: "TCL/TK License",
    url: "http://www.tcl.tk/software/tcltk/license.html",
    osiApproved: false
  },
  "BSD-3-Clause-LBNL": {
    name: "Lawrence Berkeley National Labs BSD variant license",
    url: "https://fedoraproject.org/wiki/Licensing/LBNLBSD",
    osiApproved: true
  },
  "OCLC-2.0": {
    name: "OCLC Research Public License 2.0",
    url: "http://www.oclc.org/research/activities/software/license/v2final.htm",
    osiApproved: true
  },
  "OGC-1.0": {
    name: "OGC Software License, Version 1.0",
    url: "https://www.ogc.org/ogc/software/1.0",
    osiApproved: false
  },
  "Latex2e-translated-notice": {
    name: "Latex2e with translated notice permission",
    url: "https://git.savannah.gnu.org/cgit/indent.git/tree/doc/indent.texi?id=a74c6b4ee49397cf330b333da1042bffa60ed14f#n74",
    osiApproved: false
  },
  "GFDL-1.3-or-later": {
    name: "GNU Free Documentation License v1.3 or later",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  Qhull: {
    name: "Qhull License",
    url: "https://fedoraproject.org/wiki/Licensing/Qhull",
    osiApproved: false
  },
  "Spencer-99": {
    name: "Spencer License 99",
    url: "http://www.opensource.apple.com/source/tcl/tcl-5/tcl/generic/regfronts.c",
    osiApproved: false
  },
  "IBM-pibs": {
    name: "IBM PowerPC Initialization and Boot Software",
    url: "http://git.denx.de/?p=u-boot.git;a=blob;f=arch/powerpc/cpu/ppc4xx/miiphy.c;h=297155fdafa064b955e53e9832de93bfb0cfb85b;hb=9fab4bf4cc077c21e43941866f3f2c196f28670d",
    osiApproved: false
  },
  "GFDL-1.2-no-invariants-only": {
    name: "GNU Free Documentation License v1.2 only - no invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "check-cvs": {
    name: "check-cvs License",
    url: "http://cvs.savannah.gnu.org/viewvc/cvs/ccvs/contrib/check_cvs.in?revision=1.1.4.3&view=markup&pathrev=cvs1-11-23#l2",
    osiApproved: false
  },
  HDF5: {
    name: "HDF5 License",
    url: "https://github.com/HDFGroup/hdf5/?tab=License-1-ov-file#readme",
    osiApproved: false
  },
  VOSTROM: {
    name: "VOSTROM Public License for Open Source",
    url: "https://fedoraproject.org/wiki/Licensing/VOSTROM",
    osiApproved: false
  },
  "MS-PL": {
    name: "Microsoft Public License",
    url: "http://www.microsoft.com/opensource/licenses.mspx",
    osiApproved: true
  },
  "CDDL-1.0": {
    name: "Common Development and Distribution License 1.0",
    url: "https://opensource.org/licenses/cddl1",
    osiApproved: true
  },
  "OPL-UK-3.0": {
    name: "United    Kingdom Open Parliament Licence v3.0",
    url: "https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/",
    osiApproved: false
  },
  "CNRI-Python-GPL-Compatible": {
    name: "CNRI Python Open Source GPL Compatible License Agreement",
    url: "http://www.python.org/download/releases/1.6.1/download_win/",
    osiApproved: false
  },
  "UCL-1.0": {
    name: "Upstream Compatibility License v1.0",
    url: "https://opensource.org/licenses/UCL-1.0",
    osiApproved: true
  },
  "OFL-1.0": {
    name: "SIL Open Font License 1.0",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web",
    osiApproved: false
  },
  Eurosym: {
    name: "Eurosym License",
    url: "https://fedoraproject.org/wiki/Licensing/Eurosym",
    osiApproved: false
  },
  "ANTLR-PD-fallback": {
    name: "ANTLR Software Rights Notice with license fallback",
    url: "http://www.antlr2.org/license.html",
    osiApproved: false
  },
  "DocBook-DTD": {
    name: "DocBook DTD License",
    url: "http://www.docbook.org/xml/simple/1.1/docbook-simple-1.1.zip",
    osiApproved: false
  },
  SMLNJ: {
    name: "Standard ML of New Jersey License",
    url: "https://www.smlnj.org/license.html",
    osiApproved: false
  },
  "CATOSL-1.1": {
    name: "Computer Associates Trusted Open Source License 1.1",
    url: "https://opensource.org/licenses/CATOSL-1.1",
    osiApproved: true
  },
  MIPS: {
    name: "MIPS License",
    url: "https://sourceware.org/cgit/binutils-gdb/tree/include/coff/sym.h#n11",
    osiApproved: false
  },
  "Net-SNMP": {
    name: "Net-SNMP License",
    url: "http://net-snmp.sourceforge.net/about/license.html",
    osiApproved: false
  },
  OAR: {
    name: "OAR License",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/string/strsignal.c;hb=HEAD#l35",
    osiApproved: false
  },
  "mpi-permissive": {
    name: "mpi Permissive License",
    url: "https://sources.debian.org/src/openmpi/4.1.0-10/ompi/debuggers/msgq_interface.h/?hl=19#L19",
    osiApproved: false
  },
  Borceux: {
    name: "Borceux license",
    url: "https://fedoraproject.org/wiki/Licensing/Borceux",
    osiApproved: false
  },
  "GFDL-1.2-no-invariants-or-later": {
    name: "GNU Free Documentation License v1.2 or later - no invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  NCSA: {
    name: "University of Illinois/NCSA Open Source License",
    url: "http://otm.illinois.edu/uiuc_openSource",
    osiApproved: true
  },
  "GPL-3.0+": {
    name: "GNU General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/gpl-3.0-standalone.html",
    osiApproved: true
  },
  IJG: {
    name: "Independent JPEG Group License",
    url: "http://dev.w3.org/cvsweb/Amaya/libjpeg/Attic/README?rev=1.2",
    osiApproved: false
  },
  "BSD-Source-Code": {
    name: "BSD Source Code Attribution",
    url: "https://github.com/robbiehanson/CocoaHTTPServer/blob/master/LICENSE.txt",
    osiApproved: false
  },
  "CDL-1.0": {
    name: "Common Documentation License 1.0",
    url: "http://www.opensource.apple.com/cdl/",
    osiApproved: false
  },
  TTYP0: {
    name: "TTYP0 License",
    url: "https://people.mpi-inf.mpg.de/~uwe/misc/uw-ttyp0/",
    osiApproved: false
  },
  "CC-BY-SA-4.0": {
    name: "Creative Commons Attribution Share Alike 4.0 International",
    url: "https://creativecommons.org/licenses/by-sa/4.0/legalcode",
    osiApproved: false
  },
  "AGPL-3.0": {
    name: "GNU Affero General Public License v3.0",
    url: "https://www.gnu.org/licenses/agpl.txt",
    osiApproved: true
  },
  "ALGLIB-Documentation": {
    name: "ALGLIB Documentation License",
    osiApproved: true
  },
  "CC-BY-SA-3.0-AT": {
    name: "Creative Commons Attribution Share Alike 3.0 Austria",
    url: "https://creativecommons.org/licenses/by-sa/3.0/at/legalcode",
    osiApproved: false
  },
  swrule: {
    name: "swrule License",
    url: "https://ctan.math.utah.edu/ctan/tex-archive/macros/generic/misc/swrule.sty",
    osiApproved: false
  },
  AAL: {
    name: "Attribution Assurance License",
    url: "https://opensource.org/licenses/attribution",
    osiApproved: true
  },
  "AML-glslang": {
    name: "AML glslang variant License",
    url: "https://github.com/KhronosGroup/glslang/blob/main/LICENSE.txt#L949",
    osiApproved: false
  },
  FSFAP: {
    name: "FSF All Permissive License",
    url: "https://www.gnu.org/prep/maintain/html_node/License-Notices-for-Other-Files.html",
    osiApproved: false
  },
  "VSL-1.0": {
    name: "Vovida Software License v1.0",
    url: "https://opensource.org/licenses/VSL-1.0",
    osiApproved: true
  },
  "Sun-PPP": {
    name: "Sun PPP License",
    url: "https://github.com/ppp-project/ppp/blob/master/pppd/eap.c#L7-L16",
    osiApproved: false
  },
  gtkbook: {
    name: "gtkbook License",
    url: "https://github.com/slogan621/gtkbook",
    osiApproved: false
  },
  "CC-BY-SA-2.5": {
    name: "Creative Commons Attribution Share Alike 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-sa/2.5/legalcode",
    osiApproved: false
  },
  "SMAIL-GPL": {
    name: "SMAIL General Public License",
    url: "https://sources.debian.org/copyright/license/debianutils/4.11.2/",
    osiApproved: false
  },
  "Apache-2.0": {
    name: "Apache License 2.0",
    url: "https://www.apache.org/licenses/LICENSE-2.0",
    osiApproved: true
  },
  "EPL-1.0": {
    name: "Eclipse Public License 1.0",
    url: "http://www.eclipse.org/legal/epl-v10.html",
    osiApproved: true
  },
  mpich2: {
    name: "mpich2 License",
    url: "https://fedoraproject.org/wiki/Licensing/MIT",
    osiApproved: false
  },
  "NIST-PD-TNT": {
    name: "NIST    Public Domain Notice TNT variant",
    url: "https://math.nist.gov/tnt/download.html",
    osiApproved: false
  },
  "MIT-Festival": {
    name: "MIT Festival Variant",
    url: "https://github.com/festvox/flite/blob/master/COPYING",
    osiApproved: false
  },
  "OGL-UK-2.0": {
    name: "Open Government Licence v2.0",
    url: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/",
    osiApproved: false
  },
  "OLDAP-1.4": {
    name: "Open LDAP Public License v1.4",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=c9f95c2f3f2ffb5e0ae55fe7388af75547660941",
    osiApproved: false
  },
  Jam: {
    name: "Jam License",
    url: "https://www.boost.org/doc/libs/1_35_0/doc/html/jam.html",
    osiApproved: true
  },
  "Python-2.0": {
    name: "Python License 2.0",
    url: "https://opensource.org/licenses/Python-2.0",
    osiApproved: true
  },
  "HPND-Netrek": {
    name: "Historical Permission Notice and Disclaimer - Netrek variant",
    osiApproved: false
  },
  mailprio: {
    name: "mailprio License",
    url: "https://fossies.org/linux/sendmail/contrib/mailprio",
    osiApproved: false
  },
  "OFL-1.0-no-RFN": {
    name: "SIL Open Font License 1.0 with no Reserved Font Name",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web",
    osiApproved: false
  },
  MIT: {
    name: "MIT License",
    url: "https://opensource.org/license/mit/",
    osiApproved: true
  },
  "NPL-1.0": {
    name: "Netscape Public License v1.0",
    url: "http://www.mozilla.org/MPL/NPL/1.0/",
    osiApproved: false
  },
  Entessa: {
    name: "Entessa Public License v1.0",
    url: "https://opensource.org/licenses/Entessa",
    osiApproved: true
  },
  "CC-BY-ND-1.0": {
    name: "Creative Commons Attribution No Derivatives 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-nd/1.0/legalcode",
    osiApproved: false
  },
  "ECL-2.0": {
    name: "Educational Community License v2.0",
    url: "https://opensource.org/licenses/ECL-2.0",
    osiApproved: true
  },
  "OLDAP-2.2.2": {
    name: "Open LDAP Public License 2.2.2",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=df2cc1e21eb7c160695f5b7cffd6296c151ba188",
    osiApproved: false
  },
  "OLDAP-2.4": {
    name: "Open LDAP Public License v2.4",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=cd1284c4a91a8a380d904eee68d1583f989ed386",
    osiApproved: false
  },
  "Adobe-Utopia": {
    name: "Adobe Utopia Font License",
    url: "https://gitlab.freedesktop.org/xorg/font/adobe-utopia-100dpi/-/blob/master/COPYING?ref_type=heads",
    osiApproved: false
  },
  "AFL-1.1": {
    name: "Academic Free License v1.1",
    url: "http://opensource.linux-mirror.org/licenses/afl-1.1.txt",
    osiApproved: true
  },
  "SHL-0.5": {
    name: "Solderpad Hardware License v0.5",
    url: "https://solderpad.org/licenses/SHL-0.5/",
    osiApproved: false
  },
  "CC-BY-NC-SA-2.5": {
    name: "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.5/legalcode",
    osiApproved: false
  },
  TOSL: {
    name: "Trusster Open Source License",
    url: "https://fedoraproject.org/wiki/Licensing/TOSL",
    osiApproved: false
  },
  "OFL-1.1-no-RFN": {
    name: "SIL Open Font License 1.1 with no Reserved Font Name",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web",
    osiApproved: true
  },
  APAFML: {
    name: "Adobe Postscript AFM License",
    url: "https://fedoraproject.org/wiki/Licensing/AdobePostscriptAFM",
    osiApproved: false
  },
  "BSD-Mark-Modifications": {
    name: "BSD Mark Modifications License",
    url: "https://ftp.gnu.org/gnu/aspell/dict/en/aspell6-en-2020.12.07-0.tar.bz2",
    osiApproved: false
  },
  "ECL-1.0": {
    name: "Educational Community License v1.0",
    url: "https://opensource.org/licenses/ECL-1.0",
    osiApproved: true
  },
  "Spencer-86": {
    name: "Spencer License 86",
    url: "https://fedoraproject.org/wiki/Licensing/Henry_Spencer_Reg-Ex_Library_License",
    osiApproved: false
  },
  "generic-xts": {
    name: "Generic XTS License",
    url: "https://github.com/mhogomchungu/zuluCrypt/blob/master/external_libraries/tcplay/generic_xts.c",
    osiApproved: false
  },
  "RPL-1.1": {
    name: "Reciprocal Public License 1.1",
    url: "https://opensource.org/licenses/RPL-1.1",
    osiApproved: true
  },
  FSFUL: {
    name: "FSF Unlimited License",
    url: "https://fedoraproject.org/wiki/Licensing/FSF_Unlimited_License",
    osiApproved: false
  },
  "3D-Slicer-1.0": {
    name: "3D Slicer License v1.0",
    url: "https://slicer.org/LICENSE",
    osiApproved: false
  },
  "URT-RLE": {
    name: "Utah Raster Toolkit Run Length Encoded License",
    url: "https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/converter/other/pnmtorle.c",
    osiApproved: false
  },
  "Adobe-Display-PostScript": {
    name: "Adobe Display PostScript License",
    url: "https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L752",
    osiApproved: false
  },
  "ZPL-1.1": {
    name: "Zope Public License 1.1",
    url: "http://old.zope.org/Resources/License/ZPL-1.1",
    osiApproved: false
  },
  "UPL-1.0": {
    name: "Universal Permissive License v1.0",
    url: "https://opensource.org/licenses/UPL",
    osiApproved: true
  },
  metamail: {
    name: "metamail License",
    url: "https://github.com/Dual-Life/mime-base64/blob/master/Base64.xs#L12",
    osiApproved: false
  },
  "DEC-3-Clause": {
    name: "DEC 3-Clause License",
    url: "https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L239",
    osiApproved: false
  },
  Unlicense: {
    name: "The Unlicense",
    url: "https://unlicense.org/",
    osiApproved: true
  },
  "HPND-doc-sell": {
    name: "Historical Permission Notice and Disclaimer - documentation sell variant",
    url: "https://gitlab.freedesktop.org/xorg/lib/libxtst/-/blob/master/COPYING?ref_type=heads#L108-117",
    osiApproved: false
  },
  "OLFL-1.3": {
    name: "Open Logistics Foundation License Version 1.3",
    url: "https://openlogisticsfoundation.org/licenses/",
    osiApproved: true
  },
  "CECILL-2.1": {
    name: "CeCILL Free Software License Agreement v2.1",
    url: "http://www.cecill.info/licences/Licence_CeCILL_V2.1-en.html",
    osiApproved: true
  },
  "Sun-PPP-2000": {
    name: "Sun PPP License (2000)",
    url: "https://github.com/ppp-project/ppp/blob/master/modules/ppp_ahdlc.c#L7-L19",
    osiApproved: false
  },
  "SUL-1.0": {
    name: "Sustainable Use License v1.0",
    url: "https://github.com/n8n-io/n8n/blob/master/LICENSE.md",
    osiApproved: false
  },
  "OGL-UK-3.0": {
    name: "Open Government Licence v3.0",
    url: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    osiApproved: false
  },
  "OLDAP-2.5": {
    name: "Open LDAP Public License v2.5",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=6852b9d90022e8593c98205413380536b1b5a7cf",
    osiApproved: false
  },
  "HPND-export2-US": {
    name: "HPND with US Government export control and 2 disclaimers",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L111-L133",
    osiApproved: false
  },
  "BSD-Advertising-Acknowledgement": {
    name: "BSD Advertising Acknowledgement License",
    url: "https://github.com/python-excel/xlrd/blob/master/LICENSE#L33",
    osiApproved: false
  },
  "EUPL-1.2": {
    name: "European Union Public License 1.2",
    url: "https://joinup.ec.europa.eu/page/eupl-text-11-12",
    osiApproved: true
  },
  Plexus: {
    name: "Plexus Classworlds License",
    url: "https://fedoraproject.org/wiki/Licensing/Plexus_Classworlds_License",
    osiApproved: false
  },
  "TAPR-OHL-1.0": {
    name: "TAPR Open Hardware License v1.0",
    url: "https://www.tapr.org/OHL",
    osiApproved: false
  },
  Motosoto: {
    name: "Motosoto License",
    url: "https://opensource.org/licenses/Motosoto",
    osiApproved: true
  },
  "APL-1.0": {
    name: "Adaptive Public License 1.0",
    url: "https://opensource.org/licenses/APL-1.0",
    osiApproved: true
  },
  Cronyx: {
    name: "Cronyx License",
    url: "https://gitlab.freedesktop.org/xorg/font/alias/-/blob/master/COPYING",
    osiApproved: false
  },
  "CC-BY-NC-2.0": {
    name: "Creative Commons Attribution Non Commercial 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc/2.0/legalcode",
    osiApproved: false
  },
  Rdisc: {
    name: "Rdisc License",
    url: "https://fedoraproject.org/wiki/Licensing/Rdisc_License",
    osiApproved: false
  },
  "GFDL-1.2-only": {
    name: "GNU Free Documentation License v1.2 only",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "Elastic-2.0": {
    name: "Elastic License 2.0",
    url: "https://www.elastic.co/licensing/elastic-license",
    osiApproved: false
  },
  "CC-BY-3.0-NL": {
    name: "Creative Commons Attribution 3.0 Netherlands",
    url: "https://creativecommons.org/licenses/by/3.0/nl/legalcode",
    osiApproved: false
  },
  "LGPL-2.1+": {
    name: "GNU Lesser General Public License v2.1 or later",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html",
    osiApproved: true
  },
  magaz: {
    name: "magaz License",
    url: "https://mirrors.nic.cz/tex-archive/macros/latex/contrib/magaz/magaz.tex",
    osiApproved: false
  },
  "GPL-3.0": {
    name: "GNU General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/gpl-3.0-standalone.html",
    osiApproved: true
  },
  "eCos-2.0": {
    name: "eCos license version 2.0",
    url: "https://www.gnu.org/licenses/ecos-license.html",
    osiApproved: false
  },
  psfrag: {
    name: "psfrag License",
    url: "https://fedoraproject.org/wiki/Licensing/psfrag",
    osiApproved: false
  },
  "CERN-OHL-1.1": {
    name: "CERN Open Hardware Licence v1.1",
    url: "https://www.ohwr.org/project/licenses/wikis/cern-ohl-v1.1",
    osiApproved: false
  },
  "D-FSL-1.0": {
    name: "Deutsche Freie Software Lizenz",
    url: "http://www.dipp.nrw.de/d-fsl/lizenzen/",
    osiApproved: false
  },
  ngrep: {
    name: "ngrep License",
    url: "https://github.com/jpr5/ngrep/blob/master/LICENSE",
    osiApproved: false
  },
  w3m: {
    name: "w3m License",
    url: "https://github.com/tats/w3m/blob/master/COPYING",
    osiApproved: false
  },
  "CC-BY-NC-SA-1.0": {
    name: "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc-sa/1.0/legalcode",
    osiApproved: false
  },
  TermReadKey: {
    name: "TermReadKey License",
    url: "https://github.com/jonathanstowe/TermReadKey/blob/master/README#L9-L10",
    osiApproved: false
  },
  "GPL-3.0-or-later": {
    name: "GNU General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/gpl-3.0-standalone.html",
    osiApproved: true
  },
  SWL: {
    name: "Scheme Widget Library (SWL) Software License Agreement",
    url: "https://fedoraproject.org/wiki/Licensing/SWL",
    osiApproved: false
  },
  OpenSSL: {
    name: "OpenSSL License",
    url: "http://www.openssl.org/source/license.html",
    osiApproved: false
  },
  "Python-2.0.1": {
    name: "Python License 2.0.1",
    url: "https://www.python.org/download/releases/2.0.1/license/",
    osiApproved: false
  },
  "CC-BY-SA-3.0-DE": {
    name: "Creative Commons Attribution Share Alike 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-sa/3.0/de/legalcode",
    osiApproved: false
  },
  "OLDAP-2.7": {
    name: "Open LDAP Public License v2.7",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=47c2415c1df81556eeb39be6cad458ef87c534a2",
    osiApproved: false
  },
  "SAX-PD": {
    name: "Sax Public Domain Notice",
    url: "http://www.saxproject.org/copying.html",
    osiApproved: false
  },
  HIDAPI: {
    name: "HIDAPI License",
    url: "https://github.com/signal11/hidapi/blob/master/LICENSE-orig.txt",
    osiApproved: false
  },
  Leptonica: {
    name: "Leptonica License",
    url: "https://fedoraproject.org/wiki/Licensing/Leptonica",
    osiApproved: false
  },
  "SSH-short": {
    name: "SSH short notice",
    url: "https://github.com/openssh/openssh-portable/blob/1b11ea7c58cd5c59838b5fa574cd456d6047b2d4/pathnames.h",
    osiApproved: false
  },
  "SimPL-2.0": {
    name: "Simple Public License 2.0",
    url: "https://opensource.org/licenses/SimPL-2.0",
    osiApproved: true
  },
  "GFDL-1.3-only": {
    name: "GNU Free Documentation License v1.3 only",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  Kazlib: {
    name: "Kazlib License",
    url: "http://git.savannah.gnu.org/cgit/kazlib.git/tree/except.c?id=0062df360c2d17d57f6af19b0e444c51feb99036",
    osiApproved: false
  },
  "CECILL-C": {
    name: "CeCILL-C Free Software License Agreement",
    url: "http://www.cecill.info/licences/Licence_CeCILL-C_V1-en.html",
    osiApproved: false
  },
  "MS-LPL": {
    name: "Microsoft Limited Public License",
    url: "https://www.openhub.net/licenses/mslpl",
    osiApproved: false
  },
  "CECILL-B": {
    name: "CeCILL-B Free Software License Agreement",
    url: "http://www.cecill.info/licences/Licence_CeCILL-B_V1-en.html",
    osiApproved: false
  },
  "YPL-1.0": {
    name: "Yahoo! Public License v1.0",
    url: "http://www.zimbra.com/license/yahoo_public_license_1.0.html",
    osiApproved: false
  },
  "ASWF-Digital-Assets-1.0": {
    name: "ASWF Digital Assets License version 1.0",
    url: "https://github.com/AcademySoftwareFoundation/foundation/blob/main/digital_assets/aswf_digital_assets_license_v1.0.txt",
    osiApproved: false
  },
  wwl: {
    name: "WWL License",
    url: "http://www.db.net/downloads/wwl+db-1.3.tgz",
    osiApproved: false
  },
  HTMLTIDY: {
    name: "HTML Tidy License",
    url: "https://github.com/htacg/tidy-html5/blob/next/README/LICENSE.md",
    osiApproved: false
  },
  "HPND-INRIA-IMAG": {
    name: "Historical Permission Notice and Disclaimer    - INRIA-IMAG variant",
    url: "https://github.com/ppp-project/ppp/blob/master/pppd/ipv6cp.c#L75-L83",
    osiApproved: false
  },
  xlock: {
    name: "xlock License",
    url: "https://fossies.org/linux/tiff/contrib/ras/ras2tif.c",
    osiApproved: false
  },
  "CC0-1.0": {
    name: "Creative Commons Zero v1.0 Universal",
    url: "https://creativecommons.org/publicdomain/zero/1.0/legalcode",
    osiApproved: false
  },
  "IEC-Code-Components-EULA": {
    name: "IEC    Code Components End-user licence agreement",
    url: "https://www.iec.ch/webstore/custserv/pdf/CC-EULA.pdf",
    osiApproved: false
  },
  "SugarCRM-1.1.3": {
    name: "SugarCRM Public License v1.1.3",
    url: "http://www.sugarcrm.com/crm/SPL",
    osiApproved: false
  },
  "HPND-DEC": {
    name: "Historical Permission Notice and Disclaimer - DEC variant",
    url: "https://gitlab.freedesktop.org/xorg/app/xkbcomp/-/blob/master/COPYING?ref_type=heads#L69",
    osiApproved: false
  },
  "BSD-3-Clause-No-Military-License": {
    name: "BSD 3-Clause No Military License",
    url: "https://gitlab.syncad.com/hive/dhive/-/blob/master/LICENSE",
    osiApproved: false
  },
  "NIST-PD-fallback": {
    name: "NIST Public Domain Notice with license fallback",
    url: "https://github.com/usnistgov/jsip/blob/59700e6926cbe96c5cdae897d9a7d2656b42abe3/LICENSE",
    osiApproved: false
  },
  "LiLiQ-P-1.1": {
    name: "Licence Libre du Qu\xE9bec \u2013 Permissive version 1.1",
    url: "https://forge.gouv.qc.ca/licence/fr/liliq-v1-1/",
    osiApproved: true
  },
  Caldera: {
    name: "Caldera License",
    url: "http://www.lemis.com/grog/UNIX/ancient-source-all.pdf",
    osiApproved: false
  },
  FSFULLR: {
    name: "FSF Unlimited License (with License Retention)",
    url: "https://fedoraproject.org/wiki/Licensing/FSF_Unlimited_License#License_Retention_Variant",
    osiApproved: false
  },
  pnmstitch: {
    name: "pnmstitch License",
    url: "https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/editor/pnmstitch.c#l2",
    osiApproved: false
  },
  "CC-BY-NC-SA-2.0-UK": {
    name: "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.0/uk/legalcode",
    osiApproved: false
  },
  "CC-BY-NC-SA-2.0-DE": {
    name: "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.0/de/legalcode",
    osiApproved: false
  },
  "GCR-docs": {
    name: "Gnome GCR Documentation License",
    url: "https://github.com/GNOME/gcr/blob/master/docs/COPYING",
    osiApproved: false
  },
  "CECILL-1.0": {
    name: "CeCILL Free Software License Agreement v1.0",
    url: "http://www.cecill.info/licences/Licence_CeCILL_V1-fr.html",
    osiApproved: false
  },
  "HPND-sell-variant": {
    name: "Historical Permission Notice and Disclaimer - sell variant",
    url: "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/net/sunrpc/auth_gss/gss_generic_token.c?h=v4.19",
    osiApproved: false
  },
  Clips: {
    name: "Clips License",
    url: "https://github.com/DrItanium/maya/blob/master/LICENSE.CLIPS",
    osiApproved: false
  },
  "etalab-2.0": {
    name: "Etalab Open License 2.0",
    url: "https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf",
    osiApproved: false
  },
  "CC-BY-NC-SA-3.0-DE": {
    name: "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-nc-sa/3.0/de/legalcode",
    osiApproved: false
  },
  libtiff: {
    name: "libtiff License",
    url: "https://fedoraproject.org/wiki/Licensing/libtiff",
    osiApproved: false
  },
  "BSD-4-Clause-Shortened": {
    name: "BSD 4 Clause Shortened",
    url: "https://metadata.ftp-master.debian.org/changelogs//main/a/arpwatch/arpwatch_2.1a15-7_copyright",
    osiApproved: false
  },
  curl: {
    name: "curl License",
    url: "https://github.com/bagder/curl/blob/master/COPYING",
    osiApproved: false
  },
  "Bitstream-Charter": {
    name: "Bitstream Charter Font License",
    url: "https://fedoraproject.org/wiki/Licensing/Charter#License_Text",
    osiApproved: false
  },
  "Apache-1.1": {
    name: "Apache License 1.1",
    url: "http://apache.org/licenses/LICENSE-1.1",
    osiApproved: true
  },
  "HPND-Kevlin-Henney": {
    name: "Historical Permission Notice and Disclaimer - Kevlin Henney variant",
    url: "https://github.com/mruby/mruby/blob/83d12f8d52522cdb7c8cc46fad34821359f453e6/mrbgems/mruby-dir/src/Win/dirent.c#L127-L140",
    osiApproved: false
  },
  pkgconf: {
    name: "pkgconf License",
    url: "https://github.com/pkgconf/pkgconf/blob/master/cli/main.c#L8",
    osiApproved: false
  },
  "OGL-UK-1.0": {
    name: "Open Government Licence v1.0",
    url: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/",
    osiApproved: false
  },
  "CC-BY-SA-2.1-JP": {
    name: "Creative Commons Attribution Share Alike 2.1 Japan",
    url: "https://creativecommons.org/licenses/by-sa/2.1/jp/legalcode",
    osiApproved: false
  },
  "OLDAP-1.2": {
    name: "Open LDAP Public License v1.2",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=42b0383c50c299977b5893ee695cf4e486fb0dc7",
    osiApproved: false
  },
  "FSFAP-no-warranty-disclaimer": {
    name: "FSF All Permissive License (without Warranty)",
    url: "https://git.savannah.gnu.org/cgit/wget.git/tree/util/trunc.c?h=v1.21.3&id=40747a11e44ced5a8ac628a41f879ced3e2ebce9#n6",
    osiApproved: false
  },
  "BitTorrent-1.0": {
    name: "BitTorrent Open Source License v1.0",
    url: "http://sources.gentoo.org/cgi-bin/viewvc.cgi/gentoo-x86/licenses/BitTorrent?r1=1.1&r2=1.1.1.1&diff_format=s",
    osiApproved: false
  },
  Latex2e: {
    name: "Latex2e License",
    url: "https://fedoraproject.org/wiki/Licensing/Latex2e",
    osiApproved: false
  },
  fwlw: {
    name: "fwlw License",
    url: "https://mirrors.nic.cz/tex-archive/macros/latex/contrib/fwlw/README",
    osiApproved: false
  },
  "MIT-Modern-Variant": {
    name: "MIT License Modern Variant",
    url: "https://fedoraproject.org/wiki/Licensing:MIT#Modern_Variants",
    osiApproved: true
  },
  SGP4: {
    name: "SGP4 Permission Notice",
    url: "https://celestrak.org/publications/AIAA/2006-6753/faq.php",
    osiApproved: false
  },
  "BSD-4.3RENO": {
    name: "BSD 4.3 RENO License",
    url: "https://sourceware.org/git/?p=binutils-gdb.git;a=blob;f=libiberty/strcasecmp.c;h=131d81c2ce7881fa48c363dc5bf5fb302c61ce0b;hb=HEAD",
    osiApproved: false
  },
  "LZMA-SDK-9.11-to-9.20": {
    name: "LZMA SDK License (versions 9.11 to 9.20)",
    url: "https://www.7-zip.org/sdk.html",
    osiApproved: false
  },
  "GFDL-1.3-invariants-or-later": {
    name: "GNU Free Documentation License v1.3 or later - invariants",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  "LPD-document": {
    name: "LPD Documentation License",
    url: "https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md",
    osiApproved: false
  },
  "GFDL-1.3-invariants-only": {
    name: "GNU Free Documentation License v1.3 only - invariants",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  "CC-BY-NC-SA-3.0-IGO": {
    name: "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO",
    url: "https://creativecommons.org/licenses/by-nc-sa/3.0/igo/legalcode",
    osiApproved: false
  },
  "HPND-doc": {
    name: "Historical Permission Notice and Disclaimer - documentation variant",
    url: "https://gitlab.freedesktop.org/xorg/lib/libxext/-/blob/master/COPYING?ref_type=heads#L185-197",
    osiApproved: false
  },
  "CNRI-Python": {
    name: "CNRI Python License",
    url: "https://opensource.org/licenses/CNRI-Python",
    osiApproved: true
  },
  "CC-BY-2.5-AU": {
    name: "Creative Commons Attribution 2.5 Australia",
    url: "https://creativecommons.org/licenses/by/2.5/au/legalcode",
    osiApproved: false
  },
  jove: {
    name: "Jove License",
    url: "https://github.com/jonmacs/jove/blob/4_17/LICENSE",
    osiApproved: false
  },
  "Hippocratic-2.1": {
    name: "Hippocratic License 2.1",
    url: "https://firstdonoharm.dev/version/2/1/license.html",
    osiApproved: false
  },
  ThirdEye: {
    name: "ThirdEye License",
    url: "https://sourceware.org/cgit/binutils-gdb/tree/include/coff/symconst.h#n11",
    osiApproved: false
  },
  NTP: {
    name: "NTP License",
    url: "https://opensource.org/licenses/NTP",
    osiApproved: true
  },
  ADSL: {
    name: "Amazon Digital Services License",
    url: "https://fedoraproject.org/wiki/Licensing/AmazonDigitalServicesLicense",
    osiApproved: false
  },
  "CC-BY-ND-3.0": {
    name: "Creative Commons Attribution No Derivatives 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-nd/3.0/legalcode",
    osiApproved: false
  },
  "BSD-2-Clause-Darwin": {
    name: "BSD 2-Clause - Ian Darwin variant",
    url: "https://github.com/file/file/blob/master/COPYING",
    osiApproved: false
  },
  "TGPPL-1.0": {
    name: "Transitive Grace Period Public Licence 1.0",
    url: "https://fedoraproject.org/wiki/Licensing/TGPPL",
    osiApproved: false
  },
  "CC-BY-NC-SA-2.0-FR": {
    name: "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.0/fr/legalcode",
    osiApproved: false
  },
  "LAL-1.2": {
    name: "Licence Art Libre 1.2",
    url: "http://artlibre.org/licence/lal/licence-art-libre-12/",
    osiApproved: false
  },
  "CECILL-1.1": {
    name: "CeCILL Free Software License Agreement v1.1",
    url: "http://www.cecill.info/licences/Licence_CeCILL_V1.1-US.html",
    osiApproved: false
  },
  "CC-BY-ND-2.5": {
    name: "Creative Commons Attribution No Derivatives 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-nd/2.5/legalcode",
    osiApproved: false
  },
  "GPL-2.0-with-GCC-exception": {
    name: "GNU General Public License v2.0 w/GCC Runtime Library exception",
    url: "https://gcc.gnu.org/git/?p=gcc.git;a=blob;f=gcc/libgcc1.c;h=762f5143fc6eed57b6797c82710f3538aa52b40b;hb=cb143a3ce4fb417c68f5fa2691a1b1b1053dfba9#l10",
    osiApproved: false
  },
  "Boehm-GC": {
    name: "Boehm-Demers-Weiser GC License",
    url: "https://fedoraproject.org/wiki/Licensing:MIT#Another_Minimal_variant_(found_in_libatomic_ops)",
    osiApproved: false
  },
  hdparm: {
    name: "hdparm License",
    url: "https://github.com/Distrotech/hdparm/blob/4517550db29a91420fb2b020349523b1b4512df2/LICENSE.TXT",
    osiApproved: false
  },
  "HPND-MIT-disclaimer": {
    name: "Historical Permission Notice and Disclaimer with MIT disclaimer",
    url: "https://metacpan.org/release/NLNETLABS/Net-DNS-SEC-1.22/source/LICENSE",
    osiApproved: false
  },
  OpenVision: {
    name: "OpenVision License",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L66-L98",
    osiApproved: false
  },
  "CC-BY-NC-SA-3.0": {
    name: "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-nc-sa/3.0/legalcode",
    osiApproved: false
  },
  mplus: {
    name: "mplus Font License",
    url: "https://fedoraproject.org/wiki/Licensing:Mplus?rd=Licensing/mplus",
    osiApproved: false
  },
  NOSL: {
    name: "Netizen Open Source License",
    url: "http://bits.netizen.com.au/licenses/NOSL/nosl.txt",
    osiApproved: false
  },
  "X11-no-permit-persons": {
    name: "X11 no permit persons clause",
    url: "https://gitlab.freedesktop.org/xorg/lib/libxinerama/-/blob/cc22c2f60c3862482562955116d5455263b443dc/COPYING#L44-66",
    osiApproved: false
  },
  psutils: {
    name: "psutils License",
    url: "https://fedoraproject.org/wiki/Licensing/psutils",
    osiApproved: false
  },
  AMPAS: {
    name: "Academy of Motion Picture Arts and Sciences BSD",
    url: "https://fedoraproject.org/wiki/Licensing/BSD#AMPASBSD",
    osiApproved: false
  },
  "DL-DE-BY-2.0": {
    name: "Data licence Germany \u2013 attribution \u2013 version 2.0",
    url: "https://www.govdata.de/dl-de/by-2-0",
    osiApproved: false
  },
  "Xdebug-1.03": {
    name: "Xdebug License v 1.03",
    url: "https://github.com/xdebug/xdebug/blob/master/LICENSE",
    osiApproved: false
  },
  OFFIS: {
    name: "OFFIS License",
    url: "https://sourceforge.net/p/xmedcon/code/ci/master/tree/libs/dicom/README",
    osiApproved: false
  },
  "MIT-0": {
    name: "MIT No Attribution",
    url: "https://github.com/aws/mit-0",
    osiApproved: true
  },
  "EFL-2.0": {
    name: "Eiffel Forum License v2.0",
    url: "http://www.eiffel-nice.org/license/eiffel-forum-license-2.html",
    osiApproved: true
  },
  Vim: {
    name: "Vim License",
    url: "http://vimdoc.sourceforge.net/htmldoc/uganda.html",
    osiApproved: false
  },
  SunPro: {
    name: "SunPro License",
    url: "https://github.com/freebsd/freebsd-src/blob/main/lib/msun/src/e_acosh.c",
    osiApproved: false
  },
  xzoom: {
    name: "xzoom License",
    url: "https://metadata.ftp-master.debian.org/changelogs//main/x/xzoom/xzoom_0.3-27_copyright",
    osiApproved: false
  },
  ICU: {
    name: "ICU License",
    url: "http://source.icu-project.org/repos/icu/icu/trunk/license.html",
    osiApproved: true
  },
  SchemeReport: {
    name: "Scheme Language Report License",
    osiApproved: false
  },
  "Unlicense-libtelnet": {
    name: "Unlicense - libtelnet variant",
    url: "https://github.com/seanmiddleditch/libtelnet/blob/develop/COPYING",
    osiApproved: false
  },
  "Arphic-1999": {
    name: "Arphic Public License",
    url: "http://ftp.gnu.org/gnu/non-gnu/chinese-fonts-truetype/LICENSE",
    osiApproved: false
  },
  "python-ldap": {
    name: "Python ldap License",
    url: "https://github.com/python-ldap/python-ldap/blob/main/LICENCE",
    osiApproved: false
  },
  "Ubuntu-font-1.0": {
    name: "Ubuntu Font Licence v1.0",
    url: "https://ubuntu.com/legal/font-licence",
    osiApproved: false
  },
  "LGPL-2.1": {
    name: "GNU Lesser General Public License v2.1 only",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html",
    osiApproved: true
  },
  GL2PS: {
    name: "GL2PS License",
    url: "http://www.geuz.org/gl2ps/COPYING.GL2PS",
    osiApproved: false
  },
  "MulanPSL-1.0": {
    name: "Mulan Permissive Software License, Version 1",
    url: "https://license.coscl.org.cn/MulanPSL/",
    osiApproved: false
  },
  "OLDAP-2.2.1": {
    name: "Open LDAP Public License v2.2.1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=4bc786f34b50aa301be6f5600f58a980070f481e",
    osiApproved: false
  },
  "LGPL-2.0-or-later": {
    name: "GNU Library General Public License v2 or later",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html",
    osiApproved: true
  },
  Libpng: {
    name: "libpng License",
    url: "http://www.libpng.org/pub/png/src/libpng-LICENSE.txt",
    osiApproved: false
  },
  gnuplot: {
    name: "gnuplot License",
    url: "https://fedoraproject.org/wiki/Licensing/Gnuplot",
    osiApproved: false
  },
  "Game-Programming-Gems": {
    name: "Game Programming Gems License",
    url: "https://github.com/OGRECave/ogre/blob/master/OgreMain/include/OgreSingleton.h#L28C3-L35C46",
    osiApproved: false
  },
  "PHP-3.01": {
    name: "PHP License v3.01",
    url: "http://www.php.net/license/3_01.txt",
    osiApproved: true
  },
  "CC-BY-NC-SA-4.0": {
    name: "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
    url: "https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode",
    osiApproved: false
  },
  "SAX-PD-2.0": {
    name: "Sax Public Domain Notice 2.0",
    url: "http://www.saxproject.org/copying.html",
    osiApproved: false
  },
  "OSL-2.1": {
    name: "Open Software License 2.1",
    url: "http://web.archive.org/web/20050212003940/http://www.rosenlaw.com/osl21.htm",
    osiApproved: true
  },
  "MIT-Wu": {
    name: "MIT Tom Wu Variant",
    url: "https://github.com/chromium/octane/blob/master/crypto.js",
    osiApproved: false
  },
  "EUPL-1.0": {
    name: "European Union Public License 1.0",
    url: "http://ec.europa.eu/idabc/en/document/7330.html",
    osiApproved: false
  },
  ulem: {
    name: "ulem License",
    url: "https://mirrors.ctan.org/macros/latex/contrib/ulem/README",
    osiApproved: false
  },
  "BSD-3-Clause": {
    name: 'BSD 3-Clause "New" or "Revised" License',
    url: "https://opensource.org/licenses/BSD-3-Clause",
    osiApproved: true
  },
  "AdaCore-doc": {
    name: "AdaCore Doc License",
    url: "https://github.com/AdaCore/xmlada/blob/master/docs/index.rst",
    osiApproved: false
  },
  OSSP: {
    name: "OSSP License",
    url: "https://git.sr.ht/~nabijaczleweli/ossp-var",
    osiApproved: false
  },
  "Inner-Net-2.0": {
    name: "Inner Net License v2.0",
    url: "https://fedoraproject.org/wiki/Licensing/Inner_Net_License",
    osiApproved: false
  },
  "BSD-4-Clause": {
    name: 'BSD 4-Clause "Original" or "Old" License',
    url: "http://directory.fsf.org/wiki/License:BSD_4Clause",
    osiApproved: false
  },
  JSON: {
    name: "JSON License",
    url: "http://www.json.org/license.html",
    osiApproved: false
  },
  "MIT-STK": {
    name: "MIT-STK License",
    url: "https://github.com/thestk/stk/blob/6aacd357d76250bb7da2b1ddf675651828784bbc/LICENSE",
    osiApproved: false
  },
  "ssh-keyscan": {
    name: "ssh-keyscan License",
    url: "https://github.com/openssh/openssh-portable/blob/master/LICENCE#L82",
    osiApproved: false
  },
  HPND: {
    name: "Historical Permission Notice and Disclaimer",
    url: "https://opensource.org/licenses/HPND",
    osiApproved: true
  },
  FreeImage: {
    name: "FreeImage Public License v1.0",
    url: "http://freeimage.sourceforge.net/freeimage-license.txt",
    osiApproved: false
  },
  "RPL-1.5": {
    name: "Reciprocal Public License 1.5",
    url: "https://opensource.org/licenses/RPL-1.5",
    osiApproved: true
  },
  "HPND-sell-MIT-disclaimer-xserver": {
    name: "Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer",
    url: "https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L1781",
    osiApproved: false
  },
  "ISO-permission": {
    name: "ISO permission notice",
    url: "https://gitlab.com/agmartin/linuxdoc-tools/-/blob/master/iso-entities/COPYING?ref_type=heads",
    osiApproved: false
  },
  "NPOSL-3.0": {
    name: "Non-Profit Open Software License 3.0",
    url: "https://opensource.org/licenses/NOSL3.0",
    osiApproved: true
  },
  "SSH-OpenSSH": {
    name: "SSH OpenSSH license",
    url: "https://github.com/openssh/openssh-portable/blob/1b11ea7c58cd5c59838b5fa574cd456d6047b2d4/LICENCE#L10",
    osiApproved: false
  },
  "BSD-2-Clause-Patent": {
    name: "BSD-2-Clause Plus Patent License",
    url: "https://opensource.org/licenses/BSDplusPatent",
    osiApproved: true
  },
  "LGPL-2.0-only": {
    name: "GNU Library General Public License v2 only",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html",
    osiApproved: true
  },
  UnRAR: {
    name: "UnRAR License",
    url: "https://public.dhe.ibm.com/aix/freeSoftware/aixtoolbox/LICENSES/unRAR.txt",
    osiApproved: false
  },
  FSFULLRSD: {
    name: "FSF Unlimited License (with License Retention and Short Disclaimer)",
    url: "https://git.savannah.gnu.org/cgit/gnulib.git/tree/modules/COPYING?id=7b08932179d0d6b017f7df01a2ddf6e096b038e3",
    osiApproved: false
  },
  "ESA-PL-weak-copyleft-2.4": {
    name: "European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)",
    url: "https://essr.esa.int/license/european-space-agency-public-license-v2-4-weak-copyleft-type-2",
    osiApproved: false
  },
  "NBPL-1.0": {
    name: "Net Boolean Public License v1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=37b4b3f6cc4bf34e1d3dec61e69914b9819d8894",
    osiApproved: false
  },
  "OGL-Canada-2.0": {
    name: "Open Government Licence - Canada",
    url: "https://open.canada.ca/en/open-government-licence-canada",
    osiApproved: false
  },
  "UMich-Merit": {
    name: "Michigan/Merit Networks License",
    url: "https://github.com/radcli/radcli/blob/master/COPYRIGHT#L64",
    osiApproved: false
  },
  TMate: {
    name: "TMate Open Source License",
    url: "http://svnkit.com/license.html",
    osiApproved: false
  },
  WordNet: {
    name: "WordNet License",
    url: "https://wordnet.princeton.edu/license-and-commercial-use",
    osiApproved: true
  },
  EPICS: {
    name: "EPICS Open License",
    url: "https://epics.anl.gov/license/open.php",
    osiApproved: false
  },
  "BSD-2-Clause-Views": {
    name: "BSD 2-Clause with views sentence",
    url: "http://www.freebsd.org/copyright/freebsd-license.html",
    osiApproved: false
  },
  "BSD-3-Clause-HP": {
    name: "Hewlett-Packard BSD variant license",
    url: "https://github.com/zdohnal/hplip/blob/master/COPYING#L939",
    osiApproved: false
  },
  "BSD-3-Clause-flex": {
    name: "BSD 3-Clause Flex variant",
    url: "https://github.com/westes/flex/blob/master/COPYING",
    osiApproved: false
  },
  "GPL-2.0": {
    name: "GNU General Public License v2.0 only",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html",
    osiApproved: true
  },
  "QPL-1.0-INRIA-2004": {
    name: "Q Public License 1.0 - INRIA 2004 variant",
    url: "https://github.com/maranget/hevea/blob/master/LICENSE",
    osiApproved: false
  },
  "CC-BY-NC-2.5": {
    name: "Creative Commons Attribution Non Commercial 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-nc/2.5/legalcode",
    osiApproved: false
  },
  "GPL-2.0-with-font-exception": {
    name: "GNU General Public License v2.0 w/Font exception",
    url: "https://www.gnu.org/licenses/gpl-faq.html#FontException",
    osiApproved: false
  },
  "GPL-2.0-only": {
    name: "GNU General Public License v2.0 only",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html",
    osiApproved: true
  },
  "OFL-1.1-RFN": {
    name: "SIL Open Font License 1.1 with Reserved Font Name",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web",
    osiApproved: true
  },
  Ruby: {
    name: "Ruby License",
    url: "https://www.ruby-lang.org/en/about/license.txt",
    osiApproved: false
  },
  FSFULLRWD: {
    name: "FSF Unlimited License (With License Retention and Warranty Disclaimer)",
    url: "https://lists.gnu.org/archive/html/autoconf/2012-04/msg00061.html",
    osiApproved: false
  },
  "GFDL-1.1-only": {
    name: "GNU Free Documentation License v1.1 only",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "Info-ZIP": {
    name: "Info-ZIP License",
    url: "http://www.info-zip.org/license.html",
    osiApproved: false
  },
  "Intel-ACPI": {
    name: "Intel ACPI Software License Agreement",
    url: "https://fedoraproject.org/wiki/Licensing/Intel_ACPI_Software_License_Agreement",
    osiApproved: false
  },
  "libpng-2.0": {
    name: "PNG Reference Library version 2",
    url: "http://www.libpng.org/pub/png/src/libpng-LICENSE.txt",
    osiApproved: false
  },
  "libselinux-1.0": {
    name: "libselinux public domain notice",
    url: "https://github.com/SELinuxProject/selinux/blob/master/libselinux/LICENSE",
    osiApproved: false
  },
  "GPL-2.0-with-classpath-exception": {
    name: "GNU General Public License v2.0 w/Classpath exception",
    url: "https://www.gnu.org/software/classpath/license.html",
    osiApproved: false
  },
  "BUSL-1.1": {
    name: "Business Source License 1.1",
    url: "https://mariadb.com/bsl11/",
    osiApproved: false
  },
  "LGPL-2.1-or-later": {
    name: "GNU Lesser General Public License v2.1 or later",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html",
    osiApproved: true
  },
  ImageMagick: {
    name: "ImageMagick License",
    url: "http://www.imagemagick.org/script/license.php",
    osiApproved: false
  },
  MMIXware: {
    name: "MMIXware License",
    url: "https://gitlab.lrz.de/mmix/mmixware/-/blob/master/boilerplate.w",
    osiApproved: false
  },
  "BSD-3-Clause-Sun": {
    name: "BSD 3-Clause Sun Microsystems",
    url: "https://github.com/xmlark/msv/blob/b9316e2f2270bc1606952ea4939ec87fbba157f3/xsdlib/src/main/java/com/sun/msv/datatype/regexp/InternalImpl.java",
    osiApproved: false
  },
  "IPL-1.0": {
    name: "IBM Public License v1.0",
    url: "https://opensource.org/licenses/IPL-1.0",
    osiApproved: true
  },
  "BSD-Protection": {
    name: "BSD Protection License",
    url: "https://fedoraproject.org/wiki/Licensing/BSD_Protection_License",
    osiApproved: false
  },
  "CDLA-Permissive-2.0": {
    name: "Community Data License Agreement Permissive 2.0",
    url: "https://cdla.dev/permissive-2-0",
    osiApproved: false
  },
  "Linux-man-pages-1-para": {
    name: "Linux man-pages - 1 paragraph",
    url: "https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/getcpu.2#n4",
    osiApproved: false
  },
  "SHL-0.51": {
    name: "Solderpad Hardware License, Version 0.51",
    url: "https://solderpad.org/licenses/SHL-0.51/",
    osiApproved: false
  },
  "BSD-4-Clause-UC": {
    name: "BSD-4-Clause (University of California-Specific)",
    url: "http://www.freebsd.org/copyright/license.html",
    osiApproved: false
  },
  "OLDAP-2.6": {
    name: "Open LDAP Public License v2.6",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=1cae062821881f41b73012ba816434897abf4205",
    osiApproved: false
  },
  "Adobe-Glyph": {
    name: "Adobe Glyph List License",
    url: "https://fedoraproject.org/wiki/Licensing/MIT#AdobeGlyph",
    osiApproved: false
  },
  wxWindows: {
    name: "wxWindows Library License",
    url: "https://opensource.org/licenses/WXwindows",
    osiApproved: true
  },
  "any-OSI": {
    name: "Any OSI License",
    url: "https://metacpan.org/pod/Exporter::Tidy#LICENSE",
    osiApproved: false
  },
  "OPL-1.0": {
    name: "Open Public License v1.0",
    url: "http://old.koalateam.com/jackaroo/OPL_1_0.TXT",
    osiApproved: false
  },
  "GPL-1.0-only": {
    name: "GNU General Public License v1.0 only",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html",
    osiApproved: false
  },
  "Aspell-RU": {
    name: "Aspell Russian License",
    url: "https://ftp.gnu.org/gnu/aspell/dict/ru/aspell6-ru-0.99f7-1.tar.bz2",
    osiApproved: false
  },
  FTL: {
    name: "Freetype Project License",
    url: "http://freetype.fis.uniroma2.it/FTL.TXT",
    osiApproved: false
  },
  "BitTorrent-1.1": {
    name: "BitTorrent Open Source License v1.1",
    url: "http://directory.fsf.org/wiki/License:BitTorrentOSL1.1",
    osiApproved: false
  },
  "LGPL-2.0": {
    name: "GNU Library General Public License v2 only",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html",
    osiApproved: true
  },
  "OSL-3.0": {
    name: "Open Software License 3.0",
    url: "https://web.archive.org/web/20120101081418/http://rosenlaw.com:80/OSL3.0.htm",
    osiApproved: true
  },
  Buddy: {
    name: "Buddy License",
    url: "https://sourceforge.net/p/buddy/gitcode/ci/master/tree/README",
    osiApproved: false
  },
  "CPAL-1.0": {
    name: "Common Public Attribution License 1.0",
    url: "https://opensource.org/licenses/CPAL-1.0",
    osiApproved: true
  },
  "APSL-2.0": {
    name: "Apple Public Source License 2.0",
    url: "http://www.opensource.apple.com/license/apsl/",
    osiApproved: true
  },
  "CC-BY-SA-3.0-IGO": {
    name: "Creative Commons Attribution-ShareAlike 3.0 IGO",
    url: "https://creativecommons.org/licenses/by-sa/3.0/igo/legalcode",
    osiApproved: false
  },
  "MIT-CMU": {
    name: "CMU License",
    url: "https://fedoraproject.org/wiki/Licensing:MIT?rd=Licensing/MIT#CMU_Style",
    osiApproved: false
  },
  Minpack: {
    name: "Minpack License",
    url: "http://www.netlib.org/minpack/disclaimer",
    osiApproved: false
  },
  "Unicode-DFS-2015": {
    name: "Unicode License Agreement - Data Files and Software (2015)",
    url: "https://web.archive.org/web/20151224134844/http://unicode.org/copyright.html",
    osiApproved: false
  },
  "Linux-man-pages-copyleft": {
    name: "Linux man-pages Copyleft",
    url: "https://www.kernel.org/doc/man-pages/licenses.html",
    osiApproved: false
  },
  "CAL-1.0-Combined-Work-Exception": {
    name: "Cryptographic Autonomy License 1.0 (Combined Work Exception)",
    url: "http://cryptographicautonomylicense.com/license-text.html",
    osiApproved: true
  },
  Xnet: {
    name: "X.Net License",
    url: "https://opensource.org/licenses/Xnet",
    osiApproved: true
  },
  "OSC-1.0": {
    name: "OSC License 1.0",
    url: "https://opensource.org/license/osc-license-1-0",
    osiApproved: true
  },
  Cube: {
    name: "Cube License",
    url: "https://fedoraproject.org/wiki/Licensing/Cube",
    osiApproved: false
  },
  "LPPL-1.1": {
    name: "LaTeX Project Public License v1.1",
    url: "http://www.latex-project.org/lppl/lppl-1-1.txt",
    osiApproved: false
  },
  "NLOD-2.0": {
    name: "Norwegian Licence for Open Government Data (NLOD) 2.0",
    url: "http://data.norge.no/nlod/en/2.0",
    osiApproved: false
  },
  "Knuth-CTAN": {
    name: "Knuth CTAN License",
    url: "https://ctan.org/license/knuth",
    osiApproved: false
  },
  "FreeBSD-DOC": {
    name: "FreeBSD Documentation License",
    url: "https://www.freebsd.org/copyright/freebsd-doc-license/",
    osiApproved: false
  },
  "TORQUE-1.1": {
    name: "TORQUE v2.5+ Software License v1.1",
    url: "https://fedoraproject.org/wiki/Licensing/TORQUEv1.1",
    osiApproved: false
  },
  "HPND-Markus-Kuhn": {
    name: "Historical Permission Notice and Disclaimer - Markus Kuhn variant",
    url: "https://www.cl.cam.ac.uk/~mgk25/ucs/wcwidth.c",
    osiApproved: false
  },
  "Adobe-2006": {
    name: "Adobe Systems Incorporated Source Code License Agreement",
    url: "https://fedoraproject.org/wiki/Licensing/AdobeLicense",
    osiApproved: false
  },
  MTLL: {
    name: "Matrix Template Library License",
    url: "https://fedoraproject.org/wiki/Licensing/Matrix_Template_Library_License",
    osiApproved: false
  },
  "ANTLR-PD": {
    name: "ANTLR Software Rights Notice",
    url: "http://www.antlr2.org/license.html",
    osiApproved: false
  },
  Wsuipa: {
    name: "Wsuipa License",
    url: "https://fedoraproject.org/wiki/Licensing/Wsuipa",
    osiApproved: false
  },
  "Artistic-1.0": {
    name: "Artistic License 1.0",
    url: "https://opensource.org/licenses/Artistic-1.0",
    osiApproved: true
  },
  "COIL-1.0": {
    name: "Copyfree Open Innovation License",
    url: "https://coil.apotheon.org/plaintext/01.0.txt",
    osiApproved: false
  },
  OML: {
    name: "Open Market License",
    url: "https://fedoraproject.org/wiki/Licensing/Open_Market_License",
    osiApproved: false
  },
  "AGPL-3.0-or-later": {
    name: "GNU Affero General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/agpl.txt",
    osiApproved: true
  },
  "GFDL-1.1-invariants-or-later": {
    name: "GNU Free Documentation License v1.1 or later - invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "SSLeay-standalone": {
    name: "SSLeay License - standalone",
    url: "https://www.tq-group.com/filedownloads/files/software-license-conditions/OriginalSSLeay/OriginalSSLeay.pdf",
    osiApproved: false
  },
  "C-UDA-1.0": {
    name: "Computational Use of Data Agreement v1.0",
    url: "https://github.com/microsoft/Computational-Use-of-Data-Agreement/blob/master/C-UDA-1.0.md",
    osiApproved: false
  },
  "HP-1989": {
    name: "Hewlett-Packard 1989 License",
    url: "https://github.com/bleargh45/Data-UUID/blob/master/LICENSE",
    osiApproved: false
  },
  "Cornell-Lossless-JPEG": {
    name: "Cornell Lossless JPEG License",
    url: "https://android.googlesource.com/platform/external/dng_sdk/+/refs/heads/master/source/dng_lossless_jpeg.cpp#16",
    osiApproved: false
  },
  "GFDL-1.3-no-invariants-or-later": {
    name: "GNU Free Documentation License v1.3 or later - no invariants",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  "CC-BY-1.0": {
    name: "Creative Commons Attribution 1.0 Generic",
    url: "https://creativecommons.org/licenses/by/1.0/legalcode",
    osiApproved: false
  },
  "MMPL-1.0.1": {
    name: "Minecraft Mod Public License v1.0.1",
    url: "https://github.com/BuildCraft/BuildCraft/blob/623d323b1868712f29f4a8b0979a02e8d1835131/LICENSE",
    osiApproved: false
  },
  SNIA: {
    name: "SNIA Public License 1.1",
    url: "https://fedoraproject.org/wiki/Licensing/SNIA_Public_License",
    osiApproved: false
  },
  "OpenPBS-2.3": {
    name: "OpenPBS v2.3 Software License",
    url: "https://github.com/adaptivecomputing/torque/blob/master/PBS_License.txt",
    osiApproved: false
  },
  "NCGL-UK-2.0": {
    name: "Non-Commercial Government Licence",
    url: "http://www.nationalarchives.gov.uk/doc/non-commercial-government-licence/version/2/",
    osiApproved: false
  },
  "Mackerras-3-Clause-acknowledgment": {
    name: "Mackerras 3-Clause - acknowledgment variant",
    url: "https://github.com/ppp-project/ppp/blob/master/pppd/auth.c#L6-L28",
    osiApproved: false
  },
  "NTP-0": {
    name: "NTP No Attribution",
    url: "https://github.com/tytso/e2fsprogs/blob/master/lib/et/et_name.c",
    osiApproved: false
  },
  "NICTA-1.0": {
    name: "NICTA Public Software License, Version 1.0",
    url: "https://opensource.apple.com/source/mDNSResponder/mDNSResponder-320.10/mDNSPosix/nss_ReadMe.txt",
    osiApproved: false
  },
  "Frameworx-1.0": {
    name: "Frameworx Open License 1.0",
    url: "https://opensource.org/licenses/Frameworx-1.0",
    osiApproved: true
  },
  "CNRI-Jython": {
    name: "CNRI Jython License",
    url: "http://www.jython.org/license.html",
    osiApproved: false
  },
  "Community-Spec-1.0": {
    name: "Community Specification License 1.0",
    url: "https://github.com/CommunitySpecification/1.0/blob/master/1._Community_Specification_License-v1.md",
    osiApproved: false
  },
  "BSD-3-Clause-No-Nuclear-License": {
    name: "BSD 3-Clause No Nuclear License",
    url: "http://download.oracle.com/otn-pub/java/licenses/bsd.txt",
    osiApproved: false
  },
  "libutil-David-Nugent": {
    name: "libutil David Nugent License",
    url: "http://web.mit.edu/freebsd/head/lib/libutil/login_ok.3",
    osiApproved: false
  },
  "CC-BY-NC-ND-3.0-IGO": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO",
    url: "https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode",
    osiApproved: false
  },
  "any-OSI-perl-modules": {
    name: "Any OSI License - Perl Modules",
    url: "https://metacpan.org/release/JUERD/Exporter-Tidy-0.09/view/Tidy.pm#LICENSE",
    osiApproved: false
  },
  "MIT-advertising": {
    name: "Enlightenment License (e16)",
    url: "https://fedoraproject.org/wiki/Licensing/MIT_With_Advertising",
    osiApproved: false
  },
  "HPND-export-US-modify": {
    name: "HPND with US Government export control warning and modification rqmt",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L1157-L1182",
    osiApproved: false
  },
  Xfig: {
    name: "Xfig License",
    url: "https://github.com/Distrotech/transfig/blob/master/transfig/transfig.c",
    osiApproved: false
  },
  "zlib-acknowledgement": {
    name: "zlib/libpng License with Acknowledgement",
    url: "https://fedoraproject.org/wiki/Licensing/ZlibWithAcknowledgement",
    osiApproved: false
  },
  "ISC-Veillard": {
    name: "ISC Veillard variant",
    url: "https://raw.githubusercontent.com/GNOME/libxml2/4c2e7c651f6c2f0d1a74f350cbda95f7df3e7017/hash.c",
    osiApproved: false
  },
  "YPL-1.1": {
    name: "Yahoo! Public License v1.1",
    url: "http://www.zimbra.com/license/yahoo_public_license_1.1.html",
    osiApproved: false
  },
  "BSD-3-Clause-Modification": {
    name: "BSD 3-Clause Modification",
    url: "https://fedoraproject.org/wiki/Licensing:BSD#Modification_Variant",
    osiApproved: false
  },
  "Artistic-1.0-Perl": {
    name: "Artistic License 1.0 (Perl)",
    url: "http://dev.perl.org/licenses/artistic.html",
    osiApproved: true
  },
  "GPL-3.0-only": {
    name: "GNU General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/gpl-3.0-standalone.html",
    osiApproved: true
  },
  "TU-Berlin-1.0": {
    name: "Technische Universitaet Berlin License 1.0",
    url: "https://github.com/swh/ladspa/blob/7bf6f3799fdba70fda297c2d8fd9f526803d9680/gsm/COPYRIGHT",
    osiApproved: false
  },
  "GPL-1.0+": {
    name: "GNU General Public License v1.0 or later",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html",
    osiApproved: false
  },
  "OPUBL-1.0": {
    name: "Open Publication License v1.0",
    url: "http://opencontent.org/openpub/",
    osiApproved: false
  },
  "App-s2p": {
    name: "App::s2p License",
    url: "https://fedoraproject.org/wiki/Licensing/App-s2p",
    osiApproved: false
  },
  checkmk: {
    name: "Checkmk License",
    url: "https://github.com/libcheck/check/blob/master/checkmk/checkmk.in",
    osiApproved: false
  },
  "CC-BY-3.0-AU": {
    name: "Creative Commons Attribution 3.0 Australia",
    url: "https://creativecommons.org/licenses/by/3.0/au/legalcode",
    osiApproved: false
  },
  "CC-BY-NC-4.0": {
    name: "Creative Commons Attribution Non Commercial 4.0 International",
    url: "https://creativecommons.org/licenses/by-nc/4.0/legalcode",
    osiApproved: false
  },
  Intel: {
    name: "Intel Open Source License",
    url: "https://opensource.org/licenses/Intel",
    osiApproved: true
  },
  "OFL-1.0-RFN": {
    name: "SIL Open Font License 1.0 with Reserved Font Name",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web",
    osiApproved: false
  },
  "MPL-2.0": {
    name: "Mozilla Public License 2.0",
    url: "https://www.mozilla.org/MPL/2.0/",
    osiApproved: true
  },
  NGPL: {
    name: "Nethack General Public License",
    url: "https://opensource.org/licenses/NGPL",
    osiApproved: true
  },
  "0BSD": {
    name: "BSD Zero Clause License",
    url: "http://landley.net/toybox/license.html",
    osiApproved: true
  },
  "OSET-PL-2.1": {
    name: "OSET Public License version 2.1",
    url: "http://www.osetfoundation.org/public-license",
    osiApproved: true
  },
  FBM: {
    name: "Fuzzy Bitmap License",
    url: "https://github.com/SWI-Prolog/packages-xpce/blob/161a40cd82004f731ba48024f9d30af388a7edf5/src/img/gifwrite.c#L21-L26",
    osiApproved: false
  },
  UnixCrypt: {
    name: "UnixCrypt License",
    url: "https://foss.heptapod.net/python-libs/passlib/-/blob/branch/stable/LICENSE#L70",
    osiApproved: false
  },
  "LGPL-3.0": {
    name: "GNU Lesser General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/lgpl-3.0-standalone.html",
    osiApproved: true
  },
  "MPL-1.0": {
    name: "Mozilla Public License 1.0",
    url: "http://www.mozilla.org/MPL/MPL-1.0.html",
    osiApproved: true
  },
  Giftware: {
    name: "Giftware License",
    url: "http://liballeg.org/license.html#allegro-4-the-giftware-license",
    osiApproved: false
  },
  Beerware: {
    name: "Beerware License",
    url: "https://fedoraproject.org/wiki/Licensing/Beerware",
    osiApproved: false
  },
  "Caldera-no-preamble": {
    name: "Caldera License (without preamble)",
    url: "https://github.com/apache/apr/blob/trunk/LICENSE#L298C6-L298C29",
    osiApproved: false
  },
  "BSD-2-Clause": {
    name: 'BSD 2-Clause "Simplified" License',
    url: "https://opensource.org/licenses/BSD-2-Clause",
    osiApproved: true
  },
  TTWL: {
    name: "Text-Tabs+Wrap License",
    url: "https://fedoraproject.org/wiki/Licensing/TTWL",
    osiApproved: false
  },
  "FSL-1.1-ALv2": {
    name: "Functional Source License, Version 1.1, ALv2 Future License",
    url: "https://fsl.software/FSL-1.1-ALv2.template.md",
    osiApproved: false
  },
  "GFDL-1.1-or-later": {
    name: "GNU Free Documentation License v1.1 or later",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "ESA-PL-permissive-2.4": {
    name: "European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)",
    url: "https://essr.esa.int/license/european-space-agency-public-license-v2-4-permissive-type-3",
    osiApproved: false
  },
  "OSL-1.1": {
    name: "Open Software License 1.1",
    url: "https://fedoraproject.org/wiki/Licensing/OSL1.1",
    osiApproved: false
  },
  "OCCT-PL": {
    name: "Open CASCADE Technology Public License",
    url: "http://www.opencascade.com/content/occt-public-license",
    osiApproved: false
  },
  "Interbase-1.0": {
    name: "Interbase Public License v1.0",
    url: "https://web.archive.org/web/20060319014854/http://info.borland.com/devsupport/interbase/opensource/IPL.html",
    osiApproved: false
  },
  "AMD-newlib": {
    name: "AMD newlib License",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/sys/a29khif/_close.S;h=04f52ae00de1dafbd9055ad8d73c5c697a3aae7f;hb=HEAD",
    osiApproved: false
  },
  "QPL-1.0": {
    name: "Q Public License 1.0",
    url: "http://doc.qt.nokia.com/3.3/license.html",
    osiApproved: true
  },
  "libpng-1.6.35": {
    name: "PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)",
    url: "http://www.libpng.org/pub/png/src/libpng-LICENSE.txt",
    osiApproved: false
  },
  MITNFA: {
    name: "MIT +no-false-attribs license",
    url: "https://fedoraproject.org/wiki/Licensing/MITNFA",
    osiApproved: false
  },
  "OpenSSL-standalone": {
    name: "OpenSSL License - standalone",
    url: "https://library.netapp.com/ecm/ecm_download_file/ECMP1196395",
    osiApproved: false
  },
  "MIT-Click": {
    name: "MIT Click License",
    url: "https://github.com/kohler/t1utils/blob/master/LICENSE",
    osiApproved: false
  },
  "BSD-Systemics-W3Works": {
    name: "Systemics W3Works BSD variant license",
    url: "https://metacpan.org/release/DPARIS/Crypt-Blowfish-2.14/source/COPYRIGHT#L7",
    osiApproved: false
  },
  "NIST-PD": {
    name: "NIST Public Domain Notice",
    url: "https://github.com/tcheneau/simpleRPL/blob/e645e69e38dd4e3ccfeceb2db8cba05b7c2e0cd3/LICENSE.txt",
    osiApproved: false
  },
  NLPL: {
    name: "No Limit Public License",
    url: "https://fedoraproject.org/wiki/Licensing/NLPL",
    osiApproved: false
  },
  "BSD-Systemics": {
    name: "Systemics BSD variant license",
    url: "https://metacpan.org/release/DPARIS/Crypt-DES-2.07/source/COPYRIGHT",
    osiApproved: false
  },
  "HPND-sell-variant-MIT-disclaimer-rev": {
    name: "HPND sell variant with MIT disclaimer - reverse",
    url: "https://github.com/sigmavirus24/x11-ssh-askpass/blob/master/dynlist.c",
    osiApproved: false
  },
  "CERN-OHL-1.2": {
    name: "CERN Open Hardware Licence v1.2",
    url: "https://www.ohwr.org/project/licenses/wikis/cern-ohl-v1.2",
    osiApproved: false
  },
  "GFDL-1.2-invariants-or-later": {
    name: "GNU Free Documentation License v1.2 or later - invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "SGI-B-2.0": {
    name: "SGI Free Software License B v2.0",
    url: "http://oss.sgi.com/projects/FreeB/SGIFreeSWLicB.2.0.pdf",
    osiApproved: false
  },
  "Martin-Birgmeier": {
    name: "Martin Birgmeier License",
    url: "https://github.com/Perl/perl5/blob/blead/util.c#L6136",
    osiApproved: false
  },
  "LGPL-2.0+": {
    name: "GNU Library General Public License v2 or later",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html",
    osiApproved: true
  },
  WTFPL: {
    name: "Do What The F*ck You Want To Public License",
    url: "http://www.wtfpl.net/about/",
    osiApproved: false
  },
  "Zimbra-1.3": {
    name: "Zimbra Public License v1.3",
    url: "http://web.archive.org/web/20100302225219/http://www.zimbra.com/license/zimbra-public-license-1-3.html",
    osiApproved: false
  },
  "CC-BY-SA-3.0": {
    name: "Creative Commons Attribution Share Alike 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-sa/3.0/legalcode",
    osiApproved: false
  },
  X11: {
    name: "X11 License",
    url: "http://www.xfree86.org/3.3.6/COPYRIGHT2.html#3",
    osiApproved: false
  },
  "BSD-3-Clause-No-Nuclear-License-2014": {
    name: "BSD 3-Clause No Nuclear License 2014",
    url: "https://java.net/projects/javaeetutorial/pages/BerkeleyLicense",
    osiApproved: false
  },
  "AFL-2.1": {
    name: "Academic Free License v2.1",
    url: "http://opensource.linux-mirror.org/licenses/afl-2.1.txt",
    osiApproved: true
  },
  CrystalStacker: {
    name: "CrystalStacker License",
    url: "https://fedoraproject.org/wiki/Licensing:CrystalStacker?rd=Licensing/CrystalStacker",
    osiApproved: false
  },
  "LZMA-SDK-9.22": {
    name: "LZMA SDK License (versions 9.22 and beyond)",
    url: "https://www.7-zip.org/sdk.html",
    osiApproved: false
  },
  diffmark: {
    name: "diffmark license",
    url: "https://fedoraproject.org/wiki/Licensing/diffmark",
    osiApproved: false
  },
  softSurfer: {
    name: "softSurfer License",
    url: "https://github.com/mm2/Little-CMS/blob/master/src/cmssm.c#L207",
    osiApproved: false
  },
  "hyphen-bulgarian": {
    name: "hyphen-bulgarian License",
    url: "https://ctan.math.illinois.edu/systems/texlive/tlnet/archive/hyphen-bulgarian.tar.xz",
    osiApproved: false
  },
  "HPND-Intel": {
    name: "Historical Permission Notice and Disclaimer - Intel variant",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/machine/i960/memcpy.S;hb=HEAD",
    osiApproved: false
  },
  Newsletr: {
    name: "Newsletr License",
    url: "https://fedoraproject.org/wiki/Licensing/Newsletr",
    osiApproved: false
  },
  "copyleft-next-0.3.0": {
    name: "copyleft-next 0.3.0",
    url: "https://github.com/copyleft-next/copyleft-next/blob/master/Releases/copyleft-next-0.3.0",
    osiApproved: false
  },
  iMatix: {
    name: "iMatix Standard Function Library Agreement",
    url: "http://legacy.imatix.com/html/sfl/sfl4.htm#license",
    osiApproved: false
  },
  "LPPL-1.3a": {
    name: "LaTeX Project Public License v1.3a",
    url: "http://www.latex-project.org/lppl/lppl-1-3a.txt",
    osiApproved: false
  },
  "LAL-1.3": {
    name: "Licence Art Libre 1.3",
    url: "https://artlibre.org/",
    osiApproved: false
  },
  "OLDAP-2.1": {
    name: "Open LDAP Public License v2.1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=b0d176738e96a0d3b9f85cb51e140a86f21be715",
    osiApproved: false
  },
  Symlinks: {
    name: "Symlinks License",
    url: "https://www.mail-archive.com/debian-bugs-rc@lists.debian.org/msg11494.html",
    osiApproved: false
  },
  "OFL-1.1": {
    name: "SIL Open Font License 1.1",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web",
    osiApproved: true
  },
  "CC-BY-NC-ND-2.5": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-nc-nd/2.5/legalcode",
    osiApproved: false
  },
  "Brian-Gladman-3-Clause": {
    name: "Brian Gladman 3-Clause License",
    url: "https://github.com/SWI-Prolog/packages-clib/blob/master/sha1/brg_endian.h",
    osiApproved: false
  },
  "Artistic-1.0-cl8": {
    name: "Artistic License 1.0 w/clause 8",
    url: "https://opensource.org/licenses/Artistic-1.0",
    osiApproved: true
  },
  "AFL-3.0": {
    name: "Academic Free License v3.0",
    url: "http://www.rosenlaw.com/AFL3.0.htm",
    osiApproved: true
  },
  "MPL-1.1": {
    name: "Mozilla Public License 1.1",
    url: "http://www.mozilla.org/MPL/MPL-1.1.html",
    osiApproved: true
  },
  "HPND-SMC": {
    name: "Historical Permission Notice and Disclaimer - SMC variant",
    url: "https://docs.python.org/3/license.html#execution-tracing",
    osiApproved: false
  },
  ISC: {
    name: "ISC License",
    url: "https://www.isc.org/licenses/",
    osiApproved: true
  },
  "LGPL-2.1-only": {
    name: "GNU Lesser General Public License v2.1 only",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html",
    osiApproved: true
  },
  "Zimbra-1.4": {
    name: "Zimbra Public License v1.4",
    url: "http://www.zimbra.com/legal/zimbra-public-license-1-4",
    osiApproved: false
  },
  dtoa: {
    name: "David M. Gay dtoa License",
    url: "https://github.com/SWI-Prolog/swipl-devel/blob/master/src/os/dtoa.c",
    osiApproved: false
  },
  "ODC-By-1.0": {
    name: "Open Data Commons Attribution License v1.0",
    url: "https://opendatacommons.org/licenses/by/1.0/",
    osiApproved: false
  },
  "GFDL-1.1": {
    name: "GNU Free Documentation License v1.1",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "CC-BY-ND-4.0": {
    name: "Creative Commons Attribution No Derivatives 4.0 International",
    url: "https://creativecommons.org/licenses/by-nd/4.0/legalcode",
    osiApproved: false
  },
  W3C: {
    name: "W3C Software Notice and License (2002-12-31)",
    url: "http://www.w3.org/Consortium/Legal/2002/copyright-software-20021231.html",
    osiApproved: true
  },
  "BSD-3-Clause-Open-MPI": {
    name: "BSD 3-Clause Open MPI variant",
    url: "https://www.open-mpi.org/community/license.php",
    osiApproved: true
  },
  "PSF-2.0": {
    name: "Python Software Foundation License 2.0",
    url: "https://opensource.org/licenses/Python-2.0",
    osiApproved: false
  },
  "GPL-2.0-or-later": {
    name: "GNU General Public License v2.0 or later",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html",
    osiApproved: true
  },
  "CC-BY-NC-3.0-DE": {
    name: "Creative Commons Attribution Non Commercial 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-nc/3.0/de/legalcode",
    osiApproved: false
  },
  "ESA-PL-strong-copyleft-2.4": {
    name: "European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)",
    url: "https://essr.esa.int/license/european-space-agency-public-license-v2-4-strong-copyleft-type-1",
    osiApproved: false
  },
  "bcrypt-Solar-Designer": {
    name: "bcrypt Solar Designer License",
    url: "https://github.com/bcrypt-ruby/bcrypt-ruby/blob/master/ext/mri/crypt_blowfish.c",
    osiApproved: false
  },
  "AFL-1.2": {
    name: "Academic Free License v1.2",
    url: "http://opensource.linux-mirror.org/licenses/afl-1.2.txt",
    osiApproved: true
  },
  "AFL-2.0": {
    name: "Academic Free License v2.0",
    url: "http://wayback.archive.org/web/20060924134533/http://www.opensource.org/licenses/afl-2.0.txt",
    osiApproved: true
  },
  "BSD-4.3TAHOE": {
    name: "BSD 4.3 TAHOE License",
    url: "https://github.com/389ds/389-ds-base/blob/main/ldap/include/sysexits-compat.h#L15",
    osiApproved: false
  },
  LOOP: {
    name: "Common Lisp LOOP License",
    url: "https://gitlab.com/embeddable-common-lisp/ecl/-/blob/develop/src/lsp/loop.lsp",
    osiApproved: false
  },
  "GFDL-1.3": {
    name: "GNU Free Documentation License v1.3",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  "SGI-OpenGL": {
    name: "SGI OpenGL License",
    url: "https://gitlab.freedesktop.org/mesa/glw/-/blob/master/README?ref_type=heads",
    osiApproved: false
  },
  "Unicode-DFS-2016": {
    name: "Unicode License Agreement - Data Files and Software (2016)",
    url: "https://www.unicode.org/license.txt",
    osiApproved: true
  },
  ClArtistic: {
    name: "Clarified Artistic License",
    url: "http://gianluca.dellavedova.org/2011/01/03/clarified-artistic-license/",
    osiApproved: false
  },
  "PolyForm-Small-Business-1.0.0": {
    name: "PolyForm Small Business License 1.0.0",
    url: "https://polyformproject.org/licenses/small-business/1.0.0",
    osiApproved: false
  },
  "PHP-3.0": {
    name: "PHP License v3.0",
    url: "http://www.php.net/license/3_0.txt",
    osiApproved: true
  },
  "HPND-export-US-acknowledgement": {
    name: "HPND with US Government export control warning and acknowledgment",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L831-L852",
    osiApproved: false
  },
  "SISSL-1.2": {
    name: "Sun Industry Standards Source License v1.2",
    url: "http://gridscheduler.sourceforge.net/Gridengine_SISSL_license.html",
    osiApproved: false
  },
  "CC-BY-NC-ND-1.0": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-nd-nc/1.0/legalcode",
    osiApproved: false
  },
  IPA: {
    name: "IPA Font License",
    url: "https://opensource.org/licenses/IPA",
    osiApproved: true
  },
  DSDP: {
    name: "DSDP License",
    url: "https://fedoraproject.org/wiki/Licensing/DSDP",
    osiApproved: false
  },
  "LiLiQ-Rplus-1.1": {
    name: "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 forte version 1.1",
    url: "https://www.forge.gouv.qc.ca/participez/licence-logicielle/licence-libre-du-quebec-liliq-en-francais/licence-libre-du-quebec-reciprocite-forte-liliq-r-v1-1/",
    osiApproved: true
  },
  "Advanced-Cryptics-Dictionary": {
    name: "Advanced Cryptics Dictionary License",
    url: "https://ftp.gnu.org/gnu/aspell/dict/en/aspell6-en-2020.12.07-0.tar.bz2",
    osiApproved: false
  },
  "Ferguson-Twofish": {
    name: "Ferguson Twofish License",
    url: "https://github.com/wernerd/ZRTPCPP/blob/6b3cd8e6783642292bad0c21e3e5e5ce45ff3e03/cryptcommon/twofish.c#L113C3-L127",
    osiApproved: false
  },
  "W3C-20150513": {
    name: "W3C Software Notice and Document License (2015-05-13)",
    url: "https://www.w3.org/Consortium/Legal/2015/copyright-software-and-document",
    osiApproved: true
  },
  NCL: {
    name: "NCL Source Code License",
    url: "https://gitlab.freedesktop.org/pipewire/pipewire/-/blob/master/src/modules/module-filter-chain/pffft.c?ref_type=heads#L1-52",
    osiApproved: false
  },
  "BlueOak-1.0.0": {
    name: "Blue Oak Model License 1.0.0",
    url: "https://blueoakcouncil.org/license/1.0.0",
    osiApproved: true
  },
  SMPPL: {
    name: "Secure Messaging Protocol Public License",
    url: "https://github.com/dcblake/SMP/blob/master/Documentation/License.txt",
    osiApproved: false
  },
  "gSOAP-1.3b": {
    name: "gSOAP Public License v1.3b",
    url: "http://www.cs.fsu.edu/~engelen/license.html",
    osiApproved: false
  },
  "Vixie-Cron": {
    name: "Vixie Cron License",
    url: "https://github.com/vixie/cron/tree/545b3f5246824a9cda5905eeb7cf019c95e66995",
    osiApproved: false
  },
  "ZPL-2.0": {
    name: "Zope Public License 2.0",
    url: "http://old.zope.org/Resources/License/ZPL-2.0",
    osiApproved: true
  },
  "EPL-2.0": {
    name: "Eclipse Public License 2.0",
    url: "https://www.eclipse.org/legal/epl-2.0",
    osiApproved: true
  },
  "MPL-2.0-no-copyleft-exception": {
    name: "Mozilla Public License 2.0 (no copyleft exception)",
    url: "https://www.mozilla.org/MPL/2.0/",
    osiApproved: true
  },
  "Brian-Gladman-2-Clause": {
    name: "Brian Gladman 2-Clause License",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L140-L156",
    osiApproved: false
  },
  Soundex: {
    name: "Soundex License",
    url: "https://metacpan.org/release/RJBS/Text-Soundex-3.05/source/Soundex.pm#L3-11",
    osiApproved: false
  },
  "BSD-2-Clause-first-lines": {
    name: "BSD 2-Clause - first lines requirement",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L664-L690",
    osiApproved: false
  },
  Bahyph: {
    name: "Bahyph License",
    url: "https://fedoraproject.org/wiki/Licensing/Bahyph",
    osiApproved: false
  },
  "GPL-1.0-or-later": {
    name: "GNU General Public License v1.0 or later",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html",
    osiApproved: false
  },
  "SSPL-1.0": {
    name: "Server Side Public License, v 1",
    url: "https://www.mongodb.com/licensing/server-side-public-license",
    osiApproved: false
  },
  "CC-BY-NC-ND-3.0-DE": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-nc-nd/3.0/de/legalcode",
    osiApproved: false
  },
  "HPND-Fenneberg-Livingston": {
    name: "Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant",
    url: "https://github.com/FreeRADIUS/freeradius-client/blob/master/COPYRIGHT#L32",
    osiApproved: false
  },
  "HPND-UC-export-US": {
    name: "Historical Permission Notice and Disclaimer - University of California, US export warning",
    url: "https://github.com/RTimothyEdwards/magic/blob/master/LICENSE",
    osiApproved: false
  },
  "TPL-1.0": {
    name: "THOR Public License 1.0",
    url: "https://fedoraproject.org/wiki/Licensing:ThorPublicLicense",
    osiApproved: false
  },
  "LPL-1.02": {
    name: "Lucent Public License v1.02",
    url: "http://plan9.bell-labs.com/plan9/license.html",
    osiApproved: true
  },
  Xerox: {
    name: "Xerox License",
    url: "https://fedoraproject.org/wiki/Licensing/Xerox",
    osiApproved: false
  },
  "BSD-Attribution-HPND-disclaimer": {
    name: "BSD with Attribution and HPND disclaimer",
    url: "https://github.com/cyrusimap/cyrus-sasl/blob/master/COPYING",
    osiApproved: false
  },
  "CC-BY-3.0-AT": {
    name: "Creative Commons Attribution 3.0 Austria",
    url: "https://creativecommons.org/licenses/by/3.0/at/legalcode",
    osiApproved: false
  },
  "Zend-2.0": {
    name: "Zend License v2.0",
    url: "https://web.archive.org/web/20130517195954/http://www.zend.com/license/2_00.txt",
    osiApproved: false
  },
  "BSD-2-Clause-FreeBSD": {
    name: "BSD 2-Clause FreeBSD License",
    url: "http://www.freebsd.org/copyright/freebsd-license.html",
    osiApproved: false
  },
  "RSA-MD": {
    name: "RSA Message-Digest License",
    url: "http://www.faqs.org/rfcs/rfc1321.html",
    osiApproved: false
  },
  "TCP-wrappers": {
    name: "TCP Wrappers License",
    url: "http://rc.quest.com/topics/openssh/license.php#tcpwrappers",
    osiApproved: false
  },
  "Lucida-Bitmap-Fonts": {
    name: "Lucida Bitmap Fonts License",
    url: "https://gitlab.freedesktop.org/xorg/font/bh-100dpi/-/blob/master/COPYING?ref_type=heads",
    osiApproved: false
  },
  "LPPL-1.2": {
    name: "LaTeX Project Public License v1.2",
    url: "http://www.latex-project.org/lppl/lppl-1-2.txt",
    osiApproved: false
  },
  "HPND-sell-variant-MIT-disclaimer": {
    name: "HPND sell variant with MIT disclaimer",
    url: "https://github.com/sigmavirus24/x11-ssh-askpass/blob/master/README",
    osiApproved: false
  },
  Barr: {
    name: "Barr License",
    url: "https://fedoraproject.org/wiki/Licensing/Barr",
    osiApproved: false
  },
  "CERN-OHL-W-2.0": {
    name: "CERN Open Hardware Licence Version 2 - Weakly Reciprocal",
    url: "https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2",
    osiApproved: true
  },
  "CC-BY-NC-SA-2.0": {
    name: "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.0/legalcode",
    osiApproved: false
  },
  "SGI-B-1.0": {
    name: "SGI Free Software License B v1.0",
    url: "http://oss.sgi.com/projects/FreeB/SGIFreeSWLicB.1.0.html",
    osiApproved: false
  },
  Multics: {
    name: "Multics License",
    url: "https://opensource.org/licenses/Multics",
    osiApproved: true
  },
  TekHVC: {
    name: "TekHVC License",
    url: "https://gitlab.freedesktop.org/xorg/lib/libx11/-/blob/master/COPYING?ref_type=heads#L138-171",
    osiApproved: false
  },
  GD: {
    name: "GD License",
    url: "https://libgd.github.io/manuals/2.3.0/files/license-txt.html",
    osiApproved: false
  },
  "NCBI-PD": {
    name: "NCBI Public Domain Notice",
    url: "https://github.com/ncbi/sra-tools/blob/e8e5b6af4edc460156ad9ce5902d0779cffbf685/LICENSE",
    osiApproved: false
  },
  "CC-BY-NC-ND-4.0": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 4.0 International",
    url: "https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode",
    osiApproved: false
  },
  "Sendmail-8.23": {
    name: "Sendmail License 8.23",
    url: "https://www.proofpoint.com/sites/default/files/sendmail-license.pdf",
    osiApproved: false
  },
  dvipdfm: {
    name: "dvipdfm License",
    url: "https://fedoraproject.org/wiki/Licensing/dvipdfm",
    osiApproved: false
  },
  "GPL-3.0-with-GCC-exception": {
    name: "GNU General Public License v3.0 w/GCC Runtime Library exception",
    url: "https://www.gnu.org/licenses/gcc-exception-3.1.html",
    osiApproved: true
  },
  "MIT-open-group": {
    name: "MIT Open Group variant",
    url: "https://gitlab.freedesktop.org/xorg/app/iceauth/-/blob/master/COPYING",
    osiApproved: false
  },
  "LGPL-3.0+": {
    name: "GNU Lesser General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/lgpl-3.0-standalone.html",
    osiApproved: true
  },
  "GFDL-1.1-no-invariants-only": {
    name: "GNU Free Documentation License v1.1 only - no invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "CC-BY-SA-1.0": {
    name: "Creative Commons Attribution Share Alike 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-sa/1.0/legalcode",
    osiApproved: false
  },
  "OLDAP-1.1": {
    name: "Open LDAP Public License v1.1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=806557a5ad59804ef3a44d5abfbe91d706b0791f",
    osiApproved: false
  },
  Afmparse: {
    name: "Afmparse License",
    url: "https://fedoraproject.org/wiki/Licensing/Afmparse",
    osiApproved: false
  },
  HaskellReport: {
    name: "Haskell Language Report License",
    url: "https://fedoraproject.org/wiki/Licensing/Haskell_Language_Report_License",
    osiApproved: false
  },
  DOC: {
    name: "DOC License",
    url: "http://www.cs.wustl.edu/~schmidt/ACE-copying.html",
    osiApproved: false
  },
  "LGPL-3.0-or-later": {
    name: "GNU Lesser General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/lgpl-3.0-standalone.html",
    osiApproved: true
  },
  Baekmuk: {
    name: "Baekmuk License",
    url: "https://fedoraproject.org/wiki/Licensing:Baekmuk?rd=Licensing/Baekmuk",
    osiApproved: false
  },
  EUDatagrid: {
    name: "EU DataGrid Software License",
    url: "http://eu-datagrid.web.cern.ch/eu-datagrid/license.html",
    osiApproved: true
  },
  "Condor-1.1": {
    name: "Condor Public License v1.1",
    url: "http://research.cs.wisc.edu/condor/license.html#condor",
    osiApproved: false
  },
  "CDLA-Sharing-1.0": {
    name: "Community Data License Agreement Sharing 1.0",
    url: "https://cdla.io/sharing-1-0",
    osiApproved: false
  },
  WTFNMFPL: {
    name: "Do What The F*ck You Want To But It's Not My Fault Public License",
    url: "https://github.com/adversary-org/wtfnmf/raw/refs/tags/1.0/COPYING.WTFNMFPL",
    osiApproved: false
  },
  "X11-swapped": {
    name: "X11 swapped final paragraphs",
    url: "https://github.com/fedeinthemix/chez-srfi/blob/master/srfi/LICENSE",
    osiApproved: false
  },
  "CC-BY-ND-3.0-DE": {
    name: "Creative Commons Attribution No Derivatives 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-nd/3.0/de/legalcode",
    osiApproved: false
  },
  RSCPL: {
    name: "Ricoh Source Code Public License",
    url: "http://wayback.archive.org/web/20060715140826/http://www.risource.org/RPL/RPL-1.0A.shtml",
    osiApproved: true
  },
  "DocBook-XML": {
    name: "DocBook XML License",
    url: "https://github.com/docbook/xslt10-stylesheets/blob/efd62655c11cc8773708df7a843613fa1e932bf8/xsl/COPYING#L27",
    osiApproved: false
  },
  GLWTPL: {
    name: "Good Luck With That Public License",
    url: "https://github.com/me-shaon/GLWTPL/commit/da5f6bc734095efbacb442c0b31e33a65b9d6e85",
    osiApproved: false
  },
  "CC-PDDC": {
    name: "Creative Commons Public Domain Dedication and Certification",
    url: "https://creativecommons.org/licenses/publicdomain/",
    osiApproved: false
  },
  "BSD-3-Clause-Attribution": {
    name: "BSD with attribution",
    url: "https://fedoraproject.org/wiki/Licensing/BSD_with_Attribution",
    osiApproved: false
  },
  Sleepycat: {
    name: "Sleepycat License",
    url: "https://opensource.org/licenses/Sleepycat",
    osiApproved: true
  },
  "DRL-1.0": {
    name: "Detection Rule License 1.0",
    url: "https://github.com/Neo23x0/sigma/blob/master/LICENSE.Detection.Rules.md",
    osiApproved: false
  },
  JPNIC: {
    name: "Japan Network Information Center License",
    url: "https://gitlab.isc.org/isc-projects/bind9/blob/master/COPYRIGHT#L366",
    osiApproved: false
  },
  "BSD-3-Clause-Clear": {
    name: "BSD 3-Clause Clear License",
    url: "http://labs.metacarta.com/license-explanation.html#license",
    osiApproved: false
  },
  "Boehm-GC-without-fee": {
    name: "Boehm-Demers-Weiser GC License (without fee)",
    url: "https://github.com/MariaDB/server/blob/11.6/libmysqld/lib_sql.cc",
    osiApproved: false
  },
  "APSL-1.2": {
    name: "Apple Public Source License 1.2",
    url: "http://www.samurajdata.se/opensource/mirror/licenses/apsl.php",
    osiApproved: true
  },
  "MPEG-SSG": {
    name: "MPEG Software Simulation",
    url: "https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/converter/ppm/ppmtompeg/jrevdct.c#l1189",
    osiApproved: false
  },
  "BSD-Inferno-Nettverk": {
    name: "BSD-Inferno-Nettverk",
    url: "https://www.inet.no/dante/LICENSE",
    osiApproved: false
  },
  Dotseqn: {
    name: "Dotseqn License",
    url: "https://fedoraproject.org/wiki/Licensing/Dotseqn",
    osiApproved: false
  },
  "CPL-1.0": {
    name: "Common Public License 1.0",
    url: "https://opensource.org/licenses/CPL-1.0",
    osiApproved: true
  },
  "HP-1986": {
    name: "Hewlett-Packard 1986 License",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/machine/hppa/memchr.S;h=1cca3e5e8867aa4bffef1f75a5c1bba25c0c441e;hb=HEAD#l2",
    osiApproved: false
  },
  "CC-BY-NC-3.0": {
    name: "Creative Commons Attribution Non Commercial 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-nc/3.0/legalcode",
    osiApproved: false
  },
  "GFDL-1.1-invariants-only": {
    name: "GNU Free Documentation License v1.1 only - invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  TPDL: {
    name: "Time::ParseDate License",
    url: "https://metacpan.org/pod/Time::ParseDate#LICENSE",
    osiApproved: false
  },
  "APSL-1.1": {
    name: "Apple Public Source License 1.1",
    url: "http://www.opensource.apple.com/source/IOSerialFamily/IOSerialFamily-7/APPLE_LICENSE",
    osiApproved: true
  },
  "BSL-1.0": {
    name: "Boost Software License 1.0",
    url: "http://www.boost.org/LICENSE_1_0.txt",
    osiApproved: true
  },
  "xkeyboard-config-Zinoviev": {
    name: "xkeyboard-config Zinoviev License",
    url: "https://gitlab.freedesktop.org/xkeyboard-config/xkeyboard-config/-/blob/master/COPYING?ref_type=heads#L178",
    osiApproved: false
  },
  XSkat: {
    name: "XSkat License",
    url: "https://fedoraproject.org/wiki/Licensing/XSkat_License",
    osiApproved: false
  },
  PADL: {
    name: "PADL License",
    url: "https://git.openldap.org/openldap/openldap/-/blob/master/libraries/libldap/os-local.c?ref_type=heads#L19-23",
    osiApproved: false
  },
  "FDK-AAC": {
    name: "Fraunhofer FDK AAC Codec Library",
    url: "https://fedoraproject.org/wiki/Licensing/FDK-AAC",
    osiApproved: false
  },
  "CPOL-1.02": {
    name: "Code Project Open License 1.02",
    url: "http://www.codeproject.com/info/cpol10.aspx",
    osiApproved: false
  },
  "MIT-Khronos-old": {
    name: "MIT Khronos - old variant",
    url: "https://github.com/KhronosGroup/SPIRV-Cross/blob/main/LICENSES/LicenseRef-KhronosFreeUse.txt",
    osiApproved: false
  },
  "bzip2-1.0.5": {
    name: "bzip2 and libbzip2 License v1.0.5",
    url: "https://sourceware.org/bzip2/1.0.5/bzip2-manual-1.0.5.html",
    osiApproved: false
  },
  "bzip2-1.0.6": {
    name: "bzip2 and libbzip2 License v1.0.6",
    url: "https://sourceware.org/git/?p=bzip2.git;a=blob;f=LICENSE;hb=bzip2-1.0.6",
    osiApproved: false
  },
  "CC-BY-NC-ND-3.0": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-nc-nd/3.0/legalcode",
    osiApproved: false
  },
  "BSD-3-Clause-No-Nuclear-Warranty": {
    name: "BSD 3-Clause No Nuclear Warranty",
    url: "https://jogamp.org/git/?p=gluegen.git;a=blob_plain;f=LICENSE.txt",
    osiApproved: false
  },
  "O-UDA-1.0": {
    name: "Open Use of Data Agreement v1.0",
    url: "https://github.com/microsoft/Open-Use-of-Data-Agreement/blob/v1.0/O-UDA-1.0.md",
    osiApproved: false
  },
  "ZPL-2.1": {
    name: "Zope Public License 2.1",
    url: "http://old.zope.org/Resources/ZPL/",
    osiApproved: true
  },
  "Spencer-94": {
    name: "Spencer License 94",
    url: "https://fedoraproject.org/wiki/Licensing/Henry_Spencer_Reg-Ex_Library_License",
    osiApproved: false
  },
  "Artistic-dist": {
    name: "Artistic License 1.0 (dist)",
    url: "https://github.com/pexip/os-perl/blob/833cf4c86cc465ccfc627ff16db67e783156a248/debian/copyright#L2720-L2845",
    osiApproved: false
  },
  "BOLA-1.1": {
    name: "Buena Onda License Agreement v1.1",
    url: "https://blitiri.com.ar/p/bola/",
    osiApproved: false
  },
  "OLDAP-1.3": {
    name: "Open LDAP Public License v1.3",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=e5f8117f0ce088d0bd7a8e18ddf37eaa40eb09b1",
    osiApproved: false
  },
  Zed: {
    name: "Zed License",
    url: "https://fedoraproject.org/wiki/Licensing/Zed",
    osiApproved: false
  },
  "MIT-enna": {
    name: "enna License",
    url: "https://fedoraproject.org/wiki/Licensing/MIT#enna",
    osiApproved: false
  },
  "ASWF-Digital-Assets-1.1": {
    name: "ASWF Digital Assets License 1.1",
    url: "https://github.com/AcademySoftwareFoundation/foundation/blob/main/digital_assets/aswf_digital_assets_license_v1.1.txt",
    osiApproved: false
  },
  "Linux-man-pages-copyleft-2-para": {
    name: "Linux man-pages Copyleft - 2 paragraphs",
    url: "https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/move_pages.2#n5",
    osiApproved: false
  },
  "RHeCos-1.1": {
    name: "Red Hat eCos Public License v1.1",
    url: "http://ecos.sourceware.org/old-license.html",
    osiApproved: false
  },
  radvd: {
    name: "radvd License",
    url: "https://github.com/radvd-project/radvd/blob/master/COPYRIGHT",
    osiApproved: false
  },
  "cve-tou": {
    name: "Common Vulnerability Enumeration ToU License",
    url: "https://www.cve.org/Legal/TermsOfUse",
    osiApproved: false
  },
  AML: {
    name: "Apple MIT License",
    url: "https://fedoraproject.org/wiki/Licensing/Apple_MIT_License",
    osiApproved: false
  },
  SOFA: {
    name: "SOFA Software License",
    url: "http://www.iausofa.org/tandc.html",
    osiApproved: false
  },
  blessing: {
    name: "SQLite Blessing",
    url: "https://www.sqlite.org/src/artifact/e33a4df7e32d742a?ln=4-9",
    osiApproved: false
  },
  "EUPL-1.1": {
    name: "European Union Public License 1.1",
    url: "https://joinup.ec.europa.eu/software/page/eupl/licence-eupl",
    osiApproved: true
  },
  "CERN-OHL-S-2.0": {
    name: "CERN Open Hardware Licence Version 2 - Strongly Reciprocal",
    url: "https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2",
    osiApproved: true
  },
  "CC-BY-SA-2.0": {
    name: "Creative Commons Attribution Share Alike 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-sa/2.0/legalcode",
    osiApproved: false
  },
  "CAPEC-tou": {
    name: "Common Attack    Pattern Enumeration and Classification License",
    url: "https://capec.mitre.org/about/termsofuse.html",
    osiApproved: false
  },
  "CUA-OPL-1.0": {
    name: "CUA Office Public License v1.0",
    url: "https://opensource.org/licenses/CUA-OPL-1.0",
    osiApproved: true
  },
  "PolyForm-Noncommercial-1.0.0": {
    name: "PolyForm Noncommercial License 1.0.0",
    url: "https://polyformproject.org/licenses/noncommercial/1.0.0",
    osiApproved: false
  },
  "XFree86-1.1": {
    name: "XFree86 License 1.1",
    url: "http://www.xfree86.org/current/LICENSE4.html",
    osiApproved: false
  },
  "ParaType-Free-Font-1.3": {
    name: "ParaType Free Font Licensing Agreement v1.3",
    url: "https://web.archive.org/web/20161209023955/http://www.paratype.ru/public/pt_openlicense_eng.asp",
    osiApproved: false
  },
  "OGDL-Taiwan-1.0": {
    name: "Taiwan Open Government Data License, version 1.0",
    url: "https://data.gov.tw/license",
    osiApproved: false
  },
  "ODbL-1.0": {
    name: "Open Data Commons Open Database License v1.0",
    url: "http://www.opendatacommons.org/licenses/odbl/1.0/",
    osiApproved: false
  },
  "SPL-1.0": {
    name: "Sun Public License v1.0",
    url: "https://opensource.org/licenses/SPL-1.0",
    osiApproved: true
  },
  "Linux-man-pages-copyleft-var": {
    name: "Linux man-pages Copyleft Variant",
    url: "https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/set_mempolicy.2#n5",
    osiApproved: false
  },
  "Widget-Workshop": {
    name: "Widget Workshop License",
    url: "https://github.com/novnc/noVNC/blob/master/core/crypto/des.js#L24",
    osiApproved: false
  },
  "Artistic-2.0": {
    name: "Artistic License 2.0",
    url: "http://www.perlfoundation.org/artistic_license_2_0",
    osiApproved: true
  },
  "LiLiQ-R-1.1": {
    name: "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 version 1.1",
    url: "https://www.forge.gouv.qc.ca/participez/licence-logicielle/licence-libre-du-quebec-liliq-en-francais/licence-libre-du-quebec-reciprocite-liliq-r-v1-1/",
    osiApproved: true
  },
  "Parity-7.0.0": {
    name: "The Parity Public License 7.0.0",
    url: "https://paritylicense.com/versions/7.0.0.html",
    osiApproved: false
  },
  xinetd: {
    name: "xinetd License",
    url: "https://fedoraproject.org/wiki/Licensing/Xinetd_License",
    osiApproved: false
  },
  "AGPL-1.0": {
    name: "Affero General Public License v1.0",
    url: "http://www.affero.org/oagpl.html",
    osiApproved: false
  },
  "NPL-1.1": {
    name: "Netscape Public License v1.1",
    url: "http://www.mozilla.org/MPL/NPL/1.1/",
    osiApproved: false
  },
  Gutmann: {
    name: "Gutmann License",
    url: "https://www.cs.auckland.ac.nz/~pgut001/dumpasn1.c",
    osiApproved: false
  },
  "CC-BY-NC-ND-2.0": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc-nd/2.0/legalcode",
    osiApproved: false
  },
  "Linux-OpenIB": {
    name: "Linux Kernel Variant of OpenIB.org license",
    url: "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/drivers/infiniband/core/sa.h",
    osiApproved: false
  },
  "CC-BY-4.0": {
    name: "Creative Commons Attribution 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/legalcode",
    osiApproved: false
  },
  "SGMLUG-PM": {
    name: "SGMLUG Parser Materials License",
    url: "https://gitweb.gentoo.org/repo/gentoo.git/tree/licenses/SGMLUG?id=7d999af4a47bf55e53e54713d98d145f935935c1",
    osiApproved: false
  },
  Pixar: {
    name: "Pixar License",
    url: "https://github.com/PixarAnimationStudios/OpenSubdiv/raw/v3_5_0/LICENSE.txt",
    osiApproved: false
  },
  "DocBook-Stylesheet": {
    name: "DocBook Stylesheet License",
    url: "http://www.docbook.org/xml/5.0/docbook-5.0.zip",
    osiApproved: false
  },
  "IJG-short": {
    name: "Independent JPEG Group License - short",
    url: "https://sourceforge.net/p/xmedcon/code/ci/master/tree/libs/ljpg/",
    osiApproved: false
  },
  AMDPLPA: {
    name: "AMD's plpa_map.c License",
    url: "https://fedoraproject.org/wiki/Licensing/AMD_plpa_map_License",
    osiApproved: false
  },
  "CERN-OHL-P-2.0": {
    name: "CERN Open Hardware Licence Version 2 - Permissive",
    url: "https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2",
    osiApproved: true
  },
  "GFDL-1.3-no-invariants-only": {
    name: "GNU Free Documentation License v1.3 only - no invariants",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  SCEA: {
    name: "SCEA Shared Source License",
    url: "http://research.scea.com/scea_shared_source_license.html",
    osiApproved: false
  },
  OGTSL: {
    name: "Open Group Test Suite License",
    url: "http://www.opengroup.org/testing/downloads/The_Open_Group_TSL.txt",
    osiApproved: true
  },
  "BSD-3-Clause-Tso": {
    name: "BSD 3-Clause Tso variant",
    url: "https://www.x.org/archive/current/doc/xorg-docs/License.html#Theodore_Tso",
    osiApproved: false
  },
  "MIT-testregex": {
    name: "MIT testregex Variant",
    url: "https://github.com/dotnet/runtime/blob/55e1ac7c07df62c4108d4acedf78f77574470ce5/src/libraries/System.Text.RegularExpressions/tests/FunctionalTests/AttRegexTests.cs#L12-L28",
    osiApproved: false
  },
  SL: {
    name: "SL License",
    url: "https://github.com/mtoyoda/sl/blob/master/LICENSE",
    osiApproved: false
  },
  "GFDL-1.1-no-invariants-or-later": {
    name: "GNU Free Documentation License v1.1 or later - no invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "HPND-Pbmplus": {
    name: "Historical Permission Notice and Disclaimer - Pbmplus variant",
    url: "https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/netpbm.c#l8",
    osiApproved: false
  },
  Imlib2: {
    name: "Imlib2 License",
    url: "http://trac.enlightenment.org/e/browser/trunk/imlib2/COPYING",
    osiApproved: false
  },
  UCAR: {
    name: "UCAR License",
    url: "https://github.com/Unidata/UDUNITS-2/blob/master/COPYRIGHT",
    osiApproved: false
  },
  Naumen: {
    name: "Naumen Public License",
    url: "https://opensource.org/licenses/Naumen",
    osiApproved: true
  },
  "Unicode-TOU": {
    name: "Unicode Terms of Use",
    url: "http://web.archive.org/web/20140704074106/http://www.unicode.org/copyright.html",
    osiApproved: false
  },
  lsof: {
    name: "lsof License",
    url: "https://github.com/lsof-org/lsof/blob/master/COPYING",
    osiApproved: false
  },
  "AGPL-1.0-only": {
    name: "Affero General Public License v1.0 only",
    url: "http://www.affero.org/oagpl.html",
    osiApproved: false
  },
  TrustedQSL: {
    name: "TrustedQSL License",
    url: "https://sourceforge.net/p/trustedqsl/tqsl/ci/master/tree/LICENSE.txt",
    osiApproved: false
  },
  "CDDL-1.1": {
    name: "Common Development and Distribution License 1.1",
    url: "http://glassfish.java.net/public/CDDL+GPL_1_1.html",
    osiApproved: false
  },
  "OLDAP-2.2": {
    name: "Open LDAP Public License v2.2",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=470b0c18ec67621c85881b2733057fecf4a1acc3",
    osiApproved: false
  },
  Zlib: {
    name: "zlib License",
    url: "http://www.zlib.net/zlib_license.html",
    osiApproved: true
  },
  "JasPer-2.0": {
    name: "JasPer License",
    url: "http://www.ece.uvic.ca/~mdadams/jasper/LICENSE",
    osiApproved: false
  },
  "GPL-3.0-with-autoconf-exception": {
    name: "GNU General Public License v3.0 w/Autoconf exception",
    url: "https://www.gnu.org/licenses/autoconf-exception-3.0.html",
    osiApproved: false
  },
  "NLOD-1.0": {
    name: "Norwegian Licence for Open Government Data (NLOD) 1.0",
    url: "http://data.norge.no/nlod/en/1.0",
    osiApproved: false
  },
  "HPND-sell-regexpr": {
    name: "Historical Permission Notice and Disclaimer - sell regexpr variant",
    url: "https://gitlab.com/bacula-org/bacula/-/blob/Branch-11.0/bacula/LICENSE-FOSS?ref_type=heads#L245",
    osiApproved: false
  },
  PPL: {
    name: "Peer Production License",
    url: "https://wiki.p2pfoundation.net/Peer_Production_License",
    osiApproved: false
  },
  "SGI-B-1.1": {
    name: "SGI Free Software License B v1.1",
    url: "http://oss.sgi.com/projects/FreeB/",
    osiApproved: false
  },
  "GFDL-1.2-or-later": {
    name: "GNU Free Documentation License v1.2 or later",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "Graphics-Gems": {
    name: "Graphics Gems License",
    url: "https://github.com/erich666/GraphicsGems/blob/master/LICENSE.md",
    osiApproved: false
  },
  "OSL-1.0": {
    name: "Open Software License 1.0",
    url: "https://opensource.org/licenses/OSL-1.0",
    osiApproved: true
  },
  Sendmail: {
    name: "Sendmail License",
    url: "http://www.sendmail.com/pdfs/open_source/sendmail_license.pdf",
    osiApproved: false
  },
  Kastrup: {
    name: "Kastrup License",
    url: "https://ctan.math.utah.edu/ctan/tex-archive/macros/generic/kastrup/binhex.dtx",
    osiApproved: false
  },
  "OSL-2.0": {
    name: "Open Software License 2.0",
    url: "http://web.archive.org/web/20041020171434/http://www.rosenlaw.com/osl2.0.html",
    osiApproved: true
  },
  "StandardML-NJ": {
    name: "Standard ML of New Jersey License",
    url: "https://www.smlnj.org/license.html",
    osiApproved: false
  },
  "Ruby-pty": {
    name: "Ruby pty extension license",
    url: "https://github.com/ruby/ruby/blob/9f6deaa6888a423720b4b127b5314f0ad26cc2e6/ext/pty/pty.c#L775-L786",
    osiApproved: false
  },
  "LPPL-1.3c": {
    name: "LaTeX Project Public License v1.3c",
    url: "http://www.latex-project.org/lppl/lppl-1-3c.txt",
    osiApproved: true
  },
  "Bitstream-Vera": {
    name: "Bitstream Vera Font License",
    url: "https://web.archive.org/web/20080207013128/http://www.gnome.org/fonts/",
    osiApproved: false
  },
  "CC-SA-1.0": {
    name: "Creative Commons Share Alike 1.0 Generic",
    url: "https://creativecommons.org/licenses/sa/1.0/legalcode",
    osiApproved: false
  },
  NetCDF: {
    name: "NetCDF license",
    url: "http://www.unidata.ucar.edu/software/netcdf/copyright.html",
    osiApproved: false
  },
  "Apache-1.0": {
    name: "Apache License 1.0",
    url: "http://www.apache.org/licenses/LICENSE-1.0",
    osiApproved: false
  },
  "Watcom-1.0": {
    name: "Sybase Open Watcom Public License 1.0",
    url: "https://opensource.org/licenses/Watcom-1.0",
    osiApproved: true
  },
  "HPND-sell-variant-critical-systems": {
    name: "HPND - sell variant with safety critical systems clause",
    url: "https://gitlab.freedesktop.org/xorg/driver/xf86-video-voodoo/-/blob/68a5b6d98ae34749cca889f4373b4043d00bfe6a/src/voodoo_dga.c#L12-33",
    osiApproved: false
  },
  threeparttable: {
    name: "threeparttable License",
    url: "https://fedoraproject.org/wiki/Licensing/Threeparttable",
    osiApproved: false
  },
  "AGPL-3.0-only": {
    name: "GNU Affero General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/agpl.txt",
    osiApproved: true
  },
  eGenix: {
    name: "eGenix.com Public License 1.1.0",
    url: "http://www.egenix.com/products/eGenix.com-Public-License-1.1.0.pdf",
    osiApproved: false
  },
  "OpenMDW-1.0": {
    name: "OpenMDW License Agreement v1.0",
    url: "https://raw.githubusercontent.com/OpenMDW/OpenMDW/refs/heads/main/1.0/LICENSE.openmdw",
    osiApproved: false
  },
  Furuseth: {
    name: "Furuseth License",
    url: "https://git.openldap.org/openldap/openldap/-/blob/master/COPYRIGHT?ref_type=heads#L39-51",
    osiApproved: false
  },
  "OLDAP-2.0": {
    name: "Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=cbf50f4e1185a21abd4c0a54d3f4341fe28f36ea",
    osiApproved: false
  },
  "ErlPL-1.1": {
    name: "Erlang Public License v1.1",
    url: "http://www.erlang.org/EPLICENSE",
    osiApproved: false
  },
  CFITSIO: {
    name: "CFITSIO License",
    url: "https://heasarc.gsfc.nasa.gov/docs/software/fitsio/c/f_user/node9.html",
    osiApproved: false
  },
  "APSL-1.0": {
    name: "Apple Public Source License 1.0",
    url: "https://fedoraproject.org/wiki/Licensing/Apple_Public_Source_License_1.0",
    osiApproved: true
  },
  "OLDAP-2.3": {
    name: "Open LDAP Public License v2.3",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=d32cf54a32d581ab475d23c810b0a7fbaf8d63c3",
    osiApproved: false
  },
  "NAIST-2003": {
    name: "Nara Institute of Science and Technology License (2003)",
    url: "https://enterprise.dejacode.com/licenses/public/naist-2003/#license-text",
    osiApproved: false
  },
  "CC-BY-2.0": {
    name: "Creative Commons Attribution 2.0 Generic",
    url: "https://creativecommons.org/licenses/by/2.0/legalcode",
    osiApproved: false
  },
  Nunit: {
    name: "Nunit License",
    url: "https://fedoraproject.org/wiki/Licensing/Nunit",
    osiApproved: false
  },
  "HPND-UC": {
    name: "Historical Permission Notice and Disclaimer - University of California variant",
    url: "https://core.tcl-lang.org/tk/file?name=compat/unistd.h",
    osiApproved: false
  },
  Aladdin: {
    name: "Aladdin Free Public License",
    url: "http://pages.cs.wisc.edu/~ghost/doc/AFPL/6.01/Public.htm",
    osiApproved: false
  },
  "CC-BY-NC-1.0": {
    name: "Creative Commons Attribution Non Commercial 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc/1.0/legalcode",
    osiApproved: false
  },
  "DocBook-Schema": {
    name: "DocBook Schema License",
    url: "https://github.com/docbook/xslt10-stylesheets/blob/efd62655c11cc8773708df7a843613fa1e932bf8/xsl/assembly/schema/docbook51b7.rnc",
    osiApproved: false
  },
  "PDDL-1.0": {
    name: "Open Data Commons Public Domain Dedication & License 1.0",
    url: "http://opendatacommons.org/licenses/pddl/1.0/",
    osiApproved: false
  },
  CryptoSwift: {
    name: "CryptoSwift License",
    url: "https://github.com/krzyzanowskim/CryptoSwift/blob/main/LICENSE",
    osiApproved: false
  },
  "X11-distribute-modifications-variant": {
    name: "X11 License Distribution Modification Variant",
    url: "https://github.com/mirror/ncurses/blob/master/COPYING",
    osiApproved: false
  },
  "GPL-2.0-with-autoconf-exception": {
    name: "GNU General Public License v2.0 w/Autoconf exception",
    url: "http://ac-archive.sourceforge.net/doc/copyright.html",
    osiApproved: false
  },
  "BSD-2-Clause-NetBSD": {
    name: "BSD 2-Clause NetBSD License",
    url: "http://www.netbsd.org/about/redistribution.html#default",
    osiApproved: false
  },
  "MulanPSL-2.0": {
    name: "Mulan Permissive Software License, Version 2",
    url: "https://license.coscl.org.cn/MulanPSL2",
    osiApproved: true
  },
  "CC-BY-3.0-US": {
    name: "Creative Commons Attribution 3.0 United States",
    url: "https://creativecommons.org/licenses/by/3.0/us/legalcode",
    osiApproved: false
  },
  "HPND-export-US": {
    name: "HPND with US Government export control warning",
    url: "https://www.kermitproject.org/ck90.html#source",
    osiApproved: false
  },
  "DRL-1.1": {
    name: "Detection Rule License 1.1",
    url: "https://github.com/SigmaHQ/Detection-Rule-License/blob/6ec7fbde6101d101b5b5d1fcb8f9b69fbc76c04a/LICENSE.Detection.Rules.md",
    osiApproved: false
  },
  "GPL-1.0": {
    name: "GNU General Public License v1.0 only",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html",
    osiApproved: false
  },
  "CECILL-2.0": {
    name: "CeCILL Free Software License Agreement v2.0",
    url: "http://www.cecill.info/licences/Licence_CeCILL_V2-en.html",
    osiApproved: false
  },
  "OLDAP-2.8": {
    name: "Open LDAP Public License v2.8",
    url: "http://www.openldap.org/software/release/license.html",
    osiApproved: true
  },
  "HPND-merchantability-variant": {
    name: "Historical Permission Notice and Disclaimer - merchantability variant",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/misc/fini.c;hb=HEAD",
    osiApproved: false
  },
  Glide: {
    name: "3dfx Glide License",
    url: "http://www.users.on.net/~triforce/glidexp/COPYING.txt",
    osiApproved: false
  },
  PostgreSQL: {
    name: "PostgreSQL License",
    url: "http://www.postgresql.org/about/licence",
    osiApproved: true
  },
  "BSD-1-Clause": {
    name: "BSD 1-Clause License",
    url: "https://svnweb.freebsd.org/base/head/include/ifaddrs.h?revision=326823",
    osiApproved: true
  },
  "Sendmail-Open-Source-1.1": {
    name: "Sendmail Open Source License v1.1",
    url: "https://github.com/trusteddomainproject/OpenDMARC/blob/master/LICENSE.Sendmail",
    osiApproved: false
  },
  Crossword: {
    name: "Crossword License",
    url: "https://fedoraproject.org/wiki/Licensing/Crossword",
    osiApproved: false
  },
  "NASA-1.3": {
    name: "NASA Open Source Agreement 1.3",
    url: "http://ti.arc.nasa.gov/opensource/nosa/",
    osiApproved: true
  },
  "BSD-Source-beginning-file": {
    name: "BSD Source Code Attribution - beginning of file variant",
    url: "https://github.com/lattera/freebsd/blob/master/sys/cam/cam.c#L4",
    osiApproved: false
  },
  Mup: {
    name: "Mup License",
    url: "https://fedoraproject.org/wiki/Licensing/Mup",
    osiApproved: false
  },
  "MIT-feh": {
    name: "feh License",
    url: "https://fedoraproject.org/wiki/Licensing/MIT#feh",
    osiApproved: false
  },
  "LGPL-3.0-only": {
    name: "GNU Lesser General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/lgpl-3.0-standalone.html",
    osiApproved: true
  },
  man2html: {
    name: "man2html License",
    url: "http://primates.ximian.com/~flucifredi/man/man-1.6g.tar.gz",
    osiApproved: false
  }
};

// src/rule-api/spdx.ts
var SPDX_IDS = new Map(
  Object.entries(spdx_default).map(([id, license]) => [
    id.toLowerCase(),
    { id, osi: license.osiApproved }
  ])
);
var LICENSES = spdx_default;
var idsByName = derivedFrom((licenses) => {
  const byName = /* @__PURE__ */ new Map();
  for (const [id, license] of Object.entries(licenses)) {
    const key = license.name.toLowerCase();
    byName.set(key, [...byName.get(key) ?? [], id]);
  }
  return byName;
});
var byLowerCase = derivedFrom((allowed) => {
  const map2 = /* @__PURE__ */ new Map();
  for (const value of allowed) if (!map2.has(value.toLowerCase())) map2.set(value.toLowerCase(), value);
  return map2;
});
var listsLicenses = derivedFrom((allowed) => allowed.some(isSpdxId));
var FAMILIES = /* @__PURE__ */ new Map([
  ["bsd", ["BSD-2-Clause", "BSD-3-Clause"]],
  ["gpl", ["GPL-2.0", "GPL-3.0"]],
  ["lgpl", ["LGPL-2.1", "LGPL-3.0"]]
]);
function licenseSuggestion(text, allowed) {
  const value = text.trim().replace(/\s+/g, " ");
  const key = value.toLowerCase();
  const listed2 = (id) => byLowerCase(allowed).get(id.toLowerCase().replace(/-only$/, ""));
  const family = FAMILIES.get(key);
  if (family) return { family };
  const bsd = /^bsd-([1-4])$/.exec(key);
  if (bsd) {
    const id = listed2(`BSD-${bsd[1]}-Clause`);
    return id ? { one: id } : void 0;
  }
  const named = idsByName(LICENSES).get(key)?.flatMap((id) => listed2(id) ?? []);
  if (named?.length) return { one: named[0] };
  const withId = /^(.+?) \(([^()]+)\)$/.exec(value);
  if (withId) {
    const id = listed2(withId[2].trim());
    const spdxId = id ? SPDX_IDS.get(id.toLowerCase())?.id : void 0;
    const name = spdxId ? LICENSES[spdxId]?.name.toLowerCase() : void 0;
    if (id && name?.startsWith(withId[1].toLowerCase())) return { one: id };
  }
  return void 0;
}
function isSpdxId(text) {
  return SPDX_IDS.has(text.trim().toLowerCase());
}

// src/rules/front-matter-value.ts
var EXPECTED_TYPE = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  date: "a date",
  list: "a list",
  map: "a mapping"
};
function isEmpty(value) {
  if (value === null || value === void 0) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}
function hasType(value, type2) {
  switch (type2) {
    case "string":
    case "date":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "list":
      return Array.isArray(value);
    case "map":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
var front_matter_value_default = defineRule({
  id: "front-matter-value",
  description: "Front-matter values should have the type, form and length the schema gives their key",
  category: "values",
  defaultSeverity: "error",
  fixable: true,
  messages: {
    type: "Unexpected {{value}} ({{kind}}) for `{{key}}`, expected {{expected}}",
    typeCollection: "Unexpected {{value}} for `{{key}}`, expected {{expected}}",
    enum: "Unexpected {{value}} for `{{key}}`, expected one of {{allowed}}",
    enumSuggest: "Unexpected {{value}} for `{{key}}`, expected one of {{allowed}} (did you mean `{{suggestion}}`?)",
    enumCase: "Unexpected {{value}} for `{{key}}`, expected `{{expected}}` (values match case-sensitively)",
    pattern: "Unexpected {{value}} for `{{key}}`, expected a value matching `{{pattern}}`",
    minLength: "Unexpected {{value}} for `{{key}}`, {{length}}: expected at least {{limit}}",
    maxLength: "Unexpected {{value}} for `{{key}}`, {{length}}: expected at most {{limit}}",
    url: "Unexpected {{value}} for `{{key}}`, expected an absolute URL",
    scheme: "Unexpected scheme `{{scheme}}` in `{{key}}`, expected {{allowed}}",
    host: "Unexpected host `{{host}}` in `{{key}}`, expected {{allowed}}",
    spdx: "Unexpected {{value}} for `{{key}}`, expected an SPDX license id such as `MIT` or `Apache-2.0`",
    email: "Unexpected {{value}} for `{{key}}`, expected an email address",
    date: "Unexpected {{value}} for `{{key}}`, expected a date written `{{format}}`",
    realDate: "Unexpected {{value}} for `{{key}}`, expected a real date written `{{format}}`",
    minItems: "Unexpected {{count}} in `{{key}}`, expected at least {{limit}}",
    maxItems: "Unexpected {{count}} in `{{key}}`, expected at most {{limit}}",
    duplicateItem: "Unexpected {{value}} again in `{{key}}` (also `{{key}}[{{first}}]`), expected each item once",
    jsonSchema: "Unexpected {{found}}, expected {{expected}} ({{rule}})",
    jsonSchemaType: "Unexpected {{found}} ({{kind}}), expected {{expected}} ({{rule}})",
    jsonSchemaEnumCase: "Unexpected {{found}}, expected `{{expected}}` (values match case-sensitively) ({{rule}})",
    jsonSchemaEnumSuggest: "Unexpected {{found}}, expected {{expected}} (did you mean `{{suggestion}}`?) ({{rule}})",
    distinctFrom: "Unexpected {{value}} in `{{key}}`, expected a value `{{other}}` does not hold: line {{line}} has it there",
    emptyItem: "Unexpected empty item {{index}} in `{{key}}` ({{value}}), expected items separated by one `{{separator}}`"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const frontMatter = entry.frontMatter;
    const data = frontMatter?.data;
    if (!frontMatter || !data) return;
    for (const finding of jsonSchemaFindings(entry, schema2)) {
      if (finding.ruleId !== "front-matter-value") continue;
      const { range } = finding.report;
      const fix = finding.sameCase === void 0 ? void 0 : {
        range: [range.start.offset, range.end.offset],
        text: requoted(entry.source.text, range, finding.sameCase, frontMatter.syntax)
      };
      report2(fix ? { ...finding.report, fix } : finding.report);
    }
    const keys = schema2.schema.frontMatter?.keys ?? {};
    for (const [key, spec] of Object.entries(keys)) {
      if (!Object.hasOwn(data, key)) continue;
      const value = data[key];
      if (isEmpty(value) && (spec.nonEmpty ?? spec.required)) continue;
      checkValue({ frontMatter, source: entry.source, report: report2 }, [key], key, value, spec);
      if (spec.distinctFrom) checkDistinct(entry.source, frontMatter, key, keys, report2);
    }
  }
});
function checkDistinct(source, frontMatter, key, keys, report2) {
  const spec = keys[key];
  const own = keyValues(source, frontMatter, key, spec);
  for (const other of spec.distinctFrom ?? []) {
    if (other === key || !Object.hasOwn(frontMatter.data ?? {}, other)) continue;
    const theirs = /* @__PURE__ */ new Map();
    for (const item of keyValues(source, frontMatter, other, keys[other] ?? {})) {
      if (!theirs.has(item.text)) theirs.set(item.text, item.range);
    }
    for (const item of own) {
      const there = theirs.get(item.text);
      if (!there) continue;
      report2({
        messageId: "distinctFrom",
        data: { key, value: quote(item.text), other, line: there.start.line },
        range: item.range
      });
    }
  }
}
function checkValue(checking, path, label, value, spec) {
  const { frontMatter, report: report2 } = checking;
  if (value === null) return;
  const range = checking.at ?? frontMatter.rangeOf(path) ?? frontMatter.range;
  const at = (messageId, data, where2 = range) => report2({ messageId, data: { key: label, ...data }, range: where2 });
  const type2 = spec.type ?? "any";
  if (!hasType(value, type2)) {
    let expected2 = EXPECTED_TYPE[type2] ?? type2;
    if (type2 === "date") expected2 += ` written \`${dateFormatOf(spec).source}\``;
    if (typeof value === "object") at("typeCollection", { value: shownValue(value), expected: expected2 });
    else at("type", { value: shownValue(value), kind: kindOf(value), expected: expected2 });
    return;
  }
  if (spec.enum && !spec.enum.some((allowed) => allowed === value)) {
    const allowed = quoteList(spec.enum.map(String));
    const text = typeof value === "string" ? value : void 0;
    const sameCase = text === void 0 ? void 0 : spec.enum.find((a) => typeof a === "string" && a.toLowerCase() === text.toLowerCase());
    if (typeof sameCase === "string" && checking.at === void 0) {
      report2({
        messageId: "enumCase",
        data: { key: label, value: shownValue(value), expected: sameCase },
        range,
        fix: {
          range: [range.start.offset, range.end.offset],
          text: requoted(checking.source.text, range, sameCase, checking.frontMatter.syntax)
        }
      });
    } else if (typeof sameCase === "string") {
      at("enumCase", { value: shownValue(value), expected: sameCase });
    } else {
      const strings = spec.enum.filter((a) => typeof a === "string");
      const suggestion = text === void 0 ? void 0 : didYouMean(text, strings);
      if (suggestion) at("enumSuggest", { value: shownValue(value), allowed, suggestion });
      else at("enum", { value: shownValue(value), allowed });
    }
  }
  if (typeof value === "string" && spec.separator !== void 0) {
    checkSeparated(checking, path, label, value, range, spec);
    return;
  }
  if (typeof value === "string") checkString(value, spec, at);
  if (Array.isArray(value)) {
    const items = value.map((item, i2) => ({ item, range: frontMatter.rangeOf([...path, i2]) ?? range }));
    checkItems(checking, path, label, items, spec, at);
  }
}
function checkItems(checking, path, label, items, spec, at) {
  if (spec.minItems !== void 0 && items.length < spec.minItems) {
    at("minItems", { count: plural(items.length, "item"), limit: spec.minItems });
  }
  if (spec.maxItems !== void 0 && items.length > spec.maxItems) {
    at("maxItems", { count: plural(items.length, "item"), limit: spec.maxItems });
  }
  if (spec.uniqueItems) {
    const seen = /* @__PURE__ */ new Map();
    items.forEach(({ item, range }, i2) => {
      if (item === null || typeof item === "object") return;
      const key = `${typeof item}:${String(item)}`;
      const first = seen.get(key);
      if (first === void 0) seen.set(key, i2);
      else at("duplicateItem", { value: shownValue(item), first }, range);
    });
  }
  if (spec.items) {
    const itemSpec = spec.items;
    items.forEach(({ item, range, separated }, i2) => {
      if (isEmpty(item) && itemSpec.nonEmpty === false) return;
      const inner = separated ? { ...checking, at: range } : checking;
      checkValue(inner, [...path, i2], `${label}[${i2}]`, item, itemSpec);
    });
  }
}
function checkSeparated(checking, path, label, value, range, spec) {
  const separator = spec.separator;
  const parts = value.trim() === "" ? [] : separatedItems(checking.source, value, range, separator);
  const at = (messageId, data, where2 = range) => checking.report({ messageId, data: { key: label, ...data }, range: where2 });
  parts.forEach((part, i2) => {
    if (part.text === "") at("emptyItem", { index: i2, value: quote(value), separator }, part.range);
  });
  const items = parts.filter((p) => p.text !== "").map((p) => ({ item: p.text, range: p.range, separated: true }));
  checkItems(checking, path, label, items, spec, at);
}
function checkString(value, spec, at) {
  const shown2 = () => quote(value);
  if (spec.minLength !== void 0 || spec.maxLength !== void 0) {
    const count2 = [...value].length;
    const length = plural(count2, "character");
    if (spec.minLength !== void 0 && count2 < spec.minLength) {
      at("minLength", { value: shown2(), length, limit: spec.minLength });
    }
    if (spec.maxLength !== void 0 && count2 > spec.maxLength) {
      at("maxLength", { value: shown2(), length, limit: spec.maxLength });
    }
  }
  if (spec.pattern !== void 0 && !compilePattern(spec.pattern).test(value)) {
    at("pattern", { value: shown2(), pattern: spec.pattern });
  }
  if (isDateKey(spec)) {
    const format = dateFormatOf(spec);
    if (!format.shaped(value)) at("date", { value: shown2(), format: format.source });
    else if (format.day(value) === void 0) at("realDate", { value: shown2(), format: format.source });
  }
  switch (spec.format) {
    case "url":
      checkUrl(value, spec, at);
      break;
    case "spdx":
      if (!isSpdxId(value)) at("spdx", { value: shown2() });
      break;
    case "email":
      if (!EMAIL.test(value)) at("email", { value: shown2() });
      break;
    default:
      break;
  }
}
function checkUrl(value, spec, at) {
  let url;
  try {
    url = /\s/.test(value) || !/^[a-z][a-z0-9+.-]*:/i.test(value) ? void 0 : new URL(value);
  } catch {
    url = void 0;
  }
  if (!url) {
    at("url", { value: quote(value) });
    return;
  }
  const scheme = url.protocol.replace(/:$/, "");
  const schemes = spec.url?.schemes;
  if (schemes && !schemes.some((s2) => s2.toLowerCase() === scheme)) {
    at("scheme", { scheme, allowed: quoteList(schemes, 10) });
    return;
  }
  const hosts = spec.url?.hosts;
  if (hosts && !hosts.some((h) => hostMatches(h.toLowerCase(), url.hostname))) {
    at("host", { host: url.hostname, allowed: quoteList(hosts, 10) });
  }
}
function hostMatches(allowed, host) {
  return allowed.startsWith("*.") ? host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1 : allowed === host;
}
function requoted(text, range, value, syntax) {
  const quoteChar = text.charAt(range.start.offset);
  if (syntax === "toml") {
    const literal = quoteChar === "'" && !/['\r\n]/.test(value) && text.charAt(range.start.offset + 1) !== "'";
    return literal ? `'${value}'` : JSON.stringify(value);
  }
  if (quoteChar === '"') return JSON.stringify(value);
  if (quoteChar === "'") return `'${value.replace(/'/g, "''")}'`;
  return /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$/.test(value) ? JSON.stringify(value) : value;
}

// src/rules/future-date.ts
init_import_meta_url();
var future_date_default = defineRule({
  id: "future-date",
  description: "A date field (Last Update) should not be after today",
  category: "dates",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    future: "Unexpected `{{field}}` of `{{value}}`, after today ({{now}}): expected a date on or before today"
  },
  check({ entry, schema: schema2, fieldMatches: fieldMatches2, now, report: report2 }) {
    const today = isoDay(now);
    if (today === void 0) return;
    for (const { section, value, day } of dateValues(fieldMatches2())) {
      if (day !== void 0 && day > today) {
        report2({ messageId: "future", data: { field: section.name, value: value.text, now }, range: value.range });
      }
    }
    for (const { key, text, range, day } of frontMatterDates(entry, schema2.schema)) {
      if (day !== void 0 && day > today)
        report2({ messageId: "future", data: { field: key, value: text, now }, range });
    }
  }
});

// src/rules/inline-config.ts
init_import_meta_url();
var inline_config_default = defineRule({
  id: "inline-config",
  description: "`catalog-lint-*` comments should use a known directive and name known rules",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    directive: "Unexpected directive `catalog-lint-{{keyword}}`, expected `catalog-lint-disable`, `-enable`, `-disable-next-line` or `-disable-file`",
    rule: "Unexpected rule `{{rule}}` in `catalog-lint-{{kind}}`, expected a rule id{{hint}}"
  },
  check({ entry, ruleIds: ids, report: report2 }) {
    const { directives, malformed } = parseDirectives(entry.comments);
    for (const m of malformed) report2({ messageId: "directive", data: { keyword: plain(m.keyword) }, range: m.range });
    const budget = new SuggestionBudget();
    for (const directive of directives) {
      for (const rule of directive.rules) {
        if (ids.includes(rule)) continue;
        const suggestion = didYouMean(rule, ids, budget);
        report2({
          messageId: "rule",
          data: {
            rule: plain(rule),
            kind: directive.kind,
            hint: suggestion ? ` (did you mean \`${suggestion}\`?)` : ""
          },
          range: directive.range
        });
      }
    }
  }
});

// src/rules/label-value.ts
init_import_meta_url();

// src/rule-api/unknown-values.ts
init_import_meta_url();
var UNKNOWN_PHRASES = [
  "N/A",
  "NA",
  "n.a.",
  "Unknown",
  "TBD",
  "TBC",
  "TBA",
  "?",
  "None",
  "Not available",
  "Not applicable",
  "Not publicly documented",
  "Not documented",
  "Not specified",
  "Not disclosed",
  "Undisclosed",
  "Unverified"
];
var CLARIFIED = /^(.*?\S)\s*\(([^()]*)\)$/;
var WRAPPED = /^([*_`]+)(.+?)\1$/;
function phraseKey(text) {
  const inner = WRAPPED.exec(text.trim())?.[2] ?? text;
  const key = inner.trim().replace(/\s+/g, " ").replace(/\.$/, "").toLowerCase();
  return /^\?+$/.test(key) ? "?" : key;
}
var phraseTable = derivedFrom((phrases) => {
  const byKey = /* @__PURE__ */ new Map();
  for (const phrase of phrases) {
    const key = phraseKey(phrase);
    if (!byKey.has(key)) byKey.set(key, phrase);
  }
  return { byKey, longest: Math.max(0, ...[...byKey.keys()].map((k) => k.length)) };
});
function keyLongerThan(text, length) {
  let kept = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text.charCodeAt(i2);
    if (c > 32 && c < 127 && c !== 42 && c !== 95 && c !== 96 && c !== 63 && ++kept > length + 1) return true;
  }
  return false;
}
function tableKey(text, table) {
  if (keyLongerThan(text, table.longest)) return void 0;
  const key = phraseKey(text);
  return key !== "" && table.byKey.has(key) ? key : void 0;
}
function unknownPhrase(text, phrases) {
  const table = phraseTable(phrases);
  const key = tableKey(text, table);
  return key === void 0 ? void 0 : table.byKey.get(key);
}
function looksUnknown(text) {
  if (unknownPhrase(text, UNKNOWN_PHRASES)) return true;
  const clarified = clarification(text.trim());
  return clarified !== null && unknownPhrase(clarified[1] ?? "", UNKNOWN_PHRASES) !== void 0;
}
function clarification(text) {
  return text.charCodeAt(text.length - 1) === 41 ? CLARIFIED.exec(text) : null;
}

// src/rules/label-value.ts
var label_value_default = defineRule({
  id: "label-value",
  description: "A label or yes/no field should only hold values from the schema's list",
  category: "values",
  defaultSeverity: "error",
  fixable: true,
  messages: {
    case: "Unexpected {{value}} for `{{field}}`, expected `{{expected}}` (values match case-sensitively)",
    commentary: "Unexpected {{value}} for `{{field}}`, expected `{{expected}}` alone with the rest as an indented `  - ` note",
    suggest: "Unexpected {{value}} for `{{field}}`, expected one of {{allowed}} (did you mean `{{expected}}`?)",
    family: "Unexpected {{value}} for `{{field}}`, expected one of {{allowed}} ({{value}} is ambiguous: {{choices}}?)",
    combined: "Unexpected {{value}} for `{{field}}`, expected one value per item: {{parts}}",
    unknown: "Unexpected {{value}} for `{{field}}`, expected one of {{allowed}}"
  },
  check({ fieldMatches: fieldMatches2, report: report2 }) {
    const budget = new SuggestionBudget();
    const suggested = /* @__PURE__ */ new Map();
    for (const match of fieldMatches2()) {
      const { section, spec } = match;
      const allowed = spec.values;
      if (!allowed?.length || spec.kind !== "label" && spec.kind !== "yes-no") continue;
      const lookup = lookupOf(allowed);
      for (const value of checkedValues(match)) {
        const text = value.text;
        if (isUnknownMarker(text) || lookup.exact.has(text) || value.kind === "block") continue;
        if (looksUnknown(text)) continue;
        const data = { value: quote(text), field: section.name, allowed: allowedList(allowed) };
        const sameCase = lookup.byLowerCase.get(text.toLowerCase());
        if (sameCase) {
          const fix = { range: [value.range.start.offset, value.range.end.offset], text: sameCase };
          report2({ messageId: "case", data: { ...data, expected: sameCase }, range: value.range, fix });
          continue;
        }
        const parts = text.split(SEPARATOR).filter(Boolean);
        if (parts.length > 1 && parts.every((p) => lookup.exact.has(p))) {
          report2({
            messageId: "combined",
            data: { ...data, parts: listAnd(parts.map((p) => `\`- ${p}\``)) },
            range: value.range
          });
          continue;
        }
        const prefix = prefixOf(text, lookup);
        if (prefix) {
          report2({ messageId: "commentary", data: { ...data, expected: prefix }, range: value.range });
          continue;
        }
        let byValue = suggested.get(allowed);
        if (!byValue) {
          byValue = /* @__PURE__ */ new Map();
          suggested.set(allowed, byValue);
        }
        if (!byValue.has(text)) byValue.set(text, suggestionFor(text, allowed, budget));
        const suggestion = byValue.get(text);
        report2({
          messageId: suggestion ? "choices" in suggestion ? "family" : "suggest" : "unknown",
          data: { ...data, ...suggestion },
          range: value.range
        });
      }
    }
  }
});
var SEPARATOR = /(?:(?<!\s)\s+)?(?:\/|,|;|&|\+|\band\b|\bor\b|\bOR\b|\bAND\b)\s*/;
var lookupOf = derivedFrom((allowed) => {
  const byLowerCase2 = /* @__PURE__ */ new Map();
  const trie = { next: /* @__PURE__ */ new Map() };
  for (const [place, value] of allowed.entries()) {
    const lower = value.toLowerCase();
    if (!byLowerCase2.has(lower)) byLowerCase2.set(lower, value);
    let node = trie;
    for (let i2 = 0; i2 < value.length; i2++) {
      const letter = canonicalUnit(value[i2]);
      let next2 = node.next.get(letter);
      if (!next2) {
        next2 = { next: /* @__PURE__ */ new Map() };
        node.next.set(letter, next2);
      }
      node = next2;
    }
    node.first ??= place;
  }
  return { exact: new Set(allowed), byLowerCase: byLowerCase2, trie, allowed };
});
var NOTE_START = /[\s,;:(\u2013\u2014-]/i;
function prefixOf(text, lookup) {
  let node = lookup.trie;
  let first;
  for (let i2 = 0; node && i2 < text.length; i2++) {
    if (node.first !== void 0 && (first === void 0 || node.first < first) && NOTE_START.test(text[i2])) {
      first = node.first;
    }
    node = node.next.get(canonicalUnit(text[i2]));
  }
  return first === void 0 ? void 0 : lookup.allowed[first];
}
var allowedList = derivedFrom((allowed) => quoteList(allowed));
function suggestionFor(text, allowed, budget) {
  const part = partOf(text, allowed);
  if (part) return { expected: part };
  if (listsLicenses(allowed)) {
    const license = licenseSuggestion(text, allowed);
    if (license) return "one" in license ? { expected: license.one } : { choices: quoteList(license.family) };
  }
  const suggestion = didYouMean(text, allowed, budget);
  const otherLicense = suggestion !== void 0 && suggestion.toLowerCase() !== text.trim().toLowerCase() && isSpdxId(text) && isSpdxId(suggestion);
  return otherLicense || !suggestion ? void 0 : { expected: suggestion };
}
function partOf(text, allowed) {
  const key = text.trim().toLowerCase();
  if (key === "") return void 0;
  const holders = combinedParts(allowed).get(key);
  return holders?.size === 1 ? [...holders][0] : void 0;
}
var combinedParts = derivedFrom((allowed) => {
  const parts = /* @__PURE__ */ new Map();
  for (const value of allowed) {
    if (!value.includes("/")) continue;
    for (const part of value.split("/")) {
      const key = part.trim().toLowerCase();
      if (key === "") continue;
      const holders = parts.get(key) ?? /* @__PURE__ */ new Set();
      holders.add(value);
      parts.set(key, holders);
    }
  }
  return parts;
});

// src/rules/last-update-not-bumped.ts
init_import_meta_url();
var last_update_not_bumped_default = defineRule({
  id: "last-update-not-bumped",
  description: "An entry whose content changed since the base revision should move its Last Update forward",
  category: "dates",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    notBumped: "Unexpected `{{field}}` of `{{value}}` in an entry changed since the base revision, expected a date after `{{base}}`"
  },
  check({ entry, base, schema: schema2, fieldMatches: fieldMatches2, report: report2 }) {
    if (!base) return;
    const matches2 = fieldMatches2();
    const baseMatches = fieldMatches(base, schema2);
    const now = dateField(matches2);
    const before = dateField(baseMatches);
    if (!now?.date || !before?.date) return;
    if (isoDay(now.date.text) === void 0 || isoDay(before.date.text) === void 0) return;
    if ((isoDay(now.date.text) ?? 0) > (isoDay(before.date.text) ?? 0)) return;
    if (contentWithoutDates(entry, matches2) === contentWithoutDates(base, baseMatches)) return;
    report2({
      messageId: "notBumped",
      data: { field: now.section.name, value: now.date.text, base: before.date.text },
      range: now.date.range
    });
  }
});
function dateField(matches2) {
  const match = matches2.find((m) => m.spec.kind === "date");
  if (!match) return void 0;
  return { section: match.section, date: checkedValues(match)[0] };
}
function contentWithoutDates(entry, matches2) {
  const cuts = matches2.filter((m) => m.spec.kind === "date").map((m) => m.section);
  cuts.sort((a, b) => b.range.start.offset - a.range.start.offset);
  return normalized(cutOut(entry.source.text, cuts));
}
function cutOut(text, sections) {
  let head2 = text.length;
  const tail = [];
  for (const { range } of sections) {
    const [start, end] = [Math.min(range.start.offset, head2), range.end.offset];
    if (end <= head2) {
      if (end < head2) tail.push([end, head2]);
    } else {
      let skip = end - head2;
      while (skip > 0 && tail.length > 0) {
        const piece = tail.at(-1);
        const length = piece[1] - piece[0];
        if (length > skip) {
          piece[0] += skip;
          break;
        }
        tail.pop();
        skip -= length;
      }
    }
    head2 = start;
  }
  let result = text.slice(0, head2);
  for (let i2 = tail.length - 1; i2 >= 0; i2--) {
    const [from, to] = tail[i2];
    result += text.slice(from, to);
  }
  return result;
}
function normalized(text) {
  return text.split(/\r?\n|\r/).map((line) => line.trim()).filter(Boolean).join("\n");
}

// src/rules/license-consistency.ts
init_import_meta_url();
var license_consistency_default = defineRule({
  id: "license-consistency",
  description: "Opensource should agree with License: `Yes` with an OSI-approved license, `No` with a proprietary one",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    openButClosed: "Unexpected {{value}} for `{{field}}` when `{{licenseField}}` lists only {{licenses}}, expected `No` or an OSI-approved license",
    closedButOpen: "Unexpected {{value}} for `{{field}}` when `{{licenseField}}` lists only {{licenses}}, expected `Yes` or the proprietary license listed too"
  },
  check({ fieldMatches: fieldMatches2, report: report2 }) {
    const matches2 = fieldMatches2();
    const licenseMatches = matches2.filter((m) => /^licen[cs]es?$/i.test(m.section.name));
    const licenses = licenseMatches.flatMap((m) => checkedValues(m).filter((v) => v.kind !== "block"));
    const firstLicense = licenseMatches[0];
    if (!firstLicense || licenses.length === 0) return;
    const classes = licenses.map(classify);
    if (classes.some((c) => c === void 0)) return;
    const known = classes;
    const only = {
      open: known.every((c) => c.kind === "open"),
      closed: known.every((c) => c.kind === "closed")
    };
    let licensesText;
    for (const match of matches2) {
      const { section, spec } = match;
      if (spec.kind !== "yes-no" || !/^open[\s-]?source$/i.test(section.name)) continue;
      const value = checkedValues(match)[0];
      const answer = value?.text.toLowerCase();
      if (!value || answer !== "yes" && answer !== "no") continue;
      const against = answer === "yes" ? "closed" : "open";
      if (!only[against]) continue;
      licensesText ??= describe(licenses, known);
      report2({
        messageId: answer === "yes" ? "openButClosed" : "closedButOpen",
        data: {
          value: quote(value.text),
          field: plain(section.name),
          licenseField: plain(firstLicense.section.name),
          licenses: licensesText
        },
        range: value.range
      });
    }
  }
});
var SOURCE_AVAILABLE = /^(?:sustainable use|business source|server side public|elastic|commons clause|(?:[\w.-]+ )?enterprise)(?: licen[cs]e)?(?: v?\d+(?:\.\d+)?)?$/i;
var NOT_OPEN_NOTE = /^(?:fair[- ]code|source[- ]available)$/i;
function classify(value) {
  const text = value.text.trim();
  if (/^proprietary$/i.test(text)) return { kind: "closed", notOsi: false };
  const noted = /^(.*?\S)\s*\(([^()]*)\)$/.exec(text);
  const name = (noted?.[1] ?? text).trim();
  if (/\blicen[cs]e\b/i.test(name) && SOURCE_AVAILABLE.test(name)) return { kind: "closed", notOsi: true };
  if (noted && NOT_OPEN_NOTE.test((noted[2] ?? "").trim())) return { kind: "closed", notOsi: true };
  const license = SPDX_IDS.get(text.toLowerCase()) ?? SPDX_IDS.get(text.toLowerCase().replace(/\s+/g, "-"));
  if (!license) return void 0;
  return license.osi ? { kind: "open", notOsi: false } : { kind: "closed", notOsi: true };
}
function describe(values, classes) {
  const items = values.slice(0, MAX_DESCRIBED).map((v, i2) => `${quote(v.text)} (line ${v.range.start.line}${classes[i2]?.notOsi ? ", not OSI-approved" : ""})`);
  if (values.length > MAX_DESCRIBED) items.push(`${values.length - MAX_DESCRIBED} more`);
  return listAnd(items);
}
var MAX_DESCRIBED = 5;

// src/rules/rating-format.ts
init_import_meta_url();
var STARS = /^\[([^\]]*)\]\s*(.*)$/;
var SCORE = /^(\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.\d{1,6})?(%?)(?:\s+[\p{L}(~<>≈±].*|\s*\(.*)?$/su;
var NO_COLON = /^([A-Za-z][\w.-]*(?:\s[\w.-]+){0,3})\s+(\d{1,9}(?:\.\d{1,6})?%?)$/;
var rating_format_default = defineRule({
  id: "rating-format",
  description: "Each Rating line should be `[N] commentary` or a benchmark `Name: 90.8%` / `Name: 2150`",
  category: "ratings",
  defaultSeverity: "error",
  fixable: false,
  options: {
    min: { default: 1, description: "Lowest star rating", schema: (z) => z.number().int() },
    max: { default: 5, description: "Highest star rating", schema: (z) => z.number().int() }
  },
  messages: {
    starRange: "Unexpected rating {{stars}}, expected a whole number from {{min}} to {{max}} in brackets",
    noCommentary: "Unexpected rating {{stars}} without commentary, expected `[{{n}}] why`",
    noColon: "Unexpected {{value}}, expected `{{name}}: {{score}}`",
    score: "Unexpected score {{score}} for `{{name}}`, expected a number such as `90.8%` or `2150`",
    percent: "Unexpected score `{{score}}` for `{{name}}`, expected a percentage from 0% to 100%",
    duplicate: "Unexpected repeated `{{name}}` benchmark, expected it once (first at line {{line}})",
    shape: "Unexpected rating {{value}}, expected `[N] commentary` (N from {{min}} to {{max}}) or `Benchmark: 90.8%`"
  },
  check({ fieldMatches: fieldMatches2, options, report: report2 }) {
    for (const { section, spec } of fieldMatches2()) {
      if (spec.kind !== "rating") continue;
      const benchmarks = /* @__PURE__ */ new Map();
      for (const value of section.values) {
        const text = value.text;
        if (isUnknownMarker(text) || looksUnknown(text)) continue;
        const { range } = value;
        const scale = { min: options.min, max: options.max };
        const stars = STARS.exec(text);
        if (stars) {
          const n = stars[1]?.trim() ?? "";
          const shown2 = quote(`[${stars[1] ?? ""}]`);
          if (!/^\d+$/.test(n) || Number(n) < options.min || Number(n) > options.max) {
            report2({ messageId: "starRange", data: { stars: shown2, ...scale }, range });
          } else if (!stars[2]?.trim()) {
            report2({ messageId: "noCommentary", data: { stars: shown2, n: Number(n) }, range });
          }
          continue;
        }
        const colon = text.indexOf(":");
        const name = text.slice(0, colon).trim();
        if (colon > 0 && name !== "" && !/^https?$/i.test(name)) {
          const score = text.slice(colon + 1).trim();
          const parsed = SCORE.exec(score);
          if (!parsed) {
            report2({ messageId: "score", data: { name, score: quote(score) }, range });
            continue;
          }
          const number = Number.parseFloat(score.replace(/,/g, ""));
          if (parsed[2] === "%" && number > 100) {
            report2({ messageId: "percent", data: { name, score: plain(score) }, range });
            continue;
          }
          const key = looseKey(name);
          const firstLine = benchmarks.get(key);
          if (firstLine !== void 0) {
            report2({ messageId: "duplicate", data: { name, line: firstLine }, range });
          } else benchmarks.set(key, range.start.line);
          continue;
        }
        const noColon = NO_COLON.exec(text);
        if (noColon) {
          report2({
            messageId: "noColon",
            data: { value: quote(text), name: noColon[1] ?? "", score: noColon[2] ?? "" },
            range
          });
          continue;
        }
        report2({ messageId: "shape", data: { value: quote(text), ...scale }, range });
      }
    }
  }
});

// src/rules/rating-mismatch.ts
init_import_meta_url();
var RATING_LINE = /^([^:[\]]{1,80}?)\s*:\s*(\d{1,3}(?:\.\d{1,4})?)\s*%/;
var BOUND = /\b(?:break(?:s|ing)?|over|above|beyond|than|exceed(?:s|ing)?|surpass(?:es|ing)?|nearly|almost|about|around|approximately|under|below|up to|by|gains?|improvement of)\s*~?$/i;
var rating_mismatch_default = defineRule({
  id: "rating-mismatch",
  description: "A benchmark figure stated in the lead or a description should equal that benchmark's Rating line",
  category: "ratings",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    mismatch: "Unexpected `{{stated}}` for {{name}} in {{where}}, expected `{{rated}}` as the Rating says (line {{line}})"
  },
  check({ entry, fieldMatches: fieldMatches2, report: report2 }) {
    const matches2 = fieldMatches2();
    const benchmarks = [];
    for (const match of matches2.filter((m) => m.spec.kind === "rating")) {
      for (const value of match.section.values) {
        const line = RATING_LINE.exec(value.text);
        if (line?.[1] && line[2]) {
          benchmarks.push({
            name: line[1].trim(),
            value: Number(line[2]),
            text: `${line[2]}%`,
            line: value.range.start.line
          });
        }
      }
    }
    if (benchmarks.length === 0) return;
    const prose = entry.lead.filter((b) => b.type !== "code" && b.type !== "html").map((b) => ({ range: b.range, where: "the lead" }));
    for (const match of matches2) {
      const where2 = `\`${match.section.name}\``;
      if (match.spec.kind === "rating") {
        for (const value of match.section.values) {
          if (!RATING_LINE.test(value.text)) prose.push({ range: value.range, where: where2 });
          for (const note of value.notes) prose.push({ range: note.range, where: `a note of ${where2}` });
        }
        continue;
      }
      if (match.spec.kind !== "text" || !/description$/i.test(match.spec.name)) continue;
      for (const value of match.section.values) prose.push({ range: value.range, where: where2 });
    }
    const index = indexNames(benchmarks.map((b) => b.name));
    const raws = prose.map(({ range }) => entry.source.text.slice(range.start.offset, range.end.offset));
    const found4 = raws.map((raw) => findStatements(raw, index));
    const byName = /* @__PURE__ */ new Map();
    for (const [place, { byName: inPlace }] of found4.entries()) {
      for (const [name, statements] of inPlace) {
        const list = byName.get(name) ?? [];
        for (const statement of statements) list.push({ place, statement });
        byName.set(name, list);
      }
    }
    const byLength = [...benchmarks].sort((a, b) => b.name.length - a.name.length);
    for (const benchmark of byLength) {
      for (const { place, statement } of byName.get(benchmark.name) ?? []) {
        const { figure, at } = statement;
        if (sameFigure(figure, benchmark.value)) continue;
        const raw = raws[place];
        if (BOUND.test(raw.slice(Math.max(0, at - 24), at))) continue;
        if ((found4[place].longestNameAt.get(at) ?? 0) > benchmark.name.length) continue;
        const { range, where: where2 } = prose[place];
        const offset = range.start.offset + at;
        report2({
          messageId: "mismatch",
          data: { stated: `${figure}%`, name: benchmark.name, where: where2, rated: benchmark.text, line: benchmark.line },
          range: rangeOf(entry.source, offset, offset + figure.length + 1)
        });
      }
    }
  }
});
var FIGURE = String.raw`(?<figure>\d{1,3}(?:\.\d{1,4})?)%`;
var NAME_END = /(?![\w-]*\w)/y;
var BEFORE_NAME = new RegExp(String.raw`(?<=${FIGURE}\s+(?:on|in)\s+(?:the\s+)?)`, "iyd");
var AFTER_NAME = [
  new RegExp(String.raw`(?:\s+score)?\s*(?::|of|at|=)\s*${FIGURE}`, "iyd"),
  // `SWE-bench (73.8%)`, but not `SWE-bench (5.8% improvement …)`.
  new RegExp(String.raw`\s*\(\s*${FIGURE}\s*\)`, "iyd")
];
var QUALIFIER = /[ \t]+v?\d+(?:\.\d+)?(?![\d.]*%)/iy;
var SEPARATOR2 = /[\s-]/;
var WORD_OR_HYPHEN = /[\w-]/;
var newNode = () => ({ next: /* @__PURE__ */ new Map(), spellings: [], matches: /* @__PURE__ */ new Map() });
function indexNames(names) {
  const root = newNode();
  const spellings = /* @__PURE__ */ new Map();
  for (const name of new Set(names)) {
    const words = name.split(/[\s-]+/).filter(Boolean);
    const letters = words.join("").split("").map(canonicalUnit);
    if (letters.length === 0) continue;
    const breaks = words.slice(0, -1).map((_, i2) => words.slice(0, i2 + 1).join("").length);
    const id = `${letters.join("")}\0${breaks.join(",")}`;
    let spelling = spellings.get(id);
    if (!spelling) {
      spelling = { breaks: new Set(breaks), names: [] };
      spellings.set(id, spelling);
      let node = root;
      for (const letter of letters) {
        let next2 = node.next.get(letter);
        if (!next2) {
          next2 = newNode();
          node.next.set(letter, next2);
        }
        node = next2;
      }
      node.spellings.push(spelling);
    }
    spelling.names.push(name);
  }
  return root;
}
function findStatements(raw, root) {
  const found4 = { byName: /* @__PURE__ */ new Map(), longestNameAt: /* @__PURE__ */ new Map() };
  if (!raw.includes("%")) return found4;
  const kinds = [[], [], []];
  for (let start = 0; start < raw.length; start++) {
    if (!root.next.has(canonicalUnit(raw[start]))) continue;
    if (start > 0 && WORD_OR_HYPHEN.test(raw[start - 1])) continue;
    let node = root;
    const gaps = [];
    let depth = 0;
    for (let at = start; at < raw.length; at++) {
      const c = raw[at];
      if (SEPARATOR2.test(c)) {
        if (gaps.at(-1) !== depth) gaps.push(depth);
        continue;
      }
      const next2 = node.next.get(canonicalUnit(c));
      if (!next2) break;
      node = next2;
      depth++;
      if (node.spellings.length === 0) continue;
      const end = at + 1;
      NAME_END.lastIndex = end;
      if (!NAME_END.test(raw)) continue;
      const stated = figuresAround(raw, start, end);
      QUALIFIER.lastIndex = end;
      if (QUALIFIER.test(raw)) stated[0] = void 0;
      if (stated.every((s2) => s2 === void 0)) continue;
      const { names, longest } = namesMatching(node, gaps);
      if (names.length === 0) continue;
      for (const [kind, statement] of stated.entries()) {
        if (!statement) continue;
        kinds[kind].push({
          names,
          statement,
          start: kind === 0 ? statement.at : start
        });
        found4.longestNameAt.set(statement.at, Math.max(found4.longestNameAt.get(statement.at) ?? 0, longest));
      }
    }
  }
  for (const list of kinds) {
    list.sort((a, b) => a.start - b.start);
    for (const { names, statement } of list) {
      for (const name of names) {
        const statements = found4.byName.get(name) ?? [];
        statements.push(statement);
        found4.byName.set(name, statements);
      }
    }
  }
  return found4;
}
function figuresAround(raw, start, end) {
  const read = (pattern, from) => {
    pattern.lastIndex = from;
    const match = pattern.exec(raw);
    const figure = match?.groups?.figure;
    const at = match?.indices?.groups?.figure?.[0];
    return figure === void 0 || at === void 0 ? void 0 : { figure, at };
  };
  return [read(BEFORE_NAME, start), ...AFTER_NAME.map((pattern) => read(pattern, end))];
}
function namesMatching(node, gaps) {
  const key = gaps.join(",");
  let matching = node.matches.get(key);
  if (!matching) {
    const names = node.spellings.filter((s2) => gaps.every((g) => s2.breaks.has(g))).flatMap((s2) => s2.names);
    matching = { names, longest: names.reduce((longest, name) => Math.max(longest, name.length), 0) };
    node.matches.set(key, matching);
  }
  return matching;
}
function sameFigure(stated, rated) {
  const decimals = stated.includes(".") ? stated.split(".")[1]?.length ?? 0 : 0;
  const factor = 10 ** decimals;
  return Math.round(rated * factor) === Math.round(Number(stated) * factor);
}

// src/rules/readable-file.ts
init_import_meta_url();
var readable_file_default = defineRule({
  id: "readable-file",
  description: "A catalog file should be a non-empty UTF-8 text file inside the repository, small and plain enough to parse",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    tooLarge: "Unexpected file of {{size}}, expected at most {{max}} (`maxFileSize` in the config); the file was not read",
    binary: "Unexpected binary content (a NUL character), expected a UTF-8 markdown entry; remove the file from the catalog or exclude it",
    encoding: "Unexpected byte {{byte}} at line {{line}}, column {{column}}, expected UTF-8 text; save the file as UTF-8",
    utf16: "Unexpected UTF-16 text, expected UTF-8; save the file as UTF-8",
    empty: "Unexpected empty file, expected an entry starting with `# Name - URL` and the template's sections (`npx catalog-lint new` writes one)",
    nesting: "Unexpected {{count}} list or quote markers opening on one line, expected at most 32; catalog-lint does not parse markdown nested this deep",
    sections: "Unexpected {{size}} of dense markdown without a heading (lines {{from}} to {{to}}), expected shorter sections; split it with `##`/`###` headings",
    symlink: "Unexpected symbolic link leading outside the repository, expected a file inside it; catalog-lint did not follow it",
    notFile: "Unexpected {{kind}}, expected a regular markdown file; catalog-lint did not read it"
  },
  check() {
  }
});

// src/rules/reference.ts
init_import_meta_url();

// src/rule-api/compared-values.ts
init_import_meta_url();
function entriesBySchema(entries, schemaOf2) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (!entry.values) continue;
    const schema2 = schemaOf2(entry.filePath).schema;
    const group = groups.get(schema2) ?? [];
    group.push(entry);
    groups.set(schema2, group);
  }
  for (const group of groups.values())
    group.sort((a, b) => a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);
  return groups;
}
function valuesOf(entries, key) {
  const held = [];
  for (const entry of entries) {
    for (const value of entry.values ?? []) if (value.key === key) held.push({ ...value, entry });
  }
  return held;
}
function holdersByValue(entries, key) {
  const byValue = /* @__PURE__ */ new Map();
  for (const held of valuesOf(entries, key)) {
    const list = byValue.get(held.value);
    if (list) list.push(held);
    else byValue.set(held.value, [held]);
  }
  return byValue;
}
function keysWith(schema2, test) {
  return Object.entries(schema2.frontMatter?.keys ?? {}).filter(([, spec]) => test(spec));
}
function peersWithValues(linted) {
  const any = linted.some((e) => e.values && e.values.length > 0);
  return (_folder, text) => any && /^(?:\uFEFF)?---[ \t]*\r?\n/.test(text);
}

// src/rules/reference.ts
var reference_default = defineRule({
  id: "reference",
  description: "A front-matter value whose key sets `references` should (resolve: true) or should not (resolve: false) be another entry's value of the key it names",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    unresolved: "Unexpected `{{key}}` value `{{value}}` in `{{file}}`, expected the `{{target}}` of another entry",
    unresolvedSuggest: "Unexpected `{{key}}` value `{{value}}` in `{{file}}`, expected the `{{target}}` of another entry (did you mean `{{suggestion}}`, `{{other}}` line {{line}}?)",
    resolved: "Unexpected `{{key}}` value `{{value}}` in `{{file}}`, expected no other entry's `{{target}}`: `{{other}}` line {{line}} has it"
  },
  check() {
  },
  checkCatalog({ entries, schemaOf: schemaOf2, report: report2 }) {
    for (const [schema2, group] of entriesBySchema(entries, schemaOf2)) {
      for (const [key, spec] of keysWith(schema2, (s2) => s2.references !== void 0)) {
        const { key: target, resolve: resolve23 } = spec.references;
        const targets = holdersByValue(group, target);
        const names = [...targets.keys()];
        for (const held of valuesOf(group, key)) {
          if (!held.entry.linted) continue;
          const other = targets.get(held.value)?.find((t) => t.entry !== held.entry);
          const data = () => ({ key, value: plain(held.value), file: plain(held.entry.filePath), target });
          if (!resolve23) {
            if (other) {
              report2(held.entry.filePath, {
                messageId: "resolved",
                data: { ...data(), other: plain(other.entry.filePath), line: other.range.start.line },
                range: held.range
              });
            }
            continue;
          }
          if (other) continue;
          const close = closestMatch(held.value, names)?.match;
          const suggested = close === void 0 ? void 0 : targets.get(close)?.find((t) => t.entry !== held.entry);
          if (close !== void 0 && suggested) {
            report2(held.entry.filePath, {
              messageId: "unresolvedSuggest",
              data: {
                ...data(),
                suggestion: plain(close),
                other: plain(suggested.entry.filePath),
                line: suggested.range.start.line
              },
              range: held.range
            });
          } else report2(held.entry.filePath, { messageId: "unresolved", data: data(), range: held.range });
        }
      }
    }
  },
  peerFilter: peersWithValues,
  // Entries of a catalog may each have their own folder (explore's topics/<slug>/).
  peerScope: "catalog"
});

// src/rules/referenced-file.ts
init_import_meta_url();
function unsafeReason(value) {
  if (value.includes("\0")) return "it holds a NUL character";
  if (value.includes("\\")) return "it holds a `\\`, a folder separator on Windows";
  if (value.startsWith("/") || /^[A-Za-z]:/.test(value)) return "it is an absolute path";
  if (value.split("/").includes("..")) return "it leads out of the folder with `..`";
  if (value.includes("/")) return "it names a path through a folder";
  if (value === ".") return "it names the folder itself";
  return void 0;
}
var referenced_file_default = defineRule({
  id: "referenced-file",
  description: "A front-matter value whose key sets `fileExists` should name a regular file beside the entry",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    unsafe: "Unexpected `{{key}}: {{value}}`, expected the name of a file in the entry's folder `{{folder}}`: {{reason}}",
    missing: "Unexpected `{{key}}: {{value}}`, expected a file of that name in `{{folder}}`",
    missingSuggest: "Unexpected `{{key}}: {{value}}`, expected a file of that name in `{{folder}}` (did you mean `{{suggestion}}`?)",
    missingCase: "Unexpected `{{key}}: {{value}}`, expected a file of that name in `{{folder}}`: `{{suggestion}}` differs only in case",
    notRegular: "Unexpected `{{key}}: {{value}}`, expected a regular file in `{{folder}}`, found a {{kind}}"
  },
  check() {
  },
  checkCatalog({ entries, schemaOf: schemaOf2, folderFiles, regularFiles, report: report2 }) {
    for (const entry of entries) {
      if (!entry.linted || !entry.values || entry.values.length === 0) continue;
      const keys = schemaOf2(entry.filePath).schema.frontMatter?.keys ?? {};
      for (const { key, value, range } of entry.values) {
        if (!keys[key]?.fileExists) continue;
        const data = { key, value: plain(value), folder: plain(entry.folder) };
        const reason = unsafeReason(value);
        if (reason) {
          report2(entry.filePath, { messageId: "unsafe", data: { ...data, reason }, range });
          continue;
        }
        const regular = regularFiles(entry.folder);
        if (!regular || regular.has(value)) continue;
        const listed2 = folderFiles(entry.folder) ?? [];
        if (listed2.includes(`${value}/`) || listed2.includes(value) && !regular.has(value)) {
          const kind = listed2.includes(`${value}/`) ? "folder" : "link or special file";
          report2(entry.filePath, { messageId: "notRegular", data: { ...data, kind }, range });
          continue;
        }
        const files2 = [...regular].sort();
        const sameCase = files2.find((name) => name.toLowerCase() === value.toLowerCase());
        if (sameCase) {
          report2(entry.filePath, { messageId: "missingCase", data: { ...data, suggestion: plain(sameCase) }, range });
          continue;
        }
        const close = closestMatch(value, files2)?.match;
        if (close)
          report2(entry.filePath, { messageId: "missingSuggest", data: { ...data, suggestion: plain(close) }, range });
        else report2(entry.filePath, { messageId: "missing", data, range });
      }
    }
  },
  // Findings are made from the linted entries' own values and folders: no peer is needed.
  peerFilter: () => () => false
});

// src/rules/repo-url.ts
init_import_meta_url();
var SOURCE_HOSTS = [
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "codeberg.org",
  "huggingface.co",
  "sourceforge.net",
  "gitee.com",
  "git.sr.ht",
  "sr.ht"
];
var repo_url_default = defineRule({
  id: "repo-url",
  description: "The Repo field should link to a source-code host (GitHub, GitLab, Hugging Face\u2026), not a product site",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  options: {
    hosts: {
      default: [...SOURCE_HOSTS],
      description: "Host names of source-code hosts; their subdomains count too",
      schema: (z) => z.array(z.string().min(1))
    }
  },
  messages: {
    host: "Unexpected host `{{host}}` in {{value}} for `{{field}}`, expected a source-code host such as {{hosts}} (or `-` if there is no public repository)",
    owner: "Unexpected {{value}} for `{{field}}`, the page of `{{owner}}` on {{host}} rather than a repository, expected the repository's own URL (`https://{{host}}/{{owner}}/<repository>`), or `-` if there is no public one"
  },
  check({ fieldMatches: fieldMatches2, options, report: report2 }) {
    const { hosts, trie } = hostIndex(options.hosts);
    for (const match of fieldMatches2()) {
      const { section, spec } = match;
      if (spec.kind !== "url" || !/^(?:repo|repository)$/i.test(section.name)) continue;
      for (const value of checkedValues(match)) {
        if (value.kind === "block" || urlProblem(value.text)) continue;
        const inner = linkTarget(value.text);
        const url = new URL(inner);
        const host = normalizeHost(url.hostname);
        if (isSourceHost(host, trie)) {
          const owner = ownerPage(host, url.pathname);
          if (owner) {
            report2({
              messageId: "owner",
              data: {
                value: quote(value.text),
                field: plain(section.name),
                host: plain(host.replace(/^www\./, "")),
                owner: plain(owner)
              },
              range: value.range
            });
          }
          continue;
        }
        report2({
          messageId: "host",
          data: { host: plain(host), value: quote(value.text), field: plain(section.name), hosts: quoteList(hosts) },
          range: value.range
        });
      }
    }
  }
});
var OWNER_HOSTS = /* @__PURE__ */ new Set([
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "codeberg.org",
  "huggingface.co",
  "gitee.com"
]);
var SITE_PAGES = /* @__PURE__ */ new Set([
  "about",
  "blog",
  "collections",
  "datasets",
  "docs",
  "enterprise",
  "explore",
  "features",
  "marketplace",
  "models",
  "pricing",
  "search",
  "security",
  "settings",
  "spaces",
  "sponsors",
  "topics",
  "trending"
]);
function ownerPage(host, pathname) {
  const bare = host.replace(/^www\./, "");
  if (!OWNER_HOSTS.has(bare)) return void 0;
  const segments = pathname.split("/").filter(Boolean);
  const owner = segments.length === 2 && bare === "github.com" && /^(?:orgs|users)$/i.test(segments[0]) ? segments[1] : segments.length === 1 ? segments[0] : void 0;
  if (owner === void 0 || SITE_PAGES.has(owner.toLowerCase()) || owner.startsWith("@")) return void 0;
  try {
    return decodeURIComponent(owner);
  } catch {
    return owner;
  }
}
function normalizeHost(host) {
  return host.trim().toLowerCase().replace(/\.$/, "");
}
var hostIndex = derivedFrom((list) => {
  const hosts = list.map(normalizeHost);
  const trie = { next: /* @__PURE__ */ new Map(), host: false };
  for (const host of hosts) {
    let node = trie;
    for (const label of host.split(".").reverse()) {
      let next2 = node.next.get(label);
      if (!next2) {
        next2 = { next: /* @__PURE__ */ new Map(), host: false };
        node.next.set(label, next2);
      }
      node = next2;
    }
    node.host = true;
  }
  return { hosts, trie };
});
function isSourceHost(host, trie) {
  let node = trie;
  const labels = host.split(".");
  for (let i2 = labels.length - 1; i2 >= 0 && node; i2--) {
    node = node.next.get(labels[i2]);
    if (node?.host) return true;
  }
  return false;
}

// src/rules/required-section.ts
init_import_meta_url();

// src/rule-api/section-names.ts
init_import_meta_url();
var sectionNames = derivedFromSchema((schema2) => {
  const groupNames = schema2.groups.map((g) => g.name);
  const fields = schema2.groups.flatMap((g) => [...g.fields, ...g.value ? [g.value] : []]);
  const aliases = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const field2 of fields) {
    for (const alias of field2.aliases) {
      const names = aliases.get(alias) ?? [];
      const known = seen.get(alias) ?? /* @__PURE__ */ new Set();
      if (!known.has(field2.name)) {
        names.push(field2.name);
        known.add(field2.name);
      }
      aliases.set(alias, names);
      seen.set(alias, known);
    }
  }
  const fieldNames2 = [...new Set(fields.map((f) => f.name))];
  return {
    groupNames,
    groupSet: new Set(groupNames),
    fieldNames: fieldNames2,
    fieldSet: new Set(fieldNames2),
    aliases,
    groupMemo: new BoundedMemo(),
    fieldMemo: new BoundedMemo()
  };
});
function suggestSectionMatch(name, depth, schema2, budget) {
  const names = sectionNames(schema2);
  if (depth <= 2) {
    if (names.groupSet.has(name)) return void 0;
    return remembered(names.groupMemo, name, names.groupNames, budget);
  }
  if (names.fieldSet.has(name)) return void 0;
  const aliased = names.aliases.get(name);
  if (aliased) return { match: aliased[0], unique: aliased.length === 1 };
  return remembered(names.fieldMemo, name, names.fieldNames, budget);
}
function suggestSection(name, depth, schema2, budget) {
  return suggestSectionMatch(name, depth, schema2, budget)?.match;
}
function remembered(memo, name, candidates, budget) {
  if (budget && !affordsSuggestion(name, candidates, budget)) return void 0;
  return memo.get(name, () => closestMatch(name, candidates));
}

// src/rules/required-section.ts
var required_section_default = defineRule({
  id: "required-section",
  description: "Every required group and field of the schema should be present",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    group: "Missing group `## {{group}}`, expected it after {{after}}",
    field: "Missing field `### {{field}}` in `## {{group}}`"
  },
  check({ entry, schema: schema2, report: report2 }) {
    if (schema2.schema.body?.open) return;
    const budget = new SuggestionBudget();
    const present = new Set(
      allSections(entry).flatMap((s2) => [s2.name, suggestSection(s2.name, s2.depth, schema2, budget) ?? s2.name])
    );
    const groups = /* @__PURE__ */ new Map();
    for (const group of entry.groups) if (!groups.has(group.name)) groups.set(group.name, group);
    const anchor = entry.title?.heading.range ?? {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1, column: 1, offset: 0 }
    };
    let after = "the title";
    for (const groupSpec of schema2.schema.groups) {
      const group = groups.get(groupSpec.name);
      if (!group) {
        if (groupSpec.required && !present.has(groupSpec.name)) {
          report2({ messageId: "group", data: { group: groupSpec.name, after }, range: anchor });
        }
        continue;
      }
      after = `\`## ${groupSpec.name}\``;
      for (const field2 of groupSpec.fields) {
        if (!field2.required || present.has(field2.name)) continue;
        report2({ messageId: "field", data: { field: field2.name, group: groupSpec.name }, range: group.heading.range });
      }
    }
  }
});

// src/rules/same-sections.ts
init_import_meta_url();
var same_sections_default = defineRule({
  id: "same-sections",
  description: "Entries of one folder should have the same `##` sections as most of their siblings",
  category: "structure",
  defaultSeverity: "warn",
  fixable: false,
  messages: {
    missing: "Unexpected missing section `## {{name}}`, expected the `##` sections {{count}} of {{total}} entries in `{{folder}}` have, like `{{other}}` (line {{line}})",
    extra: "Unexpected section `## {{name}}`, expected only the `##` sections most entries in `{{folder}}` have: {{lacking}} of {{total}} have none, like `{{other}}`"
  },
  check() {
  },
  checkCatalog({ entries, report: report2 }) {
    const byFolder = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      if (!entry.sections) continue;
      const group = byFolder.get(entry.folder);
      if (group) group.push(entry);
      else byFolder.set(entry.folder, [entry]);
    }
    for (const [folder, unsorted] of byFolder) {
      if (unsorted.length < 2 || !unsorted.some((e) => e.linted)) continue;
      const group = [...unsorted].sort((a, b) => a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);
      const total = group.length;
      const holders = /* @__PURE__ */ new Map();
      for (const entry of group) {
        for (const section of entry.sections ?? []) {
          const list = holders.get(section.name);
          if (list) list.push({ entry, section });
          else holders.set(section.name, [{ entry, section }]);
        }
      }
      const expected2 = new Set([...holders].filter(([, list]) => list.length * 2 >= total).map(([name]) => name));
      for (const entry of group) {
        if (!entry.linted) continue;
        const own = new Map((entry.sections ?? []).map((s2) => [s2.name, s2]));
        for (const name of expected2) {
          if (own.has(name)) continue;
          const list = holders.get(name) ?? [];
          const other = list[0];
          report2(entry.filePath, {
            messageId: "missing",
            data: {
              name: plain(name),
              count: list.length,
              total,
              folder: plain(folder),
              other: plain(other.entry.filePath),
              line: other.section.range.start.line
            },
            range: missingAt(entry, own, other.entry, name)
          });
        }
        for (const section of entry.sections ?? []) {
          if (expected2.has(section.name)) continue;
          const having = new Set((holders.get(section.name) ?? []).map((h) => h.entry));
          const lacking = group.filter((e) => !having.has(e));
          report2(entry.filePath, {
            messageId: "extra",
            data: {
              name: plain(section.name),
              lacking: lacking.length,
              total,
              folder: plain(folder),
              other: plain(lacking[0].filePath)
            },
            range: section.range
          });
        }
      }
    }
  },
  peerFilter: peerFilter2
});
function missingAt(entry, own, other, name) {
  let at;
  for (const section of other.sections ?? []) {
    if (section.name === name) break;
    at = own.get(section.name)?.range ?? at;
  }
  if (at) return at;
  if (entry.title) return entry.title.range;
  const start = { line: 1, column: 1, offset: 0 };
  return { start, end: start };
}
function peerFilter2(linted) {
  const folders = new Set(linted.filter((e) => e.sections).map((e) => e.folder));
  return (folder) => folders.has(folder);
}

// src/rules/schema-conflict.ts
init_import_meta_url();

// src/rule-api/schema-disputes.ts
init_import_meta_url();

// src/schema/conflicts.ts
init_import_meta_url();

// src/schema/criteria.ts
init_import_meta_url();

// node_modules/js-yaml/dist/js-yaml.mjs
init_import_meta_url();
function isNothing(subject) {
  return typeof subject === "undefined" || subject === null;
}
function isObject(subject) {
  return typeof subject === "object" && subject !== null;
}
function toArray(sequence) {
  if (Array.isArray(sequence)) return sequence;
  else if (isNothing(sequence)) return [];
  return [sequence];
}
function extend(target, source) {
  var index, length, key, sourceKeys;
  if (source) {
    sourceKeys = Object.keys(source);
    for (index = 0, length = sourceKeys.length; index < length; index += 1) {
      key = sourceKeys[index];
      target[key] = source[key];
    }
  }
  return target;
}
function repeat(string, count2) {
  var result = "", cycle;
  for (cycle = 0; cycle < count2; cycle += 1) {
    result += string;
  }
  return result;
}
function isNegativeZero(number) {
  return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
}
var isNothing_1 = isNothing;
var isObject_1 = isObject;
var toArray_1 = toArray;
var repeat_1 = repeat;
var isNegativeZero_1 = isNegativeZero;
var extend_1 = extend;
var common = {
  isNothing: isNothing_1,
  isObject: isObject_1,
  toArray: toArray_1,
  repeat: repeat_1,
  isNegativeZero: isNegativeZero_1,
  extend: extend_1
};
function formatError(exception2, compact) {
  var where2 = "", message = exception2.reason || "(unknown reason)";
  if (!exception2.mark) return message;
  if (exception2.mark.name) {
    where2 += 'in "' + exception2.mark.name + '" ';
  }
  where2 += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
  if (!compact && exception2.mark.snippet) {
    where2 += "\n\n" + exception2.mark.snippet;
  }
  return message + " " + where2;
}
function YAMLException$1(reason, mark) {
  Error.call(this);
  this.name = "YAMLException";
  this.reason = reason;
  this.mark = mark;
  this.message = formatError(this, false);
  if (Error.captureStackTrace) {
    Error.captureStackTrace(this, this.constructor);
  } else {
    this.stack = new Error().stack || "";
  }
}
YAMLException$1.prototype = Object.create(Error.prototype);
YAMLException$1.prototype.constructor = YAMLException$1;
YAMLException$1.prototype.toString = function toString(compact) {
  return this.name + ": " + formatError(this, compact);
};
var exception = YAMLException$1;
function getLine(buffer, lineStart, lineEnd2, position, maxLineLength) {
  var head2 = "";
  var tail = "";
  var maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head2 = " ... ";
    lineStart = position - maxHalfLength + head2.length;
  }
  if (lineEnd2 - position > maxHalfLength) {
    tail = " ...";
    lineEnd2 = position + maxHalfLength - tail.length;
  }
  return {
    str: head2 + buffer.slice(lineStart, lineEnd2).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head2.length
    // relative position
  };
}
function padStart(string, max) {
  return common.repeat(" ", max - string.length) + string;
}
function makeSnippet(mark, options) {
  options = Object.create(options || null);
  if (!mark.buffer) return null;
  if (!options.maxLength) options.maxLength = 79;
  if (typeof options.indent !== "number") options.indent = 1;
  if (typeof options.linesBefore !== "number") options.linesBefore = 3;
  if (typeof options.linesAfter !== "number") options.linesAfter = 2;
  var re = /\r?\n|\r|\0/g;
  var lineStarts = [0];
  var lineEnds = [];
  var match;
  var foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) {
      foundLineNo = lineStarts.length - 2;
    }
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  var result = "", i2, line;
  var lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
  var maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
  for (i2 = 1; i2 <= options.linesBefore; i2++) {
    if (foundLineNo - i2 < 0) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo - i2],
      lineEnds[foundLineNo - i2],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i2]),
      maxLineLength
    );
    result = common.repeat(" ", options.indent) + padStart((mark.line - i2 + 1).toString(), lineNoLength) + " | " + line.str + "\n" + result;
  }
  line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += common.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
  result += common.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
  for (i2 = 1; i2 <= options.linesAfter; i2++) {
    if (foundLineNo + i2 >= lineEnds.length) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo + i2],
      lineEnds[foundLineNo + i2],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i2]),
      maxLineLength
    );
    result += common.repeat(" ", options.indent) + padStart((mark.line + i2 + 1).toString(), lineNoLength) + " | " + line.str + "\n";
  }
  return result.replace(/\n$/, "");
}
var snippet = makeSnippet;
var TYPE_CONSTRUCTOR_OPTIONS = [
  "kind",
  "multi",
  "resolve",
  "construct",
  "instanceOf",
  "predicate",
  "represent",
  "representName",
  "defaultStyle",
  "styleAliases"
];
var YAML_NODE_KINDS = [
  "scalar",
  "sequence",
  "mapping"
];
function compileStyleAliases(map2) {
  var result = {};
  if (map2 !== null) {
    Object.keys(map2).forEach(function(style) {
      map2[style].forEach(function(alias) {
        result[String(alias)] = style;
      });
    });
  }
  return result;
}
function Type$1(tag, options) {
  options = options || {};
  Object.keys(options).forEach(function(name) {
    if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
      throw new exception('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }
  });
  this.options = options;
  this.tag = tag;
  this.kind = options["kind"] || null;
  this.resolve = options["resolve"] || function() {
    return true;
  };
  this.construct = options["construct"] || function(data) {
    return data;
  };
  this.instanceOf = options["instanceOf"] || null;
  this.predicate = options["predicate"] || null;
  this.represent = options["represent"] || null;
  this.representName = options["representName"] || null;
  this.defaultStyle = options["defaultStyle"] || null;
  this.multi = options["multi"] || false;
  this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
  if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
    throw new exception('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
}
var type = Type$1;
function compileList(schema2, name) {
  var result = [];
  schema2[name].forEach(function(currentType) {
    var newIndex = result.length;
    result.forEach(function(previousType, previousIndex) {
      if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
        newIndex = previousIndex;
      }
    });
    result[newIndex] = currentType;
  });
  return result;
}
function compileMap() {
  var result = {
    scalar: {},
    sequence: {},
    mapping: {},
    fallback: {},
    multi: {
      scalar: [],
      sequence: [],
      mapping: [],
      fallback: []
    }
  }, index, length;
  function collectType(type2) {
    if (type2.multi) {
      result.multi[type2.kind].push(type2);
      result.multi["fallback"].push(type2);
    } else {
      result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
    }
  }
  for (index = 0, length = arguments.length; index < length; index += 1) {
    arguments[index].forEach(collectType);
  }
  return result;
}
function Schema$1(definition) {
  return this.extend(definition);
}
Schema$1.prototype.extend = function extend2(definition) {
  var implicit = [];
  var explicit = [];
  if (definition instanceof type) {
    explicit.push(definition);
  } else if (Array.isArray(definition)) {
    explicit = explicit.concat(definition);
  } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
    if (definition.implicit) implicit = implicit.concat(definition.implicit);
    if (definition.explicit) explicit = explicit.concat(definition.explicit);
  } else {
    throw new exception("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
  }
  implicit.forEach(function(type$1) {
    if (!(type$1 instanceof type)) {
      throw new exception("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    }
    if (type$1.loadKind && type$1.loadKind !== "scalar") {
      throw new exception("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
    }
    if (type$1.multi) {
      throw new exception("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
    }
  });
  explicit.forEach(function(type$1) {
    if (!(type$1 instanceof type)) {
      throw new exception("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    }
  });
  var result = Object.create(Schema$1.prototype);
  result.implicit = (this.implicit || []).concat(implicit);
  result.explicit = (this.explicit || []).concat(explicit);
  result.compiledImplicit = compileList(result, "implicit");
  result.compiledExplicit = compileList(result, "explicit");
  result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
  return result;
};
var schema = Schema$1;
var str = new type("tag:yaml.org,2002:str", {
  kind: "scalar",
  construct: function(data) {
    return data !== null ? data : "";
  }
});
var seq = new type("tag:yaml.org,2002:seq", {
  kind: "sequence",
  construct: function(data) {
    return data !== null ? data : [];
  }
});
var map = new type("tag:yaml.org,2002:map", {
  kind: "mapping",
  construct: function(data) {
    return data !== null ? data : {};
  }
});
var failsafe = new schema({
  explicit: [
    str,
    seq,
    map
  ]
});
function resolveYamlNull(data) {
  if (data === null) return true;
  var max = data.length;
  return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
}
function constructYamlNull() {
  return null;
}
function isNull(object) {
  return object === null;
}
var _null = new type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: resolveYamlNull,
  construct: constructYamlNull,
  predicate: isNull,
  represent: {
    canonical: function() {
      return "~";
    },
    lowercase: function() {
      return "null";
    },
    uppercase: function() {
      return "NULL";
    },
    camelcase: function() {
      return "Null";
    },
    empty: function() {
      return "";
    }
  },
  defaultStyle: "lowercase"
});
function resolveYamlBoolean(data) {
  if (data === null) return false;
  var max = data.length;
  return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
}
function constructYamlBoolean(data) {
  return data === "true" || data === "True" || data === "TRUE";
}
function isBoolean(object) {
  return Object.prototype.toString.call(object) === "[object Boolean]";
}
var bool = new type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: resolveYamlBoolean,
  construct: constructYamlBoolean,
  predicate: isBoolean,
  represent: {
    lowercase: function(object) {
      return object ? "true" : "false";
    },
    uppercase: function(object) {
      return object ? "TRUE" : "FALSE";
    },
    camelcase: function(object) {
      return object ? "True" : "False";
    }
  },
  defaultStyle: "lowercase"
});
function isHexCode(c) {
  return 48 <= c && c <= 57 || 65 <= c && c <= 70 || 97 <= c && c <= 102;
}
function isOctCode(c) {
  return 48 <= c && c <= 55;
}
function isDecCode(c) {
  return 48 <= c && c <= 57;
}
function resolveYamlInteger(data) {
  if (data === null) return false;
  var max = data.length, index = 0, hasDigits = false, ch;
  if (!max) return false;
  ch = data[index];
  if (ch === "-" || ch === "+") {
    ch = data[++index];
  }
  if (ch === "0") {
    if (index + 1 === max) return true;
    ch = data[++index];
    if (ch === "b") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (ch !== "0" && ch !== "1") return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
    if (ch === "x") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (!isHexCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
    if (ch === "o") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (!isOctCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
  }
  if (ch === "_") return false;
  for (; index < max; index++) {
    ch = data[index];
    if (ch === "_") continue;
    if (!isDecCode(data.charCodeAt(index))) {
      return false;
    }
    hasDigits = true;
  }
  if (!hasDigits || ch === "_") return false;
  return true;
}
function constructYamlInteger(data) {
  var value = data, sign = 1, ch;
  if (value.indexOf("_") !== -1) {
    value = value.replace(/_/g, "");
  }
  ch = value[0];
  if (ch === "-" || ch === "+") {
    if (ch === "-") sign = -1;
    value = value.slice(1);
    ch = value[0];
  }
  if (value === "0") return 0;
  if (ch === "0") {
    if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
    if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
    if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
  }
  return sign * parseInt(value, 10);
}
function isInteger(object) {
  return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common.isNegativeZero(object));
}
var int = new type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: resolveYamlInteger,
  construct: constructYamlInteger,
  predicate: isInteger,
  represent: {
    binary: function(obj) {
      return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
    },
    octal: function(obj) {
      return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
    },
    decimal: function(obj) {
      return obj.toString(10);
    },
    /* eslint-disable max-len */
    hexadecimal: function(obj) {
      return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
    }
  },
  defaultStyle: "decimal",
  styleAliases: {
    binary: [2, "bin"],
    octal: [8, "oct"],
    decimal: [10, "dec"],
    hexadecimal: [16, "hex"]
  }
});
var YAML_FLOAT_PATTERN = new RegExp(
  // 2.5e4, 2.5 and integers
  "^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
);
function resolveYamlFloat(data) {
  if (data === null) return false;
  if (!YAML_FLOAT_PATTERN.test(data) || // Quick hack to not allow integers end with `_`
  // Probably should update regexp & check speed
  data[data.length - 1] === "_") {
    return false;
  }
  return true;
}
function constructYamlFloat(data) {
  var value, sign;
  value = data.replace(/_/g, "").toLowerCase();
  sign = value[0] === "-" ? -1 : 1;
  if ("+-".indexOf(value[0]) >= 0) {
    value = value.slice(1);
  }
  if (value === ".inf") {
    return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  } else if (value === ".nan") {
    return NaN;
  }
  return sign * parseFloat(value, 10);
}
var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
function representYamlFloat(object, style) {
  var res;
  if (isNaN(object)) {
    switch (style) {
      case "lowercase":
        return ".nan";
      case "uppercase":
        return ".NAN";
      case "camelcase":
        return ".NaN";
    }
  } else if (Number.POSITIVE_INFINITY === object) {
    switch (style) {
      case "lowercase":
        return ".inf";
      case "uppercase":
        return ".INF";
      case "camelcase":
        return ".Inf";
    }
  } else if (Number.NEGATIVE_INFINITY === object) {
    switch (style) {
      case "lowercase":
        return "-.inf";
      case "uppercase":
        return "-.INF";
      case "camelcase":
        return "-.Inf";
    }
  } else if (common.isNegativeZero(object)) {
    return "-0.0";
  }
  res = object.toString(10);
  return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
}
function isFloat(object) {
  return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
}
var float = new type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: resolveYamlFloat,
  construct: constructYamlFloat,
  predicate: isFloat,
  represent: representYamlFloat,
  defaultStyle: "lowercase"
});
var json = failsafe.extend({
  implicit: [
    _null,
    bool,
    int,
    float
  ]
});
var core = json;
var YAML_DATE_REGEXP = new RegExp(
  "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
);
var YAML_TIMESTAMP_REGEXP = new RegExp(
  "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
);
function resolveYamlTimestamp(data) {
  if (data === null) return false;
  if (YAML_DATE_REGEXP.exec(data) !== null) return true;
  if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
  return false;
}
function constructYamlTimestamp(data) {
  var match, year, month, day, hour, minute, second, fraction = 0, delta = null, tz_hour, tz_minute, date;
  match = YAML_DATE_REGEXP.exec(data);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
  if (match === null) throw new Error("Date resolve error");
  year = +match[1];
  month = +match[2] - 1;
  day = +match[3];
  if (!match[4]) {
    return new Date(Date.UTC(year, month, day));
  }
  hour = +match[4];
  minute = +match[5];
  second = +match[6];
  if (match[7]) {
    fraction = match[7].slice(0, 3);
    while (fraction.length < 3) {
      fraction += "0";
    }
    fraction = +fraction;
  }
  if (match[9]) {
    tz_hour = +match[10];
    tz_minute = +(match[11] || 0);
    delta = (tz_hour * 60 + tz_minute) * 6e4;
    if (match[9] === "-") delta = -delta;
  }
  date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  if (delta) date.setTime(date.getTime() - delta);
  return date;
}
function representYamlTimestamp(object) {
  return object.toISOString();
}
var timestamp = new type("tag:yaml.org,2002:timestamp", {
  kind: "scalar",
  resolve: resolveYamlTimestamp,
  construct: constructYamlTimestamp,
  instanceOf: Date,
  represent: representYamlTimestamp
});
function resolveYamlMerge(data) {
  return data === "<<" || data === null;
}
var merge2 = new type("tag:yaml.org,2002:merge", {
  kind: "scalar",
  resolve: resolveYamlMerge
});
var BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
function resolveYamlBinary(data) {
  if (data === null) return false;
  var code, idx, bitlen = 0, max = data.length, map2 = BASE64_MAP;
  for (idx = 0; idx < max; idx++) {
    code = map2.indexOf(data.charAt(idx));
    if (code > 64) continue;
    if (code < 0) return false;
    bitlen += 6;
  }
  return bitlen % 8 === 0;
}
function constructYamlBinary(data) {
  var idx, tailbits, input = data.replace(/[\r\n=]/g, ""), max = input.length, map2 = BASE64_MAP, bits = 0, result = [];
  for (idx = 0; idx < max; idx++) {
    if (idx % 4 === 0 && idx) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    }
    bits = bits << 6 | map2.indexOf(input.charAt(idx));
  }
  tailbits = max % 4 * 6;
  if (tailbits === 0) {
    result.push(bits >> 16 & 255);
    result.push(bits >> 8 & 255);
    result.push(bits & 255);
  } else if (tailbits === 18) {
    result.push(bits >> 10 & 255);
    result.push(bits >> 2 & 255);
  } else if (tailbits === 12) {
    result.push(bits >> 4 & 255);
  }
  return new Uint8Array(result);
}
function representYamlBinary(object) {
  var result = "", bits = 0, idx, tail, max = object.length, map2 = BASE64_MAP;
  for (idx = 0; idx < max; idx++) {
    if (idx % 3 === 0 && idx) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    }
    bits = (bits << 8) + object[idx];
  }
  tail = max % 3;
  if (tail === 0) {
    result += map2[bits >> 18 & 63];
    result += map2[bits >> 12 & 63];
    result += map2[bits >> 6 & 63];
    result += map2[bits & 63];
  } else if (tail === 2) {
    result += map2[bits >> 10 & 63];
    result += map2[bits >> 4 & 63];
    result += map2[bits << 2 & 63];
    result += map2[64];
  } else if (tail === 1) {
    result += map2[bits >> 2 & 63];
    result += map2[bits << 4 & 63];
    result += map2[64];
    result += map2[64];
  }
  return result;
}
function isBinary(obj) {
  return Object.prototype.toString.call(obj) === "[object Uint8Array]";
}
var binary = new type("tag:yaml.org,2002:binary", {
  kind: "scalar",
  resolve: resolveYamlBinary,
  construct: constructYamlBinary,
  predicate: isBinary,
  represent: representYamlBinary
});
var _hasOwnProperty$3 = Object.prototype.hasOwnProperty;
var _toString$2 = Object.prototype.toString;
function resolveYamlOmap(data) {
  if (data === null) return true;
  var objectKeys = [], index, length, pair, pairKey, pairHasKey, object = data;
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    pairHasKey = false;
    if (_toString$2.call(pair) !== "[object Object]") return false;
    for (pairKey in pair) {
      if (_hasOwnProperty$3.call(pair, pairKey)) {
        if (!pairHasKey) pairHasKey = true;
        else return false;
      }
    }
    if (!pairHasKey) return false;
    if (objectKeys.indexOf(pairKey) === -1) objectKeys.push(pairKey);
    else return false;
  }
  return true;
}
function constructYamlOmap(data) {
  return data !== null ? data : [];
}
var omap = new type("tag:yaml.org,2002:omap", {
  kind: "sequence",
  resolve: resolveYamlOmap,
  construct: constructYamlOmap
});
var _toString$1 = Object.prototype.toString;
function resolveYamlPairs(data) {
  if (data === null) return true;
  var index, length, pair, keys, result, object = data;
  result = new Array(object.length);
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    if (_toString$1.call(pair) !== "[object Object]") return false;
    keys = Object.keys(pair);
    if (keys.length !== 1) return false;
    result[index] = [keys[0], pair[keys[0]]];
  }
  return true;
}
function constructYamlPairs(data) {
  if (data === null) return [];
  var index, length, pair, keys, result, object = data;
  result = new Array(object.length);
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    keys = Object.keys(pair);
    result[index] = [keys[0], pair[keys[0]]];
  }
  return result;
}
var pairs2 = new type("tag:yaml.org,2002:pairs", {
  kind: "sequence",
  resolve: resolveYamlPairs,
  construct: constructYamlPairs
});
var _hasOwnProperty$2 = Object.prototype.hasOwnProperty;
function resolveYamlSet(data) {
  if (data === null) return true;
  var key, object = data;
  for (key in object) {
    if (_hasOwnProperty$2.call(object, key)) {
      if (object[key] !== null) return false;
    }
  }
  return true;
}
function constructYamlSet(data) {
  return data !== null ? data : {};
}
var set = new type("tag:yaml.org,2002:set", {
  kind: "mapping",
  resolve: resolveYamlSet,
  construct: constructYamlSet
});
var _default = core.extend({
  implicit: [
    timestamp,
    merge2
  ],
  explicit: [
    binary,
    omap,
    pairs2,
    set
  ]
});
var _hasOwnProperty$1 = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var CHOMPING_CLIP = 1;
var CHOMPING_STRIP = 2;
var CHOMPING_KEEP = 3;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]\{\}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![a-z\-]+!)$/i;
var PATTERN_TAG_URI = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;
function _class(obj) {
  return Object.prototype.toString.call(obj);
}
function is_EOL(c) {
  return c === 10 || c === 13;
}
function is_WHITE_SPACE(c) {
  return c === 9 || c === 32;
}
function is_WS_OR_EOL(c) {
  return c === 9 || c === 32 || c === 10 || c === 13;
}
function is_FLOW_INDICATOR(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromHexCode(c) {
  var lc;
  if (48 <= c && c <= 57) {
    return c - 48;
  }
  lc = c | 32;
  if (97 <= lc && lc <= 102) {
    return lc - 97 + 10;
  }
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) {
    return 2;
  }
  if (c === 117) {
    return 4;
  }
  if (c === 85) {
    return 8;
  }
  return 0;
}
function fromDecimalCode(c) {
  if (48 <= c && c <= 57) {
    return c - 48;
  }
  return -1;
}
function simpleEscapeSequence(c) {
  return c === 48 ? "\0" : c === 97 ? "\x07" : c === 98 ? "\b" : c === 116 ? "	" : c === 9 ? "	" : c === 110 ? "\n" : c === 118 ? "\v" : c === 102 ? "\f" : c === 114 ? "\r" : c === 101 ? "\x1B" : c === 32 ? " " : c === 34 ? '"' : c === 47 ? "/" : c === 92 ? "\\" : c === 78 ? "\x85" : c === 95 ? "\xA0" : c === 76 ? "\u2028" : c === 80 ? "\u2029" : "";
}
function charFromCodepoint(c) {
  if (c <= 65535) {
    return String.fromCharCode(c);
  }
  return String.fromCharCode(
    (c - 65536 >> 10) + 55296,
    (c - 65536 & 1023) + 56320
  );
}
function setProperty(object, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(object, key, {
      configurable: true,
      enumerable: true,
      writable: true,
      value
    });
  } else {
    object[key] = value;
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
var i;
function State$1(input, options) {
  this.input = input;
  this.filename = options["filename"] || null;
  this.schema = options["schema"] || _default;
  this.onWarning = options["onWarning"] || null;
  this.legacy = options["legacy"] || false;
  this.json = options["json"] || false;
  this.listener = options["listener"] || null;
  this.implicitTypes = this.schema.compiledImplicit;
  this.typeMap = this.schema.compiledTypeMap;
  this.length = input.length;
  this.position = 0;
  this.line = 0;
  this.lineStart = 0;
  this.lineIndent = 0;
  this.firstTabInLine = -1;
  this.documents = [];
}
function generateError(state, message) {
  var mark = {
    name: state.filename,
    buffer: state.input.slice(0, -1),
    // omit trailing \0
    position: state.position,
    line: state.line,
    column: state.position - state.lineStart
  };
  mark.snippet = snippet(mark);
  return new exception(message, mark);
}
function throwError(state, message) {
  throw generateError(state, message);
}
function throwWarning(state, message) {
  if (state.onWarning) {
    state.onWarning.call(null, generateError(state, message));
  }
}
var directiveHandlers = {
  YAML: function handleYamlDirective(state, name, args) {
    var match, major, minor;
    if (state.version !== null) {
      throwError(state, "duplication of %YAML directive");
    }
    if (args.length !== 1) {
      throwError(state, "YAML directive accepts exactly one argument");
    }
    match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) {
      throwError(state, "ill-formed argument of the YAML directive");
    }
    major = parseInt(match[1], 10);
    minor = parseInt(match[2], 10);
    if (major !== 1) {
      throwError(state, "unacceptable YAML version of the document");
    }
    state.version = args[0];
    state.checkLineBreaks = minor < 2;
    if (minor !== 1 && minor !== 2) {
      throwWarning(state, "unsupported YAML version of the document");
    }
  },
  TAG: function handleTagDirective(state, name, args) {
    var handle, prefix;
    if (args.length !== 2) {
      throwError(state, "TAG directive accepts exactly two arguments");
    }
    handle = args[0];
    prefix = args[1];
    if (!PATTERN_TAG_HANDLE.test(handle)) {
      throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    }
    if (_hasOwnProperty$1.call(state.tagMap, handle)) {
      throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
    }
    if (!PATTERN_TAG_URI.test(prefix)) {
      throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    }
    try {
      prefix = decodeURIComponent(prefix);
    } catch (err) {
      throwError(state, "tag prefix is malformed: " + prefix);
    }
    state.tagMap[handle] = prefix;
  }
};
function captureSegment(state, start, end, checkJson) {
  var _position, _length, _character, _result;
  if (start < end) {
    _result = state.input.slice(start, end);
    if (checkJson) {
      for (_position = 0, _length = _result.length; _position < _length; _position += 1) {
        _character = _result.charCodeAt(_position);
        if (!(_character === 9 || 32 <= _character && _character <= 1114111)) {
          throwError(state, "expected valid JSON character");
        }
      }
    } else if (PATTERN_NON_PRINTABLE.test(_result)) {
      throwError(state, "the stream contains non-printable characters");
    }
    state.result += _result;
  }
}
function mergeMappings(state, destination, source, overridableKeys) {
  var sourceKeys, key, index, quantity;
  if (!common.isObject(source)) {
    throwError(state, "cannot merge mappings; the provided source object is unacceptable");
  }
  sourceKeys = Object.keys(source);
  for (index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
    key = sourceKeys[index];
    if (!_hasOwnProperty$1.call(destination, key)) {
      setProperty(destination, key, source[key]);
      overridableKeys[key] = true;
    }
  }
}
function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
  var index, quantity;
  if (Array.isArray(keyNode)) {
    keyNode = Array.prototype.slice.call(keyNode);
    for (index = 0, quantity = keyNode.length; index < quantity; index += 1) {
      if (Array.isArray(keyNode[index])) {
        throwError(state, "nested arrays are not supported inside keys");
      }
      if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
        keyNode[index] = "[object Object]";
      }
    }
  }
  if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
    keyNode = "[object Object]";
  }
  keyNode = String(keyNode);
  if (_result === null) {
    _result = {};
  }
  if (keyTag === "tag:yaml.org,2002:merge") {
    if (Array.isArray(valueNode)) {
      for (index = 0, quantity = valueNode.length; index < quantity; index += 1) {
        mergeMappings(state, _result, valueNode[index], overridableKeys);
      }
    } else {
      mergeMappings(state, _result, valueNode, overridableKeys);
    }
  } else {
    if (!state.json && !_hasOwnProperty$1.call(overridableKeys, keyNode) && _hasOwnProperty$1.call(_result, keyNode)) {
      state.line = startLine || state.line;
      state.lineStart = startLineStart || state.lineStart;
      state.position = startPos || state.position;
      throwError(state, "duplicated mapping key");
    }
    setProperty(_result, keyNode, valueNode);
    delete overridableKeys[keyNode];
  }
  return _result;
}
function readLineBreak(state) {
  var ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 10) {
    state.position++;
  } else if (ch === 13) {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) {
      state.position++;
    }
  } else {
    throwError(state, "a line break is expected");
  }
  state.line += 1;
  state.lineStart = state.position;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments, checkIndent) {
  var lineBreaks = 0, ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    while (is_WHITE_SPACE(ch)) {
      if (ch === 9 && state.firstTabInLine === -1) {
        state.firstTabInLine = state.position;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && ch === 35) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 10 && ch !== 13 && ch !== 0);
    }
    if (is_EOL(ch)) {
      readLineBreak(state);
      ch = state.input.charCodeAt(state.position);
      lineBreaks++;
      state.lineIndent = 0;
      while (ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
    } else {
      break;
    }
  }
  if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
    throwWarning(state, "deficient indentation");
  }
  return lineBreaks;
}
function testDocumentSeparator(state) {
  var _position = state.position, ch;
  ch = state.input.charCodeAt(_position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
    _position += 3;
    ch = state.input.charCodeAt(_position);
    if (ch === 0 || is_WS_OR_EOL(ch)) {
      return true;
    }
  }
  return false;
}
function writeFoldedLines(state, count2) {
  if (count2 === 1) {
    state.result += " ";
  } else if (count2 > 1) {
    state.result += common.repeat("\n", count2 - 1);
  }
}
function readPlainScalar(state, nodeIndent, withinFlowCollection) {
  var preceding, following, captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state.kind, _result = state.result, ch;
  ch = state.input.charCodeAt(state.position);
  if (is_WS_OR_EOL(ch) || is_FLOW_INDICATOR(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
    return false;
  }
  if (ch === 63 || ch === 45) {
    following = state.input.charCodeAt(state.position + 1);
    if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
      return false;
    }
  }
  state.kind = "scalar";
  state.result = "";
  captureStart = captureEnd = state.position;
  hasPendingContent = false;
  while (ch !== 0) {
    if (ch === 58) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
        break;
      }
    } else if (ch === 35) {
      preceding = state.input.charCodeAt(state.position - 1);
      if (is_WS_OR_EOL(preceding)) {
        break;
      }
    } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && is_FLOW_INDICATOR(ch)) {
      break;
    } else if (is_EOL(ch)) {
      _line = state.line;
      _lineStart = state.lineStart;
      _lineIndent = state.lineIndent;
      skipSeparationSpace(state, false, -1);
      if (state.lineIndent >= nodeIndent) {
        hasPendingContent = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      } else {
        state.position = captureEnd;
        state.line = _line;
        state.lineStart = _lineStart;
        state.lineIndent = _lineIndent;
        break;
      }
    }
    if (hasPendingContent) {
      captureSegment(state, captureStart, captureEnd, false);
      writeFoldedLines(state, state.line - _line);
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
    }
    if (!is_WHITE_SPACE(ch)) {
      captureEnd = state.position + 1;
    }
    ch = state.input.charCodeAt(++state.position);
  }
  captureSegment(state, captureStart, captureEnd, false);
  if (state.result) {
    return true;
  }
  state.kind = _kind;
  state.result = _result;
  return false;
}
function readSingleQuotedScalar(state, nodeIndent) {
  var ch, captureStart, captureEnd;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 39) {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  state.position++;
  captureStart = captureEnd = state.position;
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 39) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);
      if (ch === 39) {
        captureStart = state.position;
        state.position++;
        captureEnd = state.position;
      } else {
        return true;
      }
    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, "unexpected end of the document within a single quoted scalar");
    } else {
      state.position++;
      captureEnd = state.position;
    }
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent) {
  var captureStart, captureEnd, hexLength, hexResult, tmp, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 34) {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  state.position++;
  captureStart = captureEnd = state.position;
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 34) {
      captureSegment(state, captureStart, state.position, true);
      state.position++;
      return true;
    } else if (ch === 92) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);
      if (is_EOL(ch)) {
        skipSeparationSpace(state, false, nodeIndent);
      } else if (ch < 256 && simpleEscapeCheck[ch]) {
        state.result += simpleEscapeMap[ch];
        state.position++;
      } else if ((tmp = escapedHexLen(ch)) > 0) {
        hexLength = tmp;
        hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          ch = state.input.charCodeAt(++state.position);
          if ((tmp = fromHexCode(ch)) >= 0) {
            hexResult = (hexResult << 4) + tmp;
          } else {
            throwError(state, "expected hexadecimal character");
          }
        }
        state.result += charFromCodepoint(hexResult);
        state.position++;
      } else {
        throwError(state, "unknown escape sequence");
      }
      captureStart = captureEnd = state.position;
    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, "unexpected end of the document within a double quoted scalar");
    } else {
      state.position++;
      captureEnd = state.position;
    }
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readFlowCollection(state, nodeIndent) {
  var readNext = true, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, following, terminator, isPair, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 91) {
    terminator = 93;
    isMapping = false;
    _result = [];
  } else if (ch === 123) {
    terminator = 125;
    isMapping = true;
    _result = {};
  } else {
    return false;
  }
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(++state.position);
  while (ch !== 0) {
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if (ch === terminator) {
      state.position++;
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = isMapping ? "mapping" : "sequence";
      state.result = _result;
      return true;
    } else if (!readNext) {
      throwError(state, "missed comma between flow collection entries");
    } else if (ch === 44) {
      throwError(state, "expected the node content, but found ','");
    }
    keyTag = keyNode = valueNode = null;
    isPair = isExplicitPair = false;
    if (ch === 63) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following)) {
        isPair = isExplicitPair = true;
        state.position++;
        skipSeparationSpace(state, true, nodeIndent);
      }
    }
    _line = state.line;
    _lineStart = state.lineStart;
    _pos = state.position;
    composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    keyTag = state.tag;
    keyNode = state.result;
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if ((isExplicitPair || state.line === _line) && ch === 58) {
      isPair = true;
      ch = state.input.charCodeAt(++state.position);
      skipSeparationSpace(state, true, nodeIndent);
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      valueNode = state.result;
    }
    if (isMapping) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
    } else if (isPair) {
      _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
    } else {
      _result.push(keyNode);
    }
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if (ch === 44) {
      readNext = true;
      ch = state.input.charCodeAt(++state.position);
    } else {
      readNext = false;
    }
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockScalar(state, nodeIndent) {
  var captureStart, folding, chomping = CHOMPING_CLIP, didReadContent = false, detectedIndent = false, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = false, tmp, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 124) {
    folding = false;
  } else if (ch === 62) {
    folding = true;
  } else {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  while (ch !== 0) {
    ch = state.input.charCodeAt(++state.position);
    if (ch === 43 || ch === 45) {
      if (CHOMPING_CLIP === chomping) {
        chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
      } else {
        throwError(state, "repeat of a chomping mode identifier");
      }
    } else if ((tmp = fromDecimalCode(ch)) >= 0) {
      if (tmp === 0) {
        throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      } else if (!detectedIndent) {
        textIndent = nodeIndent + tmp - 1;
        detectedIndent = true;
      } else {
        throwError(state, "repeat of an indentation width identifier");
      }
    } else {
      break;
    }
  }
  if (is_WHITE_SPACE(ch)) {
    do {
      ch = state.input.charCodeAt(++state.position);
    } while (is_WHITE_SPACE(ch));
    if (ch === 35) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (!is_EOL(ch) && ch !== 0);
    }
  }
  while (ch !== 0) {
    readLineBreak(state);
    state.lineIndent = 0;
    ch = state.input.charCodeAt(state.position);
    while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
    if (!detectedIndent && state.lineIndent > textIndent) {
      textIndent = state.lineIndent;
    }
    if (is_EOL(ch)) {
      emptyLines++;
      continue;
    }
    if (state.lineIndent < textIndent) {
      if (chomping === CHOMPING_KEEP) {
        state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      } else if (chomping === CHOMPING_CLIP) {
        if (didReadContent) {
          state.result += "\n";
        }
      }
      break;
    }
    if (folding) {
      if (is_WHITE_SPACE(ch)) {
        atMoreIndented = true;
        state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        state.result += common.repeat("\n", emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) {
          state.result += " ";
        }
      } else {
        state.result += common.repeat("\n", emptyLines);
      }
    } else {
      state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
    }
    didReadContent = true;
    detectedIndent = true;
    emptyLines = 0;
    captureStart = state.position;
    while (!is_EOL(ch) && ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, state.position, false);
  }
  return true;
}
function readBlockSequence(state, nodeIndent) {
  var _line, _tag = state.tag, _anchor = state.anchor, _result = [], following, detected = false, ch;
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    if (ch !== 45) {
      break;
    }
    following = state.input.charCodeAt(state.position + 1);
    if (!is_WS_OR_EOL(following)) {
      break;
    }
    detected = true;
    state.position++;
    if (skipSeparationSpace(state, true, -1)) {
      if (state.lineIndent <= nodeIndent) {
        _result.push(null);
        ch = state.input.charCodeAt(state.position);
        continue;
      }
    }
    _line = state.line;
    composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    _result.push(state.result);
    skipSeparationSpace(state, true, -1);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
      throwError(state, "bad indentation of a sequence entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = "sequence";
    state.result = _result;
    return true;
  }
  return false;
}
function readBlockMapping(state, nodeIndent, flowIndent) {
  var following, allowCompact, _line, _keyLine, _keyLineStart, _keyPos, _tag = state.tag, _anchor = state.anchor, _result = {}, overridableKeys = /* @__PURE__ */ Object.create(null), keyTag = null, keyNode = null, valueNode = null, atExplicitKey = false, detected = false, ch;
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    following = state.input.charCodeAt(state.position + 1);
    _line = state.line;
    if ((ch === 63 || ch === 58) && is_WS_OR_EOL(following)) {
      if (ch === 63) {
        if (atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        detected = true;
        atExplicitKey = true;
        allowCompact = true;
      } else if (atExplicitKey) {
        atExplicitKey = false;
        allowCompact = true;
      } else {
        throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
      }
      state.position += 1;
      ch = following;
    } else {
      _keyLine = state.line;
      _keyLineStart = state.lineStart;
      _keyPos = state.position;
      if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
        break;
      }
      if (state.line === _line) {
        ch = state.input.charCodeAt(state.position);
        while (is_WHITE_SPACE(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!is_WS_OR_EOL(ch)) {
            throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          }
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = false;
          allowCompact = false;
          keyTag = state.tag;
          keyNode = state.result;
        } else if (detected) {
          throwError(state, "can not read an implicit mapping pair; a colon is missed");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      } else if (detected) {
        throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      } else {
        state.tag = _tag;
        state.anchor = _anchor;
        return true;
      }
    }
    if (state.line === _line || state.lineIndent > nodeIndent) {
      if (atExplicitKey) {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
      }
      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
        if (atExplicitKey) {
          keyNode = state.result;
        } else {
          valueNode = state.result;
        }
      }
      if (!atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
        keyTag = keyNode = valueNode = null;
      }
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
    }
    if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
      throwError(state, "bad indentation of a mapping entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  if (atExplicitKey) {
    storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
  }
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = "mapping";
    state.result = _result;
  }
  return detected;
}
function readTagProperty(state) {
  var _position, isVerbatim = false, isNamed = false, tagHandle, tagName, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 33) return false;
  if (state.tag !== null) {
    throwError(state, "duplication of a tag property");
  }
  ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  } else {
    tagHandle = "!";
  }
  _position = state.position;
  if (isVerbatim) {
    do {
      ch = state.input.charCodeAt(++state.position);
    } while (ch !== 0 && ch !== 62);
    if (state.position < state.length) {
      tagName = state.input.slice(_position, state.position);
      ch = state.input.charCodeAt(++state.position);
    } else {
      throwError(state, "unexpected end of the stream within a verbatim tag");
    }
  } else {
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(_position - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
            throwError(state, "named tag handle cannot contain such characters");
          }
          isNamed = true;
          _position = state.position + 1;
        } else {
          throwError(state, "tag suffix cannot contain exclamation marks");
        }
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(_position, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) {
      throwError(state, "tag suffix cannot contain flow indicator characters");
    }
  }
  if (tagName && !PATTERN_TAG_URI.test(tagName)) {
    throwError(state, "tag name cannot contain such characters: " + tagName);
  }
  try {
    tagName = decodeURIComponent(tagName);
  } catch (err) {
    throwError(state, "tag name is malformed: " + tagName);
  }
  if (isVerbatim) {
    state.tag = tagName;
  } else if (_hasOwnProperty$1.call(state.tagMap, tagHandle)) {
    state.tag = state.tagMap[tagHandle] + tagName;
  } else if (tagHandle === "!") {
    state.tag = "!" + tagName;
  } else if (tagHandle === "!!") {
    state.tag = "tag:yaml.org,2002:" + tagName;
  } else {
    throwError(state, 'undeclared tag handle "' + tagHandle + '"');
  }
  return true;
}
function readAnchorProperty(state) {
  var _position, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 38) return false;
  if (state.anchor !== null) {
    throwError(state, "duplication of an anchor property");
  }
  ch = state.input.charCodeAt(++state.position);
  _position = state.position;
  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }
  if (state.position === _position) {
    throwError(state, "name of an anchor node must contain at least one character");
  }
  state.anchor = state.input.slice(_position, state.position);
  return true;
}
function readAlias(state) {
  var _position, alias, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 42) return false;
  ch = state.input.charCodeAt(++state.position);
  _position = state.position;
  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }
  if (state.position === _position) {
    throwError(state, "name of an alias node must contain at least one character");
  }
  alias = state.input.slice(_position, state.position);
  if (!_hasOwnProperty$1.call(state.anchorMap, alias)) {
    throwError(state, 'unidentified alias "' + alias + '"');
  }
  state.result = state.anchorMap[alias];
  skipSeparationSpace(state, true, -1);
  return true;
}
function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
  var allowBlockStyles, allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = false, hasContent = false, typeIndex, typeQuantity, typeList, type2, flowIndent, blockIndent;
  if (state.listener !== null) {
    state.listener("open", state);
  }
  state.tag = null;
  state.anchor = null;
  state.kind = null;
  state.result = null;
  allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
  if (allowToSeek) {
    if (skipSeparationSpace(state, true, -1)) {
      atNewLine = true;
      if (state.lineIndent > parentIndent) {
        indentStatus = 1;
      } else if (state.lineIndent === parentIndent) {
        indentStatus = 0;
      } else if (state.lineIndent < parentIndent) {
        indentStatus = -1;
      }
    }
  }
  if (indentStatus === 1) {
    while (readTagProperty(state) || readAnchorProperty(state)) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        allowBlockCollections = allowBlockStyles;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      } else {
        allowBlockCollections = false;
      }
    }
  }
  if (allowBlockCollections) {
    allowBlockCollections = atNewLine || allowCompact;
  }
  if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
    if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
      flowIndent = parentIndent;
    } else {
      flowIndent = parentIndent + 1;
    }
    blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
        hasContent = true;
      } else {
        if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
          hasContent = true;
        } else if (readAlias(state)) {
          hasContent = true;
          if (state.tag !== null || state.anchor !== null) {
            throwError(state, "alias node should not have any properties");
          }
        } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
          hasContent = true;
          if (state.tag === null) {
            state.tag = "?";
          }
        }
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
      }
    } else if (indentStatus === 0) {
      hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
    }
  }
  if (state.tag === null) {
    if (state.anchor !== null) {
      state.anchorMap[state.anchor] = state.result;
    }
  } else if (state.tag === "?") {
    if (state.result !== null && state.kind !== "scalar") {
      throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
    }
    for (typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
      type2 = state.implicitTypes[typeIndex];
      if (type2.resolve(state.result)) {
        state.result = type2.construct(state.result);
        state.tag = type2.tag;
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
        break;
      }
    }
  } else if (state.tag !== "!") {
    if (_hasOwnProperty$1.call(state.typeMap[state.kind || "fallback"], state.tag)) {
      type2 = state.typeMap[state.kind || "fallback"][state.tag];
    } else {
      type2 = null;
      typeList = state.typeMap.multi[state.kind || "fallback"];
      for (typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
        if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
          type2 = typeList[typeIndex];
          break;
        }
      }
    }
    if (!type2) {
      throwError(state, "unknown tag !<" + state.tag + ">");
    }
    if (state.result !== null && type2.kind !== state.kind) {
      throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
    }
    if (!type2.resolve(state.result, state.tag)) {
      throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
    } else {
      state.result = type2.construct(state.result, state.tag);
      if (state.anchor !== null) {
        state.anchorMap[state.anchor] = state.result;
      }
    }
  }
  if (state.listener !== null) {
    state.listener("close", state);
  }
  return state.tag !== null || state.anchor !== null || hasContent;
}
function readDocument(state) {
  var documentStart = state.position, _position, directiveName, directiveArgs, hasDirectives = false, ch;
  state.version = null;
  state.checkLineBreaks = state.legacy;
  state.tagMap = /* @__PURE__ */ Object.create(null);
  state.anchorMap = /* @__PURE__ */ Object.create(null);
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    skipSeparationSpace(state, true, -1);
    ch = state.input.charCodeAt(state.position);
    if (state.lineIndent > 0 || ch !== 37) {
      break;
    }
    hasDirectives = true;
    ch = state.input.charCodeAt(++state.position);
    _position = state.position;
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    directiveName = state.input.slice(_position, state.position);
    directiveArgs = [];
    if (directiveName.length < 1) {
      throwError(state, "directive name must not be less than one character in length");
    }
    while (ch !== 0) {
      while (is_WHITE_SPACE(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 0 && !is_EOL(ch));
        break;
      }
      if (is_EOL(ch)) break;
      _position = state.position;
      while (ch !== 0 && !is_WS_OR_EOL(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      directiveArgs.push(state.input.slice(_position, state.position));
    }
    if (ch !== 0) readLineBreak(state);
    if (_hasOwnProperty$1.call(directiveHandlers, directiveName)) {
      directiveHandlers[directiveName](state, directiveName, directiveArgs);
    } else {
      throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
  }
  skipSeparationSpace(state, true, -1);
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
    state.position += 3;
    skipSeparationSpace(state, true, -1);
  } else if (hasDirectives) {
    throwError(state, "directives end mark is expected");
  }
  composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
  skipSeparationSpace(state, true, -1);
  if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
    throwWarning(state, "non-ASCII line breaks are interpreted as content");
  }
  state.documents.push(state.result);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    if (state.input.charCodeAt(state.position) === 46) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    }
    return;
  }
  if (state.position < state.length - 1) {
    throwError(state, "end of the stream or a document separator is expected");
  } else {
    return;
  }
}
function loadDocuments(input, options) {
  input = String(input);
  options = options || {};
  if (input.length !== 0) {
    if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
      input += "\n";
    }
    if (input.charCodeAt(0) === 65279) {
      input = input.slice(1);
    }
  }
  var state = new State$1(input, options);
  var nullpos = input.indexOf("\0");
  if (nullpos !== -1) {
    state.position = nullpos;
    throwError(state, "null byte is not allowed in input");
  }
  state.input += "\0";
  while (state.input.charCodeAt(state.position) === 32) {
    state.lineIndent += 1;
    state.position += 1;
  }
  while (state.position < state.length - 1) {
    readDocument(state);
  }
  return state.documents;
}
function loadAll$1(input, iterator, options) {
  if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
    options = iterator;
    iterator = null;
  }
  var documents = loadDocuments(input, options);
  if (typeof iterator !== "function") {
    return documents;
  }
  for (var index = 0, length = documents.length; index < length; index += 1) {
    iterator(documents[index]);
  }
}
function load$1(input, options) {
  var documents = loadDocuments(input, options);
  if (documents.length === 0) {
    return void 0;
  } else if (documents.length === 1) {
    return documents[0];
  }
  throw new exception("expected a single document in the stream, but found more");
}
var loadAll_1 = loadAll$1;
var load_1 = load$1;
var loader = {
  loadAll: loadAll_1,
  load: load_1
};
var _toString = Object.prototype.toString;
var _hasOwnProperty = Object.prototype.hasOwnProperty;
var CHAR_BOM = 65279;
var CHAR_TAB = 9;
var CHAR_LINE_FEED = 10;
var CHAR_CARRIAGE_RETURN = 13;
var CHAR_SPACE = 32;
var CHAR_EXCLAMATION = 33;
var CHAR_DOUBLE_QUOTE = 34;
var CHAR_SHARP = 35;
var CHAR_PERCENT = 37;
var CHAR_AMPERSAND = 38;
var CHAR_SINGLE_QUOTE = 39;
var CHAR_ASTERISK = 42;
var CHAR_COMMA = 44;
var CHAR_MINUS = 45;
var CHAR_COLON = 58;
var CHAR_EQUALS = 61;
var CHAR_GREATER_THAN = 62;
var CHAR_QUESTION = 63;
var CHAR_COMMERCIAL_AT = 64;
var CHAR_LEFT_SQUARE_BRACKET = 91;
var CHAR_RIGHT_SQUARE_BRACKET = 93;
var CHAR_GRAVE_ACCENT = 96;
var CHAR_LEFT_CURLY_BRACKET = 123;
var CHAR_VERTICAL_LINE = 124;
var CHAR_RIGHT_CURLY_BRACKET = 125;
var ESCAPE_SEQUENCES = {};
ESCAPE_SEQUENCES[0] = "\\0";
ESCAPE_SEQUENCES[7] = "\\a";
ESCAPE_SEQUENCES[8] = "\\b";
ESCAPE_SEQUENCES[9] = "\\t";
ESCAPE_SEQUENCES[10] = "\\n";
ESCAPE_SEQUENCES[11] = "\\v";
ESCAPE_SEQUENCES[12] = "\\f";
ESCAPE_SEQUENCES[13] = "\\r";
ESCAPE_SEQUENCES[27] = "\\e";
ESCAPE_SEQUENCES[34] = '\\"';
ESCAPE_SEQUENCES[92] = "\\\\";
ESCAPE_SEQUENCES[133] = "\\N";
ESCAPE_SEQUENCES[160] = "\\_";
ESCAPE_SEQUENCES[8232] = "\\L";
ESCAPE_SEQUENCES[8233] = "\\P";
var DEPRECATED_BOOLEANS_SYNTAX = [
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
function compileStyleMap(schema2, map2) {
  var result, keys, index, length, tag, style, type2;
  if (map2 === null) return {};
  result = {};
  keys = Object.keys(map2);
  for (index = 0, length = keys.length; index < length; index += 1) {
    tag = keys[index];
    style = String(map2[tag]);
    if (tag.slice(0, 2) === "!!") {
      tag = "tag:yaml.org,2002:" + tag.slice(2);
    }
    type2 = schema2.compiledTypeMap["fallback"][tag];
    if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
      style = type2.styleAliases[style];
    }
    result[tag] = style;
  }
  return result;
}
function encodeHex(character) {
  var string, handle, length;
  string = character.toString(16).toUpperCase();
  if (character <= 255) {
    handle = "x";
    length = 2;
  } else if (character <= 65535) {
    handle = "u";
    length = 4;
  } else if (character <= 4294967295) {
    handle = "U";
    length = 8;
  } else {
    throw new exception("code point within a string may not be greater than 0xFFFFFFFF");
  }
  return "\\" + handle + common.repeat("0", length - string.length) + string;
}
var QUOTING_TYPE_SINGLE = 1;
var QUOTING_TYPE_DOUBLE = 2;
function State(options) {
  this.schema = options["schema"] || _default;
  this.indent = Math.max(1, options["indent"] || 2);
  this.noArrayIndent = options["noArrayIndent"] || false;
  this.skipInvalid = options["skipInvalid"] || false;
  this.flowLevel = common.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
  this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
  this.sortKeys = options["sortKeys"] || false;
  this.lineWidth = options["lineWidth"] || 80;
  this.noRefs = options["noRefs"] || false;
  this.noCompatMode = options["noCompatMode"] || false;
  this.condenseFlow = options["condenseFlow"] || false;
  this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
  this.forceQuotes = options["forceQuotes"] || false;
  this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
  this.implicitTypes = this.schema.compiledImplicit;
  this.explicitTypes = this.schema.compiledExplicit;
  this.tag = null;
  this.result = "";
  this.duplicates = [];
  this.usedDuplicates = null;
}
function indentString(string, spaces) {
  var ind = common.repeat(" ", spaces), position = 0, next2 = -1, result = "", line, length = string.length;
  while (position < length) {
    next2 = string.indexOf("\n", position);
    if (next2 === -1) {
      line = string.slice(position);
      position = length;
    } else {
      line = string.slice(position, next2 + 1);
      position = next2 + 1;
    }
    if (line.length && line !== "\n") result += ind;
    result += line;
  }
  return result;
}
function generateNextLine(state, level2) {
  return "\n" + common.repeat(" ", state.indent * level2);
}
function testImplicitResolving(state, str2) {
  var index, length, type2;
  for (index = 0, length = state.implicitTypes.length; index < length; index += 1) {
    type2 = state.implicitTypes[index];
    if (type2.resolve(str2)) {
      return true;
    }
  }
  return false;
}
function isWhitespace(c) {
  return c === CHAR_SPACE || c === CHAR_TAB;
}
function isPrintable(c) {
  return 32 <= c && c <= 126 || 161 <= c && c <= 55295 && c !== 8232 && c !== 8233 || 57344 <= c && c <= 65533 && c !== CHAR_BOM || 65536 <= c && c <= 1114111;
}
function isNsCharOrWhitespace(c) {
  return isPrintable(c) && c !== CHAR_BOM && c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
}
function isPlainSafe(c, prev, inblock) {
  var cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
  var cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
  return (
    // ns-plain-safe
    (inblock ? (
      // c = flow-in
      cIsNsCharOrWhitespace
    ) : cIsNsCharOrWhitespace && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && c !== CHAR_SHARP && !(prev === CHAR_COLON && !cIsNsChar) || isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || prev === CHAR_COLON && cIsNsChar
  );
}
function isPlainSafeFirst(c) {
  return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
}
function isPlainSafeLast(c) {
  return !isWhitespace(c) && c !== CHAR_COLON;
}
function codePointAt(string, pos) {
  var first = string.charCodeAt(pos), second;
  if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
    second = string.charCodeAt(pos + 1);
    if (second >= 56320 && second <= 57343) {
      return (first - 55296) * 1024 + second - 56320 + 65536;
    }
  }
  return first;
}
function needIndentIndicator(string) {
  var leadingSpaceRe = /^\n* /;
  return leadingSpaceRe.test(string);
}
var STYLE_PLAIN = 1;
var STYLE_SINGLE = 2;
var STYLE_LITERAL = 3;
var STYLE_FOLDED = 4;
var STYLE_DOUBLE = 5;
function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
  var i2;
  var char = 0;
  var prevChar = null;
  var hasLineBreak = false;
  var hasFoldableLine = false;
  var shouldTrackWidth = lineWidth !== -1;
  var previousLineBreak = -1;
  var plain2 = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
  if (singleLineOnly || forceQuotes) {
    for (i2 = 0; i2 < string.length; char >= 65536 ? i2 += 2 : i2++) {
      char = codePointAt(string, i2);
      if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
      prevChar = char;
    }
  } else {
    for (i2 = 0; i2 < string.length; char >= 65536 ? i2 += 2 : i2++) {
      char = codePointAt(string, i2);
      if (char === CHAR_LINE_FEED) {
        hasLineBreak = true;
        if (shouldTrackWidth) {
          hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
          i2 - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
          previousLineBreak = i2;
        }
      } else if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
      prevChar = char;
    }
    hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i2 - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
  }
  if (!hasLineBreak && !hasFoldableLine) {
    if (plain2 && !forceQuotes && !testAmbiguousType(string)) {
      return STYLE_PLAIN;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  if (indentPerLevel > 9 && needIndentIndicator(string)) {
    return STYLE_DOUBLE;
  }
  if (!forceQuotes) {
    return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
}
function writeScalar(state, string, level2, iskey, inblock) {
  state.dump = (function() {
    if (string.length === 0) {
      return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
    }
    if (!state.noCompatMode) {
      if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
      }
    }
    var indent = state.indent * Math.max(1, level2);
    var lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
    var singleLineOnly = iskey || state.flowLevel > -1 && level2 >= state.flowLevel;
    function testAmbiguity(string2) {
      return testImplicitResolving(state, string2);
    }
    switch (chooseScalarStyle(
      string,
      singleLineOnly,
      state.indent,
      lineWidth,
      testAmbiguity,
      state.quotingType,
      state.forceQuotes && !iskey,
      inblock
    )) {
      case STYLE_PLAIN:
        return string;
      case STYLE_SINGLE:
        return "'" + string.replace(/'/g, "''") + "'";
      case STYLE_LITERAL:
        return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
      case STYLE_FOLDED:
        return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
      case STYLE_DOUBLE:
        return '"' + escapeString(string) + '"';
      default:
        throw new exception("impossible error: invalid scalar style");
    }
  })();
}
function blockHeader(string, indentPerLevel) {
  var indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
  var clip = string[string.length - 1] === "\n";
  var keep = clip && (string[string.length - 2] === "\n" || string === "\n");
  var chomp = keep ? "+" : clip ? "" : "-";
  return indentIndicator + chomp + "\n";
}
function dropEndingNewline(string) {
  return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function foldString(string, width) {
  var lineRe = /(\n+)([^\n]*)/g;
  var result = (function() {
    var nextLF = string.indexOf("\n");
    nextLF = nextLF !== -1 ? nextLF : string.length;
    lineRe.lastIndex = nextLF;
    return foldLine(string.slice(0, nextLF), width);
  })();
  var prevMoreIndented = string[0] === "\n" || string[0] === " ";
  var moreIndented;
  var match;
  while (match = lineRe.exec(string)) {
    var prefix = match[1], line = match[2];
    moreIndented = line[0] === " ";
    result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
    prevMoreIndented = moreIndented;
  }
  return result;
}
function foldLine(line, width) {
  if (line === "" || line[0] === " ") return line;
  var breakRe = / [^ ]/g;
  var match;
  var start = 0, end, curr = 0, next2 = 0;
  var result = "";
  while (match = breakRe.exec(line)) {
    next2 = match.index;
    if (next2 - start > width) {
      end = curr > start ? curr : next2;
      result += "\n" + line.slice(start, end);
      start = end + 1;
    }
    curr = next2;
  }
  result += "\n";
  if (line.length - start > width && curr > start) {
    result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
  } else {
    result += line.slice(start);
  }
  return result.slice(1);
}
function escapeString(string) {
  var result = "";
  var char = 0;
  var escapeSeq;
  for (var i2 = 0; i2 < string.length; char >= 65536 ? i2 += 2 : i2++) {
    char = codePointAt(string, i2);
    escapeSeq = ESCAPE_SEQUENCES[char];
    if (!escapeSeq && isPrintable(char)) {
      result += string[i2];
      if (char >= 65536) result += string[i2 + 1];
    } else {
      result += escapeSeq || encodeHex(char);
    }
  }
  return result;
}
function writeFlowSequence(state, level2, object) {
  var _result = "", _tag = state.tag, index, length, value;
  for (index = 0, length = object.length; index < length; index += 1) {
    value = object[index];
    if (state.replacer) {
      value = state.replacer.call(object, String(index), value);
    }
    if (writeNode(state, level2, value, false, false) || typeof value === "undefined" && writeNode(state, level2, null, false, false)) {
      if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
      _result += state.dump;
    }
  }
  state.tag = _tag;
  state.dump = "[" + _result + "]";
}
function writeBlockSequence(state, level2, object, compact) {
  var _result = "", _tag = state.tag, index, length, value;
  for (index = 0, length = object.length; index < length; index += 1) {
    value = object[index];
    if (state.replacer) {
      value = state.replacer.call(object, String(index), value);
    }
    if (writeNode(state, level2 + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level2 + 1, null, true, true, false, true)) {
      if (!compact || _result !== "") {
        _result += generateNextLine(state, level2);
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        _result += "-";
      } else {
        _result += "- ";
      }
      _result += state.dump;
    }
  }
  state.tag = _tag;
  state.dump = _result || "[]";
}
function writeFlowMapping(state, level2, object) {
  var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, pairBuffer;
  for (index = 0, length = objectKeyList.length; index < length; index += 1) {
    pairBuffer = "";
    if (_result !== "") pairBuffer += ", ";
    if (state.condenseFlow) pairBuffer += '"';
    objectKey = objectKeyList[index];
    objectValue = object[objectKey];
    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue);
    }
    if (!writeNode(state, level2, objectKey, false, false)) {
      continue;
    }
    if (state.dump.length > 1024) pairBuffer += "? ";
    pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
    if (!writeNode(state, level2, objectValue, false, false)) {
      continue;
    }
    pairBuffer += state.dump;
    _result += pairBuffer;
  }
  state.tag = _tag;
  state.dump = "{" + _result + "}";
}
function writeBlockMapping(state, level2, object, compact) {
  var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, explicitPair, pairBuffer;
  if (state.sortKeys === true) {
    objectKeyList.sort();
  } else if (typeof state.sortKeys === "function") {
    objectKeyList.sort(state.sortKeys);
  } else if (state.sortKeys) {
    throw new exception("sortKeys must be a boolean or a function");
  }
  for (index = 0, length = objectKeyList.length; index < length; index += 1) {
    pairBuffer = "";
    if (!compact || _result !== "") {
      pairBuffer += generateNextLine(state, level2);
    }
    objectKey = objectKeyList[index];
    objectValue = object[objectKey];
    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue);
    }
    if (!writeNode(state, level2 + 1, objectKey, true, true, true)) {
      continue;
    }
    explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
    if (explicitPair) {
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += "?";
      } else {
        pairBuffer += "? ";
      }
    }
    pairBuffer += state.dump;
    if (explicitPair) {
      pairBuffer += generateNextLine(state, level2);
    }
    if (!writeNode(state, level2 + 1, objectValue, true, explicitPair)) {
      continue;
    }
    if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
      pairBuffer += ":";
    } else {
      pairBuffer += ": ";
    }
    pairBuffer += state.dump;
    _result += pairBuffer;
  }
  state.tag = _tag;
  state.dump = _result || "{}";
}
function detectType(state, object, explicit) {
  var _result, typeList, index, length, type2, style;
  typeList = explicit ? state.explicitTypes : state.implicitTypes;
  for (index = 0, length = typeList.length; index < length; index += 1) {
    type2 = typeList[index];
    if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
      if (explicit) {
        if (type2.multi && type2.representName) {
          state.tag = type2.representName(object);
        } else {
          state.tag = type2.tag;
        }
      } else {
        state.tag = "?";
      }
      if (type2.represent) {
        style = state.styleMap[type2.tag] || type2.defaultStyle;
        if (_toString.call(type2.represent) === "[object Function]") {
          _result = type2.represent(object, style);
        } else if (_hasOwnProperty.call(type2.represent, style)) {
          _result = type2.represent[style](object, style);
        } else {
          throw new exception("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
        }
        state.dump = _result;
      }
      return true;
    }
  }
  return false;
}
function writeNode(state, level2, object, block, compact, iskey, isblockseq) {
  state.tag = null;
  state.dump = object;
  if (!detectType(state, object, false)) {
    detectType(state, object, true);
  }
  var type2 = _toString.call(state.dump);
  var inblock = block;
  var tagStr;
  if (block) {
    block = state.flowLevel < 0 || state.flowLevel > level2;
  }
  var objectOrArray = type2 === "[object Object]" || type2 === "[object Array]", duplicateIndex, duplicate;
  if (objectOrArray) {
    duplicateIndex = state.duplicates.indexOf(object);
    duplicate = duplicateIndex !== -1;
  }
  if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level2 > 0) {
    compact = false;
  }
  if (duplicate && state.usedDuplicates[duplicateIndex]) {
    state.dump = "*ref_" + duplicateIndex;
  } else {
    if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
      state.usedDuplicates[duplicateIndex] = true;
    }
    if (type2 === "[object Object]") {
      if (block && Object.keys(state.dump).length !== 0) {
        writeBlockMapping(state, level2, state.dump, compact);
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + state.dump;
        }
      } else {
        writeFlowMapping(state, level2, state.dump);
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + " " + state.dump;
        }
      }
    } else if (type2 === "[object Array]") {
      if (block && state.dump.length !== 0) {
        if (state.noArrayIndent && !isblockseq && level2 > 0) {
          writeBlockSequence(state, level2 - 1, state.dump, compact);
        } else {
          writeBlockSequence(state, level2, state.dump, compact);
        }
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + state.dump;
        }
      } else {
        writeFlowSequence(state, level2, state.dump);
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + " " + state.dump;
        }
      }
    } else if (type2 === "[object String]") {
      if (state.tag !== "?") {
        writeScalar(state, state.dump, level2, iskey, inblock);
      }
    } else if (type2 === "[object Undefined]") {
      return false;
    } else {
      if (state.skipInvalid) return false;
      throw new exception("unacceptable kind of an object to dump " + type2);
    }
    if (state.tag !== null && state.tag !== "?") {
      tagStr = encodeURI(
        state.tag[0] === "!" ? state.tag.slice(1) : state.tag
      ).replace(/!/g, "%21");
      if (state.tag[0] === "!") {
        tagStr = "!" + tagStr;
      } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
        tagStr = "!!" + tagStr.slice(18);
      } else {
        tagStr = "!<" + tagStr + ">";
      }
      state.dump = tagStr + " " + state.dump;
    }
  }
  return true;
}
function getDuplicateReferences(object, state) {
  var objects = [], duplicatesIndexes = [], index, length;
  inspectNode(object, objects, duplicatesIndexes);
  for (index = 0, length = duplicatesIndexes.length; index < length; index += 1) {
    state.duplicates.push(objects[duplicatesIndexes[index]]);
  }
  state.usedDuplicates = new Array(length);
}
function inspectNode(object, objects, duplicatesIndexes) {
  var objectKeyList, index, length;
  if (object !== null && typeof object === "object") {
    index = objects.indexOf(object);
    if (index !== -1) {
      if (duplicatesIndexes.indexOf(index) === -1) {
        duplicatesIndexes.push(index);
      }
    } else {
      objects.push(object);
      if (Array.isArray(object)) {
        for (index = 0, length = object.length; index < length; index += 1) {
          inspectNode(object[index], objects, duplicatesIndexes);
        }
      } else {
        objectKeyList = Object.keys(object);
        for (index = 0, length = objectKeyList.length; index < length; index += 1) {
          inspectNode(object[objectKeyList[index]], objects, duplicatesIndexes);
        }
      }
    }
  }
}
function dump$1(input, options) {
  options = options || {};
  var state = new State(options);
  if (!state.noRefs) getDuplicateReferences(input, state);
  var value = input;
  if (state.replacer) {
    value = state.replacer.call({ "": value }, "", value);
  }
  if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
  return "";
}
var dump_1 = dump$1;
var dumper = {
  dump: dump_1
};
function renamed(from, to) {
  return function() {
    throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
  };
}
var CORE_SCHEMA = core;
var load3 = loader.load;
var loadAll = loader.loadAll;
var dump = dumper.dump;
var types = {
  binary,
  float,
  map,
  null: _null,
  pairs: pairs2,
  set,
  timestamp,
  bool,
  int,
  merge: merge2,
  omap,
  seq,
  str
};
var safeLoad = renamed("safeLoad", "load");
var safeLoadAll = renamed("safeLoadAll", "loadAll");
var safeDump = renamed("safeDump", "dump");

// src/schema/criteria.ts
var CRITERIA_SCHEMA = CORE_SCHEMA.extend({
  // `types` is exported by js-yaml but missing from @types/js-yaml.
  implicit: [types.merge]
});
function readCriteria(text) {
  const doc = parseCriteriaYaml(text);
  const list = isRecord2(doc) && Array.isArray(doc.criteria) ? doc.criteria : [];
  const criteria = [];
  for (const item of list) {
    if (!isRecord2(item)) continue;
    if (typeof item.id === "string") {
      criteria.push(normalise(item.id, item));
      continue;
    }
    for (const [id, body] of Object.entries(item)) {
      if (isRecord2(body) && body.ignore !== true) criteria.push(normalise(id, body));
    }
  }
  return criteria;
}
var MAX_ALIASED_VALUES = 1e5;
function parseCriteriaYaml(text) {
  const aliases = new AliasBudget();
  try {
    return load3(text, { schema: CRITERIA_SCHEMA, listener: (event, state) => aliases.count(event, state) });
  } catch (error) {
    if (error instanceof AliasBombError) throw error;
    const { reason, mark } = error;
    if (reason && mark) throw new Error(`line ${mark.line + 1}, column ${mark.column + 1}: ${reason}`);
    throw error;
  }
}
var AliasBombError = class extends Error {
};
var AliasBudget = class {
  sizes = /* @__PURE__ */ new WeakMap();
  used = 0;
  count(event, state) {
    if (event !== "close") return;
    const node = state.result;
    if (typeof node !== "object" || node === null) return;
    const known = this.sizes.get(node);
    if (known !== void 0 && state.kind === null) {
      this.used += known;
      if (this.used > MAX_ALIASED_VALUES) {
        throw new AliasBombError(
          `line ${state.line + 1}: the aliases (\`*name\`) stand for more than ${MAX_ALIASED_VALUES.toLocaleString("en")} values, expected a criteria file that repeats an anchor a few times; write the values out, or nest fewer aliases`
        );
      }
      return;
    }
    let size = 1;
    for (const child of Object.values(node))
      size += typeof child === "object" && child !== null ? this.sizes.get(child) ?? 1 : 1;
    this.sizes.set(node, size);
  }
};
function normalise(id, body) {
  const criterion = { id };
  if (typeof body.name === "string") criterion.name = body.name;
  if (typeof body.type === "string") criterion.type = body.type.toUpperCase();
  const values = body.values;
  if (Array.isArray(values)) criterion.values = values.map(String);
  else if (isRecord2(values)) criterion.values = Object.keys(values);
  if (body.rangeSearch === true) criterion.rangeSearch = true;
  return criterion;
}
function applyCriteria(schema2, criteria) {
  const byId = /* @__PURE__ */ new Map();
  for (const c of criteria) {
    const previous = byId.get(c.id);
    byId.set(c.id, previous ? merge3(previous, c) : c);
  }
  const byKey = /* @__PURE__ */ new Map();
  for (const c of byId.values()) {
    for (const key of /* @__PURE__ */ new Set([c.id, c.name])) {
      if (key) byKey.set(key, [...byKey.get(key) ?? [], c]);
    }
  }
  const overlay = (field2) => {
    const matches2 = byKey.get(field2.name) ?? byKey.get(field2.name.replace(/\s+/g, ""));
    if (!matches2?.length) return field2;
    const aliases = new Set(field2.aliases);
    for (const m of matches2) for (const alias of [m.id, m.name]) if (alias && alias !== field2.name) aliases.add(alias);
    const c = matches2.find((m) => m.id === field2.name) ?? matches2[0];
    const next2 = { ...field2, aliases: [...aliases] };
    const isLabelCriterion = c.type === "LABEL" || c.type === void 0 && field2.kind === "label";
    if (c.rangeSearch) {
      next2.kind = "text";
      delete next2.values;
    } else if (isLabelCriterion && c.values?.length && (field2.kind === "text" || field2.kind === "label")) {
      next2.values = [.../* @__PURE__ */ new Set([...field2.values ?? [], ...c.values])];
      next2.kind = next2.values.length === 2 && next2.values.includes("Yes") && next2.values.includes("No") ? "yes-no" : "label";
      if (next2.kind === "yes-no") next2.multiple = false;
    }
    return next2;
  };
  return {
    ...schema2,
    groups: schema2.groups.map((g) => {
      const next2 = { ...g, fields: g.fields.map(overlay) };
      if (g.value) next2.value = overlay(g.value);
      return next2;
    })
  };
}
function merge3(a, b) {
  const merged = { ...a, ...b };
  if (a.values || b.values) merged.values = [.../* @__PURE__ */ new Set([...a.values ?? [], ...b.values ?? []])];
  return merged;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/schema/conflicts.ts
function findSchemaConflicts(template, criteriaFiles) {
  const definitions = readDefinitions(criteriaFiles);
  const listedAsChild = new Set([...definitions.values()].flatMap((d) => d.children));
  const entry = buildEntry(createSourceFile(template.path, template.text));
  const conflicts = [];
  for (const definition of definitions.values()) {
    const defines = definition.name !== void 0 || definition.type !== void 0 || listedAsChild.has(definition.id);
    if (!defines || !isWritten(definition)) continue;
    const keys = keysOf(definition);
    const group = entry.groups.find((g) => matches(keys, g.name));
    const field2 = entry.groups.flatMap((g) => g.fields.map((f) => ({ f, g }))).find(({ f }) => matches(keys, f.name));
    const base = { criteria: definition.places, template: template.path, names: [...keys] };
    if (field2) {
      const sameNamed = group && field2.g === group && field2.f.name === group.name;
      if (definition.children.length > 0 && sameNamed && !hasValue(group)) {
        conflicts.push({
          ...base,
          kind: "placement",
          group: group.name,
          name: group.name,
          range: field2.f.heading.range
        });
      }
      continue;
    }
    if (group) {
      if (hasValue(group)) continue;
      conflicts.push({ ...base, kind: "missing", group: group.name, name: group.name, range: group.heading.range });
      continue;
    }
    const parent = [...definitions.values()].find((d) => d.children.includes(definition.id));
    const parentGroup = parent ? entry.groups.find((g) => matches(keysOf(parent), g.name)) : void 0;
    conflicts.push({
      ...base,
      kind: "missing",
      ...parentGroup ? { group: parentGroup.name } : {},
      name: definition.name ?? definition.id,
      range: parentGroup?.heading.range ?? entry.headings[0]?.range ?? startRange
    });
  }
  return conflicts;
}
function isWritten(definition) {
  switch (definition.type) {
    case void 0:
      return definition.hasValues;
    case "NAME-URL":
    case "REPOSITORY":
      return false;
    case "MARKDOWN":
      return definition.children.length === 0;
    default:
      return true;
  }
}
var startRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
function keysOf(definition) {
  return /* @__PURE__ */ new Set([definition.id, ...definition.name ? [definition.name] : []]);
}
function matches(keys, heading) {
  const all = [...keys];
  return all.includes(heading) || all.includes(heading.replace(/\s+/g, ""));
}
function hasValue(group) {
  return group.values.some((v) => v.kind === "item" && v.text !== "" && v.text !== "-");
}
function readDefinitions(files2) {
  const definitions = /* @__PURE__ */ new Map();
  for (const file of files2) {
    let doc;
    try {
      doc = parseCriteriaYaml(file.text);
    } catch {
      continue;
    }
    const list = isRecord3(doc) && Array.isArray(doc.criteria) ? doc.criteria : [];
    const lines = file.text.split(/\r\n|\r|\n/);
    for (const item of list) {
      if (!isRecord3(item)) continue;
      const pairs3 = typeof item.id === "string" ? [[item.id, item]] : Object.entries(item);
      for (const [id, body] of pairs3) {
        if (!isRecord3(body) || body.ignore === true) continue;
        const definition = definitions.get(id) ?? { id, hasValues: false, children: [], places: [] };
        if (typeof body.name === "string") definition.name = body.name;
        if (typeof body.type === "string") definition.type = body.type.toUpperCase();
        const values = body.values;
        if (Array.isArray(values) && values.length > 0 || isRecord3(values) && Object.keys(values).length > 0)
          definition.hasValues = true;
        if (Array.isArray(body.children)) definition.children.push(...body.children.map(String));
        definition.places.push({ file: file.path, line: lineOf(lines, id) });
        definitions.set(id, definition);
      }
    }
  }
  return definitions;
}
function lineOf(lines, id) {
  const quoted2 = `['"]?${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}['"]?`;
  const item = new RegExp(`^\\s*-\\s+(?:${quoted2}\\s*:|id\\s*:\\s*${quoted2}\\s*$)`);
  const index = lines.findIndex((line) => item.test(line));
  return index + 1 || 1;
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/rule-api/schema-disputes.ts
function disputesIn(entry, schema2) {
  const conflicts = schema2.schema.conflicts;
  if (!conflicts?.length) return [];
  const disputes = [];
  for (const conflict of conflicts) {
    if (conflict.kind === "missingGroup" || conflict.kind === "spelling") {
      for (const group of entry.groups) {
        if (matches(conflict.names, group.name) && !schema2.group(group.name))
          disputes.push({ conflict, form: "group", section: group, range: group.heading.range });
      }
      continue;
    }
    const names = /* @__PURE__ */ new Set([...conflict.names, conflict.name]);
    const isGroupValue = conflict.group !== void 0 && conflict.group === conflict.name;
    for (const group of entry.groups) {
      if (isGroupValue && group.name === conflict.group && group.values.length > 0) {
        const sameNamed = group.fields.some((f) => f.name === group.name);
        if (conflict.kind === "placement" ? !sameNamed : true)
          disputes.push({ conflict, form: "valueOnGroup", section: group, range: group.heading.range });
      }
      if (conflict.kind !== "missing") continue;
      for (const field2 of group.fields) {
        if (!names.has(field2.name) || schema2.field(field2.name)) continue;
        if (isGroupValue ? group.name === conflict.group : true)
          disputes.push({ conflict, form: "field", section: field2, range: field2.heading.range });
      }
    }
    if (conflict.kind === "missing" && !isGroupValue) {
      for (const field2 of entry.orphanFields) {
        if (names.has(field2.name) && !schema2.field(field2.name))
          disputes.push({ conflict, form: "field", section: field2, range: field2.heading.range });
      }
    }
  }
  return disputes;
}
function isDisputed(entry, schema2, section, form) {
  if (!schema2.schema.conflicts?.length) return false;
  let disputes = found2.get(entry);
  if (!disputes) {
    disputes = disputesIn(entry, schema2);
    found2.set(entry, disputes);
  }
  return disputes.some((d) => d.section === section && (form === void 0 || d.form === form));
}
var found2 = /* @__PURE__ */ new WeakMap();

// src/rules/schema-conflict.ts
var SETTLE = "expected the template and the criteria to agree first, not a change here: keep it until they do";
var schema_conflict_default = defineRule({
  id: "schema-conflict",
  description: "A dataset's template and criteria YAML should agree on the headings an entry has",
  category: "structure",
  // The maintainers settle a conflict once; entries that follow either source are no contributor's mistake.
  defaultSeverity: "warn",
  fixable: false,
  messages: {
    missing: "Unexpected disagreement on `### {{name}}`: {{criteria}} {{define}} it, {{template}} does not; entries follow either. Expected the template and the criteria to agree: add it to the template, or remove it from the criteria",
    placement: "Unexpected disagreement on `## {{group}}`: {{criteria}} {{put}} its value directly under `## {{group}}`, {{template}} under `### {{name}}`; entries follow either. Expected the template and the criteria to agree: move the template's value up to `## {{group}}`, or make `{{name}}` a criterion without children",
    fieldFollowsCriteria: "Unexpected section `### {{name}}`: {{criteria}} {{define}} it but the template {{template}} does not (see schema-conflict); " + SETTLE,
    missingGroup: "Unexpected disagreement on `## {{name}}`: {{criteria}} {{define}} it, {{template}} has no `## {{name}}`; entries follow either. Expected the template and the criteria to agree: add `## {{name}}` to the template, or remove it from the criteria",
    spelling: "Unexpected disagreement on `## {{group}}`: {{criteria}} {{spell}} it `{{name}}`, {{template}} writes `## {{group}}`; entries follow either. Expected the template and the criteria to agree: rename one to the other",
    groupFollowsCriteria: "Unexpected section `## {{name}}`: {{criteria}} {{define}} it but the template {{template}} {{templateForm}} (see schema-conflict); " + SETTLE,
    valueFollowsCriteria: "Unexpected value directly under `## {{group}}`: {{criteria}} {{put}} it there but the template {{template}} {{templateForm}} (see schema-conflict); " + SETTLE
  },
  check({ entry, schema: schema2, report: report2 }) {
    for (const dispute of disputesIn(entry, schema2)) {
      const { conflict } = dispute;
      const files2 = [...new Set(conflict.criteria.map((c) => c.file))];
      const data = {
        name: plain(dispute.section.name),
        group: plain(conflict.group ?? dispute.section.name),
        criteria: listed(files2),
        define: files2.length > 1 ? "define" : "defines",
        put: files2.length > 1 ? "put" : "puts",
        template: conflict.template,
        templateForm: templateForm(conflict)
      };
      report2({
        messageId: messageOf[dispute.form],
        data,
        range: dispute.range
      });
    }
  },
  checkCatalog({ entries, governed, schemaOf: schemaOf2, report: report2 }) {
    const seen = /* @__PURE__ */ new Set();
    for (const filePath of [...entries.map((e) => e.filePath), ...governed]) {
      for (const conflict of schemaOf2(filePath).schema.conflicts ?? []) {
        const key = `${conflict.template}\0${conflict.kind}\0${conflict.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report2(conflict.template, {
          messageId: conflict.kind,
          data: catalogData(conflict),
          range: conflict.range,
          // A run that changed or named a criteria file it names is asked about it too.
          related: [...new Set(conflict.criteria.map((c) => c.file))]
        });
      }
    }
  },
  // The template's finding needs no peer: the linted entries' schemas name it.
  peerFilter: () => () => false
});
var messageOf = {
  field: "fieldFollowsCriteria",
  valueOnGroup: "valueFollowsCriteria",
  group: "groupFollowsCriteria"
};
function templateForm(conflict) {
  switch (conflict.kind) {
    case "placement":
      return `writes it under \`### ${plain(conflict.name)}\``;
    case "spelling":
      return `writes \`## ${plain(conflict.group ?? conflict.name)}\``;
    case "missingGroup":
      return "has no such `##`";
    default:
      return "has no value there";
  }
}
function catalogData(conflict) {
  const places = conflict.criteria.map((c) => `${c.file} line ${c.line}`);
  const many = conflict.criteria.length > 1;
  return {
    name: plain(conflict.name),
    group: plain(conflict.group ?? conflict.name),
    criteria: listed(places),
    define: many ? "define" : "defines",
    put: many ? "put" : "puts",
    spell: many ? "spell" : "spells",
    template: conflict.template
  };
}
function listed(items) {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

// src/rules/schema-mismatch.ts
init_import_meta_url();

// src/schema/entry-shape.ts
init_import_meta_url();
function entryShape(entry, schema2) {
  const spec = schema2.schema;
  const shape = { follows: false };
  const from = spec.title?.from ?? "heading";
  if (from === "heading" && spec.title?.url !== "none") {
    shape.title = { expected: "`# Name - URL`", found: entry.title?.url !== void 0 };
  }
  if (spec.groups.length > 0 && !spec.body?.open) {
    const sections = entry.headings.filter((h) => h.depth === 2 || h.depth === 3);
    const unknown = sections.filter((h) => !schema2.group(h.text) && !schema2.field(h.text));
    shape.headings = {
      total: sections.length,
      known: sections.length - unknown.length,
      unknown: unknown.map((h) => `${"#".repeat(h.depth)} ${h.text}`)
    };
  }
  const keys = spec.frontMatter?.keys ?? {};
  if (Object.keys(keys).length > 0) {
    const data = entry.frontMatter?.data;
    const present = data && typeof data === "object" && !Array.isArray(data) ? Object.keys(data) : [];
    const unknown = present.filter((key) => !Object.hasOwn(keys, key));
    shape.keys = { total: present.length, known: present.length - unknown.length, unknown };
  }
  const half = (part) => part !== void 0 && part.total > 0 && part.known * 2 >= part.total;
  shape.follows = shape.title?.found === true || half(shape.headings) || half(shape.keys);
  return shape;
}
function plainlyNotAnEntry(shape) {
  if (shape.follows) return false;
  const unknown = (shape.headings?.unknown.length ?? 0) + (shape.keys?.unknown.length ?? 0);
  return unknown >= MIN_UNKNOWN;
}
var MIN_UNKNOWN = 3;

// src/rules/schema-mismatch.ts
var KEPT_WITH_MISMATCH = /* @__PURE__ */ new Set(["schema-mismatch", "front-matter-syntax"]);
var SHOWN = 3;
var schema_mismatch_default = defineRule({
  id: "schema-mismatch",
  description: "A file should follow the shape of the schema it gets, else it is reported once as likely no entry",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    mismatch: "Unexpected file shape for the schema `{{schema}}` ({{source}}): {{found}}; expected {{expected}}; is this file an entry?"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const shape = entryShape(entry, schema2);
    if (!plainlyNotAnEntry(shape)) return;
    const first = entry.headings[0];
    const { source } = entry;
    const lineEnd2 = source.text.search(/\r?\n|$/);
    report2({
      messageId: "mismatch",
      data: {
        schema: schema2.schema.name,
        source: sourceOf(schema2.schema),
        found: found3(shape),
        expected: expected(shape, schema2.schema)
      },
      range: first ? first.range : rangeOf(source, 0, lineEnd2)
    });
  }
});
function sourceOf(schema2) {
  const source = schema2.source;
  if (source === void 0) return "given";
  return source.startsWith("preset:") ? "the built-in preset" : quote(source, 120).slice(1, -1);
}
function found3(shape) {
  const parts = [];
  if (shape.title && !shape.title.found) parts.push(`no ${shape.title.expected} title`);
  const { headings, keys } = shape;
  if (headings)
    parts.push(`${headings.known} of ${plural(headings.total, "heading")} known${notThese(headings.unknown)}`);
  if (keys && keys.total > 0) {
    parts.push(`${keys.known} of ${plural(keys.total, "front-matter key")} known${notThese(keys.unknown)}`);
  }
  return parts.join(", ");
}
function notThese(unknown) {
  if (unknown.length === 0) return "";
  const shown2 = unknown.slice(0, SHOWN).map((name) => quote(name));
  return ` (not ${shown2.join(", ")}${unknown.length > SHOWN ? ", \u2026" : ""})`;
}
function expected(shape, schema2) {
  const parts = [];
  if (shape.title) parts.push(`a ${shape.title.expected} title`);
  if (shape.headings) {
    const groups = schema2.groups.slice(0, 2).map((g) => quote(`## ${g.name}`));
    parts.push(`\`##\` groups such as ${groups.join(", ")}`);
  }
  if (shape.keys) {
    const keys = Object.keys(schema2.frontMatter?.keys ?? {}).slice(0, SHOWN).map((k) => quote(k));
    parts.push(`front-matter keys such as ${keys.join(", ")}`);
  }
  return parts.join(" and ");
}

// src/rules/section-order.ts
init_import_meta_url();

// src/rule-api/schema-origin.ts
init_import_meta_url();
function schemaOrigin(schema2) {
  const source = schema2.source ?? "";
  if (source.startsWith("preset:")) return `the preset \`${schema2.name}\``;
  if (/\.(?:md|markdown)$/i.test(source)) {
    const file = source.split(/[\\/]/).pop() ?? source;
    return file.replace(/\.(?:md|markdown)$/i, "") === schema2.name ? `the template \`${source}\`` : `the \`${schema2.name}\` template`;
  }
  return `the schema \`${schema2.name}\``;
}
function copiesATemplate(schema2) {
  const source = schema2.source ?? "";
  return source.startsWith("preset:") || /\.(?:md|markdown)$/i.test(source);
}

// src/rules/section-order.ts
var section_order_default = defineRule({
  id: "section-order",
  description: "Groups and the fields within a group should follow the schema's order",
  category: "structure",
  defaultSeverity: "warn",
  fixable: true,
  options: {
    ultimateLayout: {
      default: false,
      description: "Check the order on the ultimate-comparisons layout too (its framework ignores the order of an entry's `##` criteria, so by default it is not checked there)",
      schema: (z) => z.boolean()
    }
  },
  messages: {
    before: "Unexpected `{{marks}} {{name}}` after `{{marks}} {{other}}`, expected it before, as {{schema}} orders them",
    after: "Unexpected `{{marks}} {{name}}` before `{{marks}} {{other}}`, expected it after, as {{schema}} orders them"
  },
  check({ entry, schema: schema2, options, report: reportAny }) {
    if (schema2.schema.layout === "ultimate-comparisons" && !options.ultimateLayout) return;
    const origin = schemaOrigin(schema2.schema);
    const report2 = (found4) => reportAny({ ...found4, data: { ...found4.data, schema: origin } });
    const directives = directiveStarts(entry);
    checkOrder(entry, entry.groups, groupOrder(schema2), report2, directives);
    for (const group of entry.groups) {
      const spec = schema2.group(group.name);
      if (spec) checkOrder(entry, group.fields, fieldOrder(spec), report2, directives);
    }
  }
});
var groupOrder = derivedFromSchema((schema2) => schema2.groups.map((g) => g.name));
var fieldOrder = derivedFrom((group) => group.fields.map((f) => f.name));
var ranksOf = derivedFrom((order) => {
  const ranks = /* @__PURE__ */ new Map();
  for (const [rank, name] of order.entries()) if (!ranks.has(name)) ranks.set(name, rank);
  return ranks;
});
function directiveStarts(entry) {
  let starts;
  return () => {
    starts ??= entry.comments.filter((c) => DIRECTIVE.test(c.text)).map((c) => c.range.start.offset);
    return starts;
  };
}
function checkOrder(entry, sections, order, report2, directives) {
  const rankOf = ranksOf(order);
  const seen = /* @__PURE__ */ new Set();
  const known = sections.filter((s2) => {
    if (!rankOf.has(s2.name) || seen.has(s2.name)) return false;
    seen.add(s2.name);
    return true;
  });
  const ranks = known.map((s2) => rankOf.get(s2.name));
  const keep = longestIncreasing(ranks);
  const kept = [...keep].sort((a, b) => a - b);
  const keptRanks = kept.map((k) => ranks[k]);
  let fixable2 = known.length === sections.length;
  const withFix = () => {
    if (!fixable2) return {};
    fixable2 = false;
    const fix = reorder(entry, known, ranks, directives);
    return fix ? { fix } : {};
  };
  known.forEach((section, i2) => {
    if (keep.has(i2)) return;
    const rank = ranks[i2] ?? 0;
    const marks = "#".repeat(section.depth);
    const after = kept[firstAtOrAfter(keptRanks, rank + 1)];
    const above = after !== void 0 && after < i2 ? after : void 0;
    if (above !== void 0) {
      const other2 = known[above]?.name ?? "";
      report2({
        messageId: "before",
        data: { marks, name: plain(section.name), other: plain(other2) },
        range: section.heading.range,
        ...withFix()
      });
      return;
    }
    const before = kept[firstAtOrAfter(keptRanks, rank) - 1];
    const below = before !== void 0 && before > i2 ? before : void 0;
    const other = below !== void 0 ? known[below]?.name ?? "" : "";
    report2({
      messageId: "after",
      data: { marks, name: plain(section.name), other: plain(other) },
      range: section.heading.range,
      ...withFix()
    });
  });
}
function reorder(entry, sections, ranks, directiveStarts2) {
  const { source } = entry;
  const first = sections[0];
  const last = sections.at(-1);
  if (!first || !last) return void 0;
  for (let i2 = 1; i2 < sections.length; i2++) {
    if (sections[i2 - 1].range.end.offset !== sections[i2].range.start.offset) return void 0;
  }
  const starts = sections.map((s2) => source.lineStarts[s2.heading.range.start.line - 1] ?? s2.range.start.offset);
  const end = last.range.end.offset;
  const chunks = sections.map((_, i2) => ({
    text: source.text.slice(starts[i2], starts[i2 + 1] ?? end),
    rank: ranks[i2] ?? 0
  }));
  const sorted = [...chunks].sort((a, b) => a.rank - b.rank);
  const lastChunk = chunks.at(-1);
  const newLast = sorted.at(-1);
  if (lastChunk && newLast && newLast !== lastChunk && !LINE_BREAK_AT_END.test(lastChunk.text)) {
    const lineBreak = LINE_BREAK_AT_END.exec(newLast.text)?.[0] ?? "";
    newLast.text = newLast.text.slice(0, newLast.text.length - lineBreak.length);
    lastChunk.text += lineBreak;
  }
  const start = starts[0] ?? first.range.start.offset;
  const lineAbove = source.lineStarts[first.heading.range.start.line - 2] ?? 0;
  const directives = directiveStarts2();
  const firstDirective = directives[firstAtOrAfter(directives, lineAbove)];
  if (firstDirective !== void 0 && firstDirective < end) return void 0;
  const text = sorted.map((c) => c.text).join("");
  const lastMoves = end === source.text.length && newLast !== lastChunk;
  if (lastMoves && !keepsHeadings(entry, start, end, text)) return void 0;
  return { range: [start, end], text };
}
function keepsHeadings(entry, start, end, replacement) {
  const { source } = entry;
  const after = source.text.slice(0, start) + replacement + source.text.slice(end);
  const key = (h) => `${h.depth} ${h.text}`;
  try {
    const now = buildEntry(createSourceFile(source.path, after)).headings.map(key).sort();
    const before = entry.headings.map(key).sort();
    return now.length === before.length && now.every((h, i2) => h === before[i2]);
  } catch {
    return false;
  }
}
var LINE_BREAK_AT_END = /(?:\r\n|\r|\n)$/;
var DIRECTIVE = /^catalog-lint-/;
function longestIncreasing(values) {
  const tails = [];
  const previous = new Array(values.length).fill(-1);
  values.forEach((value, i2) => {
    const low = firstIndexWhere(tails.length, (mid) => (values[tails[mid] ?? 0] ?? 0) >= value);
    if (low > 0) previous[i2] = tails[low - 1] ?? -1;
    tails[low] = i2;
  });
  const result = /* @__PURE__ */ new Set();
  for (let i2 = tails.at(-1) ?? -1; i2 >= 0; i2 = previous[i2] ?? -1) result.add(i2);
  return result;
}

// src/rules/section-placement.ts
init_import_meta_url();
var section_placement_default = defineRule({
  id: "section-placement",
  description: "A field should sit under its own group at `###`, and a group at `##`",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    wrongGroup: "Unexpected `{{marks}} {{name}}` under `## {{actual}}`, expected it under `## {{expected}}`",
    noGroup: "Unexpected `{{marks}} {{name}}` before any group, expected it under `## {{expected}}`",
    fieldAsGroup: "Unexpected `## {{name}}`, expected the field heading `### {{name}}` under `## {{expected}}`",
    groupAsField: "Unexpected `{{marks}} {{name}}`, expected the group heading `## {{name}}`",
    deepField: "Unexpected `{{marks}} {{name}}`, expected the field heading `### {{name}}` under `## {{expected}}`",
    valueOnGroup: "Unexpected value directly under `## {{name}}`, expected it under a `### {{name}}` field heading",
    contentOnGroup: "Unexpected content directly under `## {{name}}`, expected it under one of the group's `###` fields"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const reportDeepHeadings = (field2) => {
      for (const heading of field2.subheadings) {
        const marks = "#".repeat(heading.depth);
        const known = schema2.field(heading.text);
        if (known) {
          report2({
            messageId: "deepField",
            data: { marks, name: plain(heading.text), expected: known.group.name },
            range: heading.range
          });
        } else if (schema2.group(heading.text)) {
          report2({ messageId: "groupAsField", data: { marks, name: plain(heading.text) }, range: heading.range });
        }
      }
    };
    for (const section of entry.orphanFields) {
      const known = schema2.field(section.name);
      if (known) {
        report2({
          messageId: "noGroup",
          data: { marks: "#".repeat(section.depth), name: plain(section.name), expected: known.group.name },
          range: section.heading.range
        });
      } else if (schema2.group(section.name)) {
        report2({
          messageId: "groupAsField",
          data: { marks: "#".repeat(section.depth), name: plain(section.name) },
          range: section.heading.range
        });
      }
    }
    for (const group of entry.groups) {
      const groupSpec = schema2.group(group.name);
      if (!groupSpec) {
        const known = schema2.field(group.name);
        if (known) {
          report2({
            messageId: "fieldAsGroup",
            data: { name: plain(group.name), expected: known.group.name },
            range: group.heading.range
          });
        }
      } else if (!groupSpec.value && group.values.length > 0 && !isDisputed(entry, schema2, group, "valueOnGroup")) {
        const sameNameField = fieldNames(groupSpec).has(group.name);
        const hasField = group.fields.some((f) => f.name === group.name);
        if (sameNameField && !hasField) {
          report2({ messageId: "valueOnGroup", data: { name: plain(group.name) }, range: group.heading.range });
        } else {
          const first = group.values[0];
          const last = group.values.at(-1);
          if (first && last) {
            report2({
              messageId: "contentOnGroup",
              data: { name: plain(group.name) },
              range: { start: first.fullRange.start, end: last.fullRange.end }
            });
          }
        }
      }
      for (const field2 of group.fields) {
        reportDeepHeadings(field2);
        if (groupSpec && fieldNames(groupSpec).has(field2.name)) continue;
        const known = schema2.field(field2.name);
        if (known && groupSpec) {
          report2({
            messageId: "wrongGroup",
            data: {
              marks: "#".repeat(field2.depth),
              name: plain(field2.name),
              actual: plain(group.name),
              expected: known.group.name
            },
            range: field2.heading.range
          });
        } else if (!known && schema2.group(field2.name) && field2.name !== group.name) {
          report2({
            messageId: "groupAsField",
            data: { marks: "#".repeat(field2.depth), name: plain(field2.name) },
            range: field2.heading.range
          });
        }
      }
    }
  }
});
var fieldNames = derivedFrom((group) => new Set(group.fields.map((f) => f.name)));

// src/rules/single-value.ts
init_import_meta_url();
var single_value_default = defineRule({
  id: "single-value",
  description: 'A single-valued field (a yes/no, a date, a "choose one" label) should hold one value',
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    extra: "Unexpected second value {{value}} in `{{field}}`, expected a single value (put notes in indented `  - ` sub-bullets)"
  },
  check({ fieldMatches: fieldMatches2, report: report2 }) {
    for (const { section, spec } of fieldMatches2()) {
      if (spec.multiple) continue;
      const values = section.values.filter((v) => !isUnknownMarker(v.text));
      const list = spec.values;
      const texts = list && list.length > 1 ? new Set(values.map((v) => v.text)) : void 0;
      if (list && texts && list.every((a) => texts.has(a))) {
        const listed2 = listSet(list);
        for (const value of values.filter((v) => !listed2.has(v.text))) {
          report2({ messageId: "extra", data: { value: quote(value.text), field: section.name }, range: value.range });
        }
        continue;
      }
      for (const value of values.slice(1)) {
        report2({ messageId: "extra", data: { value: quote(value.text), field: section.name }, range: value.range });
      }
    }
  }
});
var listSet = derivedFrom((list) => new Set(list));

// src/rules/stale-date.ts
init_import_meta_url();
var stale_date_default = defineRule({
  id: "stale-date",
  description: "A date field (Last Update) should be more recent than `maxAgeDays` before today",
  category: "dates",
  defaultSeverity: "warn",
  fixable: false,
  options: {
    maxAgeDays: {
      default: 365,
      description: "Oldest acceptable age in days",
      schema: (z) => z.number().int().positive()
    }
  },
  messages: {
    stale: "Unexpected `{{field}}` of `{{value}}`, {{age}} days before {{now}}: expected at most {{max}} days old"
  },
  check({ entry, schema: schema2, fieldMatches: fieldMatches2, options, now, report: report2 }) {
    const today = isoDay(now);
    if (today === void 0) return;
    for (const { section, value, day } of dateValues(fieldMatches2())) {
      if (day === void 0 || today - day <= options.maxAgeDays) continue;
      report2({
        messageId: "stale",
        data: { field: section.name, value: value.text, age: today - day, now, max: options.maxAgeDays },
        range: value.range
      });
    }
    for (const { key, text, range, day } of frontMatterDates(entry, schema2.schema)) {
      if (day === void 0 || today - day <= options.maxAgeDays) continue;
      report2({
        messageId: "stale",
        data: { field: key, value: text, age: today - day, now, max: options.maxAgeDays },
        range
      });
    }
  }
});

// src/rules/template-leftover.ts
init_import_meta_url();
var TODO = /\[(?:todo|tbd|fixme|xxx)\b[^\]]*\]/i;
var TODO_ALL = new RegExp(TODO.source, "gi");
var PLACEHOLDER2 = /^\[(?!\d+\])[^\]]{3,}\](?!\()$/;
var DIRECTIVE2 = /^catalog-lint-/;
var MAX_REMOVED_COMMENT_LINES = 10;
var MIN_FULL_LIST = 3;
var template_leftover_default = defineRule({
  id: "template-leftover",
  description: "An entry should not keep the template's guidance comments, placeholders or full option lists",
  category: "structure",
  defaultSeverity: "error",
  fixable: true,
  options: {
    comments: {
      default: true,
      description: "Report every HTML comment where the schema's template guides with comments (`templateComments`: a template that has comments, the preset), which an entry should not keep",
      schema: (z) => z.boolean()
    },
    fullListFields: {
      default: [],
      description: "Fields whose full list of allowed values, kept whole, is reported even where the template does not say to keep only the values that apply",
      schema: (z) => z.array(z.string().min(1))
    }
  },
  messages: {
    comment: "Unexpected template comment {{text}}, expected no HTML comments in an entry",
    otherComment: "Unexpected HTML comment {{text}}, expected no HTML comments in an entry (the template's guidance comments removed, and no others)",
    unclosed: "Unexpected unclosed HTML comment {{text}}: with no `-->` markdown hides everything after it to the end of {{container}} ({{lines}}); expected `-->` where the comment should end (`--fix` does not remove it)",
    suspect: "Unexpected HTML comment {{text}} ({{lines}}), expected no HTML comments in an entry; `--fix` does not remove it because it {{why}}, so its `<!--` may have been left open, hiding the entry's own text up to a later `-->`: check what it hides, then close it earlier or remove it by hand",
    endsList: "Unexpected template comment {{text}}, expected no HTML comments in an entry; `--fix` does not remove it because it ends the list above it: without it the indented line {{line}} would join the list's last item (a value would become its note). Remove it by hand, and indent that line as you mean it",
    otherEndsList: "Unexpected HTML comment {{text}}, expected no HTML comments in an entry; `--fix` does not remove it because it ends the list above it: without it the indented line {{line}} would join the list's last item (a value would become its note). Remove it by hand, and indent that line as you mean it",
    todo: "Unexpected {{text}} marker, expected the finished value",
    templateLine: "Unexpected template line {{text}} in the entry, expected it removed: the template's lead describes the dataset, not this entry",
    placeholder: "Unexpected template placeholder brackets around {{text}}, expected the value without `[` `]`",
    bothYesNo: "Unexpected both `Yes` and `No` in `{{field}}`, expected one of them (or `-` if unknown)",
    fullList: "Unexpected full template list in `{{field}}` ({{count}} values), expected only the values that apply",
    marker: "Unexpected placeholder `-` beside values in `{{field}}`, expected it removed",
    underline: "Unexpected {{text}} right under a value, which makes markdown read the value as a heading; expected it removed (or a blank line before it)"
  },
  check({ entry, fieldMatches: fieldMatches2, options, report: report2, schema: schema2 }) {
    const { source } = entry;
    reportTemplateLines(entry, schema2.schema, report2);
    const templated = copiesATemplate(schema2.schema);
    const leftoverComments = options.comments && schema2.schema.templateComments === true;
    const templatesOwn = new Set(schema2.schema.templateCommentTexts);
    for (const comment of entry.comments) {
      if (!isClosed(source, comment)) {
        const container = isAtFileEnd(source, comment) ? "the file" : "its list item or quote";
        const { range, data } = hiding(source, comment);
        report2({ messageId: "unclosed", data: { ...data, container }, range });
        continue;
      }
      if (DIRECTIVE2.test(comment.text)) continue;
      if (TODO.test(`[${comment.text}]`)) {
        report2({ messageId: "todo", data: { text: quote(`<!-- ${comment.text} -->`) }, range: comment.range });
      } else if (leftoverComments) {
        const why = notRemovableBecause(source, comment);
        const joining = why === void 0 ? indentedLineJoining(source, comment) : void 0;
        const text = quote(`<!-- ${comment.text} -->`, 50);
        if (why !== void 0) {
          const { range, data } = hiding(source, comment);
          report2({ messageId: "suspect", data: { ...data, why }, range });
        } else {
          const own = templatesOwn.has(commentKey(comment.text));
          if (joining !== void 0) {
            const messageId = own ? "endsList" : "otherEndsList";
            report2({ messageId, data: { text, line: joining }, range: comment.range });
          } else {
            const messageId = own ? "comment" : "otherComment";
            report2({ messageId, data: { text }, range: comment.range, fix: removal(source, comment.range) });
          }
        }
      }
    }
    for (const range of templated ? entry.setextUnderlines : []) {
      const text = entry.source.text.slice(range.start.offset, range.end.offset);
      report2({ messageId: "underline", data: { text: quote(text) }, range });
    }
    const brackets = offsetsOf(entry.source.text, "[");
    const prose = [];
    if (brackets.length > 0) {
      const lead = entry.title ? entry.lead : entry.beforeTitle;
      for (const block of lead) if (block.type !== "code") prose.push(block);
      for (const section of [...entry.orphanFields, ...entry.groups.flatMap((g) => [g, ...g.fields])]) {
        for (const value of section.values) {
          if (value.blockType === "code") continue;
          prose.push(value);
          for (const note of value.notes) prose.push(note);
        }
      }
    }
    for (const { text, range } of prose) {
      const next2 = firstAtOrAfter(brackets, range.start.offset);
      if (next2 === brackets.length || brackets[next2] >= range.end.offset) continue;
      const raw = entry.source.text.slice(range.start.offset, range.end.offset);
      const masked = maskCode(raw);
      let found4 = false;
      for (const match of masked.slice(0, masked.lastIndexOf("]") + 1).matchAll(TODO_ALL)) {
        const start = range.start.offset + (match.index ?? 0);
        report2({
          messageId: "todo",
          data: { text: quote(match[0]) },
          range: rangeOf(entry.source, start, start + match[0].length)
        });
        found4 = true;
      }
      if (!found4 && templated && PLACEHOLDER2.test(text) && !isBracketedCitation(text))
        report2({ messageId: "placeholder", data: { text: quote(text) }, range });
    }
    for (const { section, spec } of fieldMatches2()) {
      const values = section.values.filter((v) => !isUnknownMarker(v.text));
      const texts = new Set(values.map((v) => v.text));
      const first = values[0];
      if (!first) continue;
      if (spec.kind === "yes-no" && texts.has("Yes") && texts.has("No")) {
        report2({ messageId: "bothYesNo", data: { field: section.name }, range: spanOf(values.map((v) => v.range)) });
      } else if (spec.values && spec.values.length >= MIN_FULL_LIST && (spec.keepOnlyApplicable || options.fullListFields.includes(spec.name)) && spec.values.every((v) => texts.has(v))) {
        report2({
          messageId: "fullList",
          data: { field: section.name, count: spec.values.length },
          range: spanOf(values.map((v) => v.range))
        });
      }
      for (const value of section.values) {
        if (value.kind === "item" && isUnknownMarker(value.text) && value.notes.length === 0) {
          report2({ messageId: "marker", data: { field: section.name }, range: value.range });
        }
      }
    }
  }
});
function isClosed(source, comment) {
  const { start, end } = comment.range;
  return end.offset - start.offset >= 7 && source.text.startsWith("-->", end.offset - 3);
}
function isAtFileEnd(source, comment) {
  const text = /\S/g;
  text.lastIndex = comment.range.end.offset;
  return text.exec(source.text) === null;
}
function hiding(source, comment) {
  const { start, end } = comment.range;
  const range = rangeOf(source, start.offset, Math.max(start.offset, lineEndOffset(source, start.line)));
  const length = source.text.slice(start.offset, end.offset).trimEnd().length;
  const last = pointAt(source, start.offset + Math.max(length - 1, 0)).line;
  const text = quote(source.text.slice(range.start.offset, range.end.offset), 50);
  return { range, data: { text, lines: last > start.line ? `lines ${start.line}\u2013${last}` : `line ${start.line}` } };
}
function notRemovableBecause(source, comment) {
  const { start, end } = comment.range;
  const lineCount = end.line - start.line + 1;
  if (lineCount > MAX_REMOVED_COMMENT_LINES) {
    return `spans ${lineCount} lines (more than ${MAX_REMOVED_COMMENT_LINES})`;
  }
  const inner = source.text.indexOf("<!--", start.offset + 4);
  if (inner !== -1 && inner < end.offset) return `holds another \`<!--\` (line ${pointAt(source, inner).line})`;
  for (let line = start.line + 1; line <= end.line; line++) {
    const text = lineText(source, line);
    if (text.trim() === "") return `holds a blank line (line ${line})`;
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(text)) return `holds the heading ${quote(text, 40)} (line ${line})`;
  }
  return void 0;
}
var NEIGHBOUR_SCAN = 20;
var COMMENT_LINE = /^\s*<!--.*-->\s*$/;
function indentedLineJoining(source, comment) {
  const { start, end } = comment.range;
  const lineStart = source.lineStarts[start.line - 1] ?? start.offset;
  if (source.text.slice(lineStart, start.offset).trim() !== "") return void 0;
  const last = source.lineStarts.length;
  const skip = (line) => {
    const text = lineText(source, line);
    return text.trim() === "" || COMMENT_LINE.test(text);
  };
  let above = start.line - 1;
  while (above > 0 && above > start.line - NEIGHBOUR_SCAN && skip(above)) above--;
  let below = end.line + 1;
  while (below <= last && below < end.line + NEIGHBOUR_SCAN && skip(below)) below++;
  if (above < 1 || below > last) return void 0;
  const inList = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)|^\s+\S/.test(lineText(source, above));
  return inList && /^\s+\S/.test(lineText(source, below)) ? below : void 0;
}
function maskCode(text) {
  return maskCodeSpans(text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank));
}
var blank = (text) => text.replace(/[^\r\n]/g, " ");
function maskCodeSpans(text) {
  const starts = [];
  const lengths = [];
  for (let i2 = text.indexOf("`"); i2 !== -1; i2 = text.indexOf("`", i2)) {
    let end = i2;
    while (text.charCodeAt(end) === 96) end++;
    starts.push(i2);
    lengths.push(end - i2);
    i2 = end;
  }
  const runs = starts.length;
  if (runs === 0) return text;
  const longestFrom = new Array(runs + 1).fill(0);
  for (let i2 = runs - 1; i2 >= 0; i2--) longestFrom[i2] = Math.max(lengths[i2], longestFrom[i2 + 1]);
  const nextLonger = new Array(runs).fill(runs);
  const open = [];
  for (let i2 = 0; i2 < runs; i2++) {
    while (open.length > 0 && lengths[open.at(-1)] < lengths[i2]) {
      nextLonger[open.pop()] = i2;
    }
    open.push(i2);
  }
  let masked = "";
  let copied = 0;
  let run2 = 0;
  let at = starts[0];
  while (run2 < runs) {
    const runEnd = starts[run2] + lengths[run2];
    const start = Math.max(at, starts[run2]);
    const own = runEnd - start;
    const k = Math.min(own, longestFrom[run2 + 1]);
    let end;
    if (2 * k > own) {
      let closing = run2 + 1;
      while (lengths[closing] < k) closing = nextLonger[closing];
      end = starts[closing] + k;
      run2 = closing;
    } else if (own >= 2) {
      end = start + 2 * Math.floor(own / 2);
    } else break;
    masked += text.slice(copied, start) + blank(text.slice(start, end));
    copied = end;
    at = end;
    if (at >= starts[run2] + lengths[run2]) run2++;
  }
  return masked + text.slice(copied);
}
function removal(source, range) {
  const { text } = source;
  const lineStart = source.lineStarts[range.start.line - 1] ?? range.start.offset;
  const nextLine = source.lineStarts[range.end.line] ?? text.length;
  const lineEnd2 = lineEndOffset(source, range.end.line);
  const alone = text.slice(lineStart, range.start.offset).trim() === "" && text.slice(range.end.offset, lineEnd2).trim() === "";
  if (!alone) {
    const start = text[range.start.offset - 1] === " " ? range.start.offset - 1 : range.start.offset;
    return { range: [start, range.end.offset], text: "" };
  }
  const previous = range.start.line > 1 ? lineText(source, range.start.line - 1) : "";
  const following = lineText(source, range.end.line + 1);
  if (canContinue(previous) && wouldContinue(following)) return { range: [lineStart, lineEnd2], text: "" };
  return { range: [lineStart, nextLine], text: "" };
}
function canContinue(line) {
  return line.trim() !== "" && !/^ {0,3}(?:#{1,6}(?:[ \t]|$)|```|~~~|<!--)/.test(line) && !/-->\s*$/.test(line);
}
function wouldContinue(line) {
  return line.trim() !== "" && !/^ {0,3}(?:[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|#{1,6}(?:[ \t]|$)|>|```|~~~)/.test(line);
}
function spanOf(ranges) {
  const first = ranges[0];
  const last = ranges.at(-1);
  return { start: first.start, end: last.end };
}
function reportTemplateLines(entry, schema2, report2) {
  const lines = schema2.boilerplate;
  if (!lines?.length || !entry.title || schema2.source === entry.source.path) return;
  const wanted = new Set(lines);
  const { source } = entry;
  const from = entry.title.heading.range.end.line + 1;
  const next2 = entry.headings.find((h) => h.range.start.line >= from);
  const count2 = source.lineStarts.length;
  const to = next2 ? next2.range.start.line - 1 : count2;
  const start = (line) => source.lineStarts[line - 1] ?? source.text.length;
  for (let line = from; line <= to; line++) {
    const text = lineText(source, line);
    const trimmed = text.trim();
    if (!wanted.has(trimmed)) continue;
    const startOffset2 = start(line) + text.indexOf(trimmed);
    const range = rangeOf(source, startOffset2, startOffset2 + trimmed.length);
    const after = line < count2 ? lineText(source, line + 1).trim() : "";
    const removable = line === count2 || after === "" || /^#{1,6}(?:\s|$)/.test(after);
    const blankAround = after === "" && line < count2 && lineText(source, line - 1).trim() === "";
    const fix = removable ? { range: [start(line), start(line + (blankAround ? 2 : 1))], text: "" } : void 0;
    report2({ messageId: "templateLine", data: { text: quote(trimmed) }, range, ...fix ? { fix } : {} });
  }
}

// src/rules/title.ts
init_import_meta_url();
var title_default = defineRule({
  id: "title",
  description: "An entry should start with exactly one `# Name - URL` heading",
  category: "structure",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    missing: "Missing title heading, expected `# Name - URL` as the first line",
    noSpace: "Unexpected {{text}} as the title, expected a space after `#` (`# Name - URL`)",
    notFirst: "Unexpected content before the title, expected `# Name - URL` first",
    extra: "Unexpected second title heading {{text}}, expected exactly one `#` heading",
    noUrl: "Unexpected title {{text}} without a URL, expected `Name - URL` (or `Name - -` when there is none)",
    separator: "Unexpected title {{text}}, expected ` - ` (space, hyphen, space) between the name and the URL",
    emptyName: "Unexpected title without a name, expected `Name - URL`",
    missingKey: "Missing title, expected a value for the front-matter key `{{key}}`",
    notText: "Unexpected {{value}} as the title `{{key}}`, expected text"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const spec = schema2.schema.title;
    const from = spec?.from ?? "heading";
    if (from === "none") return;
    if (from === "frontMatter") {
      checkFrontMatterTitle(entry, schema2.schema, spec?.key ?? "", report2);
      return;
    }
    const { title } = entry;
    if (!title) {
      if (entry.pseudoTitle) {
        report2({ messageId: "noSpace", data: { text: quote(entry.pseudoTitle.text) }, range: entry.pseudoTitle.range });
      } else {
        const block = entry.frontMatter?.range;
        const line = block && block.end.line > 1 ? block.end.line + (block.end.column > 1 ? 1 : 0) : 1;
        const offset = entry.source.lineStarts[line - 1] ?? entry.source.text.length;
        const start = { line, column: 1, offset };
        report2({ messageId: "missing", range: { start, end: start } });
      }
      return;
    }
    const before = [
      ...entry.beforeTitle.map((b) => b.range),
      ...entry.headings.filter((h) => h.range.start.offset < title.heading.range.start.offset).map((h) => h.range)
    ].sort((a, b) => a.start.offset - b.start.offset)[0];
    if (before) report2({ messageId: "notFirst", range: before });
    for (const extra of entry.h1s.slice(1)) {
      report2({ messageId: "extra", data: { text: quote(`# ${extra.text}`) }, range: extra.range });
    }
    const urlSpec = spec?.url ?? "required";
    if (urlSpec === "none") {
      if (title.heading.text.trim() === "") report2({ messageId: "emptyName", range: title.heading.range });
      return;
    }
    if (title.name.trim() === "" || title.name.trim() === "-") {
      report2({ messageId: "emptyName", range: title.heading.range });
    } else if (title.url === void 0 && urlSpec === "required") {
      const messageId = /https?:\/\//i.test(title.name) ? "separator" : "noUrl";
      report2({ messageId, data: { text: quote(title.name) }, range: title.heading.textRange });
    } else if (title.looseSeparator && schema2.schema.title?.separator !== "loose") {
      report2({ messageId: "separator", data: { text: quote(title.heading.text) }, range: title.heading.textRange });
    }
  }
});
function checkFrontMatterTitle(entry, schema2, key, report2) {
  const frontMatter = entry.frontMatter;
  if (frontMatter && !frontMatter.data) return;
  const value = frontMatter?.data?.[key];
  const start = { line: 1, column: 1, offset: 0 };
  const opening = frontMatter ? { start: frontMatter.range.start, end: { ...frontMatter.range.start, column: 4, offset: 3 } } : { start, end: start };
  if (value === void 0 || value === null || typeof value === "string" && value.trim() === "") {
    const keySpec = schema2.frontMatter?.keys?.[key];
    if (!keySpec?.required) {
      report2({ messageId: "missingKey", data: { key }, range: frontMatter?.rangeOf([key]) ?? opening });
    }
  } else if (typeof value !== "string" && typeof value !== "number") {
    const shown2 = quote(Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : String(value));
    report2({ messageId: "notText", data: { value: shown2, key }, range: frontMatter?.rangeOf([key]) ?? opening });
  }
}

// src/rules/unique-value.ts
init_import_meta_url();
var unique_value_default = defineRule({
  id: "unique-value",
  description: "A front-matter value whose key sets `unique` should be held by no other entry of the catalog",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    other: "Unexpected `{{key}}` value `{{value}}` in `{{file}}`, expected a value no other entry has: `{{other}}` line {{line}} has it",
    same: "Unexpected `{{key}}` value `{{value}}` again in `{{file}}`, expected each value once: line {{line}} has it"
  },
  check() {
  },
  checkCatalog({ entries, schemaOf: schemaOf2, report: report2 }) {
    for (const [schema2, group] of entriesBySchema(entries, schemaOf2)) {
      for (const [key, spec] of keysWith(schema2, (s2) => s2.unique === true)) {
        for (const holders of holdersByValue(group, key).values()) {
          if (holders.length < 2) continue;
          for (const holder of holders) {
            if (!holder.entry.linted) continue;
            const elsewhere = holders.find((h) => h.entry !== holder.entry);
            const data = { key, value: plain(holder.value), file: plain(holder.entry.filePath) };
            if (elsewhere) {
              report2(holder.entry.filePath, {
                messageId: "other",
                data: { ...data, other: plain(elsewhere.entry.filePath), line: elsewhere.range.start.line },
                range: holder.range
              });
              continue;
            }
            const first = holders[0];
            if (spec.uniqueItems || !first || first === holder) continue;
            report2(holder.entry.filePath, {
              messageId: "same",
              data: { ...data, line: first.range.start.line },
              range: holder.range
            });
          }
        }
      }
    }
  },
  peerFilter: peersWithValues,
  // Entries of a catalog may each have their own folder (explore's topics/<slug>/).
  peerScope: "catalog"
});

// src/rules/unknown-marker.ts
init_import_meta_url();
var allowedKeys = derivedFrom((spec) => new Set((spec.values ?? []).map(phraseKey)));
var unknown_marker_default = defineRule({
  id: "unknown-marker",
  description: "An unknown value should be written as the catalog's marker `-`, not as `N/A`, `Unknown` or `TBD`",
  category: "values",
  defaultSeverity: "error",
  fixable: true,
  options: {
    marker: {
      default: "-",
      description: "What the catalog writes for an unknown value (the fix writes it)",
      schema: (z) => z.string().min(1)
    },
    phrases: {
      default: [...UNKNOWN_PHRASES],
      description: "Values that mean unknown; matched as the whole value, ignoring letter case, spacing and a final period",
      schema: (z) => z.array(z.string().min(1))
    }
  },
  messages: {
    whole: "Unexpected {{value}} for `{{field}}`, expected `{{marker}}`, the catalog's marker for an unknown or missing value",
    clarified: "Unexpected {{value}} for `{{field}}`, expected `{{marker}}` with the clarification {{note}} moved to an indented `  - ` note",
    freeAccess: "Unexpected {{value}} for `{{field}}`, expected `Yes`: the template counts free access (like open source) as `{{field}}`, and `{{openSource}}` is `Yes` (line {{line}})"
  },
  check({ entry, fieldMatches: fieldMatches2, options, report: report2 }) {
    const markerKey = phraseKey(options.marker);
    const phrases = phraseTable(options.phrases);
    let openSource;
    const openSourceYes = () => {
      openSource ??= openSourceValue(fieldMatches2()) ?? null;
      return openSource;
    };
    for (const match of fieldMatches2()) {
      const { section, spec } = match;
      const allowed = allowedKeys(spec);
      const isUnknown = (text) => {
        const key = tableKey(text, phrases);
        return key !== void 0 && !allowed.has(key) && key !== markerKey;
      };
      const data = (value) => ({
        value: quote(value.text),
        field: plain(section.name),
        marker: plain(options.marker)
      });
      let keeps;
      const keepsValue = () => {
        keeps ??= section.values.some((v) => !isUnknownMarker(v.text) && !isUnknown(v.text));
        return keeps;
      };
      for (const value of checkedValues(match)) {
        if (value.kind === "block" || value.text === options.marker) continue;
        if (isUnknown(value.text)) {
          const yes = spec.kind === "yes-no" && countsOpenSource(spec) ? openSourceYes() : null;
          if (yes) {
            report2({
              messageId: "freeAccess",
              data: { ...data(value), openSource: plain(yes.field), line: yes.value.range.start.line },
              range: value.range
            });
            continue;
          }
          const range = [value.range.start.offset, value.range.end.offset];
          const fix = canReplace(entry.source, value) && !keepsValue() ? { fix: { range, text: options.marker } } : {};
          report2({ messageId: "whole", data: data(value), range: value.range, ...fix });
          continue;
        }
        const clarified = clarification(value.text);
        if (clarified && isUnknown(clarified[1] ?? "") && (clarified[2] ?? "").trim() !== "") {
          report2({
            messageId: "clarified",
            data: { ...data(value), note: quote((clarified[2] ?? "").trim()) },
            range: value.range
          });
        }
      }
    }
  }
});
var FREE_LIKE_OPEN_SOURCE = /\bfree\b[^()]*\(\s*like\s+open[\s-]?source\s*\)/i;
function countsOpenSource(spec) {
  return spec.description !== void 0 && FREE_LIKE_OPEN_SOURCE.test(spec.description);
}
function openSourceValue(matches2) {
  for (const match of matches2) {
    if (match.spec.kind !== "yes-no" || !/^open[\s-]?source$/i.test(match.section.name)) continue;
    const values = checkedValues(match).filter((v) => v.kind !== "block");
    const [value] = values;
    if (values.length === 1 && value && value.text.trim() === "Yes") return { field: match.section.name, value };
  }
  return void 0;
}
function canReplace(source, value) {
  if (value.kind === "item") return true;
  const line = value.range.start.line;
  if (line === 1) return true;
  const above = lineText(source, line - 1).trim();
  return above === "" || /^#{1,6}(?:\s|$)/.test(above) || /^<!--.*-->$/.test(above);
}

// src/rules/unknown-section.ts
init_import_meta_url();
var unknown_section_default = defineRule({
  id: "unknown-section",
  description: "Group and field headings should be ones the schema (the dataset's template) defines",
  category: "structure",
  defaultSeverity: "error",
  fixable: true,
  messages: {
    unknown: "Unexpected section `{{marks}} {{name}}`, expected a section of {{schema}}",
    suggest: "Unexpected section `{{marks}} {{name}}`, expected `{{marks}} {{suggestion}}` as {{schema}} writes it",
    empty: "Unexpected empty heading `{{marks}}`, expected a section name"
  },
  check({ entry, schema: schema2, report: report2 }) {
    const present = new Set(allSections(entry).map((s2) => s2.name));
    const budget = new SuggestionBudget();
    for (const group of entry.groups) {
      check(group, void 0);
      for (const field2 of group.fields) check(field2, group.name);
    }
    for (const field2 of entry.orphanFields) check(field2, void 0);
    function check(section, groupName) {
      const marks = "#".repeat(section.depth);
      if (section.name === "") {
        report2({ messageId: "empty", data: { marks }, range: section.heading.range });
        return;
      }
      if (schema2.schema.body?.open) return;
      if (isDisputed(entry, schema2, section, "field") || isDisputed(entry, schema2, section, "group")) return;
      if (section.depth <= 2) {
        if (schema2.group(section.name) || schema2.field(section.name)) return;
      } else {
        if (schema2.field(section.name)) return;
        if (schema2.group(section.name) && section.name !== groupName) return;
      }
      const suggested = suggestSectionMatch(section.name, section.depth, schema2, budget);
      const suggestion = suggested?.match;
      const safe = suggested?.unique && !present.has(suggested.match);
      const { start, end } = section.heading.textRange;
      report2({
        messageId: suggestion ? "suggest" : "unknown",
        data: {
          marks,
          name: plain(section.name),
          schema: schemaOrigin(schema2.schema),
          ...suggestion ? { suggestion } : {}
        },
        range: section.heading.textRange,
        ...safe && suggestion ? { fix: { range: [start.offset, end.offset], text: suggestion } } : {}
      });
    }
  }
});

// src/rules/url.ts
init_import_meta_url();
var url_default = defineRule({
  id: "url",
  description: "The title URL and URL fields (Repo) should be absolute http(s) URLs, or `-` when there is none",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    invalid: "Unexpected {{value}} for {{where}}, expected an absolute `http(s)://` URL or `-` if there is none",
    host: "Unexpected {{value}} for {{where}}, expected a URL with a public host name (like `example.com`)"
  },
  check({ entry, fieldMatches: fieldMatches2, report: report2 }) {
    const check = (text, range, where2) => {
      if (isUnknownMarker(text) || looksUnknown(text)) return;
      const problem = urlProblem(text);
      if (problem) report2({ messageId: problem, data: { value: quote(text), where: where2 }, range });
    };
    const { title } = entry;
    if (title?.url !== void 0 && title.urlRange) check(title.url, title.urlRange, "the title URL");
    for (const match of fieldMatches2()) {
      const { section, spec } = match;
      if (spec.kind !== "url") continue;
      for (const value of checkedValues(match)) check(value.text, value.range, `\`${section.name}\``);
    }
  }
});

// src/rules/version-format.ts
init_import_meta_url();
var HEAD = /^(.*?)(?:\(|\s[-\u2013\u2014]\s|;|$)/;
var PLACEHOLDER_VERSION = /^(?:[a-z](?:\.[a-z])+|x+)$/i;
var PLACEHOLDER_DATE = /\(\s*y{2,4}\s*[-/.]+\s*m{1,2}\s*[-/.]+\s*d{1,2}\s*\)/i;
var version_format_default = defineRule({
  id: "version-format",
  description: "A Version value should name a version, not a bare `v`, an empty version before the date or a placeholder",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  messages: {
    empty: "Unexpected {{value}} for `{{field}}`, expected a version (like `v2.1.0 (2025-06-15)`), or `-` if unknown",
    placeholder: "Unexpected template placeholder {{value}} for `{{field}}`, expected the real version and date (like `v2.1.0 (2025-06-15)`), or `-` if unknown",
    unknown: "Unexpected {{value}} for `{{field}}`, expected `-` for an unknown version"
  },
  check({ fieldMatches: fieldMatches2, report: report2 }) {
    for (const match of fieldMatches2()) {
      const { section, spec } = match;
      if (spec.kind !== "text" || !/^version$/i.test(section.name)) continue;
      for (const value of checkedValues(match)) {
        if (value.kind === "block") continue;
        const problem = versionProblem(value.text);
        if (problem) {
          report2({
            messageId: problem,
            data: { value: quote(value.text), field: plain(section.name) },
            range: value.range
          });
        }
      }
    }
  }
});
function versionProblem(text) {
  if (PLACEHOLDER_DATE.test(text)) return "placeholder";
  const head2 = (HEAD.exec(text)?.[1] ?? text).trim();
  const prefixed = /^v/i.test(head2);
  const core2 = prefixed ? head2.slice(1).trim() : head2;
  if (prefixed && unknownPhrase(core2, UNKNOWN_PHRASES)) return "unknown";
  if (!/[\p{L}\p{N}]/u.test(core2)) {
    return !prefixed && unknownPhrase(core2, UNKNOWN_PHRASES) ? void 0 : "empty";
  }
  return PLACEHOLDER_VERSION.test(core2) ? "placeholder" : void 0;
}

// src/rules/index.ts
var rules = [
  title_default,
  required_section_default,
  unknown_section_default,
  duplicate_section_default,
  section_order_default,
  section_placement_default,
  empty_section_default,
  template_leftover_default,
  date_format_default,
  stale_date_default,
  future_date_default,
  rating_format_default,
  label_value_default,
  single_value_default,
  url_default,
  inline_config_default,
  last_update_not_bumped_default,
  version_format_default,
  unknown_marker_default,
  filename_default,
  entry_path_default,
  folder_files_default,
  repo_url_default,
  license_consistency_default,
  duplicate_entry_default,
  same_sections_default,
  rating_mismatch_default,
  readable_file_default,
  // Added after the first rules, so SARIF rule indexes of existing rules stay the same.
  front_matter_syntax_default,
  front_matter_keys_default,
  front_matter_value_default,
  body_length_default,
  citation_default,
  schema_mismatch_default,
  schema_conflict_default,
  referenced_file_default,
  unique_value_default,
  reference_default
];
var rulesById = new Map(rules.map((r) => [r.id, r]));
var RELEASE_TAG = `v${package_default.version}`;
function ruleDocUrl(id) {
  return docUrls.get(id) ?? docUrl(id);
}
var docUrl = (id) => `${package_default.homepage}/blob/${RELEASE_TAG}/docs/rules/${id}.md`;
var docUrls = new Map(rules.map((r) => [r.id, docUrl(r.id)]));
function rulesMeta() {
  return META;
}
var META = Object.freeze(
  rules.map(
    (rule) => Object.freeze({
      id: rule.id,
      description: rule.description,
      category: rule.category,
      defaultSeverity: rule.defaultSeverity,
      fixable: rule.fixable,
      docsUrl: ruleDocUrl(rule.id)
    })
  )
);

// src/schema/presets/index.ts
init_import_meta_url();

// src/schema/presets/awesome-comparisons.ts
init_import_meta_url();
var awesomeComparisons = {
  name: "awesome-comparisons",
  source: "preset:awesome-comparisons",
  // The catalog's templates explain each field in an HTML comment, and FORMATTING.md forbids comments in entries.
  templateComments: true,
  groups: [
    {
      name: "General Info",
      required: true,
      fields: [
        field({
          name: "Classification",
          kind: "label",
          values: [
            "AIE/Model",
            "Code/Autonomous agent",
            "Code/Editor",
            "Code/Orchestration",
            "Code/Other",
            "Code/Terminal",
            "Product/Prototyping"
          ]
        }),
        field({ name: "Version", kind: "text" }),
        field({ name: "Repo", kind: "url", aliases: ["Repository"] }),
        field({ name: "Rating", kind: "rating" }),
        field({ name: "Short Description", kind: "text", aliases: ["ShortDescription"] }),
        field({ name: "Description", kind: "text" }),
        field({
          name: "Languages",
          kind: "label",
          values: [
            "Any",
            "Java",
            "Bash",
            "XML",
            "Python",
            "Ruby",
            "Groovy",
            "JavaScript",
            "SQL",
            "Go",
            "Rust",
            "PHP",
            "TypeScript",
            "C#",
            "HTML/CSS",
            "Shell",
            "Swift",
            "Kotlin",
            "C/C++",
            "Scala",
            "GraphQL"
          ]
        }),
        field({ name: "Notes", kind: "text" }),
        field({ name: "Last Update", kind: "date", multiple: false, aliases: ["LastUpdated"] })
      ]
    },
    {
      name: "Licensing",
      required: true,
      fields: [
        field({ name: "Opensource", kind: "yes-no", values: ["Yes", "No"], multiple: false }),
        field({
          name: "License",
          kind: "label",
          values: ["MIT", "Apache-2.0", "Proprietary", "FSL", "GPL-3.0", "AGPL-3.0", "BSD-3-Clause", "ISC", "MPL-2.0"]
        }),
        field({
          name: "Free Trial",
          kind: "yes-no",
          values: ["Yes", "No"],
          multiple: false,
          aliases: ["FreeTrial"],
          // The templates' own words (`datasets/*/config/*-comparison-template.md`).
          description: "Free access (like opensource), or free (potentially limited) trial available"
        })
      ]
    }
  ]
};
function field(spec) {
  const { name, kind, values, multiple = true, required = true, aliases = [], description } = spec;
  const keep = kind === "label" ? { keepOnlyApplicable: true } : {};
  return {
    name,
    kind,
    ...values ? { values } : {},
    multiple,
    required,
    aliases,
    ...description ? { description } : {},
    ...keep
  };
}

// src/schema/presets/index.ts
var presets = {
  "awesome-comparisons": awesomeComparisons
};
var DEFAULT_PRESET = "awesome-comparisons";

// src/config/schema.ts
init_import_meta_url();
var MAX_FILE_SIZE_LIMIT = 16 * 1024 * 1024;
function untrustedMaxFileSize(config) {
  return Math.min(config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE);
}
var MAX_GLOBS = 200;
var MAX_GLOB_LENGTH = 500;
var MAX_OVERRIDES = 200;
var MAX_STARS_PER_SEGMENT = 2;
function buildSchemas2() {
  const { z } = configParsers();
  const SeveritySetting = z.enum(["off", "warn", "error"]).meta({
    description: "off: do not run; warn: report without failing; error: report and fail"
  });
  const ruleSettings = Object.fromEntries(
    rules.map((rule) => [
      rule.id,
      z.union([SeveritySetting, z.tuple([SeveritySetting]), z.tuple([SeveritySetting, ruleOptionsSchema(rule)])]).optional().meta({ description: `${rule.description}. ${rule.fixable ? "Fixable." : ""}`.trim() })
    ])
  );
  const RulesConfig = z.object(ruleSettings).strict().meta({ description: "Rule severities and options by rule id" });
  const Glob = z.string().min(1, { message: "expected a glob such as `datasets/*/data/**/*.md`, not an empty string; remove it" }).max(MAX_GLOB_LENGTH, { message: `expected a glob of at most ${MAX_GLOB_LENGTH} characters; shorten it` }).superRefine((glob, context) => {
    const problem = globProblem(glob);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
  const GlobList = z.array(Glob).max(MAX_GLOBS, { message: `expected at most ${MAX_GLOBS} globs; use \`**\` or fewer, broader globs` });
  const Globs = z.union([Glob, GlobList]);
  const Override = z.object({
    files: Globs.meta({ description: "Globs (relative to the config file) this override applies to" }),
    schema: z.string().optional(),
    rules: RulesConfig.optional()
  }).strict();
  const Config = z.object({
    $schema: z.string().optional(),
    include: GlobList.optional().meta({
      description: "Globs of catalog files to lint when no paths are given (default: every **/*.md)"
    }),
    exclude: GlobList.optional().meta({ description: "Globs never linted (node_modules and .git always are)" }),
    schema: z.string().optional().meta({
      description: "A preset id (awesome-comparisons), a template .md, or a schema .json/.yaml; default: each dataset's own template"
    }),
    maxFileSize: z.number().int().positive().max(MAX_FILE_SIZE_LIMIT, {
      message: `expected at most ${MAX_FILE_SIZE_LIMIT} (16 MiB): larger files are not catalog entries; exclude them instead`
    }).optional().meta({
      description: "Largest catalog file read, in bytes (default 2097152, 2 MiB; at most 16777216, 16 MiB); a larger file gets one readable-file finding and is not parsed. The Action ignores a value above the default in a pull request's own config"
    }),
    rules: RulesConfig.optional(),
    overrides: z.array(Override).max(MAX_OVERRIDES, {
      message: `expected at most ${MAX_OVERRIDES} overrides; merge those with the same settings`
    }).optional().meta({ description: "Settings for files matching globs; later entries win" })
  }).strict().meta({
    title: "catalog-lint configuration",
    description: "Configuration for catalog-lint (.catalog-lintrc.json / .yaml)"
  });
  return { Config, RulesConfig, SeveritySetting };
}
function globProblem(glob) {
  for (const segment of glob.split("/")) {
    const stars = segment === "**" ? 0 : segment.match(/\*/g)?.length ?? 0;
    if (stars > MAX_STARS_PER_SEGMENT) {
      return `expected at most ${MAX_STARS_PER_SEGMENT} \`*\` in one path segment, found ${stars} in \`${segment.length > 40 ? `${segment.slice(0, 39)}\u2026` : segment}\`: each one multiplies the cost of matching a file name; use fewer wildcards`;
    }
  }
  return void 0;
}
var schemas2;
function configSchema() {
  schemas2 ??= buildSchemas2();
  return schemas2.Config;
}
var optionSchemas = /* @__PURE__ */ new WeakMap();
function ruleOptionsSchema(rule) {
  let schema2 = optionSchemas.get(rule);
  if (!schema2) {
    const { z } = configParsers();
    schema2 = optionsSchema(rule.options, rule.defaults, z);
    optionSchemas.set(rule, schema2);
  }
  return schema2;
}

// src/config/load.ts
var CONFIG_FILES = [".catalog-lintrc.json", ".catalog-lintrc.yaml", ".catalog-lintrc.yml"];
function findConfigFile(cwd) {
  for (let dir = (0, import_node_path9.resolve)(cwd); ; dir = (0, import_node_path9.dirname)(dir)) {
    for (const name of CONFIG_FILES) {
      const path = (0, import_node_path9.join)(dir, name);
      if ((0, import_node_fs7.existsSync)(path)) return path;
    }
    if ((0, import_node_path9.dirname)(dir) === dir) return void 0;
  }
}
function loadConfig(cwd, explicit) {
  const path = explicit ? (0, import_node_path9.resolve)(cwd, explicit) : findConfigFile(cwd);
  if (!path) return { config: {}, dir: (0, import_node_path9.resolve)(cwd) };
  return readConfig(cwd, path, cwd, explicit);
}
function loadForeignConfig(cwd, path) {
  if (!path) return { config: {}, dir: (0, import_node_path9.resolve)(cwd) };
  return readConfig(cwd, path, (0, import_node_path9.dirname)(path));
}
function readConfig(cwd, path, patternsFrom, explicit) {
  const shown2 = (0, import_node_path9.relative)(cwd, path) || path;
  const text = readOwnText(
    path,
    boundaryAt(repositoryRoot(patternsFrom)),
    `the config file ${shown2}`,
    "Make it a regular file in the repository, or pass --config"
  );
  if (text === void 0)
    throw new CatalogLintError(`Config file ${explicit ?? shown2} does not exist; check the --config path`);
  const parsed = parseConfig(text, shown2);
  const config = patternsFrom === cwd ? parsed : rebasedPatterns(parsed, relativePosix(cwd, patternsFrom));
  const loaded = { config, path, dir: (0, import_node_path9.dirname)(path) };
  checkPaths(loaded, cwd, patternsFrom, text, shown2);
  return loaded;
}
function rebasedPatterns(config, folder) {
  if (folder === "") return config;
  const rebased = (patterns) => patterns?.map((pattern) => patternBelow(folder, pattern));
  const include = rebased(config.include);
  const exclude = rebased(config.exclude);
  return { ...config, ...include ? { include } : {}, ...exclude ? { exclude } : {} };
}
function foreignConfigFile(cwd, paths) {
  const own = findConfigFile(cwd);
  const governing = /* @__PURE__ */ new Map();
  let onlyFolders = paths.length > 0;
  for (const written of paths) {
    const absolute = (0, import_node_path9.resolve)(cwd, written);
    if (!isFolder(absolute)) {
      onlyFolders = false;
      continue;
    }
    governing.set(written, findConfigFile(absolute));
  }
  const configs = new Set(governing.values());
  const [only] = configs;
  if (onlyFolders && configs.size === 1) return only === own ? void 0 : { path: only };
  for (const [written, config] of governing) {
    if (config === own) continue;
    const its = config ? `its own config ${relativePosix(cwd, config)}` : "no .catalog-lintrc";
    const ours = own ? relativePosix(cwd, own) : "none";
    throw new CatalogLintError(
      `\`${written}\` is a catalog with ${its}, unlike the other paths named (the working directory's config: ${ours}); lint it in a run of its own (\`npx catalog-lint ${written}\`), or pass --config`
    );
  }
  return void 0;
}
function checkPaths(loaded, cwd, patternsFrom, text, shown2) {
  const line = (path) => () => lineOf2(text, path);
  const { config } = loaded;
  const schemas3 = [
    [config.schema, ["schema"]],
    ...(config.overrides ?? []).map((o, i2) => [
      o.schema,
      ["overrides", i2, "schema"]
    ])
  ];
  let boundary;
  for (const [schema2, path] of schemas3) {
    if (schema2 === void 0 || presets[schema2]) continue;
    boundary ??= boundaryAt(repositoryRoot(loaded.dir));
    checkRepositoryFile((0, import_node_path9.resolve)(loaded.dir, schema2), boundary, {
      file: shown2,
      key: path.join("."),
      line: line(path),
      written: schema2,
      fix: "Point it to a schema or template file in the repository, or use a preset id"
    });
  }
  const checkout = checkoutRoot(patternsFrom);
  if (!config.include || checkout === void 0) return;
  const inCheckout = boundaryAt(checkout);
  for (const [i2, pattern] of config.include.entries()) {
    const refusal = includeRefusal(cwd, pattern, inCheckout);
    if (refusal)
      throw refusedIncludeError(
        `${shown2}:${lineOf2(text, ["include", i2])}: \`include.${i2}\``,
        pattern,
        refusal,
        inCheckout
      );
  }
}
function parseConfig(text, displayPath) {
  if (/\.json$/i.test(displayPath)) refuseJsonComments(text, displayPath);
  const { yaml } = configParsers();
  const lineCounter = new yaml.LineCounter();
  let doc;
  let data;
  try {
    doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const syntax = doc.errors[0];
    if (syntax) {
      const at = lineCounter.linePos(syntax.pos[0]);
      const message = /call stack/i.test(syntax.message) ? "nested too deeply, expected a configuration a few levels deep" : syntax.message.split("\n")[0] ?? "";
      throw new CatalogLintError(`${displayPath}:${at.line}:${at.col}: invalid syntax: ${message}`);
    }
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    forbidPrototypeKeys(data, displayPath);
  } catch (error) {
    if (error instanceof CatalogLintError) throw error;
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new CatalogLintError(
        `${displayPath}: too many YAML aliases (over 100 expansions), expected a configuration without nested anchors`
      );
    }
    if (error instanceof RangeError) {
      throw new CatalogLintError(`${displayPath}: nested too deeply, expected a configuration a few levels deep`);
    }
    throw error;
  }
  const parsed = configSchema().safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = deepestIssue(parsed.error.issues[0]);
  if (!issue) throw new CatalogLintError(`${displayPath}: invalid configuration`);
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") path.push(String(issue.keys[0]));
  const node = doc.getIn(path, true);
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : keyLine(doc, path, lineCounter);
  const where2 = path.length ? `\`${path.join(".")}\`` : "the top level";
  throw new CatalogLintError(`${displayPath}:${line}: ${where2}: ${describeIssue(issue, data, path)}`);
}
function deepestIssue(issue, prefix = []) {
  if (!issue) return void 0;
  const path = [...prefix, ...issue.path];
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return { ...issue, path };
  let best = { ...issue, path };
  for (const branch of issue.errors) {
    for (const inner of branch) {
      const candidate = deepestIssue(inner, path);
      if (candidate && candidate.path.length > best.path.length) best = candidate;
    }
  }
  return best;
}
function lineOf2(text, path) {
  const { yaml } = configParsers();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const keys = path.map(String);
  const node = doc.getIn(keys, true);
  return node?.range ? lines.linePos(node.range[0]).line : keyLine(doc, keys, lines);
}
function keyLine(doc, path, lines) {
  const { isMap, isSeq } = configParsers().yaml;
  const parent = doc.getIn(path.slice(0, -1), true);
  if (isMap(parent)) {
    const pair = parent.items.find((p) => String(p.key?.value) === path.at(-1));
    const range = pair?.key?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  if (isMap(parent) || isSeq(parent)) return parent.range ? lines.linePos(parent.range[0]).line : 1;
  return 1;
}
function describeIssue(issue, data, path) {
  if (issue.code === "unrecognized_keys") {
    const parent = path.slice(0, -1).join(".");
    const ruleOptions = /(?:^|\.)rules\.([\w-]+)\.1$/.exec(parent)?.[1];
    const rule = ruleOptions ? rules.find((r) => r.id === ruleOptions) : void 0;
    const optionNames = rule ? Object.keys(rule.defaults) : [];
    const known = parent === "rules" || parent.endsWith(".rules") ? "a rule id (see docs/rules)" : rule ? optionNames.length ? `an option of ${rule.id} (${optionNames.map((o) => `\`${o}\``).join(", ")})` : `no options: ${rule.id} takes none` : "a documented key";
    const candidates = parent === "rules" || parent.endsWith(".rules") ? rules.map((r) => r.id) : rule ? optionNames : parent === "" ? Object.keys(configSchema().shape) : /^overrides\.\d+$/.test(parent) ? OVERRIDE_KEYS : [];
    const suggestion = didYouMean(String(issue.keys[0]), candidates);
    const hint = suggestion === void 0 ? "" : ` (did you mean \`${suggestion}\`?)`;
    return `unknown key \`${issue.keys[0]}\`${hint}, expected ${known}`;
  }
  const found4 = valueAt(data, issue.path.map(String));
  const shown2 = found4 === void 0 ? "nothing" : `\`${JSON.stringify(found4)}\``;
  if (issue.code === "invalid_value" || issue.code === "invalid_union" && path.includes("rules")) {
    return `found ${shown2}, expected ${expectedSeverity(path)}`;
  }
  if (issue.code === "invalid_union") {
    const expected3 = issue.errors.flatMap((branch) => branch.map((i2) => /expected (\w+)/.exec(i2.message)?.[1] ?? []));
    return `found ${shown2}, expected ${[...new Set(expected3)].join(" or ") || "another value"}`;
  }
  const expected2 = issue.message.replace(/^Invalid input: /, "").replace(/, received \w+$/, "");
  return `found ${shown2}, ${expected2.charAt(0).toLowerCase()}${expected2.slice(1)}`;
}
var OVERRIDE_KEYS = ["files", "schema", "rules"];
function refuseJsonComments(text, displayPath) {
  const at = jsonCommentOffset(text);
  if (at === void 0) return;
  const line = text.slice(0, at).split("\n").length;
  throw new CatalogLintError(
    `${displayPath}:${line}: a comment, which JSON does not allow: remove it, or write the config as .catalog-lintrc.yaml (YAML has \`#\` comments)`
  );
}
function jsonCommentOffset(text) {
  let inString = false;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text[i2];
    if (inString) {
      if (c === "\\") i2++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "/" && (text[i2 + 1] === "/" || text[i2 + 1] === "*")) return i2;
  }
  return void 0;
}
function expectedSeverity(path) {
  return path.includes("rules") ? '"off", "warn", "error" or ["warn", { options }]' : "a valid value";
}
function valueAt(data, path) {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function forbidPrototypeKeys(value, displayPath, path = []) {
  if (value === null || typeof value !== "object") return;
  for (const key of Object.keys(value)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") {
      throw new CatalogLintError(
        `${displayPath}: \`${[...path, key].join(".")}\`: unexpected key \`${key}\`, expected a documented key`
      );
    }
    forbidPrototypeKeys(value[key], displayPath, [...path, key]);
  }
}
var settingsByOverrides = /* @__PURE__ */ new WeakMap();
function configForFile(loaded, absoluteFile) {
  const overrides = overridesFor(loaded, absoluteFile);
  let known = settingsByOverrides.get(loaded);
  if (!known) {
    known = /* @__PURE__ */ new Map();
    settingsByOverrides.set(loaded, known);
  }
  const all = loaded.config.overrides ?? [];
  const key = overrides.map((o) => all.indexOf(o)).join(",");
  let fileConfig = known.get(key);
  if (!fileConfig) {
    const settings = /* @__PURE__ */ new Map();
    for (const rule of rules) settings.set(rule.id, { severity: rule.defaultSeverity, options: rule.defaults });
    applyRules(settings, loaded.config.rules);
    for (const override of overrides) applyRules(settings, override.rules);
    const schema2 = schemaOf(loaded, overrides);
    fileConfig = { ...schema2 ? { schema: schema2 } : {}, rules: settings };
    known.set(key, fileConfig);
  }
  return fileConfig;
}
function schemaForFile(loaded, absoluteFile) {
  return schemaOf(loaded, overridesFor(loaded, absoluteFile));
}
function schemaOf(loaded, overrides) {
  const schemaPath = (value) => presets[value] ? value : (0, import_node_path9.resolve)(loaded.dir, value);
  let schema2 = loaded.config.schema ? schemaPath(loaded.config.schema) : void 0;
  for (const override of overrides) {
    if (override.schema) schema2 = schemaPath(override.schema);
  }
  return schema2;
}
function overridesFor(loaded, absoluteFile) {
  const { overrides } = loaded.config;
  if (!overrides?.length) return [];
  const rel = relativePosix(loaded.dir, absoluteFile);
  return overrides.filter((override) => matcherOf2(override)(rel));
}
var matchers = /* @__PURE__ */ new WeakMap();
function matcherOf2(override) {
  let matcher = matchers.get(override);
  if (!matcher) {
    matcher = (0, import_picomatch4.default)(Array.isArray(override.files) ? override.files : [override.files], { dot: true });
    matchers.set(override, matcher);
  }
  return matcher;
}
function applyRules(settings, config) {
  for (const [id, value] of Object.entries(config ?? {})) {
    if (value === void 0) continue;
    const [severity, options] = Array.isArray(value) ? value : [value];
    const rule = rules.find((r) => r.id === id);
    if (!rule) continue;
    if (severity === "off") {
      settings.delete(id);
      continue;
    }
    settings.set(id, { severity, options: options ?? rule.defaults });
  }
}

// src/files/select-files.ts
init_import_meta_url();
function selectCatalogFiles(catalog, paths, changed, onIgnored) {
  if (changed && paths.length === 0) {
    const isCatalogFile = catalogFileMatcher(catalog);
    return [...new Set(changed.filter(isCatalogFile))].sort();
  }
  const found4 = discoverFiles({
    cwd: catalog.cwd,
    paths,
    ...catalog.include ? { include: catalog.include } : {},
    ...catalog.exclude ? { exclude: catalog.exclude } : {},
    ...catalog.skipDocumentation ? { skipDocumentation: true } : {},
    ...catalog.root ? { root: catalog.root } : {},
    ...onIgnored ? { onIgnored } : {}
  });
  if (!changed) return found4;
  const wanted = new Set(changed);
  return found4.filter((file) => wanted.has(file));
}
function catalogFileMatcher(catalog) {
  const { cwd } = catalog;
  const defaults = catalog.include ? void 0 : defaultCatalog(cwd);
  const patterns = (catalog.include ?? defaults?.include ?? []).map((p) => normalizedPattern(cwd, p));
  const skipDocumentation = catalog.skipDocumentation || defaults?.layout === false;
  const notEntry = notEntryBelow(cwd);
  const matches2 = globMatcher(patterns);
  const ignored2 = globMatcher([...ALWAYS_IGNORED, ...catalog.exclude ?? []], { dot: true });
  const bases = walkedBases(patterns);
  return (path) => {
    if (!matches2(path) || ignored2(path) || notEntry(path) !== void 0) return false;
    if (skipDocumentation && documentationReason(path) !== void 0) return false;
    const base = bases.find((b) => isBelow(path, b));
    if (base === void 0) return false;
    for (let cut2 = path.indexOf("/", base === "" ? 0 : base.length + 1); cut2 >= 0; cut2 = path.indexOf("/", cut2 + 1)) {
      if (ignored2(path.slice(0, cut2 + 1))) return false;
    }
    return true;
  };
}

// src/schema/resolve.ts
init_import_meta_url();
var import_node_fs8 = require("node:fs");
var import_node_path10 = require("node:path");

// src/schema/from-template.ts
init_import_meta_url();
var KEEP_LABELS = /keep only the label values/i;
var CHOOSE_ONE = /choose (?:either|one)\b/i;
var YES_NO = ["Yes", "No"];
var BARE_YEAR = /^\d{4}$/;
function schemaFromTemplate(text, path, name = path, remedy = "Add them, or pass --schema.") {
  const entry = buildEntry(createSourceFile(path, text));
  const groups = entry.groups.map((group) => ({
    name: group.name,
    required: true,
    ...labelValues(group).length > 0 ? { value: fieldFrom(group) } : {},
    fields: group.fields.map((f) => fieldFrom(f))
  }));
  if (groups.length === 0) {
    throw new CatalogLintError(
      `Template ${path} has no \`##\` heading; expected the groups an entry holds (\`## General Info\`\u2026). ${remedy}`
    );
  }
  const boilerplate = leadLines(text, entry);
  return {
    name,
    source: path,
    ...boilerplate.length > 0 ? { boilerplate } : {},
    // A template that guides with comments is where an entry's comments come from (template-leftover).
    ...entry.comments.length > 0 ? { templateComments: true } : {},
    // Which comments are the template's, so an entry's other comments are not called the template's.
    ...entry.comments.length > 0 ? { templateCommentTexts: [...new Set(entry.comments.map((c) => commentKey(c.text)))] } : {},
    groups
  };
}
function leadLines(text, entry) {
  const first = entry.groups[0]?.heading.range.start.line;
  if (first === void 0) return [];
  const start = entry.title ? entry.title.heading.range.end.line : 0;
  const lines = text.split(/\r\n|\r|\n/).slice(start, first - 1);
  const kept = lines.map((line) => line.trim()).filter((line) => line !== "" && !/^(?:<!--|[-*+]\s|[-*+]$|\d+[.)]\s|\[.*\]$|#)/.test(line));
  return [...new Set(kept)];
}
function fieldFrom(section) {
  const guidance = section.comments.map((c) => c.text).join("\n");
  const description = section.comments[0]?.text.trim();
  const values = labelValues(section);
  const isLabel = values.length > 1 || values.length > 0 && KEEP_LABELS.test(guidance);
  const single = CHOOSE_ONE.test(guidance);
  let kind = kindFromName(section.name);
  const examples = section.values.map((v) => v.text).filter((t) => t !== "" && t !== "-");
  if (kind === "date" && examples.length > 0 && examples.every((t) => BARE_YEAR.test(t))) kind = "text";
  if (isLabel) kind = sameSet(values, YES_NO) ? "yes-no" : "label";
  return {
    name: section.name,
    kind,
    ...isLabel ? { values } : {},
    multiple: !(single || kind === "yes-no" || kind === "date"),
    required: true,
    aliases: [],
    ...description ? { description } : {},
    ...isLabel && KEEP_LABELS.test(guidance) ? { keepOnlyApplicable: true } : {}
  };
}
function labelValues(section) {
  return section.values.filter((v) => v.kind === "item" && v.text !== "" && v.text !== "-").map((v) => v.text);
}
function kindFromName(name) {
  if (/^(last[ -]?update[ds]?|updated|date)$/i.test(name)) return "date";
  if (/^rating$/i.test(name)) return "rating";
  if (/^(repo|repository|source|url|homepage|website)$/i.test(name)) return "url";
  return "text";
}
function sameSet(a, b) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

// src/schema/json-schema.ts
init_import_meta_url();

// src/schema/schema-line.ts
init_import_meta_url();
function schemaLine(text, path) {
  const { yaml } = configParsers();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false });
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (n === path.length && n > 0) {
      const parent = doc.getIn(path.slice(0, -1), true);
      if (yaml.isMap(parent)) {
        const pair = parent.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === String(path.at(-1)));
        const key = pair?.key;
        if (key?.range) return lines.linePos(key.range[0]).line;
      }
    }
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return void 0;
}

// src/schema/json-schema.ts
var MAX_ERRORS = 50;
var DIALECTS = {
  "json-schema.org/draft-07/schema": "Ajv",
  "json-schema.org/draft/2019-09/schema": "Ajv2019",
  "json-schema.org/draft/2020-12/schema": "Ajv2020"
};
var YAML_TIMESTAMP = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::?\d\d)?))?)?$/;
function isYamlTimestamp(text) {
  const m = YAML_TIMESTAMP.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function compileJsonSchema(text, file) {
  const fail = (path, found4, expected2, line = schemaLine(text, path)) => new CatalogLintError(
    `Invalid JSON Schema file ${file}: at \`${pathLabel(path) || "(root)"}\`${line ? ` (line ${line})` : ""}: Unexpected ${found4}, expected ${expected2}`
  );
  let schema2;
  try {
    schema2 = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const { line, column } = syntaxErrorAt(text, error);
    throw new CatalogLintError(
      `Invalid JSON Schema file ${file}: at line ${line}, column ${column}: Unexpected ${jsonQuote(text.slice(positionOf(text, line, column), positionOf(text, line, column) + 1) || "end of file")}, expected valid JSON (${error.message.split("\n")[0]})`
    );
  }
  if (typeof schema2 !== "object" || schema2 === null || Array.isArray(schema2)) {
    throw fail([], Array.isArray(schema2) ? "a list" : jsonQuote(schema2), "a JSON Schema object (`{ \u2026 }`)");
  }
  const dialect = schema2.$schema;
  const key = typeof dialect === "string" ? dialect.replace(/^https?:\/\//, "").replace(/#$/, "") : void 0;
  const className = key === void 0 ? "Ajv" : DIALECTS[key];
  if (!className) {
    throw fail(
      ["$schema"],
      jsonQuote(dialect),
      "`http://json-schema.org/draft-07/schema#`, `https://json-schema.org/draft/2019-09/schema` or `https://json-schema.org/draft/2020-12/schema` (the URL is never fetched)"
    );
  }
  const packages = jsonSchemaValidator();
  const ajv = new packages[className]({ allErrors: true, verbose: true, strict: false, logger: false });
  packages.addFormats(ajv);
  const dateTime = ajv.formats["date-time"];
  ajv.addFormat("date-time", {
    type: "string",
    validate: (s2) => isYamlTimestamp(s2) || !!dateTime?.validate(s2)
  });
  ajv.addFormat("unix-time", { type: "number", validate: () => true });
  if (!ajv.validateSchema(schema2)) {
    const error = collapseErrors(ajv.errors ?? [])[0];
    if (error) {
      const path = pointerPath(error.instancePath, schema2);
      throw fail(path, jsonQuote(error.data), `${expectedOf(error)} (the JSON Schema meta-schema)`);
    }
  }
  let validate;
  try {
    validate = ajv.compile(schema2);
  } catch (error) {
    const missing = error.missingRef;
    if (missing !== void 0) {
      const path = refPath(schema2, missing);
      const remote = /^[a-z][a-z0-9+.-]*:/i.test(missing);
      const otherFile = !remote && !missing.startsWith("#");
      throw fail(
        path,
        `\`$ref\` ${jsonQuote(missing)}`,
        remote ? "a `$ref` within the file such as `#/definitions/name` (remote schemas are never fetched)" : otherFile ? "a `$ref` within the file such as `#/definitions/name` (other files are not read)" : "a `$ref` to a part of the file that exists"
      );
    }
    throw fail([], "JSON Schema", `one ajv can compile (${error.message})`);
  }
  return {
    file,
    validate(data) {
      if (validate(data)) return [];
      return collapseErrors(validate.errors ?? []).slice(0, MAX_ERRORS);
    }
  };
}
function refPath(schema2, ref) {
  const found4 = [];
  const visit = (node, path) => {
    if (found4.length > 0 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((item, i2) => {
        visit(item, [...path, i2]);
      });
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && (v === ref || ref.endsWith(v) || v.endsWith(ref))) {
        found4.push([...path, k]);
        return;
      }
      visit(v, [...path, k]);
    }
  };
  visit(schema2, []);
  return found4[0] ?? [];
}
function syntaxErrorAt(text, error) {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(error.message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function positionOf(text, line, column) {
  const lines = text.split("\n");
  let offset = 0;
  for (let i2 = 0; i2 < line - 1 && i2 < lines.length; i2++) offset += (lines[i2]?.length ?? 0) + 1;
  return offset + column - 1;
}

// src/schema/ultimate.ts
init_import_meta_url();
function ultimateSchema(template, criteria) {
  const byKey = /* @__PURE__ */ new Map();
  for (const c of criteria) {
    for (const key of [c.id, c.name]) if (key && !byKey.has(key)) byKey.set(key, c);
  }
  const groups = template.groups.map((group) => {
    const criterion = byKey.get(group.name);
    const kind = criterion?.rangeSearch ? "text" : kindOf2(criterion?.type, group.value);
    const value = {
      name: group.name,
      kind,
      ...kind === "label" && group.value?.values ? { values: group.value.values } : {},
      multiple: group.value?.multiple ?? true,
      required: false,
      aliases: group.value?.aliases ?? []
    };
    return { ...group, required: false, value };
  });
  return { ...template, title: { from: "heading", separator: "loose" }, groups, layout: "ultimate-comparisons" };
}
function kindOf2(type2, value) {
  switch (type2) {
    case "LABEL":
      return value?.kind === "yes-no" ? "yes-no" : "label";
    case "RATING":
      return "rating";
    case "REPOSITORY":
    case "URL":
      return "url";
    case void 0:
      return value?.kind === "rating" ? "rating" : "text";
    default:
      return "text";
  }
}

// src/schema/ultimate-conflicts.ts
init_import_meta_url();
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);
function findUltimateConflicts(template, criteriaFiles) {
  const entry = buildEntry(createSourceFile(template.path, template.text));
  const written = [...readDefinitions(criteriaFiles).values()].filter(isWritten2);
  const unmatched = written.filter((d) => !entry.groups.some((g) => matches(keysOf(d), g.name)));
  const loose = entry.groups.filter((g) => !written.some((d) => matches(keysOf(d), g.name)));
  const conflicts = [];
  for (const definition of unmatched) {
    const base = { criteria: definition.places, template: template.path, names: [...keysOf(definition)] };
    const heading = onlySpelling(definition, loose, unmatched);
    if (heading) {
      conflicts.push({
        ...base,
        kind: "spelling",
        group: heading.name,
        name: definition.id,
        range: heading.heading.range
      });
    } else {
      const range = entry.headings[0]?.range ?? startRange2;
      conflicts.push({ ...base, kind: "missingGroup", name: definition.id, range });
    }
  }
  return conflicts;
}
function isWritten2(definition) {
  if (definition.type === "NAME-URL" || definition.id === "description") return false;
  return definition.name !== void 0 || definition.type !== void 0 || definition.hasValues;
}
function onlySpelling(definition, headings, unmatched) {
  const candidates = headings.filter((g) => isSpelling(definition, g.name));
  if (candidates.length !== 1) return void 0;
  const heading = candidates[0];
  return unmatched.filter((d) => isSpelling(d, heading.name)).length === 1 ? heading : void 0;
}
function isSpelling(definition, heading) {
  const target = folded(heading);
  return [...keysOf(definition)].some((key) => {
    const k = folded(key);
    return k === target || Math.min(k.length, target.length) >= 5 && (0, import_fastest_levenshtein2.distance)(k, target) <= 2;
  });
}
function folded(name) {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}
var startRange2 = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

// src/schema/resolve.ts
var SchemaResolver = class {
  /** `store` keeps dataset schemas across runs (see SchemaStore). */
  constructor(cwd, store) {
    this.cwd = cwd;
    this.store = store;
  }
  cwd;
  store;
  cache = /* @__PURE__ */ new Map();
  manifests = /* @__PURE__ */ new Map();
  forcedSchemas = /* @__PURE__ */ new Map();
  notices = [];
  /** The schema for `file`; `forced` (a preset id or an absolute path) skips discovery. */
  resolve(file, forced) {
    if (forced) {
      let schema2 = this.forcedSchemas.get(forced);
      if (!schema2) {
        schema2 = loadSchemaOption(forced, this.cwd);
        this.forcedSchemas.set(forced, schema2);
      }
      return schema2;
    }
    const dataset = this.datasetOf((0, import_node_path10.resolve)(this.cwd, file));
    if (!dataset) return presetSchema(DEFAULT_PRESET);
    const cached = this.cache.get(dataset.id + "\0" + dataset.root);
    if (cached) return cached;
    const resolved = this.fromDataset(dataset);
    this.cache.set(dataset.id + "\0" + dataset.root, resolved);
    return resolved;
  }
  fromDataset(dataset) {
    const template = findTemplate(dataset, this.cwd);
    const criteriaFiles = [...dataset.configDefaults, ...dataset.configFile ? [dataset.configFile] : []].filter((f) => this.criteriaTextOf(f, dataset.boundary) !== void 0).map((f) => f.path);
    const criteriaTexts = criteriaFiles.map((f) => this.criteriaTexts.get(f) ?? "");
    const criteria = () => criteriaFiles.flatMap((f) => this.criteriaOf(f));
    if (!template) {
      const candidates = templateCandidates(dataset).map((c) => (0, import_node_path10.relative)(this.cwd, c) || c);
      const looked = candidates.length > 0 ? new Intl.ListFormat("en", { type: "conjunction" }).format(candidates) : (0, import_node_path10.relative)(this.cwd, dataset.root) || ".";
      this.notices.push(
        `Dataset \`${dataset.id}\` has no template (looked for ${looked}); its entries are checked against the built-in preset \`${DEFAULT_PRESET}\``
      );
      const preset = presetSchema(DEFAULT_PRESET);
      return this.lazySchema(
        () => applyCriteria(preset.schema, criteria()),
        JSON.stringify([preset.identity, ...criteriaTexts]),
        { name: preset.name, files: criteriaFiles }
      );
    }
    const shownTemplate = (0, import_node_path10.relative)(this.cwd, template.path);
    const templateText = template.text;
    const bibs = dataset.ultimateTemplate ? this.bibliographyOf(dataset) : [];
    return this.lazySchema(
      () => {
        const fromTemplate = schemaFromTemplate(templateText, shownTemplate, dataset.id);
        const shownCriteria = criteriaFiles.map((f, i2) => ({
          path: relativePosix(this.cwd, f),
          text: criteriaTexts[i2] ?? ""
        }));
        const shownTemplateText = { path: relativePosix(this.cwd, template.path), text: templateText };
        if (!dataset.ultimateTemplate) {
          const schema3 = applyCriteria(fromTemplate, criteria());
          const conflicts2 = findSchemaConflicts(shownTemplateText, shownCriteria);
          return conflicts2.length > 0 ? { ...schema3, conflicts: conflicts2 } : schema3;
        }
        const all = criteria();
        const built = applyCriteria(ultimateSchema(fromTemplate, all), all);
        const conflicts = findUltimateConflicts(shownTemplateText, shownCriteria);
        const schema2 = conflicts.length > 0 ? { ...built, conflicts } : built;
        if (bibs.length > 0) {
          schema2.bibliography = {
            source: bibs.map((b) => (0, import_node_path10.relative)(this.cwd, b.path)).join("`, `"),
            keys: [...new Set(bibs.flatMap((b) => bibKeys(b.text)))]
          };
        }
        return schema2;
      },
      JSON.stringify([
        "template",
        dataset.id,
        shownTemplate,
        templateText,
        ...criteriaTexts,
        ...bibs.map((b) => b.text)
      ]),
      { name: dataset.id, dataset: dataset.id, files: [template.path, ...criteriaFiles, ...bibs.map((b) => b.path)] }
    );
  }
  /** A dataset's `.bib` files, read (those that may not be read are errors, as a template's are). */
  bibliographyOf(dataset) {
    const read = [];
    for (const path of bibFilesOf(dataset.dataDirs[0] ?? dataset.root)) {
      const text = readRepositoryText(path, dataset.boundary, {
        file: (0, import_node_path10.relative)(this.cwd, path) || path,
        fix: "Make it a regular file in the repository, or pass --schema"
      });
      if (text !== void 0) read.push({ path, text });
    }
    return read;
  }
  /** Shared criteria files (configuration/defaults/*.yml) are read and parsed once per run, not once per dataset. */
  criteriaTexts = /* @__PURE__ */ new Map();
  criteriaFiles = /* @__PURE__ */ new Map();
  /** A criteria file's text, undefined when there is no such file. */
  criteriaTextOf(file, boundary) {
    if (this.criteriaTexts.has(file.path)) return this.criteriaTexts.get(file.path);
    const text = readRepositoryText(file.path, boundary, file.reference);
    this.criteriaTexts.set(file.path, text);
    return text;
  }
  criteriaOf(path) {
    let criteria = this.criteriaFiles.get(path);
    if (!criteria) {
      criteria = parseCriteriaFile((0, import_node_path10.relative)(this.cwd, path) || path, this.criteriaTexts.get(path) ?? "");
      this.criteriaFiles.set(path, criteria);
    }
    return criteria;
  }
  /** A schema built by `build` on first use (once), or found in the store, known until then by `identity`. */
  lazySchema(build2, identity, rest) {
    const { store } = this;
    let schema2;
    return {
      get schema() {
        if (!schema2) {
          schema2 = store?.get(identity);
          if (!schema2) {
            schema2 = build2();
            store?.set(identity, schema2);
          }
        }
        return schema2;
      },
      identity,
      ...rest
    };
  }
  /** A folder's dataset: its files share one (10,000 files, a few folders). */
  folderDatasets = /* @__PURE__ */ new Map();
  datasetOf(file) {
    const folder = (0, import_node_path10.dirname)(file);
    if (this.folderDatasets.has(folder)) return this.folderDatasets.get(folder);
    const dataset = this.folderDataset(folder);
    this.folderDatasets.set(folder, dataset);
    return dataset;
  }
  folderDataset(folder) {
    for (let dir = folder; ; dir = (0, import_node_path10.dirname)(dir)) {
      const datasets = this.manifestAt(dir);
      if (datasets) return datasets.find((d) => d.dataDirs.some((data) => isInside(folder, data)));
      if ((0, import_node_path10.dirname)(dir) === dir || (0, import_node_fs8.existsSync)((0, import_node_path10.join)(dir, ".git"))) break;
    }
    const inFolder = folder.endsWith(import_node_path10.sep) ? folder : folder + import_node_path10.sep;
    const layout = /^(.*)[\\/]datasets[\\/]([^\\/]+)[\\/]data[\\/]/.exec(inFolder);
    if (layout?.[1] !== void 0 && layout[2]) return layoutDataset(layout[1], layout[2], this.cwd);
    return ultimateDataset(folder, this.cwd);
  }
  manifestAt(dir) {
    const cached = this.manifests.get(dir);
    if (cached !== void 0) return cached;
    const manifest = hasManifest(dir) ? readManifest(dir, this.cwd) : void 0;
    const datasets = manifest ? datasetsOf2(manifest) : null;
    this.manifests.set(dir, datasets);
    return datasets;
  }
};
var CRITERIA_FIX = "Point it to a criteria file in the repository, or pass --schema";
function hasManifest(dir) {
  try {
    (0, import_node_fs8.lstatSync)((0, import_node_path10.join)(dir, MANIFEST_PATH));
    return true;
  } catch {
    return false;
  }
}
function datasetsOf2(manifest) {
  const named = (file) => ({
    path: file.path,
    reference: {
      file: manifest.shown,
      key: file.key,
      line: () => manifest.lineOf(file.key),
      written: file.written,
      fix: CRITERIA_FIX
    }
  });
  return manifest.datasets.filter((d) => d.ownsFiles).map((d) => ({
    id: d.id,
    root: manifest.root,
    dataDirs: d.dataDirs.map((dir) => dir.path),
    boundary: manifest.boundary,
    configDefaults: d.configDefaults.map(named),
    ...d.config ? { configFile: named(d.config) } : {}
  }));
}
function templateCandidates(dataset) {
  if (dataset.ultimateTemplate) return [dataset.ultimateTemplate];
  const configDir = dataset.configFile ? (0, import_node_path10.dirname)(dataset.configFile.path) : (0, import_node_path10.join)(dataset.root, "datasets", dataset.id, "config");
  return [
    (0, import_node_path10.join)(configDir, `${dataset.id}-comparison-template.md`),
    ...dataset.dataDirs.map((d) => (0, import_node_path10.join)(d, "TEMPLATE.md"))
  ];
}
function parseCriteriaFile(shown2, text) {
  try {
    return readCriteria(text);
  } catch (error) {
    throw criteriaError(shown2, error, "Fix its YAML");
  }
}
function criteriaError(shown2, error, fix) {
  return new CatalogLintError(
    `Cannot read the criteria file ${shown2}: ${error.message}. ${fix} or pass --schema.`
  );
}
function presetSchema(id) {
  const schema2 = presets[id];
  if (!schema2)
    throw new CatalogLintError(
      `Unknown schema preset \`${id}\`; expected one of ${Object.keys(presets).join(", ")} or a path`
    );
  return { schema: schema2, identity: `preset:${id}`, name: schema2.name, files: [] };
}
function givenSchema(schema2, files2) {
  return { schema: schema2, identity: JSON.stringify(schema2), name: schema2.name, files: files2 };
}
function loadSchemaOption(value, cwd) {
  if (presets[value]) return presetSchema(value);
  const path = (0, import_node_path10.resolve)(cwd, value);
  const shown2 = (0, import_node_path10.relative)(cwd, path) || value;
  const text = readOwnText(
    path,
    boundaryAt(repositoryRoot(cwd)),
    `schema file ${shown2}`,
    "Pass a schema or template file, or a preset id"
  );
  if (text === void 0) {
    throw new CatalogLintError(
      `Schema \`${shown2}\` is neither a preset (${Object.keys(presets).join(", ")}) nor an existing file`
    );
  }
  const ext = (0, import_node_path10.extname)(path).toLowerCase();
  if (ext === ".md" || ext === ".markdown") {
    const remedy = `Add them to ${shown2}, or give --schema (or the config's \`schema\`) a schema file instead.`;
    return givenSchema(schemaFromTemplate(text, shown2, (0, import_node_path10.basename)(path, ext), remedy), [path]);
  }
  const data = parseSchemaText(text, ext, shown2);
  const parsed = schemaFileSchema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path2 = (issue?.path ?? []).map((p) => typeof p === "symbol" ? String(p) : p);
    if (issue?.code === "unrecognized_keys" && issue.keys[0] !== void 0) path2.push(issue.keys[0]);
    const line = schemaLine(text, path2);
    throw new CatalogLintError(
      `Invalid schema file ${shown2}: at \`${path2.join(".") || "(root)"}\`${line ? ` (line ${line})` : ""}: ${issue?.message ?? "invalid"}`
    );
  }
  const schema2 = { ...parsed.data, source: shown2 };
  const jsonSchemaPath = schema2.frontMatter?.jsonSchema;
  if (jsonSchemaPath === void 0) return givenSchema(schema2, [path]);
  return withJsonSchema(schema2, path, jsonSchemaPath, { schemaText: text, shownSchema: shown2, cwd });
}
function withJsonSchema(schema2, schemaPath, written, { schemaText, shownSchema, cwd }) {
  const path = (0, import_node_path10.resolve)((0, import_node_path10.dirname)(schemaPath), written);
  const line = () => schemaLine(schemaText, ["frontMatter", "jsonSchema"]);
  const reference = {
    file: shownSchema,
    key: "frontMatter.jsonSchema",
    line,
    written,
    fix: "Point it to a JSON Schema file in the repository, relative to the schema file"
  };
  const text = readRepositoryText(path, boundaryAt(repositoryRoot(cwd)), reference);
  const shown2 = (0, import_node_path10.relative)(cwd, path).split(import_node_path10.sep).join("/");
  if (text === void 0) {
    const at = line();
    throw new CatalogLintError(
      `Invalid schema file ${shownSchema}: at \`frontMatter.jsonSchema\`${at ? ` (line ${at})` : ""}: Unexpected \`${written}\`, which does not exist (looked for ${shown2}), expected a JSON Schema file relative to the schema file`
    );
  }
  let compiled2;
  return {
    schema: schema2,
    identity: JSON.stringify([schema2, text]),
    name: schema2.name,
    files: [schemaPath, path],
    jsonSchema: () => {
      compiled2 ??= compileJsonSchema(text, shown2);
      return compiled2;
    }
  };
}
function datasetForNewEntry(root, id, cwd) {
  const manifest = hasManifest(root) ? readManifest(root, cwd) : void 0;
  const listed2 = manifest?.datasets.find((d) => d.id === id);
  if (manifest && listed2 && !listed2.ownsFiles) {
    return { aggregates: manifest.datasets.filter((d) => d.ownsFiles).map((d) => d.id) };
  }
  const dataset = manifest && listed2 && datasetsOf2(manifest).find((d) => d.id === id) || layoutDataset(root, id, cwd);
  const template = findTemplate(dataset, cwd, "--template");
  return {
    folder: dataset.dataDirs[0] ?? (0, import_node_path10.join)(root, "datasets", id, "data"),
    ...template ? { template } : {},
    looked: templateCandidates(dataset)
  };
}
function layoutDataset(root, id, cwd) {
  const config = (0, import_node_path10.join)(root, "datasets", id, "config", "comparison.yml");
  return {
    id,
    root,
    dataDirs: [(0, import_node_path10.join)(root, "datasets", id, "data")],
    boundary: boundaryAt(repositoryRoot(root)),
    configDefaults: [],
    // Found by convention, and read only if it exists (see criteriaTextOf).
    configFile: { path: config, reference: { file: (0, import_node_path10.relative)(cwd, config) || config, fix: CRITERIA_FIX } }
  };
}
function ultimateDataset(folder, cwd) {
  const template = ultimateTemplateIn(folder);
  if (!template) return void 0;
  const root = (0, import_node_path10.dirname)(folder);
  const config = (0, import_node_path10.join)(root, "configuration", "comparison.yml");
  return {
    id: (0, import_node_path10.basename)(root),
    root,
    dataDirs: [folder],
    boundary: boundaryAt(repositoryRoot(root)),
    configDefaults: [],
    ultimateTemplate: template,
    configFile: { path: config, reference: { file: (0, import_node_path10.relative)(cwd, config) || config, fix: CRITERIA_FIX } }
  };
}
function findTemplate(dataset, cwd, instead = "--schema") {
  for (const path of templateCandidates(dataset)) {
    const text = readRepositoryText(path, dataset.boundary, {
      file: (0, import_node_path10.relative)(cwd, path) || path,
      fix: `Make dataset \`${dataset.id}\`'s template a regular file in the repository, or pass ${instead}`
    });
    if (text !== void 0) return { path, text };
  }
  return void 0;
}
function parseSchemaText(text, ext, shown2) {
  const fail = (reason) => new CatalogLintError(`Cannot parse schema file ${shown2}: ${reason}`);
  if (ext === ".json") {
    try {
      return JSON.parse(text);
    } catch (error2) {
      throw fail(error2.message);
    }
  }
  const { yaml } = configParsers();
  const doc = yaml.parseDocument(text, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = lineAndColumn(text, error.pos[0]);
    throw fail(`${at}${error.message.split("\n")[0]}. Fix its YAML.`);
  }
  return doc.toJS();
}
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `line ${before.length}, column ${(before.at(-1) ?? "").length + 1}: `;
}

// src/lint/peer-candidates.ts
init_import_meta_url();
function peerCandidateMatcher(cwd, config, catalog) {
  const { include, exclude } = config.config;
  return catalogFileMatcher(catalog ?? { cwd, ...include ? { include } : {}, ...exclude ? { exclude } : {} });
}

// src/lint/scope.ts
init_import_meta_url();

// src/files/named-paths.ts
init_import_meta_url();
var import_node_path11 = require("node:path");
function namedPathMatcher(cwd, paths) {
  const globs = paths.filter((path) => isDynamicPattern(path)).map((path) => normalizedPattern(cwd, path));
  const inGlob = globs.length > 0 ? globMatcher(globs) : () => false;
  const named = paths.filter((path) => !isDynamicPattern(path)).map((path) => (0, import_node_path11.resolve)(cwd, path));
  return (file) => inGlob(file) || named.some((path) => isInside((0, import_node_path11.resolve)(cwd, file), path));
}

// src/lint/scope.ts
function scopeMatcher(cwd, scope) {
  if (!scope) return () => true;
  const named = scope.paths.length > 0 ? namedPathMatcher(cwd, scope.paths) : () => true;
  const changed = scope.changed ? new Set(scope.changed) : void 0;
  return (file) => (!changed || changed.has(file)) && named(file);
}

// src/lint/linter.ts
function lint(files2, options) {
  const linter = new Linter(options);
  const linted = files2.map((file) => linter.lintFileCached(file));
  const results = linted.map(({ summary: _summary, directives: _d, ...result }) => ({
    ...result,
    diagnostics: [...result.diagnostics]
  }));
  linter.checkCatalog(linted, results);
  results.sort((a, b) => compareStrings(a.filePath, b.filePath));
  return { results, notices: linter.notices };
}
var Linter = class {
  constructor(options) {
    this.options = options;
    this.resolver = new SchemaResolver(options.cwd, options.schemaStore);
    this.inScope = scopeMatcher(options.cwd, options.scope);
    this.limits = readLimits(options.cwd, options.config.config.maxFileSize);
    if (options.schema) {
      this.forced = /^[a-z0-9-]+$/.test(options.schema) ? options.schema : (0, import_node_path12.resolve)(options.cwd, options.schema);
    }
  }
  options;
  resolver;
  indexes = /* @__PURE__ */ new WeakMap();
  forced;
  limits;
  /** Whether the run was asked about a file (see `LintOptions.scope`). */
  inScope;
  /** One line each: they name datasets and paths from the repository, and are printed to logs as they are. */
  get notices() {
    return this.resolver.notices.map(oneLine);
  }
  /**
   * The cache's context hash of files without a base revision, per (shared) settings map and
   * schema identity: what the schema is built from, so a run answered from the cache builds none.
   */
  contexts = /* @__PURE__ */ new WeakMap();
  cacheContext(settings, schema2, base) {
    const { now } = this.options;
    if (base !== void 0)
      return LintCache.context({ settings: LintCache.settings(settings, schema2.identity), now, base });
    let bySchema = this.contexts.get(settings);
    if (!bySchema) {
      bySchema = /* @__PURE__ */ new Map();
      this.contexts.set(settings, bySchema);
    }
    let context = bySchema.get(schema2.identity);
    if (context === void 0) {
      context = LintCache.context({ settings: LintCache.settings(settings, schema2.identity), now });
      bySchema.set(schema2.identity, context);
    }
    return context;
  }
  /** A schema's lookup index: building it builds the schema (see ResolvedSchema). */
  indexOf(resolved) {
    let index = this.indexes.get(resolved.schema);
    if (!index) {
      index = indexSchema(resolved.schema, resolved.jsonSchema?.());
      this.indexes.set(resolved.schema, index);
    }
    return index;
  }
  /** `lintFile` through the cache, when there is one. */
  lintFileCached(file) {
    const { cache } = this.options;
    if (!cache) {
      const { source: _source2, ...linted2 } = this.lintFile(file);
      return linted2;
    }
    const found4 = this.fromCache(file, cache);
    if ("hit" in found4) return found4.hit.file();
    const decoded = found4.bytes ? decodeUtf8(found4.bytes) : void 0;
    const text = decoded && "text" in decoded ? decoded.text : void 0;
    const { source: _source, ...linted } = this.lintFile(file, text);
    cache.set(found4.filePath, found4.key, linted);
    return linted;
  }
  fromCache(file, cache, readUnknown = true) {
    const { absolute, filePath, fileConfig, resolved } = this.prepare(file);
    const context = this.cacheContext(fileConfig.rules, resolved, this.options.baseText?.(filePath));
    const found4 = statCatalogFile(absolute, filePath, this.limits);
    const stat2 = "stats" in found4 && !found4.link ? LintCache.stat(found4.stats) : void 0;
    const unchanged = stat2 && cache.unchanged(filePath, context, stat2);
    if (unchanged) return { filePath, hit: unchanged };
    if (!readUnknown && !cache.knows(filePath)) return { filePath, unknown: { context, ...stat2 ? { stat: stat2 } : {} } };
    const read = "problem" in found4 ? found4 : readFound(found4, filePath, this.limits);
    const key = { context, content: contentKey(read), ...stat2 ? { stat: stat2 } : {} };
    const hit = cache.get(filePath, key);
    if (hit) return { filePath, hit };
    return { filePath, key, ..."bytes" in read ? { bytes: read.bytes } : {} };
  }
  /**
   * A file's `CacheKey.content` and, when it is UTF-8, its text, from one read:
   * what a worker linting a file the cache did not know stores it under, the
   * hash of the very bytes it linted.
   */
  readForCache(file) {
    const { absolute, filePath } = this.prepare(file);
    const found4 = statCatalogFile(absolute, filePath, this.limits);
    const read = "problem" in found4 ? found4 : readFound(found4, filePath, this.limits);
    if (!("bytes" in read)) return { content: contentKey(read) };
    const decoded = decodeUtf8(read.bytes);
    return { content: contentKey(read), ..."text" in decoded ? { text: decoded.text } : {} };
  }
  /** Lint a file from disk, or `text` in its place (a fix pass). */
  lintFile(file, text) {
    const { summaryText: summaryText2, entry, index, ...linted } = this.lintOnly(file, text);
    const summary = summaryText2 !== void 0 ? summaryOfLinted(summaryText2, entry, linted.filePath, index) : emptySummary(linted.filePath, true);
    return { ...linted, summary };
  }
  /** `lintFile` without the summary (streamed runs summarise every file first). */
  lintOnly(file, text) {
    const { options } = this;
    const { absolute, filePath, fileConfig, schemaName, resolved } = this.prepare(file);
    const index = this.indexOf(resolved);
    const read = text !== void 0 ? { text } : readCatalogFile(absolute, filePath, this.limits);
    const source = createSourceFile(filePath, "text" in read ? read.text : "");
    const baseText = "text" in read ? options.baseText?.(filePath) : void 0;
    const { entry, whole, diagnostics } = lintEntry(source, {
      schema: index,
      rules: fileConfig.rules,
      now: options.now,
      maxFileSize: this.limits.maxFileSize,
      ...baseText !== void 0 ? { base: createSourceFile(filePath, baseText) } : {},
      ..."problem" in read ? { problem: read.problem } : {}
    });
    const directives = parseDirectives(entry.comments).directives;
    return {
      filePath,
      diagnostics,
      schema: schemaName,
      source,
      directives,
      index,
      ..."text" in read ? { summaryText: read.text } : {},
      ...whole ? { entry } : {}
    };
  }
  /** What the catalog-level rules need of a file, without linting it. */
  summarizeFile(file) {
    const { absolute, filePath, resolved } = this.prepare(file);
    const index = this.indexOf(resolved);
    const read = readCatalogFile(absolute, filePath, this.limits);
    return "text" in read ? summaryOf(read.text, filePath, index, true) : emptySummary(filePath, true);
  }
  /**
   * `summarizeFile`, and the file's lint too when that parses the same text
   * anyway (its summary takes the whole text: no cut at `summaryPrefix`) and
   * `claim()` lets this caller lint it: `lintFile` then gives the summary from
   * its own parse (`summaryOfLinted`). One read either way; with
   * `hashContent`, the `CacheKey.content` of the bytes linted comes too.
   */
  summarizeOrLint(file, claim, hashContent) {
    const { absolute, filePath, resolved } = this.prepare(file);
    const index = this.indexOf(resolved);
    let text;
    let content;
    if (hashContent) ({ text, content } = this.readForCache(file));
    else {
      const read = readCatalogFile(absolute, filePath, this.limits);
      text = "text" in read ? read.text : void 0;
    }
    if ((text === void 0 || summaryText(text, index) === text) && claim()) {
      const linted = this.lintFile(file, text);
      return { summary: linted.summary, linted, ...content !== void 0 ? { content } : {} };
    }
    return { summary: text !== void 0 ? summaryOf(text, filePath, index, true) : emptySummary(filePath, true) };
  }
  /**
   * Run the catalog-level rules over the linted files and, for comparison only,
   * the other entries in the same folders (a PR that adds a duplicate of an
   * untouched entry is still caught). Findings go into `results`.
   */
  checkCatalog(linted, results) {
    const reports = this.catalogReports(linted.map((f) => f.summary));
    linted.forEach((file, i2) => {
      const found4 = reports.get(file.filePath);
      if (found4) this.addCatalogFindings(results[i2], found4, file.directives);
    });
    results.push(...this.otherFileResults(reports, linted));
  }
  /**
   * Results for the files a catalog-level rule reported on that are no linted entry (a
   * dataset's template, on which `schema-conflict` reports), sorted by path. Their findings
   * carry no fix, and `--fix` only writes linted entries, so such a file is never written.
   * Only the findings the run was asked about (`LintOptions.scope`): on a file it covers, or
   * naming one (`Report.related`, the criteria file); a pull request that changes one entry
   * is not told of its template. The one thread and the streamed run both come here.
   */
  otherFileResults(reports, linted) {
    const lintedPaths = new Set(linted.map((f) => f.filePath));
    const others = [];
    for (const [filePath, all] of reports) {
      if (lintedPaths.has(filePath)) continue;
      const found4 = this.inScope(filePath) ? all : all.filter(({ report: report2 }) => report2.related?.some(this.inScope));
      if (found4.length === 0) continue;
      const result = { filePath, diagnostics: [] };
      this.addCatalogFindings(result, found4, []);
      if (result.diagnostics.length > 0) others.push(result);
    }
    return others.sort((a, b) => compareStrings(a.filePath, b.filePath));
  }
  /**
   * The catalog-level rules' findings on the linted files (whose summaries are
   * given), each compared with the others and with their folders' other
   * entries; by file path. `addCatalogFindings` then applies a file's settings
   * and directives.
   *
   * A finding on a file is the one the rule makes with that file's options:
   * its config's, with the overrides that match it, as for its severity (see
   * "Options of catalog-level rules" in src/rule-api/define-rule.ts). So the
   * rule runs once per distinct options among the linted files (once, unless
   * overrides set different ones), each run keeping the findings on its files.
   */
  catalogReports(summaries) {
    const found4 = /* @__PURE__ */ new Map();
    const catalogRules = rules.filter((r) => !!r.checkCatalog);
    const nonEntries = this.options.scope?.nonEntries;
    const reportedOn = [...summaries.map((s2) => s2.filePath), ...nonEntries?.files ?? []];
    const settings = reportedOn.map((filePath) => this.settingsOf(filePath));
    const active = catalogRules.filter((r) => settings.some((s2) => s2.has(r.id)));
    if (active.length === 0) return found4;
    const acrossFolders = active.some((r) => r.peerScope === "catalog") && summaries.some((s2) => s2.values && s2.values.length > 0);
    const peers = this.peerSummaries(summaries, () => peerFilterOf(active, summaries), acrossFolders);
    const entries = [...summaries, ...peers];
    const schemas3 = /* @__PURE__ */ new Map();
    const schemaOf2 = (filePath) => {
      let schema2 = schemas3.get(filePath);
      if (!schema2) {
        schema2 = this.schemaOfShown(filePath);
        schemas3.set(filePath, schema2);
      }
      return schema2;
    };
    const folderFiles = (folder) => this.folderFiles(folder);
    const entryPaths = new Set(entries.map((e) => e.filePath));
    const regularFiles = (folder) => this.regularFiles(folder);
    for (const rule of active) {
      let run2 = 0;
      for (const [options, files2] of filesByOptions(rule, reportedOn, settings)) {
        const first = run2++ === 0;
        rule.checkCatalog({
          entries,
          options,
          schemaOf: schemaOf2,
          folderFiles,
          regularFiles,
          governed: nonEntries?.governed ?? [],
          report: (filePath, report2) => {
            const otherFile = !entryPaths.has(filePath);
            if (otherFile ? !first : !files2.has(filePath)) return;
            const list = found4.get(filePath) ?? [];
            list.push({ rule, report: report2 });
            found4.set(filePath, list);
          }
        });
      }
    }
    return found4;
  }
  /**
   * Add a file's catalog-level findings to its result, as its settings and directives allow.
   * The directives are applied to all of them at once: each `applyDirectives` indexes the
   * directives afresh (findings × directives when called per finding). A file that is no
   * entry of its schema (`schema-mismatch`) gets none: they would compare it as one.
   */
  addCatalogFindings(result, reports, directives) {
    if (isMismatched(result.diagnostics)) return;
    const settings = this.settingsOf(result.filePath);
    const found4 = [];
    for (const { rule, report: report2 } of reports) {
      const setting = settings.get(rule.id);
      if (setting) found4.push(toDiagnostic(rule, setting, report2));
    }
    for (const diagnostic of applyDirectives(found4, directives)) result.diagnostics.push(diagnostic);
    result.diagnostics.sort(compareDiagnostics);
  }
  /** The schema of a file by its path as shown (linted files and peers alike). */
  schemaOfShown(filePath) {
    const absolute = (0, import_node_path12.resolve)(this.options.cwd, filePath);
    return this.indexOf(this.locate(absolute, schemaForFile(this.options.config, absolute)).resolved);
  }
  /** `CatalogContext.folderFiles`: a folder's file names, listed once per run. */
  folderFiles(folder) {
    return this.listing(folder)?.names;
  }
  /** `CatalogContext.regularFiles`: from the same listing as `folderFiles`. */
  regularFiles(folder) {
    return this.listing(folder)?.regular;
  }
  /**
   * A folder listed once per run: its names as `folderFiles` gives them, its regular files
   * (links are not), and every name as read (`all`, in the order read: peer candidates,
   * dot-files too, which `peerSummaries` leaves to discovery's rules).
   */
  listing(folder) {
    let listed2 = this.listed.get(folder);
    if (listed2 === void 0 && !this.listed.has(folder)) {
      try {
        const found4 = (0, import_node_fs9.readdirSync)((0, import_node_path12.resolve)(this.options.cwd, folder), { withFileTypes: true });
        const names = found4.filter((d) => !d.name.startsWith(".")).map((d) => d.isDirectory() ? `${d.name}/` : d.name).sort(compareStrings);
        const all = found4.map((d) => d.name);
        listed2 = { names, regular: new Set(found4.filter((d) => d.isFile()).map((d) => d.name)), all };
      } catch {
        listed2 = void 0;
      }
      this.listed.set(folder, listed2);
    }
    return listed2;
  }
  listed = /* @__PURE__ */ new Map();
  settingsOf(filePath) {
    return configForFile(this.options.config, (0, import_node_path12.resolve)(this.options.cwd, filePath)).rules;
  }
  prepare(file) {
    const absolute = (0, import_node_path12.resolve)(this.options.cwd, file);
    const fileConfig = configForFile(this.options.config, absolute);
    return { ...this.locate(absolute, fileConfig.schema), fileConfig };
  }
  /** A file's path as shown and its schema; peers need no more (no rule settings). */
  locate(absolute, configSchema2) {
    const forced = this.forced ?? configSchema2;
    const [folder, name] = folderAndName(absolute);
    const key = `${forced ?? ""}\0${folder}`;
    let found4 = this.folders.get(key);
    if (!found4) {
      const resolved2 = this.resolver.resolve(absolute, forced);
      found4 = { shownFolder: this.shown(folder), schemaName: resolved2.dataset ?? resolved2.name, resolved: resolved2 };
      this.folders.set(key, found4);
    }
    const { shownFolder, schemaName, resolved } = found4;
    return { absolute, filePath: shownFolder === "" ? name : `${shownFolder}/${name}`, schemaName, resolved };
  }
  folders = /* @__PURE__ */ new Map();
  /** A path relative to the working directory, with `/`. */
  shown(path) {
    return relativePosix(this.options.cwd, path);
  }
  /**
   * Summaries of the other markdown files in the linted files' folders (read, parsed,
   * never reported), of those that `filter()` (the catalog rules' peer filters) keeps.
   */
  peerSummaries(linted, filter, acrossFolders = false) {
    const lintedNames = /* @__PURE__ */ new Map();
    for (const { filePath } of linted) {
      const folder = filePath.slice(0, Math.max(filePath.lastIndexOf("/"), 0));
      const names = lintedNames.get(folder) ?? /* @__PURE__ */ new Set();
      names.add(filePath.slice(filePath.lastIndexOf("/") + 1));
      lintedNames.set(folder, names);
    }
    const excluded = (0, import_picomatch5.default)([...ALWAYS_IGNORED, ...this.options.config.config.exclude ?? []], { dot: true });
    const peers = [];
    let matters;
    const candidates = [];
    const elsewhere = /* @__PURE__ */ new Set();
    let lintable;
    for (const [shownFolder, lintedHere] of lintedNames) {
      const folder = (0, import_node_path12.resolve)(this.options.cwd, shownFolder);
      for (const n of this.listing(shownFolder || ".")?.all ?? []) {
        if (!/\.mdx?$/.test(n) || lintedHere.has(n) || isDataTemplate((0, import_node_path12.join)(folder, n))) continue;
        lintable ??= peerCandidateMatcher(this.options.cwd, this.options.config, this.options.catalog);
        if (lintable(shownFolder ? `${shownFolder}/${n}` : n)) candidates.push((0, import_node_path12.join)(folder, n));
      }
    }
    const catalog = this.options.catalog;
    if (acrossFolders && catalog) {
      const seen = new Set(candidates);
      for (const file of selectCatalogFiles(catalog, [])) {
        const folder = file.slice(0, Math.max(file.lastIndexOf("/"), 0));
        if (lintedNames.has(folder)) continue;
        const absolute = (0, import_node_path12.resolve)(this.options.cwd, file);
        if (!seen.has(absolute)) {
          candidates.push(absolute);
          elsewhere.add(absolute);
        }
      }
    }
    for (const file of candidates) {
      const { absolute, filePath, resolved } = this.locate(file, schemaForFile(this.options.config, file));
      if (excluded(filePath)) continue;
      try {
        const read = readCatalogFile(absolute, filePath, this.limits);
        if (!("text" in read) || read.text.includes("\0")) continue;
        const index = this.indexOf(resolved);
        const prefix = elsewhere.has(file) ? frontMatterPrefix(read.text) : summaryText(read.text, index);
        matters ??= filter();
        if (!matters(folderOf(filePath), prefix)) continue;
        peers.push(summaryOfPrefix(prefix, filePath, index, false));
      } catch {
      }
    }
    return peers;
  }
};
function filesByOptions(rule, reportedOn, settings) {
  const groups = /* @__PURE__ */ new Map();
  reportedOn.forEach((filePath, i2) => {
    const setting = settings[i2]?.get(rule.id);
    if (!setting) return;
    const files2 = groups.get(setting.options) ?? /* @__PURE__ */ new Set();
    files2.add(filePath);
    groups.set(setting.options, files2);
  });
  return groups;
}
function frontMatterPrefix(text) {
  const block = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return block ? block[0] : text;
}
function peerFilterOf(rules2, linted) {
  const filters = rules2.map((rule) => rule.peerFilter?.(linted));
  if (filters.some((f) => f === void 0)) return () => true;
  return (folder, text) => filters.some((f) => f?.(folder, text));
}
var RULE_IDS = [...rulesById.keys()];
function lintEntry(source, options) {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const parsed = options.problem ? { problem: options.problem } : parseEntry(source, maxFileSize);
  let entry;
  if ("problem" in parsed) {
    const setting = options.rules.get(readable_file_default.id);
    if (setting) {
      const { messageId, data, start = 0, end = start } = parsed.problem;
      const report2 = { messageId, range: rangeOf(source, start, end), ...data ? { data } : {} };
      return { entry: emptyEntry(source), whole: false, diagnostics: [toDiagnostic(readable_file_default, setting, report2)] };
    }
    if (parsed.problem.messageId !== "empty") return { entry: emptyEntry(source), whole: false, diagnostics: [] };
    entry = buildEntry(source);
  } else entry = parsed.entry;
  const base = options.base ? baseEntry(options.base, maxFileSize) : void 0;
  return { entry, whole: true, diagnostics: checkEntry(entry, options, base) };
}
function checkEntry(entry, options, base) {
  const { source } = entry;
  const diagnostics = [];
  const fieldMatches2 = fieldMatchesOnce(entry, options.schema);
  for (const [id, setting] of options.rules) {
    const rule = rulesById.get(id);
    if (!rule) continue;
    try {
      rule.check({
        entry,
        schema: options.schema,
        options: setting.options,
        now: options.now,
        base,
        ruleIds: RULE_IDS,
        fieldMatches: fieldMatches2,
        report(report2) {
          diagnostics.push(toDiagnostic(rule, setting, report2));
        }
      });
    } catch (error) {
      throw new CatalogLintError(
        `Rule ${id} crashed on ${source.path}: ${error.message}. Please report this with the file attached.`
      );
    }
  }
  const kept = withoutFlood(applyDirectives(diagnostics, parseDirectives(entry.comments).directives));
  return kept.sort(compareDiagnostics);
}
function withoutFlood(diagnostics) {
  if (!isMismatched(diagnostics)) return diagnostics;
  return diagnostics.filter((d) => KEPT_WITH_MISMATCH.has(d.ruleId));
}
function isMismatched(diagnostics) {
  return diagnostics.some((d) => d.ruleId === schema_mismatch_default.id);
}
function toDiagnostic(rule, setting, { messageId, data, range, fix }) {
  const template = rule.messages[messageId];
  if (template === void 0) throw new Error(`Rule ${rule.id} reported unknown messageId ${messageId}`);
  if (fix && !rule.fixable) throw new Error(`Rule ${rule.id} reported a fix but is not fixable`);
  const diagnostic = {
    ruleId: rule.id,
    severity: setting.severity,
    message: interpolate(template, data),
    range,
    url: ruleDocUrl(rule.id)
  };
  if (fix) diagnostic.fix = fix;
  return diagnostic;
}
function parseEntry(source, maxFileSize) {
  const problem = inspectText(source.text, maxFileSize);
  if (problem) return { problem };
  try {
    return { entry: buildEntry(source) };
  } catch (error) {
    if (!(error instanceof MarkdownLimitError)) throw error;
    return { problem: fromLimitError(error, (offset) => pointAt(source, offset).line) };
  }
}
function baseEntry(base, maxFileSize) {
  const parsed = parseEntry(base, maxFileSize);
  return "entry" in parsed ? parsed.entry : void 0;
}
function readLimits(cwd, maxFileSize) {
  return { boundary: boundaryAt(repositoryRoot(cwd)), maxFileSize: maxFileSize ?? DEFAULT_MAX_FILE_SIZE };
}
function readCatalogFile(absolute, shown2, limits) {
  const found4 = statCatalogFile(absolute, shown2, limits);
  if ("problem" in found4) return found4;
  const read = readFound(found4, shown2, limits);
  return "problem" in read ? read : decodeUtf8(read.bytes);
}
function statCatalogFile(absolute, shown2, limits) {
  let found4;
  try {
    found4 = findFile(absolute, limits.boundary, limits.maxFileSize);
  } catch (error) {
    throw cannotRead(shown2, error);
  }
  return "refused" in found4 ? { problem: problemOf2(found4.refused, shown2) } : found4;
}
function problemOf2(refusal, shown2) {
  switch (refusal.reason) {
    case "missing":
      throw cannotRead(shown2, { code: "ENOENT" });
    case "outside":
    case "linkOutside":
      return { messageId: "symlink" };
    case "tooLarge":
      return tooLarge(refusal.size, refusal.max);
    default:
      return { messageId: "notFile", data: { kind: NOT_READ[refusal.reason] } };
  }
}
var NOT_READ = {
  broken: "broken symbolic link",
  folder: "folder",
  special: "special file (a FIFO, socket or device)",
  git: "symbolic link into `.git/` (git's own files, which can hold credentials)"
};
function contentKey(read) {
  return LintCache.content("bytes" in read ? read.bytes : `\0${JSON.stringify(read)}`);
}
function readFound(found4, shown2, limits) {
  let read;
  try {
    read = readFoundFile(found4, limits.maxFileSize);
  } catch (error) {
    throw cannotRead(shown2, error);
  }
  return "refused" in read ? { problem: problemOf2(read.refused, shown2) } : read;
}
function cannotRead(shown2, error) {
  return new CatalogLintError(
    `Cannot read ${shown2}: ${error.code ?? error.message}`
  );
}

// src/lint/worker-flag.ts
init_import_meta_url();
var WORKER_FLAG = "--catalog-lint-worker";

// src/lint/parallel.ts
var FILES_PER_THREAD = 100;
var BATCH = 16;
var WORKER_YOUNG_GENERATION_MB = 8;
var WORKER_TIMEOUT_MS = 30 * 60 * 1e3;
var NEXT_SUMMARY_BATCH = 0;
var NEXT_LINT_BATCH = 1;
var POSTED = 2;
var WRITTEN = 3;
var AHEAD = 8;
var LARGE_RUN_FILES = 2e4;
var LARGE_RUN_HEAP_GROWING_PERCENT = 20;
var UNCLAIMED = 0;
var LINTED_WHILE_SUMMARISED = 1;
var LINTED_IN_LINT_PASS = 2;
function lintStreaming(files2, options, script, emit) {
  const sorted = [...files2].sort(compareStrings);
  const threads = Math.min((0, import_node_os.availableParallelism)(), 8, Math.floor(sorted.length / FILES_PER_THREAD));
  if (!script || threads < 2 || options.baseText) {
    const run2 = lint(sorted, options);
    for (const result of run2.results) emit(result);
    return { notices: run2.notices };
  }
  if (sorted.length >= LARGE_RUN_FILES)
    v8().setFlagsFromString(`--heap-growing-percent=${LARGE_RUN_HEAP_GROWING_PERCENT}`);
  const { baseText: _baseText, cache, schemaStore: _schemaStore, scope: _scope, ...portable2 } = options;
  const main2 = new Linter(options);
  const cached = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  const todo = [];
  for (const file of sorted) {
    const found4 = cache && main2.fromCache(file, cache, false);
    if (found4 && "hit" in found4) cached.set(file, found4.hit);
    else {
      if (found4) keys.set(file, "unknown" in found4 ? found4.unknown : withoutContent(found4.key));
      todo.push(file);
    }
  }
  const hashContent = cache !== void 0;
  const workerCount = todo.length >= FILES_PER_THREAD * 2 ? threads - 1 : 0;
  const counters = new SharedArrayBuffer(4 * 4);
  const posted = new Int32Array(counters);
  const claims = new SharedArrayBuffer(4 * todo.length);
  const holdResults = todo.length < LARGE_RUN_FILES;
  const workers = Array.from({ length: workerCount }, () => {
    const { MessageChannel, Worker } = workerThreads();
    const { port1, port2 } = new MessageChannel();
    const job = {
      catalogLintWorker: true,
      files: todo,
      hashContent,
      options: portable2,
      port: port2,
      counters,
      claims,
      holdResults
    };
    const worker = new Worker(script, {
      workerData: job,
      argv: [WORKER_FLAG],
      transferList: [port2],
      // Linting allocates short-lived objects fast; a small young generation keeps the worker's
      // memory near what it holds (about 30 MB less each on 10,000 files, for a little more GC).
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
    });
    return { worker, port: port1, done: false };
  });
  const batches = Math.ceil(todo.length / BATCH);
  const summaries = new Array(batches);
  const results = new Array(todo.length);
  const resultsIn = (batch, linted) => {
    linted.forEach((result, i2) => {
      if (result) results[batch * BATCH + i2] = result;
    });
  };
  const passes = { claims: new Int32Array(claims), holdResults, hashContent };
  const notices = new Set(main2.notices);
  let summarised = 0;
  const workHere = () => {
    const summaryBatch = Atomics.add(posted, NEXT_SUMMARY_BATCH, 1);
    if (summaryBatch < batches) {
      const done = summaryPass(main2, todo, summaryBatch, passes);
      summaries[summaryBatch] = done.summaries;
      resultsIn(summaryBatch, done.linted);
      summarised++;
      return true;
    }
    const lintBatch = Atomics.add(posted, NEXT_LINT_BATCH, 1);
    if (lintBatch >= batches) return false;
    resultsIn(lintBatch, lintPass(main2, todo, lintBatch, passes));
    return true;
  };
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  const receive = () => {
    const seen = Atomics.load(posted, POSTED);
    let got = false;
    for (const worker of workers) {
      for (let message = next(worker.port); message; message = next(worker.port)) {
        got = true;
        if (message.kind === "summaries") {
          summaries[message.batch] = message.summaries;
          resultsIn(message.batch, message.linted);
          summarised++;
        } else if (message.kind === "results") resultsIn(message.batch, message.linted);
        else if (message.kind === "done") {
          worker.done = true;
          for (const notice of message.notices) notices.add(notice);
        } else throw message.fatal ? new CatalogLintError(message.message) : new Error(message.message);
      }
    }
    if (got || workHere()) return;
    if (Date.now() > deadline || workers.every((w) => w.done)) {
      throw new CatalogLintError(
        "A lint worker stopped without an answer (out of memory?); run again with fewer files"
      );
    }
    Atomics.wait(posted, POSTED, seen, 1e3);
  };
  try {
    while (summarised < batches) receive();
    const all = [];
    for (const file of sorted) {
      const hit = cached.get(file);
      if (hit) all.push(hit.summary());
    }
    for (const batch of summaries) all.push(...batch ?? []);
    summaries.length = 0;
    const reports = main2.catalogReports(all);
    const summaryByPath = cache ? new Map(all.map((s2) => [s2.filePath, s2])) : void 0;
    const others = main2.otherFileResults(reports, all);
    let other = 0;
    const finish = (linted) => {
      const { directives, ...result } = linted;
      while (others[other] && compareStrings(others[other].filePath, result.filePath) < 0)
        emit(others[other++]);
      const found4 = reports.get(result.filePath);
      if (found4) main2.addCatalogFindings(result, found4, directives);
      emit(result);
    };
    let index = 0;
    for (const file of sorted) {
      const hit = cached.get(file);
      if (hit) {
        finish(hit.result());
        continue;
      }
      const batch = Math.floor(index / BATCH);
      while (!results[index]) receive();
      const { content, ...linted } = results[index];
      results[index] = void 0;
      const key = keys.get(file);
      const summary = summaryByPath?.get(linted.filePath);
      if (cache && key && content !== void 0 && summary) {
        cache.set(linted.filePath, { ...key, content }, { ...linted, summary });
      }
      finish(linted);
      index++;
      if (index % BATCH === 0 || index === todo.length) {
        Atomics.store(posted, WRITTEN, batch + 1);
        Atomics.notify(posted, WRITTEN);
      }
    }
    while (other < others.length) emit(others[other++]);
    while (!workers.every((w) => w.done)) receive();
  } finally {
    for (const { worker, port } of workers) {
      port.close();
      void worker.terminate();
    }
  }
  for (const notice of main2.notices) notices.add(notice);
  return { notices: [...notices].sort(compareStrings) };
}
function next(port) {
  return workerThreads().receiveMessageOnPort(port)?.message;
}
function summaryPass(linter, files2, batch, { claims, holdResults, hashContent }) {
  const summaries = [];
  const linted = [];
  batchFiles(files2, batch).forEach((file, i2) => {
    const cell = batch * BATCH + i2;
    const claim = () => holdResults && Atomics.compareExchange(claims, cell, UNCLAIMED, LINTED_WHILE_SUMMARISED) === UNCLAIMED;
    const done = linter.summarizeOrLint(file, claim, hashContent);
    summaries.push(done.summary);
    linted[i2] = done.linted && portable(done.linted, done.content);
  });
  return { summaries, linted };
}
function lintPass(linter, files2, batch, { claims, hashContent }) {
  const linted = [];
  batchFiles(files2, batch).forEach((file, i2) => {
    const cell = batch * BATCH + i2;
    if (Atomics.compareExchange(claims, cell, UNCLAIMED, LINTED_IN_LINT_PASS) !== UNCLAIMED) return;
    const read = hashContent ? linter.readForCache(file) : void 0;
    linted[i2] = portable(linter.lintOnly(file, read?.text), read?.content);
  });
  return linted;
}
function batchFiles(files2, batch) {
  return files2.slice(batch * BATCH, (batch + 1) * BATCH);
}
function portable({ filePath, diagnostics, schema: schema2, directives }, content) {
  return {
    filePath,
    diagnostics,
    directives,
    ...schema2 !== void 0 ? { schema: schema2 } : {},
    ...content !== void 0 ? { content } : {}
  };
}
function withoutContent({ content: _content, ...key }) {
  return key;
}
function isLintWorker() {
  if (!process.argv.includes(WORKER_FLAG)) return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && workerData?.catalogLintWorker === true;
}
function runLintWorker() {
  const job = workerThreads().workerData;
  const counters = new Int32Array(job.counters);
  const post = (message) => {
    job.port.postMessage(message);
    Atomics.add(counters, POSTED, 1);
    Atomics.notify(counters, POSTED);
  };
  const batches = Math.ceil(job.files.length / BATCH);
  const passes = {
    claims: new Int32Array(job.claims),
    holdResults: job.holdResults,
    hashContent: job.hashContent
  };
  try {
    const linter = new Linter(job.options);
    for (let batch = Atomics.add(counters, NEXT_SUMMARY_BATCH, 1); batch < batches; ) {
      post({ kind: "summaries", batch, ...summaryPass(linter, job.files, batch, passes) });
      batch = Atomics.add(counters, NEXT_SUMMARY_BATCH, 1);
    }
    while (Atomics.load(counters, NEXT_LINT_BATCH) < batches) {
      for (let written = Atomics.load(counters, WRITTEN); Atomics.load(counters, NEXT_LINT_BATCH) >= written + AHEAD; ) {
        Atomics.wait(counters, WRITTEN, written, 1e3);
        written = Atomics.load(counters, WRITTEN);
      }
      const batch = Atomics.add(counters, NEXT_LINT_BATCH, 1);
      if (batch >= batches) break;
      const linted = lintPass(linter, job.files, batch, passes);
      if (linted.length > 0) post({ kind: "results", batch, linted });
    }
    post({ kind: "done", notices: linter.notices });
  } catch (error) {
    post({ kind: "failed", message: error.message, fatal: error instanceof CatalogLintError });
  }
}

// src/schema/store.ts
init_import_meta_url();
var import_node_fs11 = require("node:fs");

// src/cache/user-cache.ts
init_import_meta_url();
var import_node_fs10 = require("node:fs");
var DAY_MS = 24 * 60 * 60 * 1e3;
var UNUSED_FOR_MS = 30 * DAY_MS;
function markUsed(file) {
  try {
    if (Date.now() - (0, import_node_fs10.statSync)(file).mtimeMs < DAY_MS) return;
    const now = /* @__PURE__ */ new Date();
    (0, import_node_fs10.utimesSync)(file, now, now);
  } catch {
  }
}
function writeCacheFile(file, data) {
  writeWhole(file, data, { folder: 448, file: 384 });
}

// src/schema/store.ts
var KEPT = 64;
var KINDS = new Set(FIELD_KINDS);
var SchemaStore = class {
  constructor(file) {
    this.file = file;
  }
  file;
  schemas;
  added = false;
  get(identity) {
    return this.load().get(identity);
  }
  set(identity, schema2) {
    const schemas3 = this.load();
    schemas3.delete(identity);
    schemas3.set(identity, schema2);
    this.added = true;
  }
  /** Write the store when this run built a schema (the most recent KEPT), atomically. */
  save() {
    if (!this.added || !this.schemas) return;
    try {
      writeCacheFile(this.file, JSON.stringify([...this.schemas].slice(-KEPT)));
      this.added = false;
    } catch {
    }
  }
  load() {
    if (this.schemas) return this.schemas;
    this.schemas = /* @__PURE__ */ new Map();
    try {
      const data = JSON.parse((0, import_node_fs11.readFileSync)(this.file, "utf8"));
      markUsed(this.file);
      if (Array.isArray(data)) {
        for (const pair of data) {
          if (Array.isArray(pair) && typeof pair[0] === "string" && isSchema(pair[1]))
            this.schemas.set(pair[0], pair[1]);
        }
      }
    } catch {
    }
    return this.schemas;
  }
};
function isSchema(value) {
  const schema2 = value;
  return typeof schema2 === "object" && schema2 !== null && typeof schema2.name === "string" && (schema2.source === void 0 || typeof schema2.source === "string") && (schema2.templateCommentTexts === void 0 || Array.isArray(schema2.templateCommentTexts) && schema2.templateCommentTexts.every((t) => typeof t === "string")) && Array.isArray(schema2.groups) && schema2.groups.length > 0 && schema2.groups.every(isGroup);
}
function isGroup(value) {
  const group = value;
  return typeof group === "object" && group !== null && typeof group.name === "string" && typeof group.required === "boolean" && (group.value === void 0 || isField(group.value)) && Array.isArray(group.fields) && group.fields.every(isField);
}
function isField(value) {
  const field2 = value;
  const strings = (list) => Array.isArray(list) && list.every((s2) => typeof s2 === "string");
  return typeof field2 === "object" && field2 !== null && typeof field2.name === "string" && KINDS.has(field2.kind) && (field2.values === void 0 || strings(field2.values)) && typeof field2.multiple === "boolean" && typeof field2.required === "boolean" && strings(field2.aliases);
}

// src/cli/main.ts
init_import_meta_url();
var import_node_path29 = require("node:path");

// src/files/suppressions-file.ts
init_import_meta_url();
var SUPPRESSIONS_FILE = "catalog-lint-suppressions.json";
var MAX_SUPPRESSIONS_SIZE = 16 * 1024 * 1024;
var FIX_IT = `fix it, or delete it and run catalog-lint --suppress-all to write it again`;
function parseSuppressions(text, shown2) {
  let data;
  try {
    data = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (error) {
    const { line, reason } = syntaxError(text, error.message);
    throw new CatalogLintError(`${shown2}:${line}: invalid JSON (${reason}); ${FIX_IT}`);
  }
  const fail = (path, problem) => {
    throw new CatalogLintError(`${shown2}:${keyLine2(text, path)}: ${problem}; ${FIX_IT}`);
  };
  if (!isObject2(data)) return fail([], `found ${kindOf3(data)}, expected an object of files`);
  const suppressions = /* @__PURE__ */ new Map();
  for (const [file, rules2] of Object.entries(data)) {
    const badPath = pathProblem(file);
    if (badPath) fail([file], `file \`${file}\`: ${badPath}`);
    if (!isObject2(rules2)) fail([file], `\`${file}\`: found ${kindOf3(rules2)}, expected an object of rule ids`);
    const counts = /* @__PURE__ */ new Map();
    for (const [rule, entry] of Object.entries(rules2)) {
      const where2 = `\`${file}\` \`${rule}\``;
      if (rule === "") fail([file, rule], `\`${file}\`: found an empty rule id, expected a rule id`);
      const count2 = isObject2(entry) && Object.keys(entry).length === 1 ? entry.count : void 0;
      if (typeof count2 !== "number" || !Number.isSafeInteger(count2) || count2 < 0) {
        fail(
          [file, rule],
          `${where2}: found \`${shortJson(entry)}\`, expected \`{ "count": N }\` with N a whole number`
        );
      }
      counts.set(rule, count2);
    }
    suppressions.set(file, counts);
  }
  return suppressions;
}
function formatSuppressions(suppressions) {
  const files2 = [];
  for (const file of [...suppressions.keys()].sort(compareStrings)) {
    const counts = suppressions.get(file);
    const rules2 = [...counts.keys()].sort(compareStrings).filter((rule) => (counts.get(rule) ?? 0) > 0).map((rule) => `    ${JSON.stringify(rule)}: {
      "count": ${counts.get(rule)}
    }`);
    if (rules2.length > 0) files2.push(`  ${JSON.stringify(file)}: {
${rules2.join(",\n")}
  }`);
  }
  return files2.length === 0 ? "{}\n" : `{
${files2.join(",\n")}
}
`;
}
function readSuppressionsText(absolute, root, shown2) {
  return readOwnText(
    absolute,
    boundaryAt(root),
    `the suppressions file ${shown2}`,
    "Make it a regular file in the repository, or name another with --suppressions-location",
    MAX_SUPPRESSIONS_SIZE
  );
}
function writeSuppressionsFile(root, absolute, text) {
  writeInside(root, absolute, text, "--suppressions-location");
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf3(value) {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "`null`";
  return typeof value === "object" ? "an object" : `\`${shortJson(value)}\``;
}
function shortJson(value) {
  const json3 = JSON.stringify(value) ?? String(value);
  return json3.length > 60 ? `${json3.slice(0, 59)}\u2026` : json3;
}
function pathProblem(file) {
  if (file === "") return "found an empty path, expected a file's path from the repository's root";
  if (file.includes("\\")) return "found a `\\`, expected `/` between folders";
  if (file.startsWith("/") || /^[A-Za-z]:/.test(file)) {
    return "found an absolute path, expected a path from the repository's root";
  }
  if (file.split("/").some((part) => part === "" || part === "." || part === "..")) {
    return "found an empty, `.` or `..` folder, expected a path from the repository's root";
  }
  return void 0;
}
function syntaxError(text, message) {
  const at = /\bat position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : text.length;
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/\s*in JSON at position \d+/, "").replace(/^Unexpected end of JSON input$/, "the text ends before the JSON does");
  return { line: lineAt(text, offset), reason: reason.split("\n")[0] ?? "" };
}
function lineAt(text, offset) {
  let line = 1;
  for (let i2 = text.indexOf("\n"); i2 !== -1 && i2 < offset; i2 = text.indexOf("\n", i2 + 1)) line++;
  return line;
}
function keyLine2(text, path) {
  if (path.length === 0) return lineAt(text, Math.max(0, text.search(/\S/)));
  const open = [];
  let key;
  let expectKey = false;
  let found4 = -1;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text[i2];
    if (c === '"') {
      const end = stringEnd(text, i2);
      if (expectKey) {
        key = JSON.parse(text.slice(i2, end + 1));
        expectKey = false;
        if (open.length === path.length && key === path.at(-1) && open.every((o, n) => n === 0 || o.key === path[n - 1])) {
          found4 = i2;
        }
      }
      i2 = end;
    } else if (c === "{" || c === "[") {
      open.push({ object: c === "{", key });
      key = void 0;
      expectKey = c === "{";
    } else if (c === "}" || c === "]") {
      open.pop();
      key = void 0;
    } else if (c === ",") {
      expectKey = open.at(-1)?.object ?? false;
    }
  }
  return found4 < 0 ? 1 : lineAt(text, found4);
}
function stringEnd(text, start) {
  for (let i2 = start + 1; i2 < text.length; i2++) {
    if (text[i2] === "\\") i2++;
    else if (text[i2] === '"') return i2;
  }
  return text.length - 1;
}

// src/lint/file-settings.ts
init_import_meta_url();
var import_node_path15 = require("node:path");

// src/lint/run.ts
init_import_meta_url();

// src/files/git.ts
init_import_meta_url();
function git(cwd, args, maxBuffer = 256 * 1024 * 1024) {
  try {
    return childProcess().execFileSync("git", ["-C", cwd, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer
    });
  } catch {
    return void 0;
  }
}
function checkRevision(ref) {
  if (ref.startsWith("-") || /[\s\0]/.test(ref)) {
    throw new CatalogLintError(`Invalid revision \`${ref}\` for --changed-since, expected a branch, tag or commit`);
  }
}
function changedSince(cwd, ref) {
  checkRevision(ref);
  if (git(cwd, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") {
    throw new CatalogLintError("--changed-since needs a git repository; run it inside one");
  }
  const resolved = git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim();
  if (!resolved)
    throw new CatalogLintError(`Unknown git revision \`${ref}\` for --changed-since; fetch it or check the name`);
  const base = git(cwd, ["merge-base", resolved, "HEAD"])?.trim() || resolved;
  const diff = git(cwd, [
    "diff",
    "--name-only",
    "--relative",
    "--no-renames",
    "--diff-filter=d",
    "-z",
    "--no-ext-diff",
    "--no-textconv",
    base
  ]) ?? "";
  const untracked = git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]) ?? "";
  const files2 = [...diff.split("\0"), ...untracked.split("\0")].filter(Boolean);
  return { base, files: [...new Set(files2)].sort() };
}
function batchRequest(revision, paths) {
  if (!/^[0-9a-f]{7,64}$/i.test(revision)) return void 0;
  const asked = paths.filter((path) => !/[\r\n]/.test(path));
  return { asked, names: [`${revision}^{commit}`, ...asked.map((path) => `${revision}:./${path}`)] };
}
function textsOf(asked, answers) {
  if (answers?.[0]?.type !== "commit") return void 0;
  const texts = /* @__PURE__ */ new Map();
  asked.forEach((path, i2) => {
    const answer = answers[i2 + 1];
    if (answer?.type === "blob" && answer.content) texts.set(path, answer.content.toString("utf8"));
  });
  return texts;
}
var MAX_BATCH_OUTPUT = 256 * 1024 * 1024;
function filesAtRevisionSync(cwd, revision, paths, maxBytes) {
  const request = batchRequest(revision, paths);
  if (!request) return void 0;
  const done = childProcess().spawnSync("git", ["-C", cwd, "cat-file", "--batch"], {
    input: request.names.map((name) => `${name}
`).join(""),
    stdio: ["pipe", "pipe", "ignore"],
    maxBuffer: MAX_BATCH_OUTPUT
  });
  if (done.error?.code === "ENOBUFS") {
    throw new CatalogLintError(
      `The base texts of the ${paths.length} changed files are over ${MAX_BATCH_OUTPUT / 1024 / 1024} MiB in all (git cat-file --batch); lint fewer files at a time (name them after --changed-since)`
    );
  }
  if (done.error || done.status !== 0) return void 0;
  const output = new BatchOutput(maxBytes);
  output.push(done.stdout);
  return textsOf(request.asked, output.answersFor(request.names.length));
}
var MAX_HEADER_BYTES = 64 * 1024;
var BatchOutput = class {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  maxBytes;
  answers = [];
  header = [];
  headerBytes = 0;
  // The object being read: bytes still to come (then its closing LF), and its chunks when kept.
  body;
  newlineDue = false;
  /** Git answered out of step (or not as git does): the answers cannot be trusted. */
  failed = false;
  /** Read one chunk; false once the output is found malformed. */
  push(chunk) {
    let at = 0;
    while (at < chunk.length && !this.failed) {
      if (this.newlineDue) {
        this.newlineDue = false;
        if (chunk[at++] !== 10) this.failed = true;
      } else if (this.body) {
        const take = Math.min(this.body.remaining, chunk.length - at);
        this.body.chunks?.push(chunk.subarray(at, at + take));
        this.body.remaining -= take;
        at += take;
        if (this.body.remaining === 0) this.endObject();
      } else {
        const end = chunk.indexOf(10, at);
        const part = chunk.subarray(at, end < 0 ? chunk.length : end);
        this.headerBytes += part.length;
        if (this.headerBytes > MAX_HEADER_BYTES) this.failed = true;
        else this.header.push(part);
        if (end < 0) break;
        at = end + 1;
        const line = Buffer.concat(this.header).toString("utf8");
        this.header = [];
        this.headerBytes = 0;
        if (!this.failed) this.startObject(line);
      }
    }
    return !this.failed;
  }
  /** The answers, when git gave exactly one for each of `count` names and ended cleanly. */
  answersFor(count2) {
    const complete = !this.failed && this.answers.length === count2 && !this.body && this.header.length === 0;
    return complete ? this.answers : void 0;
  }
  startObject(line) {
    const found4 = /^[0-9a-f]{40,64} ([a-z]+) (\d+)$/.exec(line);
    if (!found4) {
      this.answers.push(void 0);
      return;
    }
    const answer = { type: found4[1] ?? "" };
    const size = Number(found4[2]);
    this.answers.push(answer);
    this.body = {
      answer,
      remaining: size,
      ...answer.type === "blob" && size <= this.maxBytes ? { chunks: [] } : {}
    };
    if (size === 0) this.endObject();
  }
  endObject() {
    if (this.body?.chunks) this.body.answer.content = Buffer.concat(this.body.chunks);
    this.body = void 0;
    this.newlineDue = true;
  }
};

// src/lint/include-paths.ts
init_import_meta_url();
var import_node_fs12 = require("node:fs");
var import_node_path13 = require("node:path");
function includeOfPaths(cwd, items) {
  return items.map((item) => {
    const absolute = (0, import_node_path13.resolve)(cwd, item);
    const kind = pathKind(absolute);
    const rel = relativePosix(cwd, absolute);
    if (kind === "folder") return patternBelow(rel, "**/*.{md,mdx}");
    if (kind === "file") return escapeGlob(rel);
    if (isDynamicPattern(item)) return item;
    throw new CatalogLintError(
      `Input \`paths\` names \`${item}\`, which is not a folder or file in the workspace, nor a glob: name an existing folder (for the markdown files below it), a file, or a glob such as \`<folder>/**/*.md\``
    );
  });
}
function pathKind(absolute) {
  try {
    return (0, import_node_fs12.statSync)(absolute).isDirectory() ? "folder" : "file";
  } catch {
    try {
      (0, import_node_fs12.lstatSync)(absolute);
      return "file";
    } catch {
      return void 0;
    }
  }
}

// src/lint/suppressions.ts
init_import_meta_url();
var import_node_path14 = require("node:path");
var Suppressor = class {
  constructor(mode, cwd) {
    this.mode = mode;
    this.prefix = (0, import_node_path14.relative)(mode.root, cwd).split(import_node_path14.sep).join("/");
    const update = mode.update;
    this.suppressing = update?.kind === "suppress" ? update.rules ? new Set(update.rules) : "all" : void 0;
  }
  mode;
  found = /* @__PURE__ */ new Map();
  over = [];
  suppressed = 0;
  files = 0;
  prefix;
  suppressing;
  /** The file's key: its path from the repository's root; undefined outside it (never suppressed). */
  keyOf(filePath) {
    const key = this.prefix ? import_node_path14.posix.normalize(`${this.prefix}/${filePath}`) : filePath;
    return key.startsWith("../") || key === ".." || import_node_path14.posix.isAbsolute(key) ? void 0 : key;
  }
  /** `result` without its suppressed errors. */
  filter = (result) => {
    const key = this.keyOf(result.filePath);
    if (key === void 0) return result;
    const allowance = this.mode.allowed.get(key);
    if (!allowance && this.suppressing === void 0) return result;
    const counts = errorsByRule(result.diagnostics);
    this.found.set(key, counts);
    const hidden = /* @__PURE__ */ new Set();
    for (const [rule, found4] of counts) {
      if (this.suppressing === "all" || this.suppressing?.has(rule)) hidden.add(rule);
      else {
        const allowed = allowance?.get(rule);
        if (allowed === void 0) continue;
        if (found4 <= allowed) hidden.add(rule);
        else this.over.push({ file: key, rule, found: found4, allowed });
      }
    }
    if (hidden.size === 0) return result;
    const diagnostics = result.diagnostics.filter((d) => d.severity !== "error" || !hidden.has(d.ruleId));
    this.suppressed += result.diagnostics.length - diagnostics.length;
    this.files++;
    return { ...result, diagnostics };
  };
  /** Once every result has been filtered. */
  outcome() {
    const { allowed, update } = this.mode;
    const judged = (key) => this.mode.wholeCatalog || this.found.has(key);
    let errors2 = 0;
    let files2 = 0;
    for (const [key, rules2] of allowed) {
      if (!judged(key)) continue;
      const found4 = this.found.get(key);
      let unused = 0;
      for (const [rule, count2] of rules2) unused += Math.max(0, count2 - (found4?.get(rule) ?? 0));
      errors2 += unused;
      if (unused > 0) files2++;
    }
    const over = [...this.over].sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.rule, b.rule));
    const outcome = {
      file: this.mode.file,
      suppressed: this.suppressed,
      files: this.files,
      over,
      unused: { errors: errors2, files: files2 }
    };
    if (update?.kind === "prune") outcome.updated = this.pruned(judged);
    if (update?.kind === "suppress") outcome.updated = this.rewritten(judged, update.rules);
    return outcome;
  }
  /** Each judged allowance lowered to what was found (never raised): what `--prune-suppressions` writes. */
  pruned(judged) {
    const next2 = /* @__PURE__ */ new Map();
    for (const [key, rules2] of this.mode.allowed) {
      if (!judged(key)) {
        next2.set(key, new Map(rules2));
        continue;
      }
      const found4 = this.found.get(key);
      const kept = /* @__PURE__ */ new Map();
      for (const [rule, count2] of rules2) {
        const still = Math.min(count2, found4?.get(rule) ?? 0);
        if (still > 0) kept.set(rule, still);
      }
      if (kept.size > 0) next2.set(key, kept);
    }
    return next2;
  }
  /**
   * What `--suppress-all` writes: each judged file's allowance is what this run
   * found (for `--suppress-rule`, only those rules'; the others are kept).
   */
  rewritten(judged, rules2) {
    const chosen = (rule) => rules2 === void 0 || rules2.includes(rule);
    const next2 = /* @__PURE__ */ new Map();
    for (const [key, counts] of this.mode.allowed) {
      if (!judged(key)) next2.set(key, new Map(counts));
      else {
        const kept = new Map([...counts].filter(([rule]) => !chosen(rule)));
        if (kept.size > 0) next2.set(key, kept);
      }
    }
    for (const [key, counts] of this.found) {
      for (const [rule, count2] of counts) {
        if (!chosen(rule)) continue;
        const entry = next2.get(key) ?? /* @__PURE__ */ new Map();
        entry.set(rule, count2);
        next2.set(key, entry);
      }
    }
    return next2;
  }
};
function errorsByRule(diagnostics) {
  const counts = /* @__PURE__ */ new Map();
  for (const d of diagnostics) if (d.severity === "error") counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  return counts;
}

// src/lint/run.ts
function prepareRun(options, paths = []) {
  const foreign = options.configFile === void 0 ? foreignConfigFile(options.cwd, paths) : void 0;
  let config = foreign ? loadForeignConfig(options.cwd, foreign.path) : loadConfig(options.cwd, options.configFile);
  const warnings = [];
  if (options.untrustedConfig) {
    const maxFileSize = untrustedMaxFileSize(config.config);
    if (config.config.maxFileSize !== void 0 && config.config.maxFileSize > maxFileSize) {
      warnings.push(
        `The config's maxFileSize (${config.config.maxFileSize} bytes) is above the default, and the Action does not let a repository's config raise it: files over ${maxFileSize} bytes are reported, not read.`
      );
    }
    config = { ...config, config: { ...config.config, maxFileSize } };
  }
  const given = options.include && options.include.length > 0 ? includeOfPaths(options.cwd, options.include) : config.config.include;
  const defaults = given === void 0 && options.untrustedConfig ? defaultCatalog(options.cwd) : void 0;
  const include = given ?? defaults?.include;
  const catalog = {
    cwd: options.cwd,
    ...include ? { include } : {},
    ...defaults?.layout === false ? { skipDocumentation: true } : {},
    ...config.config.exclude ? { exclude: config.config.exclude } : {},
    ...foreign?.path ? { root: config.dir } : {}
  };
  return { options, config, catalog, warnings };
}
function maxBaseBytes(run2) {
  return run2.config.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}
function lintOptionsOf(run2, baseTexts, wholeCatalog = false, scope) {
  const { cwd, now, schema: schema2, schemaStore } = run2.options;
  return {
    cwd,
    config: run2.config,
    now,
    ...schemaStore ? { schemaStore } : {},
    ...schema2 ? { schema: schema2 } : {},
    ...baseTexts ? { baseText: (path) => baseTexts.get(path) } : {},
    // A run over every catalog file has no peer outside its files' folders: the catalog is not walked again.
    ...wholeCatalog ? {} : { catalog: run2.catalog },
    ...scope ? { scope } : {}
  };
}
function counting(emit, suppressions) {
  const counts = { errors: 0, warnings: 0 };
  const suppressor = suppressions ? new Suppressor(suppressions.mode, suppressions.cwd) : void 0;
  const counted = (found4) => {
    const result = suppressor ? suppressor.filter(found4) : found4;
    const severities = countBySeverity(result.diagnostics);
    counts.errors += severities.errors;
    counts.warnings += severities.warnings;
    emit(result);
  };
  const outcome = () => suppressor ? { suppressions: suppressor.outcome() } : {};
  return { counts, counted, outcome };
}
function lintFiles(run2, files2, mode, emit) {
  const { cwd } = run2.options;
  const options = lintOptionsOf(run2, mode.baseTexts, mode.wholeCatalog, mode.scope);
  const { counts, counted, outcome } = counting(emit, mode.suppressions ? { mode: mode.suppressions, cwd } : void 0);
  const cache = mode.cache ? new LintCache(cacheLocation(cwd, mode.cache.location), repositoryRoot(cwd)) : void 0;
  const { notices } = lintStreaming(files2, cache ? { ...options, cache } : options, mode.workerScript, counted);
  const unsaved = cache?.save();
  if (unsaved) notices.push(unsaved.problem);
  run2.options.schemaStore?.save();
  return { files: files2.length, ...counts, notices, ...outcome() };
}

// src/lint/file-settings.ts
function fileSettings(options, file) {
  const run2 = prepareRun(options);
  const absolute = (0, import_node_path15.resolve)(options.cwd, file);
  const fileConfig = configForFile(run2.config, absolute);
  const schema2 = new SchemaResolver(options.cwd).resolve(absolute, options.schema ?? fileConfig.schema);
  const shown2 = (path) => (0, import_node_path15.isAbsolute)(path) ? relativePosix(options.cwd, path) : toPosix(path);
  return {
    configFile: run2.config.path ? shown2(run2.config.path) : null,
    schema: schema2.schema,
    schemaFiles: schema2.files.map(shown2),
    rules: Object.fromEntries([...fileConfig.rules].map(([id, s2]) => [id, [s2.severity, s2.options]]))
  };
}

// src/lint/run-lint.ts
init_import_meta_url();
var import_node_fs15 = require("node:fs");
var import_node_path20 = require("node:path");

// src/lint/fix-files.ts
init_import_meta_url();
var import_node_path16 = require("node:path");

// node_modules/diff/libesm/index.js
init_import_meta_url();

// node_modules/diff/libesm/diff/base.js
init_import_meta_url();
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback2;
    if (typeof options === "function") {
      callback2 = options;
      options = {};
    } else if ("callback" in options) {
      callback2 = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback2);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback2) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback2) {
        setTimeout(function() {
          callback2(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback2) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback2(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i2 = 0; i2 < array.length; i2++) {
      if (array[i2]) {
        ret.push(array[i2]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i2) {
            const oldValue = oldTokens[oldPos + i2];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
init_import_meta_url();
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i2 = 0; i2 < linesAndNewlines.length; i2++) {
    const line = linesAndNewlines[i2];
    if (i2 % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
init_import_meta_url();
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback: callback2 } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback2(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i2 = 0; i2 < diff.length; i2++) {
      const current = diff[i2], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i2 - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i2 < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i2 = 0; i2 < hunk.lines.length; i2++) {
        if (hunk.lines[i2].endsWith("\n")) {
          hunk.lines[i2] = hunk.lines[i2].slice(0, -1);
        } else {
          hunk.lines.splice(i2 + 1, 0, "\\ No newline at end of file");
          i2++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i2 = 0; i2 < patch.hunks.length; i2++) {
    const hunk = patch.hunks[i2];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback: callback2 } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback2(void 0);
      } else {
        callback2(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/diagnostics/fix.ts
init_import_meta_url();
function applyFixes(text, diagnostics) {
  const fixes = diagnostics.map((d) => d.fix).filter((f) => f !== void 0).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied = [];
  const skipped = [];
  let out = "";
  let cursor = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < cursor || start > end || end > text.length) {
      skipped.push(fix);
      continue;
    }
    out += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied.push(fix);
  }
  out += text.slice(cursor);
  return { text: out, applied, skipped };
}

// src/files/write/fix.ts
init_import_meta_url();
var import_node_fs13 = require("node:fs");
var NO_FOLLOW = import_node_fs13.constants.O_NOFOLLOW ?? 0;
var CHANGED_WHILE_RUNNING = "it changed while catalog-lint ran (its findings are those of the text read before the change); run catalog-lint --fix again";
function readForFix(absolute, root) {
  let real;
  let realRoot;
  try {
    real = (0, import_node_fs13.realpathSync)(absolute);
    realRoot = (0, import_node_fs13.realpathSync)(root);
  } catch (error) {
    return { refused: `it cannot be found any more (${describeFsError(error)})` };
  }
  if (isInside(absolute, root) && !isInside(real, realRoot)) {
    return { refused: `it is a link to ${real}, outside the repository ${realRoot}, and is never written through` };
  }
  try {
    const { stats, bytes } = readWhole(real);
    if (!stats.isFile()) return { refused: "it is not a regular file" };
    return { absolute, real, stats, bytes };
  } catch (error) {
    return { refused: `it cannot be read again (${describeFsError(error)})` };
  }
}
function refusalToWrite(file) {
  const mode = Number(file.stats.mode & 0o7777n);
  if ((mode & 128) === 0) {
    return `it is write-protected (mode ${mode.toString(8).padStart(4, "0")}); make it writable (chmod u+w) to have it fixed`;
  }
  return void 0;
}
function writeFixed(file, bytes) {
  const refused = refusalToWrite(file);
  if (refused) return refused;
  return file.stats.nlink > 1n ? rewriteInPlace(file, bytes) : replaceByRename(file, bytes);
}
function replaceByRename(file, bytes) {
  let pending;
  try {
    pending = replacing(file.real, 384);
    writeAll(pending.fd, bytes, 0);
    (0, import_node_fs13.fchmodSync)(pending.fd, Number(file.stats.mode & 0o7777n));
    keepOwner(pending.fd, file.stats);
    (0, import_node_fs13.fsyncSync)(pending.fd);
    const changed = changeSinceRead(file);
    if (changed) return changed;
    pending.commit();
    return void 0;
  } catch (error) {
    return `writing it failed (${describeFsError(error)}); the file is unchanged`;
  } finally {
    pending?.discard();
  }
}
function rewriteInPlace(file, bytes) {
  const links = `it has ${file.stats.nlink} hard links, so it is rewritten in place`;
  const backup = besides(file.real, "orig");
  try {
    writeNew(backup, file.bytes);
  } catch (error) {
    (0, import_node_fs13.rmSync)(backup, { force: true });
    return `${links}, which needs a copy of the original beside it first, and writing that failed (${describeFsError(error)}); the file is unchanged`;
  }
  let fd;
  try {
    fd = (0, import_node_fs13.openSync)(file.real, import_node_fs13.constants.O_RDWR | NO_FOLLOW);
  } catch (error) {
    (0, import_node_fs13.rmSync)(backup, { force: true });
    return `${links}, and opening it for writing failed (${describeFsError(error)}); the file is unchanged`;
  }
  try {
    const changed = changeSinceRead(file, fd);
    if (changed) {
      (0, import_node_fs13.rmSync)(backup, { force: true });
      return changed;
    }
    const oldSize = file.bytes.length;
    try {
      if (bytes.length > oldSize) writeAll(fd, bytes.subarray(oldSize), oldSize);
    } catch (error) {
      return restore(fd, file, backup, `${links}, and growing it failed (${describeFsError(error)})`);
    }
    try {
      writeAll(fd, bytes.subarray(0, Math.min(oldSize, bytes.length)), 0);
      (0, import_node_fs13.ftruncateSync)(fd, bytes.length);
      (0, import_node_fs13.fsyncSync)(fd);
    } catch (error) {
      return restore(fd, file, backup, `${links}, and writing it failed (${describeFsError(error)})`);
    }
    (0, import_node_fs13.rmSync)(backup, { force: true });
    return void 0;
  } finally {
    (0, import_node_fs13.closeSync)(fd);
  }
}
function restore(fd, file, backup, what) {
  try {
    writeAll(fd, file.bytes, 0);
    (0, import_node_fs13.ftruncateSync)(fd, file.bytes.length);
    (0, import_node_fs13.fsyncSync)(fd);
  } catch (error) {
    return `${what}, then putting the original back failed (${describeFsError(error)}): the file may be partly written, and its original text is in ${backup}`;
  }
  (0, import_node_fs13.rmSync)(backup, { force: true });
  return `${what}; the original text was put back`;
}
function changeSinceRead(file, openFd) {
  try {
    if ((0, import_node_fs13.realpathSync)(file.absolute) !== file.real) return CHANGED_WHILE_RUNNING;
    const now = openFd === void 0 ? readWhole(file.real) : readOpen(openFd);
    const { stats: was } = file;
    const same = now.stats.dev === was.dev && now.stats.ino === was.ino && now.stats.size === was.size && now.stats.mtimeNs === was.mtimeNs && now.stats.ctimeNs === was.ctimeNs && now.bytes.equals(file.bytes);
    return same ? void 0 : CHANGED_WHILE_RUNNING;
  } catch {
    return CHANGED_WHILE_RUNNING;
  }
}
function readWhole(path) {
  const fd = (0, import_node_fs13.openSync)(path, import_node_fs13.constants.O_RDONLY | NO_FOLLOW);
  try {
    return readOpen(fd);
  } finally {
    (0, import_node_fs13.closeSync)(fd);
  }
}
function readOpen(fd) {
  const stats = (0, import_node_fs13.fstatSync)(fd, { bigint: true });
  if (!stats.isFile()) return { stats, bytes: Buffer.alloc(0) };
  const chunks = [];
  for (let position = 0, size = Number(stats.size) + 1; ; size = 1 << 16) {
    const chunk = Buffer.allocUnsafe(size);
    const read = (0, import_node_fs13.readSync)(fd, chunk, 0, size, position);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    position += read;
  }
  return { stats, bytes: Buffer.concat(chunks) };
}
function writeNew(path, bytes) {
  const fd = (0, import_node_fs13.openSync)(path, "wx", 384);
  try {
    writeAll(fd, bytes, 0);
    (0, import_node_fs13.fsyncSync)(fd);
  } finally {
    (0, import_node_fs13.closeSync)(fd);
  }
}
function keepOwner(fd, stats) {
  if (process.getuid?.() !== 0) return;
  try {
    (0, import_node_fs13.fchownSync)(fd, Number(stats.uid), Number(stats.gid));
  } catch {
  }
}

// src/lint/fix-files.ts
var MAX_PASSES = 10;
var MAX_DIFF_EDITS = 2e3;
var MAX_DIFF_WORK = 5e7;
function fixFiles(files2, options, fix) {
  const linter = new Linter(options);
  const run2 = { linter, options, fix, root: repositoryRoot(options.cwd), notices: [] };
  const done = files2.map((file) => fixFile(run2, file));
  const results = done.map((d) => d.result);
  linter.checkCatalog(
    done.map(({ linted: { source: _source, ...rest } }) => rest),
    results
  );
  const fixedFiles = results.map((r) => "fixed" in r ? r : { ...r, fixed: 0 });
  fixedFiles.sort((a, b) => compareStrings(a.filePath, b.filePath));
  return { results: fixedFiles, notices: [...run2.notices, ...linter.notices] };
}
function fixFile(run2, file) {
  const { linter, options, fix, notices } = run2;
  const first = linter.lintFile(file);
  const asItIs = { result: { ...resultOf(first), fixed: 0 }, linted: first };
  if (!fixable(first.diagnostics, fix.rules).some((d) => d.fix)) return asItIs;
  const { text, fixed, last } = fixPasses(linter, file, first, fix.rules);
  if (text === first.source.text) return asItIs;
  const notFixed = (reason) => {
    const verb = fix.write ? "was not fixed" : "would not be fixed";
    notices.push(oneLine(`warning: \`${first.filePath}\` ${verb}: ${reason}`));
    return { ...asItIs, result: { ...asItIs.result, notFixed: reason } };
  };
  const read = readForFix((0, import_node_path16.resolve)(options.cwd, file), run2.root);
  if ("refused" in read) return notFixed(read.refused);
  const refused = changedSinceLint(read, first.source) ?? refusalToWrite(read);
  if (refused) return notFixed(refused);
  if (fix.write) {
    const failed = writeFixed(read, Buffer.from((first.source.bom ? "\uFEFF" : "") + text));
    if (failed) return notFixed(failed);
  }
  const result = { ...resultOf(last), fixed, output: text };
  if (fix.diff) {
    const maxEdits = diffBound(first.source, last.source);
    const diff = unifiedDiff(result.filePath, first.source.text, text, maxEdits);
    if (diff !== void 0) result.diff = diff;
    else {
      notices.push(
        oneLine(
          `the diff of \`${first.filePath}\` is not shown: it changes more than ${maxEdits} lines; --fix applies it`
        )
      );
    }
  }
  return { result, linted: last };
}
function fixable(diagnostics, rules2) {
  return rules2 ? diagnostics.filter((d) => rules2.has(d.ruleId)) : diagnostics;
}
function fixPasses(linter, file, first, rules2) {
  let last = first;
  let text = first.source.text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (isMismatched(last.diagnostics)) break;
    const { text: next2, applied } = applyFixes(text, fixable(last.diagnostics, rules2));
    if (applied.length === 0 || next2 === text) break;
    fixed += applied.length;
    text = next2;
    last = linter.lintFile(file, text);
  }
  return { text, fixed, last };
}
function changedSinceLint(read, linted) {
  if (read.bytes.equals(Buffer.from((linted.bom ? "\uFEFF" : "") + linted.text))) return void 0;
  return CHANGED_WHILE_RUNNING;
}
function resultOf(linted) {
  const { source: _source, summary: _summary, directives: _directives, ...result } = linted;
  return result;
}
function diffBound(before, after) {
  const lines = before.lineStarts.length + after.lineStarts.length;
  return Math.max(1, Math.min(MAX_DIFF_EDITS, Math.floor(MAX_DIFF_WORK / lines)));
}
function unifiedDiff(path, before, after, maxEdits = MAX_DIFF_EDITS) {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, void 0, void 0, {
    context: 3,
    maxEditLength: maxEdits
  });
  return patch?.replace(/^=+\n/, "").replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}

// src/lint/governed.ts
init_import_meta_url();
var import_node_path17 = require("node:path");
function governedFiles(run2, changed, quote2 = (path) => `\`${path}\``) {
  const { cwd } = run2.options;
  const isEntry = catalogFileMatcher(run2.catalog);
  const shownConfig = run2.config.path ? toPosix2((0, import_node_path17.relative)(cwd, run2.config.path)) : void 0;
  const configs = changed.filter((p) => CONFIG.test(p) || p === shownConfig);
  const manifest = toPosix2(MANIFEST_PATH);
  const manifests = changed.filter((p) => p === manifest || p.endsWith(`/${manifest}`));
  const candidates = new Set(changed.filter((p) => SCHEMA_SOURCE.test(p) && !isEntry(p)));
  if (configs.length === 0 && manifests.length === 0 && candidates.size === 0)
    return { files: [], reasons: [], sources: [] };
  const all = selectCatalogFiles(run2.catalog, []);
  const wasChanged = new Set(changed);
  const extra = (files2) => files2.filter((f) => !wasChanged.has(f)).length;
  const [config] = configs;
  if (config !== void 0) {
    return {
      files: all,
      reasons: [
        `${quote2(config)} changed, so every catalog file was linted (${plural(extra(all), "more entry", "more entries")}).`
      ],
      sources: [config]
    };
  }
  const governed = /* @__PURE__ */ new Set();
  const reasons = [];
  const governing = [...manifests];
  for (const file of manifests) {
    const root = file.slice(0, -manifest.length);
    const below = all.filter((f) => f.startsWith(root));
    for (const f of below) governed.add(f);
    reasons.push(`${quote2(file)} changed, so the ${plural(below.length, "entry", "entries")} it lists were linted.`);
  }
  if (candidates.size > 0) {
    const resolver2 = new SchemaResolver(cwd);
    const byFile = /* @__PURE__ */ new Map();
    for (const file of all) {
      const absolute = (0, import_node_path17.resolve)(cwd, file);
      let sources;
      try {
        sources = resolver2.resolve(absolute, run2.options.schema ?? configForFile(run2.config, absolute).schema).files;
      } catch {
        continue;
      }
      for (const source of sources) {
        const shown2 = toPosix2((0, import_node_path17.isAbsolute)(source) ? (0, import_node_path17.relative)(cwd, source) : source);
        if (!candidates.has(shown2)) continue;
        governed.add(file);
        const list = byFile.get(shown2) ?? [];
        list.push(file);
        byFile.set(shown2, list);
      }
    }
    for (const [source, files2] of [...byFile].sort(([a], [b]) => a < b ? -1 : 1)) {
      governing.push(source);
      reasons.push(
        `${quote2(source)} changed, so the ${plural(files2.length, "entry", "entries")} it governs ${files2.length === 1 ? "was" : "were"} linted.`
      );
    }
  }
  return { files: [...governed].sort(), reasons, sources: governing };
}
var CONFIG = /(?:^|\/)\.catalog-lintrc(?:\.[a-z]+)?$/;
var SCHEMA_SOURCE = /\.(?:md|markdown|json|ya?ml)$/i;
function toPosix2(path) {
  return import_node_path17.sep === "/" ? path : path.split(import_node_path17.sep).join("/");
}

// src/lint/schema-groups.ts
init_import_meta_url();
var import_node_path18 = require("node:path");
var MAX_GROUP_LINES = 20;
function schemaGroupLines(run2, files2) {
  if (run2.options.schema || files2.every((file) => configSchemaOf(run2, file) !== void 0)) return [];
  const groups = schemaGroups(run2, files2);
  if (groups.length < 2 || !groups.some((g) => g.origin === "none-found")) return [];
  const lines = groups.map((group) => ({ folder: commonFolder(group.files), line: describe2(run2, group) })).sort((a, b) => compareStrings(a.folder, b.folder) || compareStrings(a.line, b.line)).map(({ line }) => line);
  if (lines.length <= MAX_GROUP_LINES) return lines;
  const rest = groups.length - MAX_GROUP_LINES;
  return [...lines.slice(0, MAX_GROUP_LINES), `and ${plural(rest, "more group")} of files`];
}
function schemaGroups(run2, files2) {
  const { cwd, schema: option } = run2.options;
  const resolver2 = new SchemaResolver(cwd);
  const optionSchema = option && !/^[a-z0-9-]+$/.test(option) ? (0, import_node_path18.resolve)(cwd, option) : option;
  const byFolder = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const file of files2) {
    const absolute = (0, import_node_path18.resolve)(cwd, file);
    const configSchema2 = optionSchema ? void 0 : configSchemaOf(run2, file);
    const forced = optionSchema ?? configSchema2;
    const [folder] = folderAndName(absolute);
    const folderKey = `${forced ?? ""}\0${folder}`;
    let group = byFolder.get(folderKey);
    if (!group) {
      let resolved;
      try {
        resolved = resolver2.resolve(absolute, forced);
      } catch {
        continue;
      }
      const origin = optionSchema ? "option" : configSchema2 ? "config" : resolved.dataset !== void 0 ? "dataset" : resolved.files.length === 0 && resolved.identity.startsWith("preset:") ? "none-found" : "dataset-without-template";
      const key = `${origin}\0${forced ?? ""}\0${resolved.identity}`;
      group = groups.get(key);
      if (!group) {
        group = { origin, resolved, ...forced ? { forced } : {}, files: [] };
        groups.set(key, group);
      }
      byFolder.set(folderKey, group);
    }
    group.files.push(relativePosix(cwd, absolute));
  }
  return [...groups.values()];
}
function configSchemaOf(run2, file) {
  return configForFile(run2.config, (0, import_node_path18.resolve)(run2.options.cwd, file)).schema;
}
function describe2(run2, group) {
  const { cwd } = run2.options;
  const folder = commonFolder(group.files);
  const who = `${plural(group.files.length, "file")}${folder ? ` in ${folder}` : ""} ${group.files.length === 1 ? "gets" : "get"}`;
  const { resolved } = group;
  const shown2 = (path) => (0, import_node_path18.isAbsolute)(path) ? relativePosix(cwd, path) : path;
  const files2 = resolved.files.map(shown2);
  const from = files2.length <= 2 ? files2.join(" and ") : `${files2[0]} and ${plural(files2.length - 1, files2.slice(1).every((f) => /\.ya?ml$/i.test(f)) ? "criteria file" : "more file")}`;
  const preset = `the built-in preset \`${resolved.name}\``;
  const named = from ? `the schema \`${resolved.name}\` from ${from}` : preset;
  const config = run2.config.path ? relativePosix(cwd, run2.config.path) : "the config";
  switch (group.origin) {
    case "option":
      return oneLine(`${who} ${named} (--schema)`);
    case "config":
      return oneLine(`${who} ${named} (set in ${config})`);
    case "dataset":
      return oneLine(`${who} ${named}`);
    case "dataset-without-template":
      return oneLine(`${who} ${preset}${from ? ` with the criteria of ${from}` : ""} (the dataset has no template)`);
    case "none-found":
      return oneLine(
        `${who} ${preset} (no schema found: run \`npx catalog-lint init\` to infer one, or pass --schema)`
      );
  }
}
function commonFolder(files2) {
  let common2;
  for (const file of files2) {
    const parts = file.split("/").slice(0, -1);
    if (!common2) common2 = parts;
    else {
      let n = 0;
      while (n < common2.length && n < parts.length && common2[n] === parts[n]) n++;
      common2 = common2.slice(0, n);
    }
    if (common2.length === 0) return "";
  }
  return (common2 ?? []).join("/");
}

// src/lint/zero-config.ts
init_import_meta_url();
var import_node_fs14 = require("node:fs");
var import_node_path19 = require("node:path");
function zeroConfigNotice(run2, paths, files2) {
  const { options, config } = run2;
  if (paths.length > 0 || options.schema || config.path !== void 0 || run2.catalog.include) return void 0;
  if (defaultCatalog(options.cwd).layout) return void 0;
  const schema2 = indexSchema(presets[DEFAULT_PRESET]);
  const maxBytes = config.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const unlike = files2.filter((file) => !followsPreset((0, import_node_path19.resolve)(options.cwd, file), schema2, maxBytes));
  const where2 = "no .catalog-lintrc, no configuration/datasets.manifest.json, no datasets/<id>/data/ folders";
  if (unlike.length * 2 > files2.length) {
    throw new CatalogLintError(
      `No schema found for the ${plural(files2.length, "markdown file")} below the working directory (${where2}), and ${unlike.length} of them do not look like entries of the built-in preset \`${DEFAULT_PRESET}\` (no \`# Name - URL\` title, fewer than half of their headings known to it), such as ${unlike[0]}. Run \`npx catalog-lint init\` to infer a schema from the entries, or pass --schema (a template, a schema file or a preset)`
    );
  }
  return `No schema found (${where2}): the ${plural(files2.length, "file")} are checked against the built-in preset \`${DEFAULT_PRESET}\`. Run \`npx catalog-lint init\` to infer the catalog's own schema, or pass --schema`;
}
function followsPreset(path, schema2, maxBytes) {
  let text;
  try {
    const stat2 = (0, import_node_fs14.lstatSync)(path);
    if (!stat2.isFile() || stat2.size > maxBytes) return true;
    text = (0, import_node_fs14.readFileSync)(path, "utf8");
  } catch {
    return true;
  }
  let entry;
  try {
    entry = buildEntry(createSourceFile(path, text));
  } catch {
    return true;
  }
  return entryShape(entry, schema2).follows;
}

// src/lint/run-lint.ts
function runLint(options, request, emit) {
  const run2 = prepareRun(options, request.paths);
  const { paths, changedSince: ref, fix, fixRules, suppressionsFile, catalogFilesOnly, ...mode } = request;
  let files2;
  let baseTexts;
  let reasons = [];
  const ignored2 = [];
  const nonEntries = [];
  const onIgnored = (file, reason, kind) => {
    if (kind === "page") {
      ignored2.push(`warning: File ignored because ${reason}, not an entry: ${file}. Name the entries to lint them`);
      return;
    }
    nonEntries.push(file);
    ignored2.push(
      `warning: File ignored because ${reason}, not an entry: ${file}. catalog-lint reads it as the schema of the entries, and reports only where the template and the criteria disagree (schema-conflict); name the entries to lint them`
    );
  };
  let changedFiles;
  if (ref === void 0) {
    files2 = selectCatalogFiles(run2.catalog, paths, void 0, onIgnored);
    if (files2.length === 0 && ignored2.length === 0) throw noFilesError(run2, paths);
    const guessed = files2.length > 0 ? zeroConfigNotice(run2, paths, files2) : void 0;
    if (guessed) ignored2.push(guessed);
  } else {
    const changed = changedSince(options.cwd, ref);
    changedFiles = changed.files;
    files2 = selectCatalogFiles(run2.catalog, paths, changed.files, onIgnored);
    const governed = governedFiles(run2, changed.files);
    if (governed.files.length > 0) {
      files2 = [.../* @__PURE__ */ new Set([...files2, ...selectCatalogFiles(run2.catalog, paths, governed.files)])].sort();
    }
    reasons = governed.reasons;
    const texts = files2.length > 0 ? filesAtRevisionSync(options.cwd, changed.base, files2, maxBaseBytes(run2)) : void 0;
    baseTexts = texts ?? /* @__PURE__ */ new Map();
  }
  if (catalogFilesOnly) files2 = files2.filter(catalogFileMatcher(run2.catalog));
  const withBase = baseTexts ? { ...mode, baseTexts } : mode;
  const wholeCatalog = ref === void 0 && paths.every((path) => (0, import_node_path20.resolve)(options.cwd, path) === (0, import_node_path20.resolve)(options.cwd));
  const suppressed = suppressionsFor(options.cwd, suppressionsFile, wholeCatalog);
  const scope = wholeCatalog ? void 0 : runScope(run2, paths, changedFiles, nonEntries);
  const withSuppressions = {
    ...suppressed ? { ...withBase, suppressions: suppressed.mode } : withBase,
    ...wholeCatalog && !catalogFilesOnly ? { wholeCatalog } : {},
    ...scope ? { scope } : {}
  };
  const outcome = fix ? fixRun(run2, files2, { fix, fixRules }, withSuppressions, emit) : lintFiles(run2, files2, withSuppressions, emit);
  outcome.notices.unshift(...ignored2, ...reasons);
  const schemas3 = schemaGroupLines(run2, files2);
  if (schemas3.length > 0) outcome.schemas = schemas3;
  const updated = outcome.suppressions?.updated;
  if (suppressed && outcome.suppressions && updated) {
    const text = formatSuppressions(updated);
    outcome.suppressions.written = text !== suppressed.text;
    if (outcome.suppressions.written) writeSuppressionsFile(suppressed.mode.root, suppressed.location, text);
  }
  return outcome;
}
function runScope(run2, paths, changed, nonEntries) {
  const named = nonEntries.length > 0 ? { files: nonEntries, governed: governedFiles(run2, nonEntries).files } : void 0;
  return { paths, ...changed ? { changed } : {}, ...named ? { nonEntries: named } : {} };
}
function noFilesError(run2, paths) {
  const { catalog } = run2;
  const where2 = paths.length > 0 ? paths.map((p) => `\`${p}\``).join(", ") : "the working directory";
  const configured = catalog.include !== void 0;
  const defaults = configured ? void 0 : defaultCatalog(catalog.cwd);
  const patterns = (catalog.include ?? defaults?.include ?? []).map((p) => `\`${p}\``).join(", ");
  const looked = paths.length > 0 ? "markdown files" : `${patterns}${configured ? " (the config's `include`)" : ""}`;
  const left = defaults?.layout === false || catalog.skipDocumentation ? "; templates, README, CONTRIBUTING, CODE_OF_CONDUCT, CHANGELOG, LICENSE, SECURITY, `docs/`, `.github/` and dot-folders are not entries" : "; templates and criteria are not entries";
  const excluded = catalog.exclude && catalog.exclude.length > 0 ? ", nor files the config's `exclude` leaves out" : "";
  return new CatalogLintError(
    `No catalog files found: looked for ${looked} in ${where2}${left}${excluded}. Name the folder of the entries, or set \`include\` in .catalog-lintrc.yaml`
  );
}
function suppressionsFor(cwd, request, wholeCatalog) {
  if (!request) return void 0;
  const { location, named, update } = request;
  if (!named && !update && (0, import_node_fs15.lstatSync)(location, { throwIfNoEntry: false }) === void 0) return void 0;
  const root = repositoryRoot(cwd);
  const file = (0, import_node_path20.relative)(cwd, location).split("\\").join("/") || location;
  const text = readSuppressionsText(location, root, file);
  if (text === void 0) {
    if (update?.kind === "prune") {
      throw new CatalogLintError(
        `--prune-suppressions: there is no suppressions file ${file}; run catalog-lint --suppress-all to write one`
      );
    }
    if (update === void 0) {
      if (!named) return void 0;
      throw new CatalogLintError(
        `The suppressions file ${file} (--suppressions-location) does not exist; check the path, or run catalog-lint --suppress-all to write it`
      );
    }
  }
  const allowed = text === void 0 ? /* @__PURE__ */ new Map() : parseSuppressions(text, file);
  const mode = { file, allowed, root, wholeCatalog, ...update ? { update } : {} };
  return { mode, location, ...text !== void 0 ? { text } : {} };
}
function fixRun(run2, files2, { fix, fixRules }, mode, emit) {
  const done = fixFiles(files2, lintOptionsOf(run2, mode.baseTexts, mode.wholeCatalog, mode.scope), {
    write: fix === "write",
    diff: fix === "dry-run",
    ...fixRules ? { rules: new Set(fixRules) } : {}
  });
  const changed = done.results.filter((r) => r.output !== void 0);
  const { counts, counted, outcome } = counting(
    emit,
    mode.suppressions ? { mode: mode.suppressions, cwd: run2.options.cwd } : void 0
  );
  for (const result of done.results) counted(result);
  run2.options.schemaStore?.save();
  return {
    files: files2.length,
    ...counts,
    ...outcome(),
    notices: done.notices,
    fixed: {
      problems: changed.reduce((n, r) => n + r.fixed, 0),
      files: changed.length,
      remaining: done.results.reduce((n, r) => n + r.diagnostics.length, 0),
      notFixed: done.results.filter((r) => r.notFixed !== void 0).length,
      diffs: changed.flatMap((r) => r.diff !== void 0 ? [r.diff] : [])
    }
  };
}

// src/reporters/index.ts
init_import_meta_url();

// src/reporters/github.ts
init_import_meta_url();

// src/diagnostics/annotation.ts
init_import_meta_url();
function toAnnotation(path, diagnostic) {
  const { start, end } = diagnostic.range;
  return {
    path,
    startLine: start.line,
    endLine: end.line,
    ...start.line === end.line ? { startColumn: start.column, endColumn: end.column } : {},
    level: diagnostic.severity === "error" ? "error" : "warning",
    title: diagnostic.ruleId,
    message: diagnostic.message
  };
}

// src/reporters/types.ts
init_import_meta_url();
function collect(streaming) {
  return (results, context) => {
    const stream = streaming(context);
    let out = "";
    for (const result of results) out += stream.file(result);
    return out + stream.end();
  };
}
function buffered(reporter) {
  return (context) => {
    const results = [];
    return {
      file: (result) => {
        results.push(result);
        return "";
      },
      end: () => reporter(results, context)
    };
  };
}

// src/reporters/github.ts
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var githubStream = ({ pathPrefix = "" }) => ({
  file(result) {
    let out = "";
    for (const d of result.diagnostics) {
      const a = toAnnotation(pathPrefix + result.filePath, d);
      const properties = [
        ["file", a.path],
        ["line", a.startLine],
        ["endLine", a.endLine]
      ];
      if (a.startColumn !== void 0 && a.endColumn !== void 0) {
        properties.push(["col", a.startColumn], ["endColumn", a.endColumn]);
      }
      properties.push(["title", a.title]);
      const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
      out += `::${a.level} ${props}::${escapeData(a.message)}
`;
    }
    return out;
  },
  end: () => ""
});
var github = collect(githubStream);

// src/reporters/json.ts
init_import_meta_url();
var import_node_path21 = require("node:path");
var jsonStream = ({ cwd }) => {
  let files2 = 0;
  return {
    file: (result) => `${files2++ === 0 ? "[\n" : ",\n"}${fileJson(result, cwd)}`,
    end: () => files2 === 0 ? "[]\n" : "\n]\n"
  };
};
var json2 = collect(jsonStream);
function fileJson(result, cwd) {
  const { errors: errors2, warnings } = countBySeverity(result.diagnostics);
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let messages = "";
  for (const d of result.diagnostics) {
    if (d.fix && d.severity === "error") fixableErrors++;
    else if (d.fix) fixableWarnings++;
    messages += `${messages === "" ? "[\n" : ",\n"}${messageJson(d)}`;
  }
  return `  {
    "filePath": ${JSON.stringify((0, import_node_path21.resolve)(cwd, result.filePath))},
    "messages": ${messages === "" ? "[]" : `${messages}
    ]`},
    "errorCount": ${errors2},
    "warningCount": ${warnings},
    "fatalErrorCount": 0,
    "fixableErrorCount": ${fixableErrors},
    "fixableWarningCount": ${fixableWarnings},
    "usedDeprecatedRules": []
  }`;
}
function messageJson(d) {
  const fix = d.fix ? `,
        "fix": {
          "range": [
            ${d.fix.range[0]},
            ${d.fix.range[1]}
          ],
          "text": ${JSON.stringify(d.fix.text)}
        }` : "";
  return `      {
        "ruleId": ${JSON.stringify(d.ruleId)},
        "severity": ${d.severity === "error" ? 2 : 1},
        "message": ${JSON.stringify(d.message)},
        "line": ${d.range.start.line},
        "column": ${d.range.start.column},
        "endLine": ${d.range.end.line},
        "endColumn": ${d.range.end.column}${fix}
      }`;
}

// src/reporters/markdown.ts
init_import_meta_url();

// src/util/markdown.ts
init_import_meta_url();
function escapeMarkdown(text) {
  return text.replace(/#(?=\d)/g, "#\u200B").replace(/\b(GH)-(?=\d)/gi, "$1-\u200B").replace(/(?<![0-9a-z])[0-9a-f]{7,}(?![0-9a-z])/gi, (run2) => run2.replace(/[0-9a-f]{6}(?=.)/gi, "$&\u200B")).replace(/\b(www)\./gi, "$1\u200B.").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/@/g, "@\u200B").replace(/:\/\//g, ":\u200B&#47;&#47;").replace(/\r?\n|\r/g, " ");
}

// src/reporters/summary-line.ts
init_import_meta_url();
var TALLY_FROM = 20;
var RunTotals = class {
  errors = 0;
  warnings = 0;
  fixable = 0;
  files = 0;
  filesWithProblems = 0;
  byRule = /* @__PURE__ */ new Map();
  add(result) {
    this.files++;
    if (result.diagnostics.length > 0) this.filesWithProblems++;
    for (const d of result.diagnostics) {
      if (d.severity === "error") this.errors++;
      else this.warnings++;
      if (d.fix) this.fixable++;
      this.byRule.set(d.ruleId, (this.byRule.get(d.ruleId) ?? 0) + 1);
    }
  }
  get problems() {
    return this.errors + this.warnings;
  }
  /** "✖ 12 problems (10 errors, 2 warnings) in 5 of 40 files", or "" when there is none. */
  summary() {
    if (this.problems === 0) return "";
    const where2 = this.filesWithProblems === this.files ? `in ${plural(this.files, "file")}` : `in ${this.filesWithProblems} of ${plural(this.files, "file")}`;
    return `\u2716 ${plural(this.problems, "problem")} (${plural(this.errors, "error")}, ${plural(this.warnings, "warning")}) ${where2}`;
  }
  /** The count per rule, most first (then by id), when there are at least TALLY_FROM findings. */
  tally() {
    if (this.problems < TALLY_FROM) return [];
    return [...this.byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
};

// src/reporters/markdown.ts
var markdownStream = () => {
  const totals = new RunTotals();
  return {
    file(result) {
      totals.add(result);
      if (result.diagnostics.length === 0) return "";
      let out = `### ${escapeMarkdown(result.filePath)}

| Line | Severity | Finding | Rule |
| --- | --- | --- | --- |
`;
      for (const d of result.diagnostics) {
        const rule = d.url ? `[${escapeMarkdown(d.ruleId)}](${d.url})` : escapeMarkdown(d.ruleId);
        out += `| ${d.range.start.line}:${d.range.start.column} | ${d.severity === "error" ? "error" : "warning"} | ${escapeMarkdown(d.message)} | ${rule} |
`;
      }
      return `${out}
`;
    },
    end() {
      const summary = totals.summary();
      if (summary === "") return `No problems in ${totals.files === 1 ? "1 file" : `${totals.files} files`}.
`;
      let out = `**${summary}**
`;
      const tally2 = totals.tally();
      if (tally2.length > 0) {
        out += "\n| Rule | Findings |\n| --- | ---: |\n";
        for (const [rule, count2] of tally2) out += `| ${escapeMarkdown(rule)} | ${count2} |
`;
      }
      if (totals.fixable > 0)
        out += `
${totals.fixable === 1 ? "1 problem is" : `${totals.fixable} problems are`} potentially fixable with \`--fix\`.
`;
      return out;
    }
  };
};
var markdown = collect(markdownStream);

// src/reporters/sarif.ts
init_import_meta_url();
var import_node_path22 = require("node:path");
var import_node_url = require("node:url");
var FINGERPRINT_KEY = "catalogLint/v1";
var SRCROOT = "%SRCROOT%";
var level = (severity) => severity === "error" ? "error" : "warning";
var sarif = (results, context) => sarifWithLimit(results, context, Number.POSITIVE_INFINITY);
function sarifWithLimit(results, { cwd, rulesMeta: rulesMeta2 }, maxResults) {
  const ruleIndex = new Map(rulesMeta2.map((rule, index) => [rule.id, index]));
  const occurrences = /* @__PURE__ */ new Map();
  const sarifResults = results.flatMap((result) => {
    const location = artifactLocation(result.filePath);
    return result.diagnostics.map((d) => {
      const identity = JSON.stringify([d.ruleId, result.filePath, d.message]);
      const occurrence = (occurrences.get(identity) ?? 0) + 1;
      occurrences.set(identity, occurrence);
      const fingerprint = crypto().createHash("sha256").update(JSON.stringify([d.ruleId, result.filePath, d.message, occurrence])).digest("hex");
      const index = ruleIndex.get(d.ruleId);
      return {
        ruleId: d.ruleId,
        ...index === void 0 ? {} : { ruleIndex: index },
        level: level(d.severity),
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: d.range.start.line,
                startColumn: d.range.start.column,
                endLine: d.range.end.line,
                endColumn: d.range.end.column
              }
            }
          }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint }
      };
    });
  });
  const { kept, left } = errorsFirst(sarifResults, maxResults);
  const root = (0, import_node_url.pathToFileURL)(cwd).href;
  const log2 = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "catalog-lint",
            version: package_default.version,
            informationUri: package_default.homepage,
            rules: rulesMeta2.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: {
                text: `${rule.description.replace(/\.?$/, ".")} Category: ${rule.category}. ${rule.fixable ? "Fixable with `--fix`." : "Not automatically fixable."}`
              },
              helpUri: rule.docsUrl,
              defaultConfiguration: { level: level(rule.defaultSeverity) },
              properties: { tags: [rule.category] }
            }))
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith("/") ? root : `${root}/` } },
        // Columns count UTF-16 code units, as JavaScript string offsets do.
        columnKind: "utf16CodeUnits",
        ...left > 0 ? { invocations: [leftOutNotification(left, maxResults)] } : {},
        results: kept
      }
    ]
  };
  return `${JSON.stringify(log2, null, 2)}
`;
}
function errorsFirst(all, max) {
  if (all.length <= max) return { kept: all, left: 0 };
  let errorsRoom = Math.min(max, all.filter((r) => r.level === "error").length);
  let warningsRoom = max - errorsRoom;
  const kept = all.filter((r) => r.level === "error" ? errorsRoom-- > 0 : warningsRoom-- > 0);
  return { kept, left: all.length - kept.length };
}
function leftOutNotification(left, max) {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: [
      {
        level: "warning",
        message: {
          text: `${plural(left, "more result was", "more results were")} left out: a run holds at most ${max} (GitHub code scanning rejects more), errors first. Run catalog-lint locally to see them all.`
        }
      }
    ]
  };
}
function artifactLocation(filePath) {
  if ((0, import_node_path22.isAbsolute)(filePath)) return { uri: (0, import_node_url.pathToFileURL)(filePath).href };
  return { uri: filePath.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

// src/reporters/stylish.ts
init_import_meta_url();
var CONTROL = new RegExp("\\p{Cc}", "gu");
var printable = (text) => text.replace(/\s+/g, " ").replace(CONTROL, "\uFFFD");
var defuse = (path) => /^\s*(::|##\[)/.test(path) ? `./${path}` : path;
var codes = { red: 31, yellow: 33, dim: 2, bold: 1, underline: 4, green: 32 };
var REPORT_COLUMNS = 100;
var stylishStream = ({ color }) => {
  const paint = (code, text) => color ? `\x1B[${codes[code]}m${text}\x1B[0m` : text;
  const totals = new RunTotals();
  const lines = (out) => out.map((line) => `${line}
`).join("");
  return {
    file(result) {
      totals.add(result);
      if (result.diagnostics.length === 0) return "";
      const rows = result.diagnostics.map((d) => ({
        position: `${d.range.start.line}:${d.range.start.column}`,
        severity: d.severity === "error" ? "error" : "warning",
        message: printable(d.message),
        rule: d.ruleId
      }));
      const positionWidth = Math.max(...rows.map((r) => r.position.length));
      const severityWidth = Math.max(...rows.map((r) => r.severity.length));
      const indent = 2 + positionWidth + 2 + severityWidth + 2;
      const room = REPORT_COLUMNS - indent;
      const fits = (r) => r.message.length + 2 + r.rule.length <= room;
      const longestRule = Math.max(...rows.map((r) => r.rule.length));
      const messageWidth = Math.min(
        Math.max(0, ...rows.filter(fits).map((r) => r.message.length)),
        room - 2 - longestRule
      );
      const out = [paint("underline", defuse(printable(result.filePath)))];
      for (const row of rows) {
        const head2 = `  ${paint("dim", row.position.padEnd(positionWidth))}  ${paint(row.severity === "error" ? "red" : "yellow", row.severity.padEnd(severityWidth))}  `;
        const rule = paint("dim", row.rule);
        if (fits(row)) {
          out.push(`${head2}${row.message.padEnd(messageWidth)}  ${rule}`);
          continue;
        }
        const wrapped = wrap(row.message, room);
        const last = wrapped.length - 1;
        wrapped.forEach((text, i2) => {
          const start = i2 === 0 ? head2 : " ".repeat(indent);
          if (i2 < last) out.push(`${start}${text}`);
          else if (text.length + 2 + row.rule.length <= room) out.push(`${start}${text}  ${rule}`);
          else out.push(`${start}${text}`, `${" ".repeat(indent)}${rule}`);
        });
      }
      out.push("");
      return lines(out);
    },
    end() {
      const summary = totals.summary();
      if (summary === "") return "";
      const out = [paint(totals.errors > 0 ? "red" : "yellow", paint("bold", summary))];
      const tally2 = totals.tally();
      const countWidth = Math.max(0, ...tally2.map(([, count2]) => String(count2).length));
      for (const [rule, count2] of tally2) out.push(`  ${String(count2).padStart(countWidth)}  ${paint("dim", rule)}`);
      if (totals.fixable > 0) {
        out.push(paint("dim", `  ${plural(totals.fixable, "problem")} potentially fixable with \`--fix\`.`));
      }
      return lines(out);
    }
  };
};
var stylish = collect(stylishStream);
function wrap(text, width) {
  const out = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  out.push(line);
  return out;
}

// src/reporters/index.ts
var reporters = { stylish, json: json2, github, sarif, markdown };
var streamingReporters = {
  stylish: stylishStream,
  json: jsonStream,
  github: githubStream,
  sarif: buffered(sarif),
  markdown: markdownStream
};

// src/cli/args.ts
init_import_meta_url();

// src/cli/parse-options.ts
init_import_meta_url();
var import_node_util = require("node:util");
function parseOptions(argv, options, usage) {
  try {
    return (0, import_node_util.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error.message.split("\n")[0] ?? "";
    throw new CatalogLintError(`${withSuggestion(message, Object.keys(options))}; run ${usage} for usage`);
  }
}
function withSuggestion(message, names) {
  const unknown = /^Unknown option '(--?)([^'=]+)'/.exec(message);
  if (!unknown) return message;
  const [, dashes, name = ""] = unknown;
  if (dashes === "-") return `Unknown option '-${name}'`;
  const started = names.filter((n) => n.startsWith(name));
  const suggestion = didYouMean(name, names) ?? (started.length === 1 ? started[0] : void 0);
  return `Unknown option '--${name}'${suggestion === void 0 ? "" : ` (did you mean '--${suggestion}'?)`}`;
}

// src/cli/rule-args.ts
init_import_meta_url();
var RULE_OPTIONS = {
  "fix-rule": { type: "string", multiple: true },
  "suppress-all": { type: "boolean" },
  "suppress-rule": { type: "string", multiple: true },
  "prune-suppressions": { type: "boolean" },
  "suppressions-location": { type: "string" }
};
var RULE_OPTIONS_HELP = `      --fix-rule <id>      With --fix or --fix-dry-run: fix only this rule's findings (repeatable)
      --suppress-all       Record every error found in the suppressions file, so later runs
                           report only errors beyond it (see README: old findings)
      --suppress-rule <id> The same for one rule's errors (repeatable)
      --prune-suppressions Drop from the suppressions file what was fixed since
      --suppressions-location <path> The suppressions file (default: catalog-lint-suppressions.json)
`;
function ruleArgs(values) {
  const args = { prune: values["prune-suppressions"] ?? false };
  const fixRules = values["fix-rule"];
  if (fixRules) {
    if (!values.fix && !values["fix-dry-run"]) {
      throw new CatalogLintError("--fix-rule chooses what --fix or --fix-dry-run fixes: add one of them");
    }
    args.fixRules = checkedRules("--fix-rule", fixRules, true);
  }
  const suppressRules = values["suppress-rule"];
  const suppressing = values["suppress-all"] || suppressRules !== void 0;
  if (values["suppress-all"] && suppressRules) {
    throw new CatalogLintError("Use either --suppress-all or --suppress-rule, not both");
  }
  if (suppressing && args.prune) {
    throw new CatalogLintError(
      "Use either --suppress-all/--suppress-rule or --prune-suppressions, not both: suppressing rewrites the counts of every file linted"
    );
  }
  if ((suppressing || args.prune) && values["fix-dry-run"]) {
    throw new CatalogLintError(
      `--fix-dry-run writes nothing, so ${args.prune ? "--prune-suppressions" : "--suppress-all/--suppress-rule"} cannot record what it would leave: use --fix`
    );
  }
  if (suppressing)
    args.suppress = suppressRules ? { rules: checkedRules("--suppress-rule", suppressRules, false) } : {};
  if (values["suppressions-location"] !== void 0) args.suppressionsLocation = values["suppressions-location"];
  return args;
}
function checkedRules(option, ids, fixable2) {
  const all = rulesMeta();
  const allowed = all.filter((rule) => !fixable2 || rule.fixable).map((rule) => rule.id);
  for (const id of ids) {
    if (allowed.includes(id)) continue;
    const expected2 = fixable2 ? `one of the fixable rules ${allowed.map((r) => `\`${r}\``).join(", ")}` : "a rule id";
    if (all.some((rule) => rule.id === id)) {
      throw new CatalogLintError(`${option} \`${id}\`: that rule has no fixes, expected ${expected2}`);
    }
    const suggestion = didYouMean(id, allowed);
    throw new CatalogLintError(
      `${option} \`${id}\`: unknown rule${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}, expected ${expected2} (see docs/rules)`
    );
  }
  return [...new Set(ids)].sort();
}

// src/cli/args.ts
var HELP = `Usage: catalog-lint [options] [paths...]
       catalog-lint new "Tool Name" --dataset <id>   (write a new entry; see catalog-lint new --help)
       catalog-lint init [--dry-run] [--force]       (infer a schema from the entries; see catalog-lint init --help)

Lint markdown catalog entries against the catalog's own templates.
Paths are files, folders or quoted globs; default: the config's \`include\`,
else every *.md below the working directory (node_modules and .git excluded).

Options:
  -f, --format <name>      Output format: ${Object.keys(reporters).join(", ")} (default: stylish)
  -c, --config <file>      Use this config file instead of the nearest .catalog-lintrc.*
      --schema <id|file>   Check every file against a preset (awesome-comparisons),
                           a template .md, or a schema .json/.yaml
      --now <YYYY-MM-DD>   "Today" for date rules (env CATALOG_LINT_NOW; default: UTC date)
      --changed-since <ref> Lint only catalog files changed since a git ref (and compare them
                           with it: last-update-not-bumped), as a pull request check does
      --cache              Reuse results of files that did not change (kept in
                           node_modules/.cache/catalog-lint; safe across config, template and version changes)
      --cache-location <path> Where --cache keeps its results (a file, or a folder to keep
                           results.bin in)
      --fix                Fix what is safe to fix, in place, then report what remains
      --fix-dry-run        Print the fixes as a unified diff instead of writing them
      --stdin              Lint the text on stdin; with --fix, print the fixed text on stdout
      --stdin-filename <path> The file the stdin text is (its schema, its config overrides)
      --catalog-files-only Skip, silently, given files that are not catalog entries (for hooks)
${RULE_OPTIONS_HELP}      --max-warnings <n>   Exit 1 when there are more than n warnings
  -q, --quiet              Report errors only
  -o, --output-file <file> Write the report to a file instead of stdout
      --print-config <file> Print the configuration and schema used for a file
      --color / --no-color Force colors on or off (NO_COLOR and FORCE_COLOR are honoured)
  -v, --version            Print the version
  -h, --help               Print this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 fatal (usage, config, unreadable input).
Docs: https://github.com/catalog-lint/catalog-lint#readme
`;
function parseCliArgs(argv, env) {
  const { values, positionals } = parseOptions(argv, OPTIONS, "catalog-lint --help");
  const format = values.format ?? "stylish";
  if (!reporters[format]) {
    throw new CatalogLintError(`Unknown format \`${format}\`, expected one of ${Object.keys(reporters).join(", ")}`);
  }
  const now = todayFrom(env, { name: "--now", value: values.now });
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new CatalogLintError(`Invalid --max-warnings \`${values["max-warnings"]}\`, expected a whole number \u2265 0`);
    }
  }
  if (values.fix && values["fix-dry-run"]) {
    throw new CatalogLintError("Use either --fix or --fix-dry-run, not both");
  }
  if (values["stdin-filename"] !== void 0 && !values.stdin) {
    throw new CatalogLintError("--stdin-filename names the file the stdin text is: use it with --stdin");
  }
  if (values.stdin) {
    const conflict = [
      "fix-dry-run",
      "changed-since",
      "cache",
      "cache-location",
      "output-file",
      "print-config",
      "suppress-all",
      "suppress-rule",
      "prune-suppressions"
    ].find(
      (name) => values[name] !== void 0 && values[name] !== false
    );
    if (conflict) throw new CatalogLintError(`--stdin lints one text: it does not take --${conflict}`);
    if (positionals.length > 0) {
      throw new CatalogLintError(
        `--stdin lints the text on stdin, not \`${positionals[0]}\`: name the file it stands for with --stdin-filename`
      );
    }
  }
  const args = {
    ...ruleArgs(values),
    paths: positionals,
    format,
    now,
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
    fixDryRun: values["fix-dry-run"] ?? false,
    cache: values.cache ?? false,
    stdin: values.stdin ?? false,
    catalogFilesOnly: values["catalog-files-only"] ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  };
  if (values.config !== void 0) args.config = values.config;
  if (values.schema !== void 0) args.schema = values.schema;
  if (maxWarnings !== void 0) args.maxWarnings = maxWarnings;
  if (values["output-file"] !== void 0) args.outputFile = values["output-file"];
  if (values["print-config"] !== void 0) args.printConfig = values["print-config"];
  if (values["changed-since"] !== void 0) args.changedSince = values["changed-since"];
  if (values["cache-location"] !== void 0) args.cacheLocation = values["cache-location"];
  if (values["stdin-filename"] !== void 0) args.stdinFilename = values["stdin-filename"];
  if (values.color !== void 0) args.color = values.color;
  if (values["no-color"]) args.color = false;
  return args;
}
var OPTIONS = {
  format: { type: "string", short: "f" },
  config: { type: "string", short: "c" },
  schema: { type: "string" },
  now: { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  fix: { type: "boolean" },
  "changed-since": { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  "fix-dry-run": { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "catalog-files-only": { type: "boolean" },
  "output-file": { type: "string", short: "o" },
  "print-config": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  ...RULE_OPTIONS
};

// src/cli/init.ts
init_import_meta_url();
var import_node_fs16 = require("node:fs");
var import_node_path26 = require("node:path");

// src/infer/index.ts
init_import_meta_url();
var import_node_path25 = require("node:path");

// src/infer/agreement.ts
init_import_meta_url();
function outliersAllowed(total) {
  if (total < 8) return 0;
  return Math.max(1, Math.floor(total * 0.05));
}
function nearlyAll(count2, total) {
  return total > 0 && count2 >= total - outliersAllowed(total);
}
function share(count2, total, what = "entries") {
  const n = (value) => value.toLocaleString("en-US");
  return count2 === total ? `in all ${n(total)} ${what}` : `in ${n(count2)} of ${n(total)} ${what}`;
}
function tally(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
function byCount(counts) {
  return [...counts].sort((a, b) => b[1] - a[1]);
}

// src/infer/body.ts
init_import_meta_url();

// src/infer/spelling.ts
init_import_meta_url();
function splitMisspellings(counts) {
  const ordered = byCount(counts);
  const misspelt = /* @__PURE__ */ new Map();
  const kept = [];
  for (const [name, count2] of ordered) {
    if (count2 <= 2) {
      const frequent = kept.filter((k) => (counts.get(k) ?? 0) >= Math.max(2, count2 * 2));
      const closest = frequent.length > 0 ? didYouMean(name, frequent) : void 0;
      if (closest !== void 0 && isMisspelling(name, closest)) {
        misspelt.set(name, closest);
        continue;
      }
    }
    kept.push(name);
  }
  return { kept, misspelt };
}
function isMisspelling(name, closest) {
  if (looseKey(name) === looseKey(closest)) return true;
  if (name.length < 4) return false;
  const digitless = (s2) => s2.replace(/\d+/g, "#");
  return digitless(name) !== digitless(closest);
}

// src/infer/values.ts
init_import_meta_url();
var MONTHS2 = "January|February|March|April|May|June|July|August|September|October|November|December";
var SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
var DATE_FORMATS = [
  ["YYYY-MM-DD", /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/],
  ["MMMM D, YYYY", new RegExp(`^(${MONTHS2}) ([1-9]|[12]\\d|3[01]), \\d{4}$`)],
  ["MMM D, YYYY", new RegExp(`^(${SHORT_MONTHS}) ([1-9]|[12]\\d|3[01]), \\d{4}$`)],
  ["D MMMM YYYY", new RegExp(`^([1-9]|[12]\\d|3[01]) (${MONTHS2}) \\d{4}$`)],
  ["MMMM YYYY", new RegExp(`^(${MONTHS2}) \\d{4}$`)],
  ["YYYY/MM/DD", /^\d{4}\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])$/],
  ["DD.MM.YYYY", /^(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.\d{4}$/]
];
function dateFormatOf2(values) {
  if (values.length === 0) return void 0;
  let best;
  for (const [format, shape] of DATE_FORMATS) {
    const count2 = values.filter((v) => shape.test(v)).length;
    if (count2 > (best?.count ?? 0)) best = { format, count: count2 };
  }
  return best && nearlyAll(best.count, values.length) ? best : void 0;
}
var URL_SHAPE = /^https?:\/\/[^\s/]+[^\s]*$/i;
function urlShapeOf(values) {
  const urls = values.filter((v) => URL_SHAPE.test(v));
  if (urls.length === 0 || !nearlyAll(urls.length, values.length)) return void 0;
  const hosts = tally(urls.map((u) => hostOf(u)).filter((h) => h !== void 0));
  const httpsOnly = urls.every((u) => /^https:/i.test(u));
  const fewHosts = hosts.size <= 3 && urls.length >= 3 * hosts.size && urls.length >= 3;
  return { count: urls.length, httpsOnly, ...fewHosts ? { hosts: [...hosts.keys()].sort() } : {} };
}
function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return void 0;
  }
}
var STRING_SHAPES = [
  { name: "`owner/name`", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", test: /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/ },
  { name: "a lowercase slug", pattern: "^[a-z0-9][a-z0-9-]*$", test: /^[a-z0-9][a-z0-9-]*$/ }
];
function stringShapeOf(values) {
  if (values.length < 5) return void 0;
  return STRING_SHAPES.find((shape) => values.every((v) => shape.test.test(v)));
}
function closedSetOf(values) {
  if (values.length < 6 || values.some((v) => v.length > 40 || v.trim() === "")) return void 0;
  const counts = tally(values);
  const { kept, misspelt } = splitMisspellings(counts);
  if (kept.length > 12 || values.length < 3 * kept.length) return void 0;
  const repeated = kept.filter((v) => (counts.get(v) ?? 0) > 1).reduce((sum2, v) => sum2 + (counts.get(v) ?? 0), 0);
  if (repeated < values.length - outliersAllowed(values.length) - misspelt.size) return void 0;
  return { values: byCount(new Map(kept.map((v) => [v, counts.get(v) ?? 0]))).map(([v]) => v), misspelt };
}

// src/infer/body.ts
var TITLE_KEYS = ["title", "display_name", "displayName", "name"];
function inferTitle(entries, notes, frontMatterKeys = []) {
  const total = entries.length;
  const titled = entries.filter((e) => e.title !== void 0);
  if (titled.length > 0 && titled.length * 2 >= total) {
    const withUrl = titled.filter((e) => e.title?.url !== void 0).length;
    const url = nearlyAll(withUrl, titled.length) ? "required" : withUrl === 0 ? "none" : "optional";
    notes.add(
      ["title"],
      `a \`# Name\` heading ${share(titled.length, total)}; ${withUrl === titled.length ? "each" : `${withUrl}`} with \` - URL\``
    );
    return { from: "heading", url };
  }
  const key = TITLE_KEYS.find((k) => frontMatterKeys.includes(k));
  if (key) {
    notes.add(
      ["title"],
      `no \`#\` title heading (${share(titled.length, total)}); the front-matter key \`${key}\` names each entry`
    );
    return { from: "frontMatter", key };
  }
  notes.add(["title"], `no \`#\` title heading (${share(titled.length, total)})`);
  return { from: "none" };
}
function inferBody(entries, notes) {
  const total = entries.length;
  const groupCounts = tally(entries.flatMap((e) => unique(e.groups.map((g) => g.name))));
  const withGroups = entries.filter((e) => e.groups.length > 0).length;
  const top = Math.max(0, ...groupCounts.values());
  if (withGroups === 0 || top * 2 < total) {
    if (withGroups > 0) {
      notes.add(
        ["body"],
        `\`##\` headings ${share(withGroups, total)}, but no heading name shared by half of them: any heading is allowed`
      );
    }
    return { groups: [], open: withGroups > 0, ordered: true, misspelt: /* @__PURE__ */ new Map(), coherent: false };
  }
  const { kept, misspelt } = splitMisspellings(groupCounts);
  const order = orderOf(
    entries.map((e) => e.groups.map((g) => g.name)),
    kept
  );
  let ordered = inOrder(
    entries.map((e) => e.groups.map((g) => g.name)),
    order
  );
  const fieldHome = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    for (const group of entry.groups) {
      for (const name of unique(group.fields.map((f) => f.name))) {
        const homes = fieldHome.get(name) ?? /* @__PURE__ */ new Map();
        homes.set(group.name, (homes.get(group.name) ?? 0) + 1);
        fieldHome.set(name, homes);
      }
    }
  }
  const fieldCounts = new Map([...fieldHome].map(([name, homes]) => [name, sum(homes.values())]));
  const fieldsSplit = splitMisspellings(fieldCounts);
  for (const [name, to] of fieldsSplit.misspelt) misspelt.set(name, to);
  const groups = order.map((name, i2) => {
    const count2 = groupCounts.get(name) ?? 0;
    const sections = entries.flatMap((e) => e.groups.filter((g) => g.name === name));
    const required = nearlyAll(count2, total) && total >= 2;
    notes.add(["groups", i2], `\`## ${name}\` ${share(count2, total)}`);
    const fieldNames2 = fieldsSplit.kept.filter((f) => homeOf(fieldHome.get(f)) === name);
    const fieldOrder2 = orderOf(
      sections.map((s2) => s2.fields.map((f) => f.name)),
      fieldNames2
    );
    if (!inOrder(
      sections.map((s2) => s2.fields.map((f) => f.name)),
      fieldOrder2
    ))
      ordered = false;
    const fields = fieldOrder2.map((fieldName, j) => {
      const fieldSections = sections.flatMap((s2) => s2.fields.filter((f) => f.name === fieldName));
      const present = fieldCounts.get(fieldName) ?? 0;
      return fieldFrom2(fieldName, fieldSections, present, total, notes, ["groups", i2, "fields", j]);
    });
    const withValues = sections.filter((s2) => s2.values.length > 0);
    const group = { name, required, fields };
    if (fields.length === 0 && withValues.length > 0) {
      group.value = fieldFrom2(name, sections, count2, total, notes, ["groups", i2, "value"]);
    } else if (withValues.length > outliersAllowed(sections.length)) {
      group.value = { name, kind: "text", multiple: true, required: false, aliases: [] };
      notes.add(
        ["groups", i2, "value"],
        `text before the \`###\` fields ${share(withValues.length, sections.length)} that have the group`
      );
    }
    return group;
  });
  if (misspelt.size > 0) {
    notes.add(
      ["groups"],
      `left out as misspellings: ${[...misspelt].map(([h, to]) => `\`${h}\` (\`${to}\`)`).join(", ")}`
    );
  }
  return { groups, open: false, ordered, misspelt, coherent: true };
}
function fieldFrom2(name, sections, present, total, notes, path) {
  const required = nearlyAll(present, total) && total >= 2;
  const perEntry = sections.map(
    (s2) => s2.values.filter((v) => v.kind === "item" || v.kind === "line").map((v) => v.text)
  );
  const values = perEntry.flat().filter((v) => v !== "" && v !== "-");
  const several = perEntry.filter((v) => v.length > 1).length;
  let multiple = several > outliersAllowed(sections.length) || sections.length < 3;
  const parts = [share(present, total)];
  let kind = "text";
  let allowed;
  if (values.length >= 3) {
    const yesNo = values.filter((v) => v === "Yes" || v === "No").length;
    const date = dateFormatOf2(values);
    const urls = urlShapeOf(values);
    const closed = closedSetOf(values);
    if (nearlyAll(yesNo, values.length)) {
      kind = "yes-no";
      allowed = ["Yes", "No"];
      multiple = false;
      parts.push(`\`Yes\` or \`No\` (${yesNo} of ${values.length})`);
    } else if (date?.format === "YYYY-MM-DD") {
      kind = "date";
      multiple = false;
      parts.push(`ISO dates (${date.count} of ${values.length})`);
    } else if (/rating/i.test(name) && nearlyAll(values.filter((v) => /^\[\d\]/.test(v)).length, values.length)) {
      kind = "rating";
      parts.push("ratings `[N] \u2026`");
    } else if (urls) {
      kind = "url";
      parts.push(`URLs (${urls.count} of ${values.length})`);
    } else if (closed && holdsAll(perEntry, closed.values)) {
      parts.push(`an entry holds all ${closed.values.length} of its values: free text, not a label list`);
    } else if (closed) {
      kind = "label";
      allowed = closed.values;
      parts.push(`${plural(closed.values.length, "label")} used again and again`);
      if (closed.misspelt.size > 0) {
        parts.push(
          `left out as misspellings: ${[...closed.misspelt].map(([v, to]) => `\`${v}\` (\`${to}\`)`).join(", ")}`
        );
      }
    }
  }
  if (kind === "text" || kind === "url") multiple = true;
  notes.add(path, parts.join("; "));
  return { name, kind, ...allowed ? { values: allowed } : {}, multiple, required, aliases: [] };
}
function holdsAll(perEntry, values) {
  return values.length >= 2 && perEntry.some((texts) => values.every((v) => texts.includes(v)));
}
function orderOf(sequences, names) {
  const known = new Set(names);
  const positions = /* @__PURE__ */ new Map();
  for (const sequence of sequences) {
    const seen = unique(sequence.filter((n) => known.has(n)));
    seen.forEach((name, i2) => {
      const list = positions.get(name) ?? [];
      list.push(seen.length > 1 ? i2 / (seen.length - 1) : 0);
      positions.set(name, list);
    });
  }
  const mean = (name) => {
    const list = positions.get(name) ?? [0];
    return sum(list) / list.length;
  };
  return names.map((name, i2) => ({ name, i: i2, at: mean(name) })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.name);
}
function inOrder(sequences, order) {
  const rank = new Map(order.map((name, i2) => [name, i2]));
  const outOfOrder = sequences.filter((sequence) => {
    let last = -1;
    for (const name of sequence) {
      const r = rank.get(name);
      if (r === void 0) continue;
      if (r < last) return true;
      last = r;
    }
    return false;
  }).length;
  return outOfOrder <= outliersAllowed(sequences.length);
}
function homeOf(homes) {
  return homes ? [...homes].sort((a, b) => b[1] - a[1])[0]?.[0] : void 0;
}
function unique(values) {
  return [...new Set(values)];
}
function sum(values) {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

// src/infer/front-matter.ts
init_import_meta_url();
function typeOf(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "object") return value instanceof Date ? "string" : "map";
  return "string";
}
function inferFrontMatter(samples, notes) {
  const total = samples.length;
  const withBlock = samples.filter((s2) => s2.hasBlock).length;
  if (withBlock === 0 || withBlock * 2 < total) return void 0;
  const parsed = samples.filter(
    (s2) => s2.data !== void 0
  );
  const n = parsed.length;
  const required = nearlyAll(withBlock, total);
  const toml = samples.filter((s2) => s2.syntax === "toml").length;
  const [fence, language] = toml * 2 > withBlock ? [fenceOf("toml"), "TOML"] : [fenceOf("yaml"), "YAML"];
  const valid = n < withBlock ? `; the counts below are of the ${n} that are valid ${language}` : "";
  notes.add(["frontMatter"], `A \`${fence}\` front matter block ${share(withBlock, total)}${valid}`);
  notes.add(["frontMatter", "required"], required ? "every entry needs the block" : "some entries have none");
  const keyCounts = tally(parsed.flatMap((s2) => Object.keys(s2.data)));
  const { kept, misspelt } = splitMisspellings(keyCounts);
  notes.add(
    ["frontMatter", "closed"],
    misspelt.size > 0 ? `no other keys; seen once or twice and written like a key above (misspellings): ${[...misspelt].map(([k, to]) => `\`${k}\` (\`${to}\`)`).join(", ")}` : "no keys beyond these"
  );
  const keys = {};
  for (const key of kept) {
    const present = parsed.filter((s2) => Object.hasOwn(s2.data, key));
    const values = present.map((s2) => s2.data[key]);
    keys[key] = inferKey(key, values, present, n, notes);
  }
  return {
    spec: { required, closed: true, keys },
    misspelt
  };
}
function inferKey(key, values, present, total, notes) {
  const path = ["frontMatter", "keys", key];
  const count2 = values.length;
  const filled = values.filter((v) => typeOf(v) !== "null" && !(typeof v === "string" && v.trim() === ""));
  const required = nearlyAll(count2, total) && total >= 2;
  const emptyCount = count2 - filled.length;
  const parts = [`${share(count2, total)}`];
  if (emptyCount > 0) parts.push(`empty in ${emptyCount}`);
  const spec = { type: "any", required };
  if (required && emptyCount > outliersAllowed(count2)) spec.nonEmpty = false;
  const types2 = tally(filled.map(typeOf));
  if (types2.has("integer") && types2.has("number")) {
    types2.set("number", (types2.get("number") ?? 0) + (types2.get("integer") ?? 0));
    types2.delete("integer");
  }
  const [type2, typed] = [...types2].sort((a, b) => b[1] - a[1])[0] ?? ["null", 0];
  if (type2 !== "null" && nearlyAll(typed, filled.length) && (types2.size === 1 || filled.length >= 5)) {
    spec.type = type2;
  } else if (types2.size > 1) {
    parts.push(`mixed: ${[...types2].map(([t, c]) => `${c} ${t}`).join(", ")}`);
  }
  if (spec.type === "string") {
    const strings = filled.filter((v) => typeof v === "string");
    Object.assign(spec, stringFacts(strings, present, parts));
  } else if (spec.type === "integer") {
    const numbers = filled;
    if (numbers.every((y) => y >= 1900 && y <= 2100)) parts.push("years (a number, not a date)");
  } else if (spec.type === "list") {
    const items = filled.flatMap((v) => Array.isArray(v) ? v : []);
    const itemTypes = tally(items.map(typeOf));
    if (itemTypes.size === 1 && itemTypes.has("string")) {
      const itemParts = [];
      const facts = stringFacts(items, [], itemParts);
      spec.items = { type: "string", required: false, ...facts };
      parts.push(
        `lists, ${plural(items.length, "item")} in all${itemParts.length ? `; items: ${itemParts.join("; ")}` : ""}`
      );
    }
  }
  notes.add(path, parts.join("; "));
  return spec;
}
function stringFacts(strings, present, parts) {
  if (strings.length === 0) return {};
  const date = dateFormatOf2(strings);
  if (date && strings.length >= 3) {
    parts.push(`dates written \`${date.format}\` (${date.count} of ${strings.length})`);
    return { type: "date", ...date.format === "YYYY-MM-DD" ? {} : { dateFormat: date.format } };
  }
  const url = urlShapeOf(strings);
  if (url && strings.length >= 3) {
    const hosts = url.hosts ? ` on ${url.hosts.map((h) => `\`${h}\``).join(", ")}` : "";
    parts.push(`URLs${hosts}${url.httpsOnly ? ", all https" : ""}`);
    return {
      format: "url",
      ...url.hosts || url.httpsOnly ? { url: { ...url.httpsOnly ? { schemes: ["https"] } : {}, ...url.hosts ? { hosts: url.hosts } : {} } } : {}
    };
  }
  const closed = closedSetOf(strings);
  if (closed) {
    parts.push(`${plural(closed.values.length, "value")} used again and again`);
    if (closed.misspelt.size > 0) {
      parts.push(
        `left out as misspellings: ${[...closed.misspelt].map(([v, to]) => `\`${v}\` (\`${to}\`)`).join(", ")}`
      );
    }
    return { enum: closed.values };
  }
  const facts = {};
  if (present.length >= 5 && present.length === strings.length) {
    if (present.every((s2, i2) => strings[i2] === s2.folder)) {
      parts.push("always the entry's folder name");
      facts.equalsPath = "folder";
    } else if (present.every((s2, i2) => strings[i2] === s2.file)) {
      parts.push("always the entry's file name");
      facts.equalsPath = "file";
    }
  }
  const shape = stringShapeOf(strings);
  if (shape) {
    parts.push(`always ${shape.name}`);
    facts.pattern = shape.pattern;
  }
  return facts;
}

// src/infer/notes.ts
init_import_meta_url();
var Notes = class {
  #notes = /* @__PURE__ */ new Map();
  add(path, text) {
    const key = JSON.stringify(path);
    const had = this.#notes.get(key);
    this.#notes.set(key, { path: [...path], text: had ? `${had.text}; ${text}` : text });
  }
  /** Forget the notes on `prefix` and below it (what the file no longer writes). */
  drop(prefix) {
    for (const [key, note] of this.#notes) {
      if (prefix.every((part, i2) => note.path[i2] === part)) this.#notes.delete(key);
    }
  }
  get(path) {
    return this.#notes.get(JSON.stringify(path))?.text;
  }
  all() {
    return [...this.#notes.values()];
  }
};

// src/infer/select.ts
init_import_meta_url();
var import_node_path23 = require("node:path");
var DOCUMENTATION = /* @__PURE__ */ new Set([
  "readme",
  "contributing",
  "code_of_conduct",
  "code-of-conduct",
  "changelog",
  "changes",
  "history",
  "license",
  "licence",
  "security",
  "support",
  "authors",
  "maintainers",
  "governance",
  "funding",
  "pull_request_template",
  "issue_template",
  "source"
]);
var NOT_ENTRY_FOLDERS = /* @__PURE__ */ new Set([
  "docs",
  "doc",
  "documentation",
  "node_modules",
  "test",
  "tests",
  "__tests__",
  "spec",
  "config",
  "configuration",
  "criteria",
  "templates",
  "template",
  "dist",
  "build",
  "vendor"
]);
var MIN_ENTRIES = 3;
function notEntryReason(path, contentFolders = []) {
  const segments = path.split("/");
  const base = (segments.pop() ?? "").replace(/\.mdx?$/i, "");
  const folder = segments.find(
    (s2, i2) => s2.startsWith(".") || NOT_ENTRY_FOLDERS.has(s2.toLowerCase()) && !(i2 === 0 && contentFolders.includes(s2))
  );
  if (folder !== void 0) return `in \`${folder}/\``;
  if (DOCUMENTATION.has(base.toLowerCase())) return "documentation";
  if (/template/i.test(base)) return "a template";
  return void 0;
}
function clusterEntries(paths, contentFolders = []) {
  const skipped = /* @__PURE__ */ new Map();
  const candidates = [];
  for (const path of paths) {
    const reason = notEntryReason(path, contentFolders);
    if (reason) skipped.set(path, reason);
    else candidates.push(path);
  }
  const byDir = /* @__PURE__ */ new Map();
  for (const path of candidates) push(byDir, import_node_path23.posix.dirname(path), path);
  const perSubfolder = /* @__PURE__ */ new Map();
  for (const [dir, files2] of byDir) {
    if (files2.length !== 1 || dir === ".") continue;
    const file = files2[0];
    push(perSubfolder, `${import_node_path23.posix.dirname(dir)}\0${import_node_path23.posix.basename(file)}`, file);
  }
  const clusters = [];
  const taken = /* @__PURE__ */ new Set();
  for (const [key, files2] of perSubfolder) {
    if (files2.length < MIN_ENTRIES) continue;
    const [parent, base] = key.split("\0");
    clusters.push({ glob: join11(parent, `*/${base}`), folder: parent, files: files2, exclude: [] });
    for (const f of files2) taken.add(f);
  }
  for (const [dir, files2] of byDir) {
    if (files2.every((f) => taken.has(f))) continue;
    if (files2.length < MIN_ENTRIES) {
      for (const f of files2) skipped.set(f, `one of ${files2.length} files in \`${dir}/\`, too few for a catalog`);
      continue;
    }
    const extensions = new Set(files2.map(markdownExtension));
    const glob = join11(dir, extensions.size === 1 ? `*${[...extensions][0] ?? ".md"}` : "*.{md,mdx}");
    const exclude = paths.filter(
      (p) => import_node_path23.posix.dirname(p) === dir && skipped.has(p) && extensions.has(markdownExtension(p))
    );
    clusters.push({ glob, folder: dir, files: files2, exclude });
  }
  clusters.sort((a, b) => a.glob < b.glob ? -1 : a.glob > b.glob ? 1 : 0);
  return { clusters, skipped };
}
function join11(dir, rest) {
  return dir === "." ? rest : `${dir}/${rest}`;
}
function push(map2, key, value) {
  const list = map2.get(key);
  if (list) list.push(value);
  else map2.set(key, [value]);
}
function markdownExtension(path) {
  return /\.mdx$/i.test(path) ? ".mdx" : /\.md$/i.test(path) ? ".md" : void 0;
}

// src/infer/site-content.ts
init_import_meta_url();
var import_node_path24 = require("node:path");
var DOCUSAURUS_CONFIGS = ["js", "ts", "mjs", "cjs", "mts", "cts"].map((ext) => `docusaurus.config.${ext}`);
var ASTRO_COLLECTION = /^src\/content\/([^/]+)$/;
var NO_SITE = { folders: [], jsonSchemaOf: () => void 0 };
function siteContent(exists2) {
  return {
    folders: DOCUSAURUS_CONFIGS.some(exists2) ? ["docs"] : [],
    jsonSchemaOf(folder) {
      const name = ASTRO_COLLECTION.exec(folder)?.[1];
      const path = name && import_node_path24.posix.join(".astro", "collections", `${name}.schema.json`);
      return path && exists2(path) ? path : void 0;
    }
  };
}

// src/infer/index.ts
var DEFAULT_FILENAME = new RegExp(DEFAULT_FILENAME_PATTERN);
function inferCatalogs(files2, site = NO_SITE) {
  const texts = new Map(files2.map((f) => [f.path, f.text]));
  const paths = [...texts.keys()].sort();
  const { clusters, skipped } = clusterEntries(paths, site.folders);
  const catalogs = [];
  for (const cluster of clusters) {
    const entries = cluster.files.map((path) => buildEntry(createSourceFile(path, texts.get(path) ?? "")));
    const catalog = inferCatalog(cluster, entries, site.jsonSchemaOf(cluster.folder));
    if (catalog) catalogs.push(catalog);
    else
      for (const f of cluster.files)
        skipped.set(f, `the files of \`${cluster.folder}/\` share no front matter, title or headings`);
  }
  return { catalogs, skipped };
}
function inferCatalog(cluster, entries, jsonSchema) {
  const notes = new Notes();
  const total = entries.length;
  const samples = entries.map((entry) => {
    const path = entry.source.path;
    const file = import_node_path25.posix.basename(path).replace(/\.mdx?$/i, "");
    const folder = import_node_path25.posix.basename(import_node_path25.posix.dirname(path));
    return {
      hasBlock: entry.frontMatter !== void 0,
      ...entry.frontMatter ? { syntax: entry.frontMatter.syntax } : {},
      ...entry.frontMatter?.data ? { data: entry.frontMatter.data } : {},
      folder,
      file
    };
  });
  const frontMatter = inferFrontMatter(samples, notes);
  const requiredKeys = Object.entries(frontMatter?.spec.keys ?? {}).filter(([, spec]) => spec.required && spec.type === "string").map(([key]) => key);
  const title = inferTitle(entries, notes, requiredKeys);
  const body = inferBody(entries, notes);
  if (!frontMatter && !body.coherent && !(title.from === "heading" && title.url === "required")) return void 0;
  if (frontMatter && jsonSchema) useJsonSchema(frontMatter.spec, jsonSchema, notes);
  const name = cluster.folder === "." ? "catalog" : cluster.folder;
  notes.add([], `Inferred by \`catalog-lint init\` from ${total} entries (\`${cluster.glob}\`). Edit freely.`);
  const schema2 = {
    name,
    title,
    groups: body.groups,
    ...frontMatter ? { frontMatter: frontMatter.spec } : {},
    ...body.open ? { body: { open: true } } : {}
  };
  const rules2 = /* @__PURE__ */ new Map();
  if (!body.ordered)
    rules2.set("section-order", { setting: "off", why: "entries disagree on the order of their headings" });
  const badNames = entries.filter((e) => !DEFAULT_FILENAME.test(import_node_path25.posix.basename(e.source.path))).length;
  if (badNames * 2 > total) {
    rules2.set("filename", {
      setting: "off",
      why: `file names are not lowercase-with-hyphens ${share(badNames, total)}`
    });
  }
  if (title.from !== "heading") {
    rules2.set("title", {
      setting: "off",
      why: `entries have no \`#\` title heading${title.key ? ` (\`${title.key}\` names them)` : ""}`
    });
  }
  const recordDates = Object.entries(frontMatter?.spec.keys ?? {}).filter(([key, spec]) => spec.type === "date" && !/updat|modified|checked|reviewed/i.test(key)).map(([key]) => `\`${key}\``);
  if (recordDates.length > 0) {
    rules2.set("stale-date", {
      setting: "off",
      why: `${recordDates.join(", ")}: dates of record, not of a last update`
    });
  }
  if (body.open) rules2.set("unknown-section", { setting: "off", why: "any heading is allowed in the body" });
  return { cluster, schema: schema2, notes, rules: rules2 };
}
function useJsonSchema(spec, path, notes) {
  spec.keys = {};
  spec.closed = false;
  spec.jsonSchema = path;
  notes.drop(["frontMatter", "keys"]);
  notes.drop(["frontMatter", "closed"]);
  notes.add(["frontMatter", "jsonSchema"], "the JSON Schema the site generates for these entries checks their keys");
}

// src/infer/render.ts
init_import_meta_url();
function compactSchema(schema2) {
  const out = { name: schema2.name };
  if (schema2.title) out.title = schema2.title;
  if (schema2.frontMatter) {
    const { required, closed, jsonSchema, keys } = schema2.frontMatter;
    out.frontMatter = {
      required,
      closed,
      ...jsonSchema ? { jsonSchema } : {},
      // Beside a JSON Schema, keys are only what it does not say (none, as init writes it).
      ...jsonSchema && Object.keys(keys ?? {}).length === 0 ? {} : { keys: Object.fromEntries(Object.entries(keys ?? {}).map(([k, spec]) => [k, compactKey(spec)])) }
    };
  }
  if (schema2.body) out.body = schema2.body;
  out.groups = schema2.groups.map(compactGroup);
  return out;
}
function compactKey(spec) {
  const out = {};
  for (const [key, value] of Object.entries(spec)) {
    if (value === void 0) continue;
    if (key === "required" && value === false) continue;
    if (key === "type" && value === "any") continue;
    out[key] = key === "items" ? compactKey(value) : value;
  }
  return out;
}
function compactGroup(group) {
  return {
    name: group.name,
    required: group.required,
    ...group.value ? { value: compactField(group.value) } : {},
    ...group.fields.length > 0 ? { fields: group.fields.map(compactField) } : {}
  };
}
function compactField(field2) {
  return {
    name: field2.name,
    kind: field2.kind,
    ...field2.values ? { values: field2.values } : {},
    multiple: field2.multiple,
    required: field2.required
  };
}
function renderSchema(catalog) {
  const { yaml } = configParsers();
  const doc = new yaml.Document(compactSchema(catalog.schema));
  attachNotes(doc, catalog.notes);
  return doc.toString({ lineWidth: 0 });
}
function attachNotes(doc, notes) {
  const { yaml } = configParsers();
  for (const { path, text } of notes.all()) {
    const comment = ` ${text}`;
    if (path.length === 0) {
      doc.commentBefore = comment;
      continue;
    }
    for (let end = path.length; end > 0; end--) {
      const parent = end === 1 ? doc.contents : doc.getIn(path.slice(0, end - 1), true);
      const last = path[end - 1];
      let target;
      if (yaml.isMap(parent)) {
        const pair = parent.items.find((p) => yaml.isScalar(p.key) && p.key.value === last);
        if (pair && yaml.isScalar(pair.key)) target = pair.key;
      } else if (yaml.isSeq(parent) && typeof last === "number") {
        const item = parent.items[last];
        if (yaml.isNode(item)) target = item;
      }
      if (target) {
        target.commentBefore = target.commentBefore ? `${target.commentBefore}
${comment}` : comment;
        break;
      }
    }
  }
}
function schemaFileNames(catalogs) {
  if (catalogs.length === 1) return ["catalog-schema.yaml"];
  const used = /* @__PURE__ */ new Set();
  return catalogs.map((c) => {
    const base = c.cluster.folder === "." ? "root" : c.cluster.folder.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
    let name = `catalog-schema.${base || "catalog"}.yaml`;
    for (let i2 = 2; used.has(name); i2++) name = `catalog-schema.${base}-${i2}.yaml`;
    used.add(name);
    return name;
  });
}
function renderConfig(catalogs, schemaFiles) {
  const { yaml } = configParsers();
  const include = catalogs.map((c) => c.cluster.glob);
  const exclude = catalogs.flatMap((c) => c.cluster.exclude);
  const single = catalogs.length === 1;
  const rulesOf = (c) => Object.fromEntries([...c.rules].map(([r, { setting }]) => [r, setting]));
  const config = {
    include,
    ...exclude.length > 0 ? { exclude } : {},
    ...single ? { schema: schemaFiles[0] } : {},
    ...single && catalogs[0] && catalogs[0].rules.size > 0 ? { rules: rulesOf(catalogs[0]) } : {},
    ...single ? {} : {
      overrides: catalogs.map((c, i2) => ({
        files: c.cluster.glob,
        schema: schemaFiles[i2],
        ...c.rules.size > 0 ? { rules: rulesOf(c) } : {}
      }))
    }
  };
  const doc = new yaml.Document(config);
  doc.commentBefore = [
    " Written by `catalog-lint init` from the entries of this repository; edit freely.",
    " yaml-language-server: $schema=./node_modules/catalog-lint/schema/catalog-lintrc.schema.json"
  ].join("\n");
  const includeNode = doc.getIn(["include"], true);
  if (yaml.isSeq(includeNode)) {
    catalogs.forEach((c, i2) => {
      const item = includeNode.items[i2];
      if (yaml.isNode(item)) item.commentBefore = ` ${c.cluster.files.length} entries`;
    });
  }
  const excludeNode = doc.getIn(["exclude"], true);
  if (yaml.isSeq(excludeNode) && excludeNode.items[0] && yaml.isNode(excludeNode.items[0])) {
    excludeNode.items[0].commentBefore = " beside the entries, but documentation or templates";
  }
  for (const [i2, c] of catalogs.entries()) {
    const path = single ? ["rules"] : ["overrides", i2, "rules"];
    const rules2 = doc.getIn(path, true);
    if (!yaml.isMap(rules2)) continue;
    for (const pair of rules2.items) {
      if (yaml.isScalar(pair.key)) pair.key.commentBefore = ` ${c.rules.get(String(pair.key.value))?.why}`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

// src/cli/init.ts
var INIT_HELP = `Usage: catalog-lint init [options]

Run in a catalog's root: infer a schema from the existing entries and write
.catalog-lintrc.yaml and a schema file beside it (catalog-schema.yaml, or one per
catalog), commented with what was inferred from how many entries. Afterwards
\`npx catalog-lint\` reports the entries that break what the others agree on.

Options:
      --dry-run   Print what would be written; write nothing
      --force     Replace an existing config and schema files
  -h, --help      Show this help
`;
var INIT_OPTIONS = {
  "dry-run": { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function runInit(argv, io) {
  const { values, positionals } = parseOptions(argv, INIT_OPTIONS, "catalog-lint init --help");
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new CatalogLintError(
      `Unexpected argument \`${positionals[0]}\`, expected none: run catalog-lint init in the catalog's root folder`
    );
  }
  const dryRun = values["dry-run"] === true;
  const force = values.force === true;
  const existing = CONFIG_FILES.find((name) => exists((0, import_node_path26.join)(io.cwd, name)));
  if (existing && !force && !dryRun) {
    throw new CatalogLintError(
      `${existing} already exists; catalog-lint init does not replace it. Pass --force to replace it, or --dry-run to see what it would write`
    );
  }
  const paths = discoverFiles({ cwd: io.cwd, paths: [], include: [...DEFAULT_INCLUDE] });
  const files2 = [];
  for (const path of paths) {
    const absolute = (0, import_node_path26.join)(io.cwd, path);
    const stat2 = (0, import_node_fs16.lstatSync)(absolute);
    if (!stat2.isFile() || stat2.size > DEFAULT_MAX_FILE_SIZE) continue;
    files2.push({ path, text: (0, import_node_fs16.readFileSync)(absolute, "utf8") });
  }
  const site = siteContent((path) => (0, import_node_fs16.existsSync)((0, import_node_path26.join)(io.cwd, path)));
  const { catalogs, skipped } = inferCatalogs(files2, site);
  if (catalogs.length === 0) {
    throw new CatalogLintError(
      `Found no catalog below ${io.cwd === "." ? "this folder" : "the working directory"}: looked for ${MIN_TEXT}; found ${plural(paths.length, "markdown file")}${paths.length > 0 ? `, ${skipped.size} skipped (documentation, templates, or too few alike files)` : ""}. Run catalog-lint init in the catalog's root folder`
    );
  }
  const schemaFiles = schemaFileNames(catalogs);
  const outputs = [
    [".catalog-lintrc.yaml", renderConfig(catalogs, schemaFiles)],
    ...catalogs.map((c, i2) => [schemaFiles[i2], renderSchema(c)])
  ];
  if (!force && !dryRun) {
    const taken = outputs.find(([name]) => exists((0, import_node_path26.join)(io.cwd, name)));
    if (taken) {
      throw new CatalogLintError(
        `${taken[0]} already exists; catalog-lint init does not replace it. Pass --force to replace it, or --dry-run to see what it would write`
      );
    }
  }
  const summary = catalogs.map((c, i2) => `${c.cluster.glob} (${plural(c.cluster.files.length, "entry", "entries")}) \u2192 ${schemaFiles[i2]}`).join("; ");
  if (dryRun) {
    for (const [name, text] of outputs) io.stdout(`--- ${name}
${text}`);
    io.stderr(`catalog-lint: would write ${outputs.map(([n]) => n).join(", ")}: ${summary}
`);
    return 0;
  }
  const root = repositoryRoot(io.cwd);
  for (const [name, text] of outputs) {
    const target = (0, import_node_path26.join)(io.cwd, name);
    if (force) writeInside(root, target, text, "init");
    else createInside(root, target, text, "init");
  }
  io.stderr(
    `catalog-lint: wrote ${outputs.map(([n]) => n).join(", ")}: ${summary}. Run npx catalog-lint to see the entries that differ from the rest
`
  );
  return 0;
}
var MIN_TEXT = "folders of three or more markdown entries alike (front matter, `# Name - URL` titles or `##` headings)";
function exists(path) {
  return (0, import_node_fs16.existsSync)(path) || isLink2(path);
}
function isLink2(path) {
  try {
    return (0, import_node_fs16.lstatSync)(path).isSymbolicLink();
  } catch {
    return false;
  }
}

// src/cli/new-entry.ts
init_import_meta_url();
var import_node_fs17 = require("node:fs");
var import_node_path27 = require("node:path");
var NEW_HELP = `Usage: catalog-lint new "Tool Name" (--dataset <id> | --template <file>) [options]

Write a new entry from a dataset's template: guidance comments removed, the title
and today's Last Update filled in. What is left to fill is what catalog-lint reports.

Options:
      --dataset <id>      The dataset (datasets/<id>/): its template, and datasets/<id>/data/ as the folder
      --template <file>   A template to use instead (the entry is written to the working directory)
      --url <url>         The tool's canonical URL for the title (default: "-", none)
  -o, --output <file>     Where to write (default: <folder>/<tool-name>.md); never overwritten
      --now <YYYY-MM-DD>  The Last Update date (env CATALOG_LINT_NOW; default: today, UTC)
`;
var NEW_OPTIONS = {
  dataset: { type: "string" },
  template: { type: "string" },
  url: { type: "string" },
  output: { type: "string", short: "o" },
  now: { type: "string" },
  help: { type: "boolean", short: "h" }
};
function runNew(argv, io) {
  const { values, positionals } = parseOptions(argv, NEW_OPTIONS, "catalog-lint new --help");
  if (values.help) {
    io.stdout(NEW_HELP);
    return 0;
  }
  const name = positionals.join(" ").trim();
  if (!name) throw new CatalogLintError('Missing the tool name: catalog-lint new "Tool Name" --dataset <id>');
  if (!values.dataset === !values.template) {
    throw new CatalogLintError("Pass exactly one of --dataset <id> or --template <file>");
  }
  const now = todayFrom(io.env, { name: "--now", value: values.now });
  const { templatePath, template, folder } = values.dataset ? fromDataset(io.cwd, values.dataset) : fromTemplateFile(io.cwd, values.template ?? "");
  const target = (0, import_node_path27.resolve)(io.cwd, values.output ?? (0, import_node_path27.join)(folder, `${slug(name)}.md`));
  if ((0, import_node_fs17.existsSync)(target)) {
    throw new CatalogLintError(
      `${(0, import_node_path27.relative)(io.cwd, target)} already exists; catalog-lint new never overwrites an entry`
    );
  }
  const text = entryFromTemplate(template, { name, url: values.url ?? "-", now });
  createInside(repositoryRoot(io.cwd), target, text, "new");
  io.stdout(`${(0, import_node_path27.relative)(io.cwd, target)}
`);
  io.stderr(
    `catalog-lint: wrote a new entry from ${(0, import_node_path27.relative)(io.cwd, templatePath)}; run catalog-lint on it to see what is left to fill
`
  );
  return 0;
}
function slug(name) {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "entry";
}
function entryFromTemplate(template, { name, url, now }) {
  const eol = template.includes("\r\n") ? "\r\n" : "\n";
  const withoutComments = template.replace(/^[ \t]*<!--[\s\S]*?-->[ \t]*(?:\r?\n|$)/gm, "").replace(/<!--[\s\S]*?-->/g, "");
  const lines = withoutComments.split(/\r?\n/);
  const firstGroup = lines.findIndex((l) => /^##\s/.test(l));
  const body = firstGroup >= 0 ? lines.slice(firstGroup) : [];
  const out = [`# ${name} - ${url}`, "", `[Describe ${name} in one or two paragraphs]`, "", ...body];
  for (let i2 = 0; i2 < out.length; i2++) {
    if (/^###\s+(Last Update|Last Updated|Updated|Date)\s*$/i.test(out[i2] ?? "")) {
      const valueLine = out.findIndex((l, j) => j > i2 && l.trim() !== "");
      if (valueLine > i2 && /^\s*-?\s*$/.test(out[valueLine] ?? "")) out[valueLine] = `- ${now}`;
      else out.splice(i2 + 1, 0, `- ${now}`);
    }
  }
  const text = out.join(eol).replace(/(\r?\n){3,}/g, `${eol}${eol}`);
  return text.endsWith(eol) ? text : text + eol;
}
function fromDataset(cwd, id) {
  if (!/^[\w.-]+$/.test(id)) throw new CatalogLintError(`Invalid dataset id \`${id}\``);
  const dataset = datasetForNewEntry(cwd, id, cwd);
  if ("aggregates" in dataset) {
    throw new CatalogLintError(
      `Dataset \`${id}\` has no data folder of its own (it aggregates others); pick one of ${dataset.aggregates.join(", ")}`
    );
  }
  if (!dataset.template) {
    throw new CatalogLintError(
      `Dataset \`${id}\` has no template (looked for ${dataset.looked.map((c) => (0, import_node_path27.relative)(cwd, c)).join(", ")}); pass --template`
    );
  }
  return { templatePath: dataset.template.path, template: dataset.template.text, folder: dataset.folder };
}
function fromTemplateFile(cwd, written) {
  const templatePath = (0, import_node_path27.resolve)(cwd, written);
  const template = readOwnText(
    templatePath,
    boundaryAt(repositoryRoot(cwd)),
    `template ${written}`,
    "Pass a template file"
  );
  if (template === void 0) throw new CatalogLintError(`Template ${written} does not exist`);
  return { templatePath, template, folder: cwd };
}

// src/cli/progress.ts
init_import_meta_url();
var SHOW_AFTER_MS = 1e3;
var REDRAW_EVERY_MS = 200;
var Progress = class {
  constructor(write, enabled, clock = Date.now) {
    this.write = write;
    this.enabled = enabled;
    this.clock = clock;
    this.start = enabled ? clock() : 0;
  }
  write;
  enabled;
  clock;
  files = 0;
  shown = false;
  last = 0;
  start;
  static wanted(env, stderrIsTTY) {
    return Boolean(stderrIsTTY) && env.CI === void 0 && env.TERM !== "dumb";
  }
  /** One more file linted. */
  tick() {
    if (!this.enabled) return;
    this.files++;
    const now = this.clock();
    if (now - this.start < SHOW_AFTER_MS || now - this.last < REDRAW_EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.write(`\r\x1B[Kcatalog-lint: ${this.files.toLocaleString("en-US")} files linted\u2026`);
  }
  /** Erase the line, if one is shown (before the report is written, and at the end). */
  clear() {
    if (!this.shown) return;
    this.shown = false;
    this.write("\r\x1B[K");
  }
};

// src/cli/stdin.ts
init_import_meta_url();
var import_node_path28 = require("node:path");

// src/lint/lint-text.ts
init_import_meta_url();
var STDIN_NAME = "<stdin>";
function lintText(run2, request) {
  const linter = new Linter(lintOptionsOf(run2));
  const filePath = request.filePath ?? STDIN_NAME;
  const first = linter.lintFile(filePath, request.text);
  const fixes = request.fix ? fixPasses(linter, filePath, first, request.fixRules ? new Set(request.fixRules) : void 0) : void 0;
  const last = fixes?.last ?? first;
  const result = resultOf(last);
  linter.checkCatalog([last], [result]);
  if (request.filePath === void 0)
    result.diagnostics = result.diagnostics.filter((d) => d.ruleId !== filename_default.id);
  run2.options.schemaStore?.save();
  return {
    result,
    fixed: fixes?.fixed ?? 0,
    notices: linter.notices,
    ...fixes ? { output: (first.source.bom ? "\uFEFF" : "") + fixes.text } : {}
  };
}

// src/cli/stdin.ts
function runStdin(args, options, io, stream) {
  if (!io.readStdin) throw new CatalogLintError("--stdin: this run has no standard input to read");
  let text;
  try {
    text = io.readStdin();
  } catch (error) {
    throw new CatalogLintError(`${STDIN_NAME}: could not read standard input (${error.message})`);
  }
  const run2 = prepareRun(options);
  if (args.catalogFilesOnly && args.stdinFilename !== void 0) {
    const shown2 = relativePosix(io.cwd, (0, import_node_path28.resolve)(io.cwd, args.stdinFilename));
    if (!catalogFileMatcher(run2.catalog)(shown2)) {
      if (args.fix) io.stdout(text);
      return 0;
    }
  }
  const outcome = lintText(run2, {
    ...args.stdinFilename !== void 0 ? { filePath: args.stdinFilename } : {},
    text,
    ...args.fix ? { fix: true } : {},
    ...args.fixRules ? { fixRules: args.fixRules } : {}
  });
  const diagnostics = args.quiet ? outcome.result.diagnostics.filter((d) => d.severity === "error") : outcome.result.diagnostics;
  const report2 = stream.file({ ...outcome.result, diagnostics }) + stream.end();
  if (outcome.output !== void 0) {
    io.stdout(outcome.output);
    io.stderr(report2);
  } else io.stdout(report2);
  for (const notice of outcome.notices) io.stderr(`catalog-lint: ${notice}
`);
  const errors2 = outcome.result.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = outcome.result.diagnostics.length - errors2;
  if (errors2 > 0) return 1;
  if (args.maxWarnings !== void 0 && warnings > args.maxWarnings) {
    io.stderr(`catalog-lint: ${warnings} warnings exceed --max-warnings ${args.maxWarnings}
`);
    return 1;
  }
  return 0;
}

// src/cli/suppression-report.ts
init_import_meta_url();
var MAX_OVER_SHOWN = 10;
var s = (n) => n === 1 ? "" : "s";
var errors = (n) => `${n} error${s(n)}`;
var files = (n) => `${n} file${s(n)}`;
function suppressionLines(outcome, update) {
  const { file, suppressed, over, unused, written } = outcome;
  const lines = [];
  const state = written ? "written" : "unchanged";
  if (update === "suppress") {
    lines.push(`${errors(suppressed)} in ${files(outcome.files)} suppressed: ${file} ${state}`);
  } else if (update === "prune") {
    lines.push(
      unused.errors > 0 ? `Pruned ${file}: ${errors(unused.errors)} in ${files(unused.files)} no longer found, dropped` : `Nothing to prune in ${file}: every suppressed error is still found`
    );
  }
  if (update !== "suppress" && suppressed > 0) {
    lines.push(`${errors(suppressed)} in ${files(outcome.files)} suppressed by ${file}`);
  }
  for (const o of over.slice(0, MAX_OVER_SHOWN)) {
    lines.push(
      oneLine(
        `${o.file}: ${o.found - o.allowed} \`${o.rule}\` error${s(o.found - o.allowed)} over the ${o.allowed} suppressed: all ${o.found} are reported, as catalog-lint cannot tell which are new`
      )
    );
  }
  if (over.length > MAX_OVER_SHOWN) {
    lines.push(`${over.length - MAX_OVER_SHOWN} more files and rules have more errors than ${file} suppresses`);
  }
  if (update === void 0 && unused.errors > 0) {
    lines.push(
      `${errors(unused.errors)} in ${files(unused.files)} that ${file} suppresses ${unused.errors === 1 ? "is" : "are"} no longer found: run catalog-lint --prune-suppressions to drop them`
    );
  }
  return lines;
}

// src/cli/main.ts
function runCli(argv, io) {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof CatalogLintError) {
      io.stderr(`catalog-lint: ${error.message}
`);
      return 2;
    }
    io.stderr(`catalog-lint: internal error: ${error.stack ?? String(error)}
`);
    return 2;
  }
}
function run(argv, io) {
  if (argv[0] === "new") return runNew(argv.slice(1), io);
  if (argv[0] === "init") return runInit(argv.slice(1), io);
  const args = parseCliArgs(argv, io.env);
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`${package_default.version}
`);
    return 0;
  }
  const options = {
    cwd: io.cwd,
    now: args.now,
    ...args.config !== void 0 ? { configFile: args.config } : {},
    ...args.schema ? { schema: args.schema } : {}
  };
  if (args.printConfig !== void 0) {
    io.stdout(`${JSON.stringify(fileSettings(options, args.printConfig), null, 2)}
`);
    return 0;
  }
  const reportTTY = args.stdin && args.fix ? Boolean(io.stderrIsTTY) : io.isTTY;
  const color = args.color ?? colorFromEnv(io.env, reportTTY);
  const stream = streamingReporters[args.format]({
    color: args.outputFile ? false : color,
    cwd: io.cwd,
    pathPrefix: repositoryPrefix(io),
    rulesMeta: rulesMeta()
  });
  if (args.stdin) return runStdin(args, options, io, stream);
  const output = args.outputFile ? openInside(repositoryRoot(io.cwd), (0, import_node_path29.resolve)(io.cwd, args.outputFile), "--output-file") : void 0;
  const progress = new Progress(io.stderr, Progress.wanted(io.env, io.stderrIsTTY));
  const write = bufferedWrites((chunk) => {
    if (output) output.write(chunk);
    else if (!args.fixDryRun) {
      progress.clear();
      io.stdout(chunk);
    }
  });
  const totals = args.outputFile ? new RunTotals() : void 0;
  const emit = (result) => {
    const shown2 = args.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === "error") } : result;
    totals?.add(shown2);
    progress.tick();
    write(stream.file(shown2));
  };
  let outcome;
  try {
    outcome = runLint(
      { ...options, ...io.schemaStore ? { schemaStore: io.schemaStore } : {} },
      {
        paths: args.paths,
        ...args.changedSince !== void 0 ? { changedSince: args.changedSince } : {},
        ...args.fix ? { fix: "write" } : args.fixDryRun ? { fix: "dry-run" } : {},
        ...args.fixRules ? { fixRules: args.fixRules } : {},
        suppressionsFile: suppressionsRequest(args, io.cwd),
        ...args.cache || args.cacheLocation ? { cache: args.cacheLocation !== void 0 ? { location: args.cacheLocation } : {} } : {},
        ...io.workerScript ? { workerScript: io.workerScript } : {},
        ...args.catalogFilesOnly ? { catalogFilesOnly: true } : {}
      },
      emit
    );
    write(stream.end());
    write.flush();
    output?.commit();
  } finally {
    progress.clear();
    output?.discard();
  }
  const summary = totals?.summary();
  if (summary) io.stderr(`${summary} (report written to ${args.outputFile})
`);
  if (outcome.fixed) {
    if (args.fixDryRun) for (const diff of outcome.fixed.diffs) io.stdout(diff);
    io.stderr(`catalog-lint: ${fixSummary(outcome.fixed, args.fix ? "Fixed" : "Would fix")}
`);
  }
  if (outcome.suppressions) {
    const update = args.suppress ? "suppress" : args.prune ? "prune" : void 0;
    for (const line of suppressionLines(outcome.suppressions, update)) io.stderr(`catalog-lint: ${line}
`);
  }
  if (!args.quiet) for (const line of outcome.schemas ?? []) io.stderr(`catalog-lint: ${line}
`);
  for (const notice of outcome.notices) io.stderr(`catalog-lint: ${notice}
`);
  if (outcome.errors > 0) return 1;
  if (args.maxWarnings !== void 0 && outcome.warnings > args.maxWarnings) {
    io.stderr(`catalog-lint: ${outcome.warnings} warnings exceed --max-warnings ${args.maxWarnings}
`);
    return 1;
  }
  return 0;
}
function suppressionsRequest(args, cwd) {
  const update = args.suppress ? { kind: "suppress", ...args.suppress.rules ? { rules: args.suppress.rules } : {} } : args.prune ? { kind: "prune" } : void 0;
  return {
    location: (0, import_node_path29.resolve)(cwd, args.suppressionsLocation ?? SUPPRESSIONS_FILE),
    named: args.suppressionsLocation !== void 0,
    ...update ? { update } : {}
  };
}
function fixSummary(fixed, verb) {
  const skipped = fixed.notFixed > 0 ? `; ${plural(fixed.notFixed, "file")} not fixed (see the warnings below)` : "";
  return `${verb} ${plural(fixed.problems, "problem")} in ${plural(fixed.files, "file")}; ${plural(fixed.remaining, "remains", "remain")}${skipped}`;
}
function repositoryPrefix(io) {
  const workspace = io.env.GITHUB_WORKSPACE;
  if (!workspace) return "";
  const inside = relativePosix((0, import_node_path29.resolve)(workspace), (0, import_node_path29.resolve)(io.cwd));
  return inside && isInside((0, import_node_path29.resolve)(io.cwd), (0, import_node_path29.resolve)(workspace)) ? `${inside}/` : "";
}
function colorFromEnv(env, isTTY) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY && env.TERM !== "dumb";
}
var WRITE_BUFFER_BYTES = 1 << 20;
function bufferedWrites(write) {
  let buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    write(buffer.subarray(0, used));
    buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    used = 0;
  };
  return Object.assign(
    (text) => {
      if (!text) return;
      if (used + text.length * 3 > WRITE_BUFFER_BYTES) flush();
      if (text.length * 3 > WRITE_BUFFER_BYTES) write(text);
      else used += buffer.write(text, used);
    },
    { flush }
  );
}

// src/cli/index.ts
function main(entry, start) {
  if (isLintWorker()) {
    runLintWorker();
    return;
  }
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: () => (0, import_node_fs18.readFileSync)(0, "utf8"),
    workerScript: entry,
    ...start ? { schemaStore: new SchemaStore((0, import_node_path30.join)(start.cacheFolder, `schemas-${start.build}.json`)) } : {}
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
/*! For license information please see cli-bundle.cjs.LEGAL.txt */
