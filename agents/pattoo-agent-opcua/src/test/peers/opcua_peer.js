// OPC UA test peer for pattoo-agent-opcua: a node-opcua server on 127.0.0.1.
//   node opcua_peer.js <port> <pki folder> <first numeric id>
// Address space (namespace urn:example:plant): Objects/Plant/<Line1|Line2>/{Temperature
// (Double), Running (Boolean), Mode (String), Count (Int32)} and Objects/Plant/Broken (Double).
// Numeric node ids start at <first numeric id>, so a restart with another one reassigns them.
// Prints "NODE <path> <nodeId>" for every variable, then "READY <port>"; then reads commands
// from stdin, answering "OK": "set <path> <value>", "fail <path> <StatusCodeName>". Users:
// operator/secret; anonymous allowed. Stops when stdin closes.
const path = require("path");
const readline = require("readline");
const {
  OPCUAServer,
  OPCUACertificateManager,
  Variant,
  DataType,
  StatusCodes,
  SecurityPolicy,
  MessageSecurityMode,
} = require("node-opcua");

const [port, pki, firstId] = process.argv.slice(2);
const USERS = { operator: "secret" };
const variables = {};

async function main() {
  const serverCertificateManager = new OPCUACertificateManager({
    automaticallyAcceptUnknownCertificate: true,
    rootFolder: path.join(pki, "server"),
  });
  const userCertificateManager = new OPCUACertificateManager({
    automaticallyAcceptUnknownCertificate: true,
    rootFolder: path.join(pki, "user"),
  });
  const server = new OPCUAServer({
    port: Number(port),
    host: "127.0.0.1",
    hostname: "127.0.0.1",
    serverCertificateManager,
    userCertificateManager,
    securityPolicies: [SecurityPolicy.None, SecurityPolicy.Basic256Sha256],
    securityModes: [
      MessageSecurityMode.None,
      MessageSecurityMode.Sign,
      MessageSecurityMode.SignAndEncrypt,
    ],
    allowAnonymous: true,
    userManager: { isValidUser: (user, password) => USERS[user] === password },
  });
  await server.initialize();

  const addressSpace = server.engine.addressSpace;
  const ns = addressSpace.registerNamespace("urn:example:plant");
  let id = Number(firstId);
  const object = (parent, name) =>
    ns.addObject({ organizedBy: parent, browseName: name, nodeId: "i=" + id++ });
  const variable = (parent, prefix, name, dataType, value) => {
    const v = ns.addVariable({
      componentOf: parent,
      browseName: name,
      nodeId: "i=" + id++,
      dataType,
      minimumSamplingInterval: 50,
    });
    v.setValueFromSource(new Variant({ dataType: DataType[dataType], value }));
    variables[prefix + "/" + name] = { node: v, dataType };
  };
  const plant = object(addressSpace.rootFolder.objects, "Plant");
  for (const line of ["Line1", "Line2"]) {
    const l = object(plant, line);
    const prefix = "Plant/" + line;
    variable(l, prefix, "Temperature", "Double", 0);
    variable(l, prefix, "Running", "Boolean", false);
    variable(l, prefix, "Mode", "String", "");
    variable(l, prefix, "Count", "Int32", 0);
  }
  variable(plant, "Plant", "Broken", "Double", 0);

  await server.start();
  for (const [p, v] of Object.entries(variables)) {
    console.log("NODE " + p + " " + v.node.nodeId.toString());
  }
  console.log("READY " + server.endpoints[0].port);

  const input = readline.createInterface({ input: process.stdin });
  input.on("line", (line) => {
    const [command, where, ...rest] = line.trim().split(" ");
    const v = variables[where];
    if (!v) {
      console.log("ERROR no variable " + where);
      return;
    }
    const text = rest.join(" ");
    if (command === "set") {
      v.node.setValueFromSource(new Variant({ dataType: DataType[v.dataType], value: parse(v.dataType, text) }));
    } else if (command === "fail") {
      v.node.setValueFromSource(new Variant({ dataType: DataType[v.dataType], value: parse(v.dataType, "0") }), StatusCodes[text]);
    } else {
      console.log("ERROR unknown command " + command);
      return;
    }
    console.log("OK");
  });
  input.on("close", async () => {
    await server.shutdown(0);
    process.exit(0);
  });
}

function parse(dataType, text) {
  switch (dataType) {
    case "Double":
      return parseFloat(text);
    case "Int32":
      return parseInt(text, 10);
    case "Boolean":
      return text === "true" || text === "1";
    default:
      return text;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
