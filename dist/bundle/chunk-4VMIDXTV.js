import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  containerEntries,
  gatewayOf,
  ipv4Subnet,
  isIpv6Only
} from "./chunk-3NSS24ZZ.js";
import {
  defaultPodmanVersion,
  dnsFlagSince,
  versionAtLeast
} from "./chunk-YDHEUPTJ.js";
import {
  commentText,
  nixAttrName,
  nixIndentedString,
  nixString,
  nixStringList,
  shellWord,
  visibleText
} from "./chunk-2AQNUPCB.js";
import {
  __commonJS,
  __toESM
} from "./chunk-JLHVTWXJ.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars.noConflict = function() {
        if (globalThis.Handlebars === Handlebars) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime2 = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb2 = new base.HandlebarsEnvironment();
      Utils.extend(hb2, base);
      hb2.SafeString = _handlebarsSafeString2["default"];
      hb2.Exception = _handlebarsException2["default"];
      hb2.Utils = Utils;
      hb2.escapeExpression = Utils.escapeExpression;
      hb2.VM = runtime2;
      hb2.template = function(spec) {
        return runtime2.template(spec, hb2);
      };
      return hb2;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// src/compile/plan.ts
import path from "node:path";
var managedLabel = "io.podnet.managed";
var inspectFormats = {
  subnets: "{{range .Subnets}}{{.Subnet}} {{end}}",
  gateways: "{{range .Subnets}}{{.Gateway}} {{end}}",
  flags: `ipv6={{.IPv6Enabled}} internal={{.Internal}} isolate={{index .Options "isolate"}} mtu={{index .Options "mtu"}}`,
  // podman 4.4+ only (earlier podman has no such field and the template would fail): the servers
  // aardvark-dns forwards to, as podman stores them.
  dns: "{{range .NetworkDNSServers}}{{.}} {{end}}",
  managed: `{{index .Labels "${managedLabel}"}}`,
  attached: "{{.Names}}"
};
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function planNetwork(name, network, podmanVersion = defaultPodmanVersion) {
  const ipv4 = ipv4Subnet(network);
  const ipv6 = network.ipv6;
  const subnets = ipv4 ? [ipv4, ipv6] : [ipv6];
  const customGateway = network.gateway?.ipv4 !== void 0 || network.gateway?.ipv6 !== void 0;
  const gateways = subnets.map((subnet) => gatewayOf(subnet, network.gateway?.[subnet.family]));
  const internal = network.internal === true;
  const isolate = network.isolate === "strict" ? "strict" : network.isolate === true ? "true" : "";
  const createArgs = [
    "network",
    "create",
    // Measured on podman 4.3: --ipv6 with only an IPv6 subnet silently adds an IPv4 subnet from
    // the automatic pool; without --ipv6, a lone IPv6 subnet makes a true IPv6-only network.
    ...ipv4 ? ["--ipv6"] : [],
    ...subnets.flatMap((subnet) => ["--subnet", subnet.text]),
    ...customGateway ? gateways.flatMap((gateway) => ["--gateway", gateway]) : [],
    ...internal ? ["--internal"] : [],
    ...isolate ? ["--opt", `isolate=${isolate}`] : [],
    ...network.mtu === void 0 ? [] : ["--opt", `mtu=${network.mtu}`],
    ...(network.dns ?? []).flatMap((server) => ["--dns", server.text]),
    "--label",
    `${managedLabel}=true`,
    name
  ];
  const containers = containerEntries(network).map((entry) => ({
    name: entry.name,
    fallbackServiceName: `podman-${entry.name}`,
    addressOptions: [...entry.ipv4 ? [`--ip=${entry.ipv4.text}`] : [], ...entry.ipv6 ? [`--ip6=${entry.ipv6.text}`] : []]
  })).sort(byName);
  return {
    name,
    unitName: `podnet-network-${name}`,
    unitService: `podnet-network-${name}.service`,
    mode: isIpv6Only(network) ? "ipv6-only" : "dual-stack",
    internal,
    isolate,
    mtu: network.mtu === void 0 ? "" : String(network.mtu),
    ...ipv4 ? { ipv4 } : {},
    ipv6,
    subnetList: subnets.map((subnet) => subnet.text).join(", "),
    containers,
    createArgs,
    wantedSubnets: subnets.map((subnet) => subnet.text).sort().join(" "),
    wantedFlags: `ipv6=true internal=${internal} isolate=${isolate} mtu=${network.mtu ?? ""}`,
    wantedGateways: [...gateways].sort().join(" "),
    wantedDns: (network.dns ?? []).map((server) => server.text).sort().join(" "),
    checksDns: versionAtLeast(podmanVersion, dnsFlagSince),
    inspectFormats
  };
}
function egressSubnets(networks) {
  return networks.filter((network) => !network.internal).flatMap(
    (network) => [network.ipv4, network.ipv6].filter((s) => s !== void 0).map((subnet) => ({ network: network.name, subnet }))
  );
}
function dockerEgress(networks) {
  const egress = egressSubnets(networks);
  const pairs = (family) => egress.filter(({ subnet }) => subnet.family === family).flatMap(({ network, subnet }) => [subnet.text, network]);
  return { iptables: pairs("ipv4"), ip6tables: pairs("ipv6") };
}
function forwardRules(networks, uplink) {
  return egressSubnets(networks).map(
    ({ network, subnet }) => `iifname "podman*" oifname "${uplink}" ${subnet.family === "ipv4" ? "ip" : "ip6"} saddr ${subnet.text} accept comment "podnet ${network} egress"`
  );
}
function planHost(host, config, specFile) {
  const specDir = path.dirname(path.resolve(specFile));
  const outputFile = path.resolve(specDir, config.output);
  const podmanVersion = config.podman?.version ?? defaultPodmanVersion;
  const uplinkSysctlName = config.uplink.interface.replaceAll(".", "/");
  const networks = Object.entries(config.networks).map(([name, network]) => planNetwork(name, network, podmanVersion)).sort(byName);
  return {
    host,
    output: config.output,
    outputFile,
    specFile: path.relative(path.dirname(outputFile), path.resolve(specFile)).split(path.sep).join("/"),
    uplinkInterface: config.uplink.interface,
    uplink: config.uplink.ipv6.address,
    acceptRa2: config.uplink.ipv6.addressing === "slaac",
    acceptRaKey: `net.ipv6.conf.${uplinkSysctlName}.accept_ra`,
    uplinkDisableIpv6Key: `net.ipv6.conf.${uplinkSysctlName}.disable_ipv6`,
    networks,
    untouched: [...new Set(config.untouched ?? [])].sort(),
    dockerEgress: dockerEgress(networks),
    forwardRules: forwardRules(networks, config.uplink.interface)
  };
}
function plan(spec, specFile) {
  return Object.entries(spec.hosts).map(([host, config]) => planHost(host, config, specFile)).sort((a, b) => a.host < b.host ? -1 : a.host > b.host ? 1 : 0);
}

