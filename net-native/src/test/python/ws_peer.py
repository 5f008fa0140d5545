#!/usr/bin/python3
"""A foreign WebSocket peer for WebSocketInteropTest: Debian's python3-websockets (10.4).

client URL
    Connects offering subprotocols "chat.v2", "chat.v1"; sends a text and a 300 KiB binary
    message, reads the echo back (any framing) and compares it; pings and waits for the pong;
    closes with 4000 "py done". Prints one line per step.
client-big URL
    Sends one binary message of 5000 bytes and reports the close code the server answers with.
server
    Echo server on 127.0.0.1:0 (prints "port N"), pinging every 0.2 s with a 1 s pong timeout;
    a binary message b"close-please" makes it close with 4001 "bye from py".
"""
import asyncio
import sys

import websockets


async def client(url):
    async with websockets.connect(url, subprotocols=["chat.v2", "chat.v1"], max_size=None) as ws:
        print("subprotocol", ws.subprotocol, flush=True)
        text = "héllo wörld"
        data = bytes(i % 251 for i in range(300 * 1024))
        await ws.send(text)
        await ws.send(data)
        want = text.encode("utf-8") + data
        got = bytearray()
        while len(got) < len(want):
            m = await ws.recv()
            got += m if isinstance(m, bytes) else m.encode("utf-8")
        print("echo", "ok" if bytes(got) == want else "MISMATCH", len(got), flush=True)
        pong = await ws.ping(b"py-ping")
        await asyncio.wait_for(pong, 5)
        print("pong ok", flush=True)
        await ws.close(4000, "py done")
        print("closed", ws.close_code, ws.close_reason, flush=True)


async def client_big(url):
    async with websockets.connect(url, max_size=None) as ws:
        await ws.send(b"x" * 5000)
        try:
            await asyncio.wait_for(ws.recv(), 5)
            print("no close", flush=True)
        except websockets.ConnectionClosed:
            print("closed", ws.close_code, ws.close_reason, flush=True)


async def echo(ws, path=None):
    try:
        async for m in ws:
            if m == b"close-please":
                await ws.close(4001, "bye from py")
                break
            await ws.send(m)
    except websockets.ConnectionClosed:
        pass
    print("server saw close", ws.close_code, flush=True)


async def server():
    async with websockets.serve(echo, "127.0.0.1", 0, subprotocols=["chat.v1"], ping_interval=0.2,
                                ping_timeout=1, max_size=None) as srv:
        port = srv.sockets[0].getsockname()[1]
        print("port", port, flush=True)
        await asyncio.wait_for(asyncio.get_running_loop().create_future(), 60)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "client":
        asyncio.run(client(sys.argv[2]))
    elif mode == "client-big":
        asyncio.run(client_big(sys.argv[2]))
    else:
        try:
            asyncio.run(server())
        except asyncio.TimeoutError:
            pass
