// Types for gonet.global.js: the global `gonet` a classic <script> defines.
//   import "gonet/global";                      (a module that uses the global)
//   /// <reference types="gonet/global" />      (a script)

import type { Gonet, GonetError as GonetErrorClass, LoadOptions } from "./gonet.js";

/** What `<script src=".../gonet.global.js">` puts on `globalThis.gonet`. */
export interface GonetGlobal {
  /** gonet.mjs's `load`: loads a bundle (once per page) and resolves with the API. */
  load(options?: LoadOptions): Promise<Gonet>;
  /** gonet.mjs's `GonetError`, for `e instanceof gonet.GonetError` (matches nothing before the first `load`). */
  readonly GonetError: typeof GonetErrorClass;
}

declare global {
  /** gonet, defined by the classic script gonet.global.js. */
  var gonet: GonetGlobal;
}
