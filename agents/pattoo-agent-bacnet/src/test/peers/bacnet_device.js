// Test peer: npm @bacnet-js/client acting as a BACnet/IP device with a fixed object table.
//
// Run from the folder holding node_modules: node bacnet_device.js <address> <port> <table.json>
// The table: {"device": 1234, "vendor": 260, "objects": {"analog-input:3": {"present-value":
// ["real", 21.5], "object-name": ["string", "Zone Temp"], "units": ["enumerated", 62]}, ...}}.
// An object not in the table answers unknown-object, a property not in it unknown-property.
// The device object also answers as device:4194303, the wildcard instance, with its
// object-identifier (135-2020 clause 15.5.1.1.1). "whoIs": false in the table ignores Who-Is,
// as devices do that answer it only by broadcast.
// Answers unicast Who-Is with a unicast I-Am, and SubscribeCOV (unconfirmed notifications only)
// with a SimpleACK, an initial notification, and one more at every change of the object; objects
// listed in the table's "noCov" answer SubscribeCOV with an Error (services,
// optional-functionality-not-supported), as devices do for objects without COV support.
// Prints "READY <port>" once bound, and "REQ <service>" for each request it answers.
// Commands on stdin, one per line, each answered "OK":
//   set <object> <property> <tag> <value>   e.g. set analog-input:3 present-value real 23.5
//   reset                                   the table's values again (subscriptions stay)
// Stdin closing stops it.
// (The stack ignores requests from exactly 127.0.0.1:47808: bind the device elsewhere.)
"use strict";
const fs = require("fs");
const readline = require("readline");
const Bacnet = require("@bacnet-js/client").default;

const TYPES = {
  "analog-input": 0, "analog-output": 1, "analog-value": 2,
  "binary-input": 3, "binary-output": 4, "binary-value": 5, "device": 8,
  "multi-state-input": 13, "multi-state-output": 14, "multi-state-value": 19,
};
const PROPERTIES = { "object-name": 77, "present-value": 85, "units": 117 };
const TAGS = { unsigned: 2, real: 4, string: 7, enumerated: 9 };
const SERVICE_READ_PROPERTY = 12;
const SERVICE_READ_PROPERTY_MULTIPLE = 14;
const SERVICE_SUBSCRIBE_COV = 5;
const ERROR_CLASS_OBJECT = 1, ERROR_CLASS_PROPERTY = 2;
const ERROR_UNKNOWN_OBJECT = 31, ERROR_UNKNOWN_PROPERTY = 32;
const ERROR_CLASS_SERVICES = 5, ERROR_OPTIONAL_FUNCTIONALITY_NOT_SUPPORTED = 45;

function key(name) {
  const [type, instance] = name.split(":");
  return TYPES[type] + ":" + Number(instance);
}

