// gonet for pages without modules: a classic script that defines the global `gonet`.
//
//   <script src="/gonet/gonet.global.js"></script>
//   <script>
//     gonet.load({ bundle: "wasm" }).then((net) => console.log(net.parseIP("::ffff:192.0.2.1")));
//   </script>
//
// `gonet.load` is gonet.mjs's `load`, reached by a dynamic import of the gonet.mjs that sits
// beside this file (resolved against this script's own src, not the page's address), so the
// bundles load from there too. `e instanceof gonet.GonetError` tells gonet's errors apart.
// Types: gonet.global.d.ts (`import "gonet/global"` or `/// <reference types="gonet/global" />`).
(function () {
  "use strict";
  var script = typeof document !== "undefined" ? document.currentScript : null;
  var src = script && script.src ? script.src : null;
  var module = null; // the Promise of gonet.mjs's namespace, once asked for
  var real = null; // gonet.mjs's GonetError, once imported

  function importModule() {
    if (module === null) {
      module = src === null
          ? Promise.reject(new Error("gonet.global.js must be loaded by a classic <script src=...> " +
              "(it finds gonet.mjs beside its own src); in a module, import { load } from \"gonet\" instead"))
          : import(new URL("gonet.mjs", src).href).then(function (m) {
            real = m.GonetError;
            return m;
          });
    }
    return module;
  }

  // Until gonet.mjs has been imported no gonet error can exist: this stand-in matches nothing.
  function GonetErrorStandIn() {
    throw new TypeError("gonet.GonetError: call gonet.load() first");
  }
  Object.defineProperty(GonetErrorStandIn, "name", { value: "GonetError" });
  Object.defineProperty(GonetErrorStandIn, Symbol.hasInstance, {
    value: function (x) {
      return real !== null && x instanceof real;
    },
  });

  var api = {
    /** Loads a bundle (once per page) and resolves with the API; see gonet.mjs's load. */
    load: function (options) {
      return importModule().then(function (m) {
        return m.load(options);
      });
    },
  };
  Object.defineProperty(api, "GonetError", {
    enumerable: true,
    get: function () {
      return real !== null ? real : GonetErrorStandIn;
    },
  });
  // gonet.mjs is small: fetch it now, so that GonetError is the real class soon and a wrong
  // path shows in the network log at once (the failure itself is reported by load()).
  if (src !== null) {
    importModule().catch(function () {});
  }
  globalThis.gonet = Object.freeze(api);
})();
