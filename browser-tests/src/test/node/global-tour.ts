// The classic-script global (gonet.global.js) as TypeScript sees it: `import "gonet/global"`
// brings in the declaration of `globalThis.gonet` (types only; the page loads the script with
// <script src=".../gonet.global.js">). Type-checked with api-tour.ts; never run.
import "gonet/global";
import type { Gonet } from "gonet";

const api: Gonet = await gonet.load({ bundle: "js" });
const again: Gonet = await globalThis.gonet.load();
try {
  api.splitHostPort("1.2.3.4");
} catch (e) {
  if (e instanceof gonet.GonetError) {
    const text: string = e.message;
    const timeout: boolean = e.timeout;
    console.log(text, timeout);
  }
}
// @ts-expect-error: the global has no parseIP of its own; load() first
gonet.parseIP("::1");
// @ts-expect-error: there is no "node" bundle
await gonet.load({ bundle: "node" });
console.log(again.bundle);
