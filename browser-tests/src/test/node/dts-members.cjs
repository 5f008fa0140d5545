// What gonet's declaration files declare, read with the TypeScript compiler API, as JSON on
// stdout, for TypesMatchExportsInChromiumTest to compare with what the page really gets.
//
//   NODE_PATH=<node-ts>/node_modules node dts-members.cjs <dir with gonet.d.ts, gonet.global.d.ts>
//
// {
//   "module": {"values": [...runtime exports], "types": [...type-only exports]},
//   "objects": {"Gonet": {members}, "Conn": {members}, ...}     every exported interface, class
//                                                               (instance side) and object type alias
//   "api": {"parseCIDR": {"optional": false, "method": true, "returns": {members} | null, "returnsType": "..."}, ...}
//   "global": {"name": "gonet", "members": {members}},          what gonet.global.d.ts puts on globalThis
// }
// where {members} is {"name": {"optional": bool, "own": bool (declared in gonet's files, not lib.*.d.ts), "method": bool}}.
// "returns" is the members of what a Gonet member's call gives (a Promise awaited, null and
// undefined taken out) when that is an object type gonet declares; null for strings, arrays,
// lib types (Uint8Array, ReadableStream) and the like. The declarations must type-check under
// --strict themselves: diagnostics are printed and the exit code is 2.
"use strict";
const ts = require("typescript");
const path = require("path");

const dir = path.resolve(process.argv[2] || ".");
const main = path.join(dir, "gonet.d.ts");
const global = path.join(dir, "gonet.global.d.ts");
const options = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.Node16,
  moduleResolution: ts.ModuleResolutionKind.Node16,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: [],
};
const program = ts.createProgram([main, global], options);
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" };
  process.stderr.write(ts.formatDiagnostics(diagnostics, host));
  process.exit(2);
}
const checker = program.getTypeChecker();
const ours = new Set([main, global].map((f) => path.resolve(f)));
const isOurs = (decl) => ours.has(path.resolve(decl.getSourceFile().fileName));

function members(type) {
  const out = {};
  for (const p of checker.getPropertiesOfType(type)) {
    const decls = p.getDeclarations() || [];
    const own = decls.some(isOurs);
    const t = checker.getTypeOfSymbol(p);
    out[p.getName()] = {
      optional: (p.flags & ts.SymbolFlags.Optional) !== 0,
      own,
      method: (p.flags & ts.SymbolFlags.Method) !== 0 || t.getCallSignatures().length > 0,
    };
  }
  return out;
}

// The object type gonet declares that `t` stands for (awaited, without null/undefined), or null.
function gonetObject(t) {
  let u = checker.getAwaitedType(t) || t;
  u = checker.getNonNullableType(u);
  if (u.isUnion() || !(u.flags & ts.TypeFlags.Object) || checker.isArrayType(u) || checker.isTupleType(u)) {
    return null;
  }
  if (u.getCallSignatures().length > 0) return null;
  if (checker.getIndexInfosOfType(u).length > 0) return null; // a dictionary, not a shape
  // Ours when every property is declared in gonet's files (also through Required<...> and
  // the like); Uint8Array, ReadableStream and other lib types are not.
  const props = checker.getPropertiesOfType(u);
  if (props.length === 0 || !props.every((p) => (p.getDeclarations() || []).some(isOurs))) return null;
  return u;
}

const mainFile = program.getSourceFile(main);
const moduleSymbol = checker.getSymbolAtLocation(mainFile);
const values = [];
const types = [];
const objects = {};
for (const e of checker.getExportsOfModule(moduleSymbol)) {
  const s = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
  if (s.flags & ts.SymbolFlags.Value) values.push(e.getName());
  else types.push(e.getName());
  if (s.flags & ts.SymbolFlags.Class) {
    objects[e.getName()] = members(checker.getDeclaredTypeOfSymbol(s));
  } else if (s.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
    const t = checker.getDeclaredTypeOfSymbol(s);
    if ((t.flags & ts.TypeFlags.Object) && !t.isUnion()) objects[e.getName()] = members(t);
  }
}

const api = {};
const gonetSymbol = checker.getExportsOfModule(moduleSymbol).find((e) => e.getName() === "Gonet");
if (!gonetSymbol) {
  process.stderr.write("gonet.d.ts exports no interface Gonet (the object load() resolves with)\n");
  process.exit(2);
}
for (const p of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(gonetSymbol))) {
  const t = checker.getTypeOfSymbol(p);
  const signatures = t.getCallSignatures();
  const returned = signatures.map((s) => gonetObject(s.getReturnType())).find((r) => r !== null) || null;
  api[p.getName()] = {
    optional: (p.flags & ts.SymbolFlags.Optional) !== 0,
    method: signatures.length > 0,
    returnsType: signatures.length > 0 ? checker.typeToString(signatures[0].getReturnType()) : checker.typeToString(t),
    returns: returned === null ? null : members(returned),
  };
}

// gonet.global.d.ts: `declare global { var gonet: ... }`
const globalFile = program.getSourceFile(global);
let globalOut = null;
const globalSymbol = checker.getSymbolsInScope(globalFile, ts.SymbolFlags.Variable).find((s) =>
  s.getName() === "gonet" && (s.getDeclarations() || []).some(isOurs));
if (globalSymbol) {
  globalOut = { name: "gonet", members: members(checker.getTypeOfSymbol(globalSymbol)) };
}

process.stdout.write(JSON.stringify({ module: { values, types }, objects, api, global: globalOut }, null, 1) + "\n");
