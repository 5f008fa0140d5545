// A foreign WebSocket peer: the npm `ws` package (pinned in package.json), for gonet's interop
// tests on the JVM (WsNodeInteropTest) and in Chromium (NodeWsInChromiumTest). Run with
// NODE_PATH pointing at the node_modules that scripts/ensure-node-ws.sh installed.
//
// server [PORT]
//   Echo server on 127.0.0.1 (port 0 by default; prints "port N"). Echoes every message with its
//   own type (text stays text). Messages (text or binary) starting "cmd:" are orders instead:
//     cmd:text              send the text message "héllo wörld"
//     cmd:fragments         send "frag"+"ment"+"ed" as one text message in 3 frames, then a binary
//                           message of 3 x 100000 bytes in 3 frames (byte i = i % 251)
//     cmd:big N             send one binary message of N bytes (byte i = i % 251)
//     cmd:ping K            send K pings "p0".."p(K-1)", one every 20 ms (prints "pong pI" per pong)
//     cmd:close CODE [WHY]  close with CODE and reason WHY
//   Prints "ping PAYLOAD" for every ping it receives and "closed CODE REASON" when a conn closes.
// client URL
//   Against an echo endpoint: sends text "héllo wörld", 1000 binary bytes, a text message in 3
//   frames, a binary message of 3 x 700 KiB frames and a 6 MiB binary message; reads the echo
//   (any framing) and compares ("echo ok N"); pings "js-ping" ("pong js-ping"); waits for a ping
//   from the server ("server pinged"); closes with 4000 "ws done" ("closed CODE REASON").
// client-close URL
//   Sends "hi" and prints "closed CODE REASON" when the server closes.
"use strict";
const WebSocket = require("ws");

function pattern(n, offset = 0) {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = (i + offset) % 251;
  return b;
}

function log(...parts) {
  process.stdout.write(parts.join(" ") + "\n");
}

function server(port) {
  const wss = new WebSocket.WebSocketServer({ host: "127.0.0.1", port, maxPayload: 64 << 20 });
  wss.on("listening", () => log("port", wss.address().port));
  wss.on("connection", (ws) => {
    ws.on("ping", (data) => log("ping", data.toString()));
    ws.on("pong", (data) => log("pong", data.toString()));
    ws.on("close", (code, reason) => log("closed", code, reason.toString()));
    ws.on("error", (e) => log("error", e.message));
    ws.on("message", (data, isBinary) => {
      // gonet's Conn sends binary messages only: orders come in either type.
      if (data.length < 4 || data.toString("latin1", 0, 4) !== "cmd:") {
        ws.send(data, { binary: isBinary });
        return;
      }
      const [cmd, arg, ...rest] = data.toString().slice(4).split(" ");
      switch (cmd) {
        case "text":
          ws.send("héllo wörld");
          break;
        case "fragments":
          ws.send("frag", { fin: false });
          ws.send("ment", { fin: false });
          ws.send("ed", { fin: true });
          for (let i = 0; i < 3; i++) {
            ws.send(pattern(100000, i * 100000), { binary: true, fin: i === 2 });
          }
          break;
        case "big":
          ws.send(pattern(Number(arg)), { binary: true });
          break;
        case "ping": {
          let i = 0;
          const t = setInterval(() => {
            if (i >= Number(arg) || ws.readyState !== WebSocket.OPEN) return clearInterval(t);
            ws.ping("p" + i++);
          }, 20);
          break;
        }
        case "close":
          ws.close(Number(arg), rest.join(" "));
          break;
        default:
          ws.close(4400, "unknown command " + cmd);
      }
    });
  });
}

function client(url) {
  const ws = new WebSocket(url, { maxPayload: 64 << 20 });
  const parts = [
    ["héllo wörld", { binary: false }],
    [pattern(1000), { binary: true }],
    ["frag", { binary: false, fin: false }],
    ["ment", { binary: false, fin: false }],
    ["ed", { binary: false, fin: true }],
    [pattern(700 << 10, 0), { binary: true, fin: false }],
    [pattern(700 << 10, 1), { binary: true, fin: false }],
    [pattern(700 << 10, 2), { binary: true, fin: true }],
    [pattern(6 << 20, 3), { binary: true }],
  ];
  const want = Buffer.concat(parts.map(([d]) => Buffer.from(d)));
  const got = [];
  let gotLen = 0;
  let textMessages = 0;
  let pinged = false;
  let echoed = false;
  ws.on("ping", () => {
    if (!pinged) {
      pinged = true;
      if (echoed) afterEcho();
    }
  });
  ws.on("open", () => {
    for (const [d, o] of parts) ws.send(d, o);
  });
  ws.on("message", (data, isBinary) => {
    if (!isBinary) textMessages++;
    got.push(data);
    gotLen += data.length;
    if (gotLen < want.length || echoed) return;
    const all = Buffer.concat(got);
    log("echo", all.equals(want) ? "ok" : "MISMATCH", all.length, textMessages ? "with text" : "binary");
    ws.once("pong", (data) => {
      log("pong", data.toString());
      echoed = true;
      if (pinged) afterEcho();
    });
    ws.ping("js-ping");
  });
  function afterEcho() {
    log("server pinged");
    ws.close(4000, "ws done");
  }
  ws.on("close", (code, reason) => {
    log("closed", code, reason.toString());
    process.exit(0);
  });
  ws.on("error", (e) => log("error", e.message));
}

function clientClose(url) {
  const ws = new WebSocket(url);
  ws.on("open", () => ws.send("hi"));
  ws.on("close", (code, reason) => {
    log("closed", code, reason.toString());
    process.exit(0);
  });
  ws.on("error", (e) => log("error", e.message));
}

const [mode, arg] = process.argv.slice(2);
if (mode === "server") {
  server(Number(arg || 0));
} else {
  // A client that hangs is a failure the test must see, not a test that waits forever.
  setTimeout(() => {
    log("timeout");
    process.exit(2);
  }, 30000).unref();
  if (mode === "client") client(arg);
  else if (mode === "client-close") clientClose(arg);
  else throw new Error("unknown mode " + mode);
}
