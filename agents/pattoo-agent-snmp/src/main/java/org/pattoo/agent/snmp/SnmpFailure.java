package org.pattoo.agent.snmp;

/** A device that could not be polled this time; the message is one line naming the cause. */
final class SnmpFailure extends Exception {

  SnmpFailure(String message) {
    super(message);
  }
}
