// Test peer: npm modbus-serial's ServerTCP on 127.0.0.1, answering through getter callbacks.
//
// Run from the folder holding node_modules: node modbus_serial_peer.js <port> [<unit>]
// It answers only requests for <unit> (default: any unit).
// (ServerTCP takes port 0 for its default, 502: the caller picks a free port.)
// Prints "READY <port>" once listening. Commands on stdin, one per line:
//   set <co|di|ir|hr> <address> <value>...   store raw values (0x.. allowed) at 0-based addresses
//   fail <co|di|ir|hr> <address> <code>      answer reads touching that address with exception <code>
//   clear                                     zero every table and forget failures
// Stdin closing stops the server.
"use strict";
const readline = require("readline");
const ModbusRTU = require("modbus-serial");

let tables;
let failures;
function clear() {
  tables = { co: new Map(), di: new Map(), ir: new Map(), hr: new Map() };
  failures = { co: new Map(), di: new Map(), ir: new Map(), hr: new Map() };
}
clear();

function getter(kind, bits) {
  return (address) => {
    if (failures[kind].has(address)) {
      throw { modbusErrorCode: failures[kind].get(address), msg: "failure set by the test" };
    }
    const value = tables[kind].get(address) || 0;
    return bits ? value !== 0 : value;
  };
}

const vector = {
  getCoil: getter("co", true),
  getDiscreteInput: getter("di", true),
  getInputRegister: getter("ir", false),
  getHoldingRegister: getter("hr", false),
};

const server = new ModbusRTU.ServerTCP(vector, { host: "127.0.0.1", port: Number(process.argv[2]), unitID: Number(process.argv[3] || 255) });
server.on("initialized", () => {
  console.log("READY " + server._server.address().port);
});
server.on("socketError", () => {});

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const words = line.trim().split(/\s+/);
  if (words[0] === "set") {
    const start = Number(words[2]);
    words.slice(3).forEach((v, i) => tables[words[1]].set(start + i, Number(v)));
  } else if (words[0] === "fail") {
    failures[words[1]].set(Number(words[2]), Number(words[3]));
  } else if (words[0] === "clear") {
    clear();
  } else if (words[0] !== "") {
    console.log("ERROR unknown command " + words[0]);
    return;
  } else {
    return;
  }
  console.log("OK");
}).on("close", () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
});
