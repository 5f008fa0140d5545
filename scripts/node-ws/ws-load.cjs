// The npm `ws` side of scripts/bench-ws.sh's server benchmark. Run with NODE_PATH pointing at the
// node_modules of scripts/ensure-node-ws.sh.
//
// echo-server [HOST:PORT]
//   The anchor: a plain npm ws echo server (each message back with its type), printing
//   "LISTEN 127.0.0.1:PORT"; exits when its stdin closes (the script holds it open).
// load URL CONNS DEPTH SIZE SECS
//   The load client, the same against every server: CONNS connections, each keeping DEPTH binary
//   messages of SIZE bytes unanswered. The echo is counted in bytes (a server may merge or split
//   messages; gonet's echo handler reads a byte stream), and every SIZE bytes back lets one more
//   message go. Prints one line: "msgs N secs T bytes B frames F" for the SECS-second window after
//   all connections opened (F: messages received, to check the server kept message boundaries).
"use strict";
const WebSocket = require("ws");

function echoServer(addr) {
  const [host, port] = (addr || "127.0.0.1:0").split(":");
  const wss = new WebSocket.WebSocketServer({ host, port: Number(port), perMessageDeflate: false });
  wss.on("listening", () => process.stdout.write(`LISTEN ${host}:${wss.address().port}\n`));
  wss.on("connection", (ws) => {
    ws.on("message", (data, isBinary) => ws.send(data, { binary: isBinary }));
    ws.on("error", () => {});
  });
  process.stdin.on("end", () => process.exit(0));
  process.stdin.resume();
}

async function load(url, conns, depth, size, secs) {
  const msg = Buffer.alloc(size, 7);
  let echoed = 0;
  let frames = 0;
  let running = false;
  const sockets = await Promise.all(Array.from({ length: conns }, () => new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.binaryType = "nodebuffer";
    ws.on("open", () => resolve(ws));
    ws.on("error", reject);
  })));
  for (const ws of sockets) {
    let partial = 0;
    ws.on("message", (data) => {
      if (!running) return;
      echoed += data.length;
      frames++;
      partial += data.length;
      for (; partial >= size; partial -= size) ws.send(msg);
    });
  }
  running = true;
  const t0 = process.hrtime.bigint();
  for (const ws of sockets) for (let i = 0; i < depth; i++) ws.send(msg);
  await new Promise((r) => setTimeout(r, secs * 1000));
  running = false;
  const t = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(`msgs ${Math.floor(echoed / size)} secs ${t.toFixed(3)} bytes ${echoed} frames ${frames}\n`);
  for (const ws of sockets) ws.terminate();
  process.exit(0);
}

const [mode, ...args] = process.argv.slice(2);
if (mode === "echo-server") echoServer(args[0]);
else if (mode === "load") load(args[0], ...args.slice(1).map(Number));
else throw new Error("unknown mode " + mode);