// podnet-templates:podnet:templates
var podnet_templates_default = {
  "adr-madr.md.hbs": { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "number"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 17 } } })) + ". " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "title"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 19 }, "end": { "line": 1, "column": 33 } } })) + "\n\n- Status: proposed\n- Date: " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "date"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 8 }, "end": { "line": 4, "column": 21 } } })) + "\n- Deciders: <!-- who decided -->\n\n## Context and problem statement\n\n<!-- What is the issue that motivates this decision? -->\n\n## Considered options\n\n1. <!-- option -->\n2. <!-- option -->\n\n## Decision outcome\n\nChosen option: <!-- option -->, because <!-- justification -->.\n\n### Consequences\n\n- Good: <!-- \u2026 -->\n- Bad: <!-- \u2026 -->\n";
  }, "useData": true },
  "adr-nat66.md.hbs": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " Because the uplink uses\n  SLAAC, `" + container.escapeExpression(lookupProperty(helpers, "text").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "acceptRaKey"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 10 }, "end": { "line": 43, "column": 30 } } })) + " = 2` keeps router advertisements working.";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "number"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 17 } } })) + ". " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "title"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 19 }, "end": { "line": 1, "column": 33 } } })) + "\n\n- Status: proposed\n- Date: " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "date"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 8 }, "end": { "line": 4, "column": 21 } } })) + "\n- Spec: `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "specFile"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 9 }, "end": { "line": 5, "column": 26 } } })) + "`, host `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "host"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 35 }, "end": { "line": 5, "column": 48 } } })) + "`, network `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "network"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 60 }, "end": { "line": 5, "column": 76 } } })) + "`\n\n## Context and problem statement\n\nHost `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "host"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 6 }, "end": { "line": 9, "column": 19 } } })) + "` has the global IPv6 address `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "uplinkAddress"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 50 }, "end": { "line": 9, "column": 72 } } })) + "` on uplink\n`" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "uplinkInterface"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 1 }, "end": { "line": 10, "column": 25 } } })) + "` (addressing: " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "addressing"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 40 }, "end": { "line": 10, "column": 59 } } })) + "). Its containers run under podman, whose\ndefault bridge is IPv4-only, so they cannot reach IPv6-only destinations. Containers\n" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "containers"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 12, "column": 19 } } })) + " need IPv6 egress; " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "untouched"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 38 }, "end": { "line": 12, "column": 56 } } })) + " must stay as they are.\n\n## Considered options\n\n1. **NAT66 from a ULA /64**: podman network `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "network"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 45 }, "end": { "line": 16, "column": 61 } } })) + "` with `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "ipv4"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 69 }, "end": { "line": 16, "column": 82 } } })) + "` (RFC 1918) and\n   `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "ipv6"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 4 }, "end": { "line": 17, "column": 17 } } })) + "` (ULA), masqueraded by netavark to `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "sourceAddress"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 54 }, "end": { "line": 17, "column": 76 } } })) + "`.\n2. **A routed GUA sub-prefix** for the bridge, so containers have global addresses.\n3. Another container backend (docker) or host networking for the containers.\n\n## Decision outcome\n\nChosen option: 1, NAT66 from the ULA `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "ipv6"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 38 }, "end": { "line": 23, "column": 51 } } })) + "`, because:\n\n- **NAT66/ULA over a routed GUA sub-prefix**: the host has a single on-link prefix on\n  `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "uplinkInterface"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 3 }, "end": { "line": 26, "column": 27 } } })) + "`. Giving containers global addresses from it needs an NDP proxy (or a second,\n  routed prefix from the provider) and touches the host's own on-link /64 and its routes. A ULA\n  behind NAT66 needs neither, and the host's addressing stays exactly as it is.\n- **podman is kept** as the oci-containers backend: the network is an opt-in podman bridge,\n  created by the systemd oneshot `podnet-network-" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "network"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 49 }, "end": { "line": 30, "column": 65 } } })) + "` before the containers that join it.\n- **Egress only, no inbound surface**: nothing is published or routed to `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "ipv6"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 74 }, "end": { "line": 31, "column": 87 } } })) + "` from\n  outside. Containers only get outbound IPv6 (and IPv4) through the host's address.\n- Only containers listed in the spec join `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "network"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 43 }, "end": { "line": 33, "column": 59 } } })) + "`. Untouched containers stay on podman's\n  default network, and a NixOS assertion fails if anything moves them.\n\n### Consequences\n\n- Every container on `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "network"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 22 }, "end": { "line": 38, "column": 38 } } })) + "` appears on the internet as `" + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "sourceAddress"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 68 }, "end": { "line": 38, "column": 90 } } })) + "`.\n- **SMTP caveat**: the NAT66 source address has no reverse DNS (rDNS) and no SPF record for mail\n  from these containers, so **SMTP sent directly from this network inherits a deliverability\n  problem** (rejections, spam scoring). Send mail through a relay with proper rDNS/SPF.\n- `net.ipv6.conf.all.forwarding = 1` is set on the host." + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "slaac"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 56 }, "end": { "line": 43, "column": 79 } } })) != null ? stack1 : "") + "\n- Proof on the deployed host: `podnet check egress " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "specFile"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 51 }, "end": { "line": 44, "column": 68 } } })) + " --host " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "host"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 76 }, "end": { "line": 44, "column": 89 } } })) + " --network " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "network"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 100 }, "end": { "line": 44, "column": 116 } } })) + "`.\n";
  }, "useData": true },
  "docker-forward-values.sh.hbs": { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# This host's values; the steps below, the same on every host, keep DOCKER-USER to them.\nuplink=" + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "uplink"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 7 }, "end": { "line": 2, "column": 20 } } })) + "\n# Each egress subnet of the spec followed by its network, by tool.\negress_iptables=(" + alias2(lookupProperty(helpers, "shArgs").call(alias1, lookupProperty(depth0, "iptables"), { "name": "shArgs", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 17 }, "end": { "line": 4, "column": 36 } } })) + ")\negress_ip6tables=(" + alias2(lookupProperty(helpers, "shArgs").call(alias1, lookupProperty(depth0, "ip6tables"), { "name": "shArgs", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 18 }, "end": { "line": 5, "column": 38 } } })) + ")\n";
  }, "useData": true },
  "docker-forward.sh.hbs": { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    return '# Let the podnet networks\' egress through Docker\'s FORWARD policy. Docker sets the filter\n# FORWARD policy to DROP (iptables, and ip6tables with its IPv6 firewalling, the default from\n# Docker 27) when it turns forwarding on itself, and Docker 29 keeps doing so once it has.\n# netavark\'s iptables driver accepts its networks in that chain itself; its nftables driver\n# accepts them in its own table, which does not override the drop. DOCKER-USER is the chain\n# Docker leaves to operators: it jumps there first and keeps its rules across restarts.\n#\n# Each rule is as narrow as egress: from a podman bridge out of the uplink, replies back the same\n# way, and only for the subnets of the spec\'s networks with egress (the values above). It is\n# marked with a `podnet:<network>` comment; marked rules the spec no longer has are removed.\n# Safe to run any number of times: when the marked rules are exactly the wanted ones, nothing changes.\nset -uo pipefail\nexport LC_ALL=C\nfailed=0\n\n# The line numbers of podnet\'s rules in DOCKER-USER, highest first (so deleting keeps the rest).\nmarked() {\n  "$1" -w -t filter -n -L DOCKER-USER --line-numbers | awk \'/\\/\\* podnet:[A-Za-z0-9_.-]+ \\*\\// { print $1 }\' | sort -rn\n}\n\n# The arguments after `-I DOCKER-USER` of one rule for subnet $2 of network $3: its egress\n# (out), or the replies to it (back).\nrule() {\n  if [ "$1" = out ]; then\n    args=(-i podman+ -o "$uplink" -s "$2" -m comment --comment "podnet:$3" -j ACCEPT)\n  else\n    args=(-i "$uplink" -o podman+ -d "$2" -m conntrack --ctstate "RELATED,ESTABLISHED" -m comment --comment "podnet:$3" -j ACCEPT)\n  fi\n}\n\n# Makes tool $1\'s DOCKER-USER hold exactly podnet\'s rules for the subnet-network pairs after it\n# (none: the rules of networks that had egress in it are removed).\nforward() {\n  local tool=$1\n  shift\n  local pairs=("$@")\n  local current i direction\n  if "$tool" -w -t filter -n -L DOCKER-USER >/dev/null 2>&1; then\n    current=yes\n    # Two rules per subnet, and two words (subnet, network) per subnet: as many rules as words.\n    [ "$(marked "$tool" | wc -l)" -eq "${#pairs[@]}" ] || current=no\n    for ((i = 0; i < ${#pairs[@]}; i += 2)); do\n      for direction in out back; do\n        rule "$direction" "${pairs[i]}" "${pairs[i + 1]}"\n        "$tool" -w -t filter -C DOCKER-USER "${args[@]}" 2>/dev/null || current=no\n      done\n    done\n    if [ "$current" = yes ]; then\n      echo "podnet: $tool DOCKER-USER is up to date"\n    else\n      for line in $(marked "$tool"); do "$tool" -w -t filter -D DOCKER-USER "$line" || failed=1; done\n      for ((i = 0; i < ${#pairs[@]}; i += 2)); do\n        for direction in out back; do\n          rule "$direction" "${pairs[i]}" "${pairs[i + 1]}"\n          "$tool" -w -t filter -I DOCKER-USER "${args[@]}" || failed=1\n        done\n      done\n      if [ "${#pairs[@]}" -gt 0 ]; then\n        echo "podnet: $tool DOCKER-USER now accepts the podnet networks\' egress and replies"\n      else\n        echo "podnet: $tool DOCKER-USER no longer holds podnet rules: no podnet network has egress through it"\n      fi\n    fi\n  elif [ "${#pairs[@]}" -eq 0 ]; then\n    echo "podnet: no podnet network has egress through $tool: nothing to do"\n  elif "$tool" -w -t filter -S FORWARD 2>/dev/null | grep -qx -- \'-P FORWARD DROP\'; then\n    # Something drops forwarded traffic here, but not through Docker\'s chains (Docker without its\n    # iptables firewall, Docker 29\'s nftables backend, another firewall): podnet cannot know where\n    # to allow its networks, so it fails and says so.\n    echo "podnet: $tool FORWARD drops by default and there is no DOCKER-USER chain; allow forwarding from the podnet subnets where that policy is set (podnet check host shows which chain drops)" >&2\n    failed=1\n  else\n    echo "podnet: $tool has no DOCKER-USER chain and does not drop forwarded traffic: nothing to do"\n  fi\n}\n\nforward iptables "${egress_iptables[@]}"\nforward ip6tables "${egress_ip6tables[@]}"\nexit "$failed"\n';
  }, "useData": true },
  "host-module.nix.hbs": { "0": function(container, depth0, helpers, partials, data) {
    var alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    " + alias2(lookupProperty(helpers, "attr").call(alias1, lookupProperty(depth0, "name"), { "name": "attr", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 4 }, "end": { "line": 15, "column": 17 } } })) + " = " + alias2(lookupProperty(helpers, "nixList").call(alias1, lookupProperty(depth0, "containerNames"), 4, { "name": "nixList", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 20 }, "end": { "line": 15, "column": 48 } } })) + ";\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    ++ lib.optional (!networkdManagesUplink) " + container.escapeExpression(lookupProperty(helpers, "nix").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "acceptRaKey"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 201, "column": 45 }, "end": { "line": 201, "column": 64 } } })) + "\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `  # systemd-networkd handles router advertisements itself on a link a .network file matches (it
  # keeps the kernel's accept_ra at 0) and stops accepting them once its own forwarding is on,
  # unless IPv6AcceptRA says otherwise. An entry may match the uplink by Name (globs; a leading
  # "!" inverts the list) or by anything else (Type, Kind, MACAddress \u2026, as NixOS's own
  # 99-ethernet-default-dhcp does), which podnet cannot evaluate: such an entry counts as matching.
  matchNames =
    match:
    let
      names = match.Name or [ ];
    in
    if builtins.isList names then
      names
    else
      builtins.filter (word: builtins.isString word && word != "") (builtins.split "[[:space:]]+" names);
  globRegex =
    glob:
    builtins.replaceStrings
      [ "\\\\" "." "+" "(" ")" "{" "}" "^" "$" "|" "*" "?" ]
      [ "\\\\\\\\" "\\\\." "\\\\+" "\\\\(" "\\\\)" "\\\\{" "\\\\}" "\\\\^" "\\\\$" "\\\\|" ".*" "." ]
      glob;
  mayMatchUplink =
    network:
    let
      names = matchNames (network.matchConfig or { });
      inverted = names != [ ] && builtins.substring 0 1 (builtins.head names) == "!";
      globs = map (name: if builtins.substring 0 1 name == "!" then builtins.substring 1 255 name else name) names;
      named = builtins.any (glob: builtins.match (globRegex glob) ` + container.escapeExpression(lookupProperty(helpers, "nix").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "uplinkInterface"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 257, "column": 66 }, "end": { "line": 257, "column": 89 } } })) + ' != null) globs;\n    in\n    names == [ ] || (if inverted then !named else named);\n  networkdNetworks = config.systemd.network.networks or { };\n  uplinkNetworks = builtins.filter (name: mayMatchUplink networkdNetworks.${name}) (\n    builtins.attrNames networkdNetworks\n  );\n  networkdManagesUplink = (config.systemd.network.enable or false) && uplinkNetworks != [ ];\n  acceptsRa =\n    network:\n    builtins.elem (network.networkConfig.IPv6AcceptRA or null) [\n      true\n      "yes"\n      "true"\n      "on"\n      "1"\n      1\n    ];\n';
  }, "3": function(container, depth0, helpers, partials, data) {
    var alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    {\n      assertion =\n        networkdManagesUplink\n        || builtins.elem (kernelValue " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depth0, "acceptRaKey"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 382, "column": 38 }, "end": { "line": 382, "column": 57 } } })) + ") [\n          2\n          null\n        ];\n      message =\n        " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), "): the SLAAC uplink ", lookupProperty(depth0, "uplinkInterface"), ' needs boot.kernel.sysctl."', lookupProperty(depth0, "acceptRaKey"), '" = 2, because with forwarding on Linux ignores router advertisements at 1 and the uplink loses its address; ', { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 387, "column": 14 }, "end": { "line": 387, "column": 238 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 387, "column": 8 }, "end": { "line": 387, "column": 240 } } })) + "\n        + settingIs " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depth0, "acceptRaKey"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 388, "column": 20 }, "end": { "line": 388, "column": 39 } } })) + "\n        + " + alias2(lookupProperty(helpers, "nix").call(alias1, ". Remove the definition that sets it otherwise.", { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 389, "column": 10 }, "end": { "line": 389, "column": 67 } } })) + ";\n    }\n    {\n      assertion = !networkdManagesUplink || builtins.all (name: acceptsRa networkdNetworks.${name}) uplinkNetworks;\n      message =\n        " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), "): systemd-networkd manages the SLAAC uplink ", lookupProperty(depth0, "uplinkInterface"), ": it stops accepting router advertisements once its own IPv6 forwarding is on (IPv6Forwarding=, IPMasquerade=), which would take the uplink's address. Set networkConfig.IPv6AcceptRA = true in the systemd.network.networks entries that may match ", lookupProperty(depth0, "uplinkInterface"), ": ", { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 394, "column": 14 }, "end": { "line": 394, "column": 375 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 394, "column": 8 }, "end": { "line": 394, "column": 377 } } })) + '\n        + builtins.concatStringsSep ", " (\n          builtins.filter (name: !acceptsRa networkdNetworks.${name}) uplinkNetworks\n        )\n        + ".";\n    }\n';
  }, "4": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    # SLAAC uplink: with forwarding on, Linux ignores router advertisements unless accept_ra = 2.\n    # Not under systemd-networkd, which keeps accept_ra at 0 and handles them itself.\n    " + container.escapeExpression(lookupProperty(helpers, "nix").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "acceptRaKey"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 414, "column": 4 }, "end": { "line": 414, "column": 23 } } })) + " = lib.mkIf (!networkdManagesUplink) (lib.mkOverride 900 2);\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  # NixOS's nftables firewall can filter forwarded traffic (filterForward): then the podnet\n  # networks' egress needs an allow rule. Only new connections reach forward-allow; replies are\n  # accepted before it (ct state established,related), and nothing inbound is allowed.\n  networking.firewall.extraForwardRules = lib.mkIf (\n    config.networking.nftables.enable && (config.networking.firewall.filterForward or false)\n  ) " + container.escapeExpression(lookupProperty(helpers, "script").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "forwardRulesText"), 4, { "name": "script", "hash": {}, "data": data, "loc": { "start": { "line": 443, "column": 4 }, "end": { "line": 443, "column": 33 } } })) + ";\n\n";
  }, "6": function(container, depth0, helpers, partials, data) {
    var alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    " + alias2(lookupProperty(helpers, "attr").call(alias1, lookupProperty(depth0, "unitName"), { "name": "attr", "hash": {}, "data": data, "loc": { "start": { "line": 467, "column": 4 }, "end": { "line": 467, "column": 21 } } })) + " = networkUnit " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depth0, "name"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 467, "column": 36 }, "end": { "line": 467, "column": 48 } } })) + " " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depth0, "subnetList"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 467, "column": 49 }, "end": { "line": 467, "column": 67 } } })) + " " + alias2(lookupProperty(helpers, "script").call(alias1, lookupProperty(depth0, "values"), 6, { "name": "script", "hash": {}, "data": data, "loc": { "start": { "line": 467, "column": 68 }, "end": { "line": 467, "column": 87 } } })) + ";\n";
  }, "7": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "containers"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 473, "column": 0 }, "end": { "line": 475, "column": 9 } } })) != null ? stack1 : "";
  }, "8": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    " + alias2(lookupProperty(helpers, "attr").call(alias1, lookupProperty(depth0, "name"), { "name": "attr", "hash": {}, "data": data, "loc": { "start": { "line": 474, "column": 4 }, "end": { "line": 474, "column": 17 } } })) + ".extraOptions = joinOptions " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depth0, "name"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 474, "column": 45 }, "end": { "line": 474, "column": 57 } } })) + " " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depths[1], "name"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 474, "column": 58 }, "end": { "line": 474, "column": 73 } } })) + " " + alias2(lookupProperty(helpers, "nixList").call(alias1, lookupProperty(depth0, "addressOptions"), 4, { "name": "nixList", "hash": {}, "data": data, "loc": { "start": { "line": 474, "column": 74 }, "end": { "line": 474, "column": 102 } } })) + ";\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# Generated by podnet from " + alias2(lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "specFile"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 27 }, "end": { "line": 1, "column": 47 } } })) + " (host " + alias2(lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "host"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 54 }, "end": { "line": 1, "column": 70 } } })) + ").\n# Do not edit: change the spec and run `podnet generate`.\n{\n  config,\n  lib,\n  pkgs,\n  ...\n}:\n\nlet\n  host = " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depth0, "host"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 9 }, "end": { "line": 11, "column": 21 } } })) + ";\n  # The containers that join each podnet network, by network.\n  joining = {\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "networks"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 16, "column": 9 } } })) != null ? stack1 : "") + '  };\n  containers = config.virtualisation.oci-containers.containers;\n  # The unit that runs a container: its serviceName option (NixOS 24.11+) or podman-<name>.\n  containerUnit = name: "${containers.${name}.serviceName or "podman-${name}"}.service";\n  isNetworkFlag =\n    option:\n    builtins.elem option [\n      "--net"\n      "--network"\n    ]\n    || lib.hasPrefix "--net=" option\n    || lib.hasPrefix "--network=" option;\n  networkFlags = name: builtins.filter isNetworkFlag (containers.${name}.extraOptions or [ ]);\n  # The typed networks option (NixOS 24.11+); empty where the option does not exist.\n  typedNetworks = name: containers.${name}.networks or [ ];\n  # A container left on podman\'s default network has no network option of its own.\n  onDefaultNetwork =\n    name: !(containers ? ${name}) || (typedNetworks name == [ ] && networkFlags name == [ ]);\n  # podnet attaches a joining container with --network, unless the host already says exactly\n  # that network through the typed option; static addresses always come from the spec.\n  joinOptions =\n    name: network: addressOptions:\n    lib.optional (typedNetworks name != [ network ]) "--network=${network}" ++ addressOptions;\n  # A joining container is on its podnet network and no other one.\n  joinsOnly =\n    name: network:\n    (typedNetworks name == [ ] && networkFlags name == [ "--network=${network}" ])\n    || (typedNetworks name == [ network ] && networkFlags name == [ ]);\n  # oci-containers has no default image: a container that only this module mentions has none.\n  declared = name: (builtins.tryEval containers.${name}.image).success;\n  # podman settings are null under the docker backend (the backend assertion reports that).\n  runsAsRoot =\n    name:\n    let\n      podman = containers.${name}.podman or null;\n    in\n    podman == null || (podman.user or "root") == "root";\n  sysctl = config.boot.kernel.sysctl;\n  # A key as systemd-sysctl names it (sysctl_normalize in systemd): surrounding blanks (space,\n  # tab, line feed, carriage return: what systemd strips) and a\n  # leading "-" (ignore failure) do not count, and where the first separator is a dot, dots and\n  # slashes swap, so "net/ipv6/conf/all/forwarding" is "net.ipv6.conf.all.forwarding" and\n  # "net.ipv6.conf.eth0/100.accept_ra" is eth0.100\'s. Empty and "." path parts are dropped.\n  sysctlPath =\n    key:\n    let\n      trimmed = builtins.match "[ \\t\\n\\r]*-?[ \\t\\n\\r]*(.*[^ \\t\\n\\r])[ \\t\\n\\r]*" key;\n      bare = if trimmed == null then key else builtins.head trimmed;\n      swapped =\n        if builtins.match "[^./]*[.].*" bare != null then\n          builtins.replaceStrings [ "." "/" ] [ "/" "." ] bare\n        else\n          bare;\n    in\n    builtins.concatStringsSep "/" (\n      builtins.filter (part: builtins.isString part && part != "" && part != ".") (builtins.split "/+" swapped)\n    );\n  # A value as NixOS writes it into 60-nixos.conf and systemd-sysctl reads it (the same blanks\n  # stripped).\n  sysctlText =\n    value:\n    let\n      text =\n        if value == true then\n          "1"\n        else if value == false then\n          "0"\n        else\n          toString value;\n      trimmed = builtins.match "[ \\t\\n\\r]*(.*[^ \\t\\n\\r])[ \\t\\n\\r]*" text;\n    in\n    if trimmed == null then "" else builtins.head trimmed;\n  # 60-nixos.conf as systemd-sysctl keeps it: one entry per key, in the order of the lines (NixOS\n  # writes them sorted by name); a key written again with another value moves to the end, with the\n  # same value it keeps its place.\n  sysctlLines = builtins.foldl\' (\n    lines: name:\n    let\n      path = sysctlPath name;\n      text = sysctlText sysctl.${name};\n      earlier = builtins.filter (line: line.path == path) lines;\n    in\n    if sysctl.${name} == null || (earlier != [ ] && (builtins.head earlier).text == text) then\n      lines\n    else\n      builtins.filter (line: line.path != path) lines\n      ++ [\n        {\n          inherit name path text;\n          # systemd\'s string_is_glob\n          glob = builtins.match ".*[*?[].*" path != null;\n        }\n      ]\n  ) [ ] (builtins.attrNames sysctl);\n  # systemd-sysctl expands a glob over /proc/sys part by part, and an explicit key wins over any\n  # glob. Globs with only * and ? are followed here; one with brackets, braces or backslashes that\n  # may reach net/ipv6/conf is not, and gets its own assertion (opaqueSysctlGlobs).\n  globRegexOf =\n    path:\n    builtins.replaceStrings\n      [ "." "+" "(" ")" "^" "$" "|" "*" "?" ]\n      [ "\\\\." "\\\\+" "\\\\(" "\\\\)" "\\\\^" "\\\\$" "\\\\|" "[^/]*" "[^/]" ]\n      path;\n  simpleGlob = line: builtins.match ".*[[{\\\\].*" line.path == null;\n  mayReachIpv6Conf =\n    line:\n    let\n      literal = builtins.head (builtins.match "([^*?[{\\\\]*).*" line.path);\n      conf = "net/ipv6/conf/";\n      shorter = if builtins.stringLength literal < builtins.stringLength conf then literal else conf;\n    in\n    builtins.substring 0 (builtins.stringLength shorter) literal\n    == builtins.substring 0 (builtins.stringLength shorter) conf;\n  opaqueSysctlGlobs = builtins.filter (\n    line: line.glob && !simpleGlob line && mayReachIpv6Conf line\n  ) sysctlLines;\n  # The line systemd-sysctl applies to a key, { name (as the host spelled it); text; }, or null.\n  sysctlSetting =\n    key:\n    let\n      path = sysctlPath key;\n      explicit = builtins.filter (line: !line.glob && line.path == path) sysctlLines;\n      globs = builtins.filter (\n        line: line.glob && simpleGlob line && builtins.match (globRegexOf line.path) path != null\n      ) sysctlLines;\n      last = lines: builtins.elemAt lines (builtins.length lines - 1);\n    in\n    if explicit != [ ] then\n      last explicit\n    else if globs != [ ] then\n      last globs\n    else\n      null;\n  # The integer the kernel reads from a value (proc_dointvec): the first number, in C\'s notation\n  # (0x\u2026 hexadecimal, 0\u2026 octal, no "+"), at most 20 characters with its sign, within an int, and\n  # followed by nothing or a space, tab or line feed; null where it reads none and refuses the write.\n  kernelInt =\n    text:\n    let\n      parts = builtins.match "((-?)(0[xX]0*([0-9a-fA-F]{1,8})|0+([1-7][0-7]{0,10})?|([1-9][0-9]{0,9})))([ \\t\\n].*)?" text;\n      at = builtins.elemAt parts;\n      magnitude =\n        if at 3 != null then\n          (builtins.fromTOML "v = 0x${at 3}").v\n        else if at 5 != null then\n          (builtins.fromTOML "v = ${at 5}").v\n        else if at 4 != null then\n          (builtins.fromTOML "v = 0o${at 4}").v\n        else\n          0;\n      value = if at 1 == "-" then -magnitude else magnitude;\n    in\n    if parts == null || builtins.stringLength (at 0) > 20 || value > 2147483647 || value < -2147483648 then\n      null\n    else\n      value;\n  # What the kernel holds for a key after boot, as far as the host\'s definitions decide it:\n  # "unset" where no line sets it, else the integer it reads, or null where it refuses the value.\n  kernelValue =\n    key:\n    let\n      setting = sysctlSetting key;\n    in\n    if setting == null then "unset" else kernelInt setting.text;\n  # A message names the definition that decides a key, as the host spelled it.\n  settingIs =\n    key:\n    let\n      setting = sysctlSetting key;\n    in\n    if setting == null then\n      "boot.kernel.sysctl.${builtins.toJSON key} is not set"\n    else\n      "boot.kernel.sysctl.${builtins.toJSON setting.name} is ${builtins.toJSON sysctl.${setting.name}}";\n  # The keys podnet asserts whose deciding value the kernel refuses: it then keeps whatever it\n  # had, which podnet cannot tell, so these get an assertion of their own.\n  refusedSysctls = builtins.filter (key: kernelValue key == null) (\n    [\n      "net.ipv6.conf.all.forwarding"\n      "net.ipv6.conf.all.disable_ipv6"\n      "net.ipv6.conf.default.disable_ipv6"\n      ' + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depth0, "uplinkDisableIpv6Key"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 198, "column": 6 }, "end": { "line": 198, "column": 34 } } })) + "\n    ]\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "acceptRa2"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 200, "column": 0 }, "end": { "line": 202, "column": 7 } } })) != null ? stack1 : "") + `  );
  forwardingOn =
    let
      value = kernelValue "net.ipv6.conf.all.forwarding";
    in
    value == null || (builtins.isInt value && value != 0);
  # disable_ipv6 is on for any non-zero value (a refused one is refusedSysctls' to report).
  ipv6Off =
    key:
    let
      value = kernelValue key;
    in
    builtins.isInt value && value != 0;
  # IPv6 switched off for all interfaces or for new ones, podman's bridges among them
  # (networking.enableIPv6 = false sets both).
  ipv6OffForBridges = builtins.filter ipv6Off [
    "net.ipv6.conf.all.disable_ipv6"
    "net.ipv6.conf.default.disable_ipv6"
  ];
  # netavark's firewall driver: containers.conf's, else netavark's build default (iptables in
  # nixpkgs; nixpkgs' podman module sets nftables where networking.nftables.enable is on).
  netavarkDriver =
    config.virtualisation.containers.containersConf.settings.network.firewall_driver or "iptables";
  # networking.firewall.backend exists from NixOS 25.05 on; before, nftables.enable decided.
  firewallBackend =
    config.networking.firewall.backend
      or (if config.networking.nftables.enable then "nftables" else "iptables");
` + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "acceptRa2"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 230, "column": 0 }, "end": { "line": 275, "column": 7 } } })) != null ? stack1 : "") + '  # What a container that joins a network needs from the rest of the host\'s configuration.\n  joinAssertions =\n    network:\n    builtins.concatMap (name: [\n      {\n        assertion = declared name;\n        message = "podnet (host ${host}): container ${name} joins network ${network} in the podnet spec (hosts.${host}.networks.${network}.containers), but this host does not declare virtualisation.oci-containers.containers.${name} (it has no image). Declare the container, or remove it from the spec.";\n      }\n      {\n        assertion = runsAsRoot name;\n        message = "podnet (host ${host}): virtualisation.oci-containers.containers.${name}.podman.user must be \\"root\\": a rootless container cannot join the root network ${network}. Run it as root or drop it from ${network} in the spec.";\n      }\n      {\n        assertion = joinsOnly name network;\n        message = "podnet (host ${host}): container ${name} joins network ${network} in the podnet spec, so podnet attaches it; remove the other network settings (networks, --network or --net in extraOptions) from virtualisation.oci-containers.containers.${name}, or keep only networks = [ \\"${network}\\" ].";\n      }\n    ]);\n  untouchedAssertion = name: {\n    assertion = onDefaultNetwork name;\n    message = "podnet (host ${host}): container ${name} is listed as untouched in the spec, so it must stay on podman\'s default network; remove the --network option or networks entry from virtualisation.oci-containers.containers.${name}, or remove it from untouched.";\n  };\n  # The steps every network\'s oneshot runs after its own values (see networkUnit).\n  networkSteps = ' + alias2(lookupProperty(helpers, "script").call(alias1, lookupProperty(depth0, "steps"), 4, { "name": "script", "hash": {}, "data": data, "loc": { "start": { "line": 298, "column": 17 }, "end": { "line": 298, "column": 35 } } })) + ';\n  # The oneshot that makes one podman network match the spec, before the containers that join it.\n  networkUnit = name: subnets: values: {\n    description = "podnet: podman network ${name} (${subnets})";\n    wantedBy = [ "multi-user.target" ];\n    wants = [ "podman.service" ];\n    after = [ "podman.service" ];\n    before = map containerUnit joining.${name};\n    requiredBy = map containerUnit joining.${name};\n    path = [ config.virtualisation.podman.package ];\n    serviceConfig = {\n      Type = "oneshot";\n      RemainAfterExit = true;\n    };\n    script = values + networkSteps;\n  };\nin\n{\n  assertions = [\n    {\n      assertion = config.virtualisation.podman.enable;\n      message = ' + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), "): virtualisation.podman.enable must be true; the podnet networks are podman networks.", { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 319, "column": 22 }, "end": { "line": 319, "column": 140 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 319, "column": 16 }, "end": { "line": 319, "column": 142 } } })) + ';\n    }\n    {\n      assertion = config.virtualisation.oci-containers.backend == "podman";\n      message = ' + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), '): virtualisation.oci-containers.backend must be "podman" so containers can join the podnet networks.', { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 323, "column": 22 }, "end": { "line": 323, "column": 157 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 323, "column": 16 }, "end": { "line": 323, "column": 159 } } })) + ";\n    }\n    {\n      assertion = forwardingOn;\n      message =\n        " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), "): ", { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 328, "column": 14 }, "end": { "line": 328, "column": 49 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 328, "column": 8 }, "end": { "line": 328, "column": 51 } } })) + '\n        + settingIs "net.ipv6.conf.all.forwarding"\n        + ' + alias2(lookupProperty(helpers, "nix").call(alias1, ", but containers on podnet networks reach the IPv6 internet only through the host's forwarding. Remove the definition that turns it off (podnet sets it to true at priority 900, which any plain definition overrides).", { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 330, "column": 10 }, "end": { "line": 330, "column": 235 } } })) + ";\n    }\n    {\n      assertion = ipv6OffForBridges == [ ];\n      message =\n        " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), "): IPv6 is switched off for new interfaces: ", { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 335, "column": 14 }, "end": { "line": 335, "column": 90 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 335, "column": 8 }, "end": { "line": 335, "column": 92 } } })) + '\n        # One glob may decide both keys: each definition is named once.\n        + builtins.concatStringsSep ", " (\n          builtins.attrNames (\n            builtins.listToAttrs (\n              map (key: {\n                name = settingIs key;\n                value = null;\n              }) ipv6OffForBridges\n            )\n          )\n        )\n        + ' + alias2(lookupProperty(helpers, "nix").call(alias1, " (networking.enableIPv6 = false sets both). netavark then cannot give a podnet network's bridge its IPv6 gateway, so no container on it starts. Set networking.enableIPv6 = true and remove the definitions that disable IPv6.", { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 347, "column": 10 }, "end": { "line": 347, "column": 242 } } })) + ";\n    }\n    {\n      assertion = !ipv6Off " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depth0, "uplinkDisableIpv6Key"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 350, "column": 27 }, "end": { "line": 350, "column": 55 } } })) + ";\n      message =\n        " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), "): IPv6 is switched off on the uplink ", lookupProperty(depth0, "uplinkInterface"), ": ", { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 352, "column": 14 }, "end": { "line": 352, "column": 105 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 352, "column": 8 }, "end": { "line": 352, "column": 107 } } })) + "\n        + settingIs " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(depth0, "uplinkDisableIpv6Key"), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 353, "column": 20 }, "end": { "line": 353, "column": 48 } } })) + "\n        + " + alias2(lookupProperty(helpers, "nix").call(alias1, ", so the uplink has no IPv6 address to masquerade the podnet networks to. Remove that definition.", { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 354, "column": 10 }, "end": { "line": 354, "column": 117 } } })) + ";\n    }\n    {\n      assertion = refusedSysctls == [ ];\n      message =\n        " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), "): the kernel refuses ", { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 359, "column": 14 }, "end": { "line": 359, "column": 68 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 359, "column": 8 }, "end": { "line": 359, "column": 70 } } })) + '\n        + builtins.concatStringsSep ", " (map settingIs refusedSysctls)\n        + ' + alias2(lookupProperty(helpers, "nix").call(alias1, ": it reads a number in C's notation (decimal, 0x\u2026 or 0\u2026) followed by nothing but blanks, within an int, and otherwise keeps what it had, which podnet cannot tell. Write the value as a plain number.", { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 361, "column": 10 }, "end": { "line": 361, "column": 217 } } })) + ";\n    }\n    {\n      assertion = opaqueSysctlGlobs == [ ];\n      message =\n        " + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), "): ", { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 366, "column": 14 }, "end": { "line": 366, "column": 49 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 366, "column": 8 }, "end": { "line": 366, "column": 51 } } })) + '\n        + builtins.concatStringsSep ", " (map (line: "boot.kernel.sysctl.${builtins.toJSON line.name}") opaqueSysctlGlobs)\n        + ' + alias2(lookupProperty(helpers, "nix").call(alias1, " may set net.ipv6.conf keys podnet checks (forwarding, disable_ipv6, accept_ra), but podnet follows only globs made of * and ?, not brackets, braces or backslashes. Write those keys out, or use * and ? only.", { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 368, "column": 10 }, "end": { "line": 368, "column": 227 } } })) + ';\n    }\n    {\n      assertion = netavarkDriver != "none";\n      message = ' + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), `): netavark's firewall driver is "none" (virtualisation.containers.containersConf.settings.network.firewall_driver), so nothing masquerades the podnet networks and their containers have no egress. Set it to "iptables" (netavark's default) or "nftables".`, { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 372, "column": 22 }, "end": { "line": 372, "column": 313 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 372, "column": 16 }, "end": { "line": 372, "column": 315 } } })) + ';\n    }\n    {\n      assertion = netavarkDriver != "firewalld";\n      message = ' + alias2(lookupProperty(helpers, "nix").call(alias1, lookupProperty(helpers, "concat").call(alias1, "podnet (host ", lookupProperty(depth0, "host"), `): netavark's firewall driver is "firewalld" (virtualisation.containers.containersConf.settings.network.firewall_driver): netavark then has firewalld masquerade the networks, and firewalld masquerades IPv4 only, so the podnet networks get no IPv6 egress (NAT66). Set it to "iptables" (netavark's default) or "nftables".`, { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 376, "column": 22 }, "end": { "line": 376, "column": 379 } } }), { "name": "nix", "hash": {}, "data": data, "loc": { "start": { "line": 376, "column": 16 }, "end": { "line": 376, "column": 381 } } })) + ";\n    }\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "acceptRa2"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 378, "column": 0 }, "end": { "line": 400, "column": 7 } } })) != null ? stack1 : "") + "  ]\n  ++ builtins.concatLists (builtins.attrValues (builtins.mapAttrs joinAssertions joining))\n  ++ map untouchedAssertion " + alias2(lookupProperty(helpers, "nixList").call(alias1, lookupProperty(depth0, "untouched"), 2, { "name": "nixList", "hash": {}, "data": data, "loc": { "start": { "line": 403, "column": 28 }, "end": { "line": 403, "column": 51 } } })) + `;

  # Priority 900: weaker than a plain definition (100) and than nixpkgs' own modules (97-99,
  # e.g. networking.nat), stronger than mkDefault (1000). A host that sets these itself wins
  # without a merge conflict, and the assertions above catch a value that breaks podnet.
  boot.kernel.sysctl = {
    # Containers' IPv6 is routed through the host; netavark adds the NAT66 masquerade.
    "net.ipv6.conf.all.forwarding" = lib.mkOverride 900 true;
` + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "acceptRa2"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 411, "column": 0 }, "end": { "line": 415, "column": 7 } } })) != null ? stack1 : "") + `  };

  # aardvark-dns answers containers' DNS on each podman bridge gateway, port 53, and the NixOS
  # firewall drops it unless podman's interfaces allow it. podman 4.3 cannot name the bridge, so
  # this matches every podman bridge: podman+ for iptables, podman* for nftables. The firewalld
  # backend refuses per-interface rules; netavark adds podman's subnets to its trusted zone.
  networking.firewall.interfaces = lib.mkMerge [
    (lib.mkIf (firewallBackend == "nftables") {
      "podman*" = {
        allowedUDPPorts = [ 53 ];
        allowedTCPPorts = [ 53 ];
      };
    })
    (lib.mkIf (firewallBackend == "iptables") {
      "podman+" = {
        allowedUDPPorts = [ 53 ];
        allowedTCPPorts = [ 53 ];
      };
    })
  ];

` + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "forwardRules"), "length"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 437, "column": 0 }, "end": { "line": 445, "column": 7 } } })) != null ? stack1 : "") + `  systemd.services = {
    # Docker's FORWARD policy may be DROP; see the script. Started with Docker (wantedBy), after
    # it. Its rules stay when Docker or this unit stops: Docker keeps DOCKER-USER, and its policy
    # stays DROP while it is stopped, so removing them would only cut podnet's egress.
    podnet-docker-forward = lib.mkIf (config.virtualisation.docker.enable or false) {
      description = "podnet: podnet networks through Docker's FORWARD policy";
      wantedBy = [ "docker.service" ];
      after = [ "docker.service" ];
      path = [
        pkgs.iptables
        pkgs.gawk
        pkgs.gnugrep
        pkgs.coreutils
      ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
      };
      script = ` + alias2(lookupProperty(helpers, "script").call(alias1, lookupProperty(lookupProperty(depth0, "docker"), "values"), 8, { "name": "script", "hash": {}, "data": data, "loc": { "start": { "line": 464, "column": 15 }, "end": { "line": 464, "column": 41 } } })) + " + " + alias2(lookupProperty(helpers, "script").call(alias1, lookupProperty(lookupProperty(depth0, "docker"), "steps"), 8, { "name": "script", "hash": {}, "data": data, "loc": { "start": { "line": 464, "column": 44 }, "end": { "line": 464, "column": 69 } } })) + ";\n    };\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "networks"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 466, "column": 0 }, "end": { "line": 468, "column": 9 } } })) != null ? stack1 : "") + "  };\n\n  virtualisation.oci-containers.containers = {\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "networks"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 472, "column": 0 }, "end": { "line": 476, "column": 9 } } })) != null ? stack1 : "") + "  };\n}\n";
  }, "useData": true, "useDepths": true },
  "init-spec.yaml.hbs": { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# Editor completion: `podnet schema > podnet.schema.json`, then make the first line\n# `# yaml-language-server: $schema=podnet.schema.json`.\n# podnet spec, written by `podnet init`. Check the uplink values against the host\n# (`ip -6 addr show scope global`), then run `podnet validate` and `podnet generate`.\nversion: 1\nhosts:\n  " + alias2(lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "host"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 2 }, "end": { "line": 7, "column": 15 } } })) + ":\n    output: " + alias2(lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "output"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 12 }, "end": { "line": 8, "column": 27 } } })) + "\n    uplink:\n      interface: " + alias2(lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "interface"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 17 }, "end": { "line": 10, "column": 35 } } })) + " # the interface with the host's global IPv6 address\n      ipv6:\n        address: " + alias2(lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "address"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 17 }, "end": { "line": 12, "column": 33 } } })) + " # the host's global address, with prefix length\n        addressing: static # or slaac when router advertisements assign it\n    networks:\n      v6egress:\n        ipv4: " + alias2(lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "ipv4"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 14 }, "end": { "line": 16, "column": 27 } } })) + " # random /24 in 172.16.0.0/12, clear of podman's pools\n        ipv6: " + alias2(lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "ipv6"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 14 }, "end": { "line": 17, "column": 27 } } })) + " # fresh RFC 4193 ULA (global ID " + alias2(lookupProperty(helpers, "text").call(alias1, lookupProperty(depth0, "globalId"), { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 60 }, "end": { "line": 17, "column": 77 } } })) + ")\n        containers: [] # oci-containers that should get IPv6 egress\n    untouched: [] # containers that must stay on podman's default network\n";
  }, "useData": true },
  "network-setup.sh.hbs": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "have_dns=$(podman network inspect --format " + container.escapeExpression(lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "inspectFormats"), "dns"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 43 }, "end": { "line": 28, "column": 68 } } })) + ` "$network" | tr ' ' '\\n' | sed '/^$/d' | sort | tr '\\n' ' ')
have_dns=\${have_dns% }
`;
  }, "1": function(container, depth0, helpers, partials, data) {
    return ' && [ "$have_dns" = "$want_dns" ]';
  }, "2": function(container, depth0, helpers, partials, data) {
    return " dns=$have_dns";
  }, "3": function(container, depth0, helpers, partials, data) {
    return " dns=$want_dns";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '# Make the podman network named above match the spec. Safe to run any number of times: it\n# creates the network when missing, leaves a current one alone, recreates a drifted one only\n# when podnet made it and no container uses it, and otherwise fails with the reason.\n# The same steps serve every podnet network of the host; only the values above differ.\nset -euo pipefail\nexport LC_ALL=C\n\ncreate() {\n  local output\n  if ! output=$(podman "${create_args[@]}" 2>&1); then\n    echo "podnet: could not create network $network ($want_subnets): $output" >&2\n    exit 1\n  fi\n  echo "podnet: created network $network ($want_subnets)"\n}\n\nif ! podman network exists "$network"; then\n  create\n  exit 0\nfi\n\nhave_subnets=$(podman network inspect --format ' + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "inspectFormats"), "subnets"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 47 }, "end": { "line": 22, "column": 76 } } })) + ` "$network" | tr ' ' '\\n' | sed '/^$/d' | sort | tr '\\n' ' ')
have_subnets=\${have_subnets% }
have_flags=$(podman network inspect --format ` + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "inspectFormats"), "flags"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 45 }, "end": { "line": 24, "column": 72 } } })) + ' "$network")\nhave_gateways=$(podman network inspect --format ' + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "inspectFormats"), "gateways"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 48 }, "end": { "line": 25, "column": 78 } } })) + ` "$network" | tr ' ' '\\n' | sed '/^$/d' | sort | tr '\\n' ' ')
have_gateways=\${have_gateways% }
` + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "checksDns"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 30, "column": 7 } } })) != null ? stack1 : "") + 'if [ "$have_subnets" = "$want_subnets" ] && [ "$have_flags" = "$want_flags" ] && [ "$have_gateways" = "$want_gateways" ]' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "checksDns"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 120 }, "end": { "line": 31, "column": 177 } } })) != null ? stack1 : "") + '; then\n  echo "podnet: network $network is up to date ($have_subnets)"\n  exit 0\nfi\n\ndrift="network $network has $have_subnets ($have_flags gateways=$have_gateways' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "checksDns"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 78 }, "end": { "line": 36, "column": 116 } } })) != null ? stack1 : "") + ") but the spec wants $want_subnets ($want_flags gateways=$want_gateways" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "checksDns"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 187 }, "end": { "line": 36, "column": 225 } } })) != null ? stack1 : "") + ')"\nattached=$(podman ps --all --filter network="$network" --format ' + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "inspectFormats"), "attached"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 64 }, "end": { "line": 37, "column": 94 } } })) + ` | sort | tr '\\n' ' ')
attached=\${attached% }
if [ -n "$attached" ]; then
  echo "podnet: $drift; containers attached: $attached. podnet never removes a network in use: stop and remove those containers, then restart $unit." >&2
  exit 1
fi
managed=$(podman network inspect --format ` + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "inspectFormats"), "managed"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 42 }, "end": { "line": 43, "column": 71 } } })) + ' "$network")\nif [ "$managed" != true ]; then\n  echo "podnet: $drift, and podnet did not create it. Remove it yourself (podman network rm $network) or give the podnet network another name, then restart $unit." >&2\n  exit 1\nfi\necho "podnet: $drift; no container uses it, recreating it"\npodman network rm "$network" >/dev/null\ncreate\n';
  }, "useData": true },
  "network-values.sh.hbs": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "want_dns=" + container.escapeExpression(lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "wantedDns"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 9 }, "end": { "line": 8, "column": 25 } } })) + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# podman network " + alias2(lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "name"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 17 }, "end": { "line": 1, "column": 33 } } })) + " as the spec says it; the steps below make podman match it.\nnetwork=" + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "name"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 8 }, "end": { "line": 2, "column": 19 } } })) + "\nunit=" + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "unitService"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 5 }, "end": { "line": 3, "column": 23 } } })) + "\nwant_subnets=" + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "wantedSubnets"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 13 }, "end": { "line": 4, "column": 33 } } })) + "\nwant_flags=" + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "wantedFlags"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 11 }, "end": { "line": 5, "column": 29 } } })) + "\nwant_gateways=" + alias2(lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "wantedGateways"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 14 }, "end": { "line": 6, "column": 35 } } })) + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "checksDns"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 7 } } })) != null ? stack1 : "") + "create_args=(" + alias2(lookupProperty(helpers, "shArgs").call(alias1, lookupProperty(depth0, "createArgs"), { "name": "shArgs", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 13 }, "end": { "line": 10, "column": 34 } } })) + ")\n";
  }, "useData": true }
};

