package org.pattoo.agent.opcua;

/** How a group gets its values: a Read each poll, or a subscription between polls. */
enum Mode {
  POLL,
  SUBSCRIBE
}
