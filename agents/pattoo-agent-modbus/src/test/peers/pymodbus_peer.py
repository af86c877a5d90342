"""Test peer: a pymodbus 3.0 Modbus TCP server on 127.0.0.1 driven through stdin.

Run with Debian's interpreter: /usr/bin/python3 pymodbus_peer.py
Prints "READY <port>" once listening on a free port; then, one per line, "READ <fc> <address>
<count>" for every read request it answers (so tests can count requests). Commands on stdin:
  set <co|di|ir|hr> <address> <value>...   store raw values (0x.. allowed) at 0-based addresses
  clear                                     zero every table
Stdin closing stops the server.
"""
import asyncio
import logging
import sys
import threading

from pymodbus.datastore import (
    ModbusSequentialDataBlock,
    ModbusServerContext,
    ModbusSlaveContext,
)
from pymodbus.server.async_io import ModbusTcpServer

SIZE = 10000
READS = {1, 2, 3, 4}
lock = threading.Lock()


def say(line):
    with lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


class CountingContext(ModbusSlaveContext):
    """Reports each read request before answering it."""

    def getValues(self, fc_as_hex, address, count=1):
        if fc_as_hex in READS:
            say(f"READ {fc_as_hex} {address} {count}")
        return super().getValues(fc_as_hex, address, count)


def tables():
    return {k: ModbusSequentialDataBlock(0, [0] * SIZE) for k in ("di", "co", "ir", "hr")}


context = CountingContext(zero_mode=True, **tables())
server_context = ModbusServerContext(slaves=context, single=True)


def commands(loop):
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "set":
            fc = {"co": 5, "di": 2, "ir": 4, "hr": 6}[words[1]]
            values = [int(v, 0) for v in words[3:]]
            context.store[context.decode(fc)].setValues(int(words[2], 0), values)
        elif words[0] == "clear":
            for key, block in tables().items():
                context.store[key[0]] = block
        else:
            say(f"ERROR unknown command {words[0]}")
            continue
        say("OK")
    loop.call_soon_threadsafe(loop.stop)


async def main():
    server = ModbusTcpServer(server_context, address=("127.0.0.1", 0))
    task = asyncio.ensure_future(server.serve_forever())
    await server.serving
    say(f"READY {server.server.sockets[0].getsockname()[1]}")
    threading.Thread(target=commands, args=(asyncio.get_running_loop(),), daemon=True).start()
    await task


if __name__ == "__main__":
    logging.basicConfig(level=logging.CRITICAL)
    logging.getLogger("pymodbus").setLevel(logging.CRITICAL + 1)
    try:
        asyncio.run(main())
    except RuntimeError:
        pass  # the loop stopped because stdin closed
