import { start, wsHere } from "./demo.js";
import { Terminal } from "./terminal.js";

start(async (net) => {
  const term = new Terminal(document.getElementById("ws-terminal"),
    () => net.dial("ws", wsHere("/ws/echo"), { timeoutMs: 5000, subprotocols: ["gonet.echo.v1"] }));
  await term.connect();
});
