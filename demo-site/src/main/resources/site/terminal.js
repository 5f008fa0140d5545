// A line terminal over a gonet Conn (a WebSocket, or TCP through the relay): each line typed is
// written with a newline; what comes back is split into lines again (reads are a byte stream, not
// messages) and shown with its round trip. Counts go to the live panel.

import { describe, el, fmtMs, live } from "./demo.js";

const MAX_LINES = 500;

export class Terminal {
  /**
   * @param root   the section holding .term-state, .term-connect, .term-close, .term-screen and
   *               form.term-input
   * @param dial   async () => Conn
   */
  constructor(root, dial) {
    this.root = root;
    this.dial = dial;
    this.conn = null;
    this.pending = []; // send times of lines not yet echoed, oldest first
    this.screen = root.querySelector(".term-screen");
    this.state = root.querySelector(".term-state");
    this.connectButton = root.querySelector(".term-connect");
    this.closeButton = root.querySelector(".term-close");
    this.form = root.querySelector("form.term-input");
    this.connectButton.addEventListener("click", () => this.connect());
    this.closeButton.addEventListener("click", () => this.close());
    this.form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const input = this.form.elements.line;
      const line = input.value;
      input.value = "";
      this.send(line);
    });
    this.buttons();
  }

  line(kind, text) {
    this.screen.append(el("div", { class: `line ${kind}`, text }));
    while (this.screen.childElementCount > MAX_LINES) this.screen.firstElementChild.remove();
    this.screen.scrollTop = this.screen.scrollHeight;
  }

  buttons() {
    this.connectButton.disabled = this.conn !== null;
    this.closeButton.disabled = this.conn === null;
    this.form.querySelector("button").disabled = this.conn === null;
  }

  setState(text, ok) {
    this.state.textContent = text;
    this.state.className = `term-state ${ok ? "ok" : "err"}`;
  }

  async connect() {
    if (this.conn) return;
    this.connectButton.disabled = true;
    this.setState("connecting…", true);
    const t0 = performance.now();
    let c;
    try {
      c = await this.dial();
    } catch (e) {
      live.error(e);
      this.setState(describe(e), false);
      this.line("err", `* ${describe(e)}`);
      this.buttons();
      return;
    }
    const ms = performance.now() - t0;
    live.op(ms);
    this.conn = c;
    this.pending = [];
    const proto = c.subprotocol ? `, subprotocol ${c.subprotocol}` : "";
    const info = `connected: ${c.network} ${c.localAddr}->${c.remoteAddr}${proto}`;
    this.setState(info, true);
    this.line("info", `* ${info} in ${fmtMs(ms)}`);
    this.buttons();
    this.readLoop(c);
  }

  async readLoop(c) {
    const decoder = new TextDecoder();
    let text = "";
    try {
      for (;;) {
        const b = await c.read();
        if (b === null) {
          if (this.conn === c) this.ended("* closed by the peer", true);
          return;
        }
        live.received(b.length);
        text += decoder.decode(b, { stream: true });
        let nl;
        while ((nl = text.indexOf("\n")) >= 0) {
          const line = text.slice(0, nl);
          text = text.slice(nl + 1);
          const sentAt = this.pending.shift();
          if (sentAt === undefined) {
            this.line("in", `< ${line}`);
          } else {
            const ms = performance.now() - sentAt;
            live.op(ms);
            this.line("in", `< ${line}`);
            this.screen.lastElementChild.dataset.ms = ms.toFixed(1);
            this.screen.lastElementChild.title = `round trip ${fmtMs(ms)}`;
          }
        }
      }
    } catch (e) {
      if (this.conn !== c) return; // we closed it: the pending read fails, as Go's would
      live.error(e);
      this.ended(`* ${describe(e)}`, false);
    }
  }

  ended(text, ok) {
    const c = this.conn;
    this.conn = null;
    try {
      c?.close();
    } catch {
      // already closed by the peer
    }
    this.setState(ok ? "not connected" : text.slice(2), ok);
    this.line(ok ? "info" : "err", text);
    this.buttons();
  }

  async send(line) {
    const c = this.conn;
    if (!c) {
      this.line("err", "* not connected");
      return;
    }
    this.pending.push(performance.now());
    this.line("out", `> ${line}`);
    try {
      live.sent(await c.write(line + "\n"));
    } catch (e) {
      this.pending.pop();
      live.error(e);
      this.line("err", `* ${describe(e)}`);
    }
  }

  close() {
    const c = this.conn;
    if (!c) return;
    this.conn = null;
    try {
      c.close();
    } catch (e) {
      live.error(e);
    }
    this.setState("not connected", true);
    this.line("info", "* disconnected");
    this.buttons();
  }
}