function start(address, port, table) {
  const objects = new Map();
  const deviceKey = TYPES.device + ":" + table.device;
  const noCov = new Set((table.noCov || []).map(key));
  function load() {
    objects.clear();
    for (const [name, props] of Object.entries(table.objects)) {
      const values = new Map();
      for (const [prop, [tag, value]] of Object.entries(props)) {
        values.set(PROPERTIES[prop], { type: TAGS[tag], value });
      }
      objects.set(key(name), values);
    }
    if (!objects.has(deviceKey)) objects.set(deviceKey, new Map());
    objects.get(deviceKey).set(75, { type: 12, value: { type: TYPES.device, instance: table.device } });
  }
  load();
  // Answers: {value} or {errorClass, errorCode}.
  function read(objectId, property) {
    const wildcard = objectId.type === TYPES.device && objectId.instance === 4194303;
    const values = objects.get(wildcard ? deviceKey : objectId.type + ":" + objectId.instance);
    if (!values) return { errorClass: ERROR_CLASS_OBJECT, errorCode: ERROR_UNKNOWN_OBJECT };
    if (!values.has(property)) return { errorClass: ERROR_CLASS_PROPERTY, errorCode: ERROR_UNKNOWN_PROPERTY };
    return { value: values.get(property) };
  }

  const client = new Bacnet({ interface: address, port, reuseAddr: false, broadcastAddress: address });
  client.on("error", (e) => console.error("ERROR " + e.message));
  client.on("whoIs", (content) => {
    const low = content.payload && content.payload.lowLimit;
    const high = content.payload && content.payload.highLimit;
    if (low !== undefined && (table.device < low || table.device > high)) return;
    if (table.whoIs === false) return;
    console.log("REQ whoIs");
    client.iAmResponse(content.header.sender, table.device, 3, table.vendor);
  });
  client.on("readProperty", (content) => {
    console.log("REQ readProperty");
    const answer = read(content.payload.objectId, content.payload.property.id);
    if (answer.value) {
      client.readPropertyResponse(content.header.sender, content.invokeId,
        content.payload.objectId, content.payload.property, [answer.value]);
    } else {
      client.errorResponse(content.header.sender, SERVICE_READ_PROPERTY, content.invokeId,
        answer.errorClass, answer.errorCode);
    }
  });
  client.on("readPropertyMultiple", (content) => {
    console.log("REQ readPropertyMultiple");
    const results = content.payload.properties.map((spec) => ({
      objectId: spec.objectId,
      values: spec.properties.map((p) => {
        const answer = read(spec.objectId, p.id);
        const value = answer.value ? [answer.value]
          : [{ value: { type: "BacnetError", errorClass: answer.errorClass, errorCode: answer.errorCode } }];
        return { property: { id: p.id, index: p.index }, value };
      }),
    }));
    client.readPropertyMultipleResponse(content.header.sender, content.invokeId, results);
  });
  // Subscriptions by object key: [{receiver, processId, objectId, until}]
  const subscriptions = new Map();
  function notify(sub) {
    const values = objects.get(sub.objectId.type + ":" + sub.objectId.instance);
    const remaining = Math.max(0, Math.round((sub.until - Date.now()) / 1000));
    client.unconfirmedCOVNotification(sub.receiver, sub.processId, table.device, sub.objectId,
      remaining, [{ property: { id: 85 }, value: [values.get(85)] }]);
  }
  client.on("subscribeCov", (content) => {
    console.log("REQ subscribeCov");
    const p = content.payload;
    const key = p.monitoredObjectId.type + ":" + p.monitoredObjectId.instance;
    if (!objects.has(key)) {
      client.errorResponse(content.header.sender, SERVICE_SUBSCRIBE_COV, content.invokeId,
        ERROR_CLASS_OBJECT, ERROR_UNKNOWN_OBJECT);
      return;
    }
    if (noCov.has(key)) {
      client.errorResponse(content.header.sender, SERVICE_SUBSCRIBE_COV, content.invokeId,
        ERROR_CLASS_SERVICES, ERROR_OPTIONAL_FUNCTIONALITY_NOT_SUPPORTED);
      return;
    }
    const sub = { receiver: content.header.sender, processId: p.subscriberProcessId,
      objectId: p.monitoredObjectId, until: Date.now() + 1000 * (p.lifetime || 0) };
    const list = (subscriptions.get(key) || []).filter((s) => s.processId !== sub.processId
      || s.receiver.address !== sub.receiver.address);
    list.push(sub);
    subscriptions.set(key, list);
    client.simpleAckResponse(content.header.sender, SERVICE_SUBSCRIBE_COV, content.invokeId);
    notify(sub); // 135-2020 clause 13.14.1: an initial notification after a subscription
  });
  client.on("listening", () => console.log("READY " + port));
  client.set = (name, prop, tag, value) => {
    const k = key(name);
    objects.get(k).set(PROPERTIES[prop], { type: TAGS[tag], value: tag === "string" ? value : Number(value) });
    (subscriptions.get(k) || []).filter((s) => s.until > Date.now()).forEach(notify);
  };
  client.reset = load;
  return client;
}

module.exports = { start };

if (require.main === module) {
  const [address, port, file] = process.argv.slice(2);
  const client = start(address, Number(port), JSON.parse(fs.readFileSync(file, "utf8")));
  readline.createInterface({ input: process.stdin }).on("line", (line) => {
    const words = line.trim().split(/\s+/);
    if (words[0] === "set" && words.length === 5) {
      client.set(words[1], words[2], words[3], words[4]);
      console.log("OK");
    } else if (words[0] === "reset" && words.length === 1) {
      client.reset();
      console.log("OK");
    } else if (words[0] !== "") {
      console.log("ERROR unknown command " + line);
    }
  }).on("close", () => {
    client.close();
    setTimeout(() => process.exit(0), 200).unref();
  });
}