// src/compile/render.ts
var import_runtime = __toESM(require_runtime2(), 1);
var hb = import_runtime.default.create();
var safe = (text) => new hb.SafeString(text);
var asText = (value, helper) => {
  if (typeof value !== "string") throw new TypeError(`template helper ${helper} expects a string, got ${typeof value}`);
  return value;
};
var escapedScripts = /* @__PURE__ */ new Map();
function indentedScript(text, indent) {
  if (text.length < 1024) return nixIndentedString(text, indent);
  let byText = escapedScripts.get(indent);
  if (!byText) {
    byText = /* @__PURE__ */ new Map();
    escapedScripts.set(indent, byText);
  }
  let escaped = byText.get(text);
  if (escaped === void 0) {
    escaped = nixIndentedString(text, indent);
    if (byText.size < 64) byText.set(text, escaped);
  }
  return escaped;
}
var printers = {
  nix: (value) => safe(nixString(asText(value, "nix"))),
  attr: (value) => safe(nixAttrName(asText(value, "attr"))),
  nixList: (values, indent) => {
    if (!Array.isArray(values)) throw new TypeError("template helper nixList expects a list");
    return safe(
      nixStringList(
        values.map((value) => asText(value, "nixList")),
        Number(indent)
      )
    );
  },
  sh: (value) => safe(shellWord(asText(value, "sh"))),
  shArgs: (values) => {
    if (!Array.isArray(values)) throw new TypeError("template helper shArgs expects a list");
    return safe(values.map((value) => shellWord(asText(value, "shArgs"))).join(" "));
  },
  /** Text in a `#` comment: a file name may hold anything, so it is shown escaped, never refused. */
  comment: (value) => safe(commentText(visibleText(asText(value, "comment")))),
  /** A YAML scalar: a JSON string is a valid YAML double-quoted scalar. */
  yaml: (value) => safe(JSON.stringify(commentText(asText(value, "yaml")))),
  /** One line of Markdown prose: no line breaks or control characters. */
  text: (value) => safe(commentText(asText(value, "text"))),
  script: (value, indent) => safe(indentedScript(asText(value, "script"), Number(indent)))
};
var computers = {
  concat: (...args) => args.slice(0, -1).map((arg) => String(arg)).join("")
};
for (const [name, helper] of Object.entries({ ...printers, ...computers })) hb.registerHelper(name, helper);
var helperNames = { printers: Object.keys(printers), computers: Object.keys(computers) };
function loadTemplate(file) {
  const specification = podnet_templates_default[file];
  if (!specification) throw new Error(`no template ${file} in templates/`);
  return hb.template(specification);
}
var compiled;
var templates = () => compiled ??= {
  module: loadTemplate("host-module.nix.hbs"),
  values: loadTemplate("network-values.sh.hbs"),
  steps: loadTemplate("network-setup.sh.hbs"),
  dockerValues: loadTemplate("docker-forward-values.sh.hbs"),
  dockerSteps: loadTemplate("docker-forward.sh.hbs")
};
function renderNetworkValues(network) {
  return templates().values(network);
}
var stepsByDns = /* @__PURE__ */ new Map();
function renderNetworkSteps(checksDns) {
  let steps = stepsByDns.get(checksDns);
  if (steps === void 0) {
    steps = templates().steps({ checksDns, inspectFormats });
    stepsByDns.set(checksDns, steps);
  }
  return steps;
}
var markdownTemplates = /* @__PURE__ */ new Map();
function renderMarkdown(file, context) {
  let template = markdownTemplates.get(file);
  if (!template) {
    template = loadTemplate(file);
    markdownTemplates.set(file, template);
  }
  return template(context);
}
var dockerSteps;
function renderDockerForward(egress, uplink) {
  dockerSteps ??= templates().dockerSteps({});
  return { values: templates().dockerValues({ ...egress, uplink }), steps: dockerSteps };
}
function renderHostModule(host) {
  const steps = renderNetworkSteps(host.networks[0]?.checksDns ?? false);
  const networks = host.networks.map((network) => ({
    ...network,
    containerNames: network.containers.map((container) => container.name),
    values: renderNetworkValues(network)
  }));
  const docker = renderDockerForward(host.dockerEgress, host.uplinkInterface);
  return templates().module({ ...host, networks, steps, docker, forwardRulesText: host.forwardRules.map((rule) => `${rule}
`).join("") });
}

export {
  plan,
  renderMarkdown,
  renderHostModule
};
