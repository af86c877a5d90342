// Takes the byte captures under src/test/resources/testdata/: the device of bacnet_device.js on
// 127.0.0.2:47808 and @bacnet-js/client as an independent client on 127.0.0.3:47809, in one
// process; every datagram either of them sends is written as "<step> <from> <hex>".
// Run from the folder holding node_modules: node capture.js device-1234.json > capture.txt
"use strict";
const dgram = require("dgram");
const fs = require("fs");
let step = "start";
const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function (msg, offset, length, port, address, cb) {
  const bytes = Buffer.isBuffer(msg) ? msg.subarray(offset, offset + length) : Buffer.from(msg);
  const from = this.address();
  console.log(step + " " + from.address + ":" + from.port + " " + bytes.toString("hex"));
  return send.apply(this, arguments);
};
const Bacnet = require("@bacnet-js/client").default;
const { start } = require("./bacnet_device.js");

const device = start("127.0.0.2", 47808, JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
const client = new Bacnet({ interface: "127.0.0.3", port: 47809, reuseAddr: false, apduTimeout: 2000 });
const at = { address: "127.0.0.2:47808" };
const ai3 = { type: 0, instance: 3 };

async function run() {
  await new Promise((r) => setTimeout(r, 500));
  step = "who-is";
  client.whoIs(at);
  await new Promise((r) => setTimeout(r, 300));
  const steps = [
    ["rp-analog-input-3-present-value", () => client.readProperty(at, ai3, 85)],
    ["rp-analog-input-3-object-name", () => client.readProperty(at, ai3, 77)],
    ["rp-analog-input-3-units", () => client.readProperty(at, ai3, 117)],
    ["rp-binary-input-1-present-value", () => client.readProperty(at, { type: 3, instance: 1 }, 85)],
    ["rp-multi-state-value-2-present-value", () => client.readProperty(at, { type: 19, instance: 2 }, 85)],
    ["rp-analog-input-99-error", () => client.readProperty(at, { type: 0, instance: 99 }, 85)],
    ["rpm-three-objects", () => client.readPropertyMultiple(at, [
      { objectId: ai3, properties: [{ id: 85 }, { id: 77 }, { id: 117 }] },
      { objectId: { type: 3, instance: 1 }, properties: [{ id: 85 }, { id: 77 }] },
      { objectId: { type: 0, instance: 99 }, properties: [{ id: 85 }] },
    ])],
    ["subscribe-cov-analog-input-3", async () => {
      await client.subscribeCov(at, ai3, 7, false, false, 300);
      await new Promise((r) => setTimeout(r, 300)); // the initial notification
    }],
  ];
  for (const [name, call] of steps) {
    step = name;
    try { await call(); } catch (e) { /* the error answer is the capture */ }
  }
  client.close();
  device.close();
  setTimeout(() => process.exit(0), 200);
}
run();
