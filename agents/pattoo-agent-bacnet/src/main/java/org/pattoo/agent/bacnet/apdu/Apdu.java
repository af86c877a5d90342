package org.pattoo.agent.bacnet.apdu;

/**
 * The APDU types of 135-2020 clause 20.1 this client sends or answers; service bodies stay encoded,
 * for the service classes to read.
 */
public sealed interface Apdu {

  /** Clause 20.1.2: a confirmed service request, never segmented by this client. */
  record ConfirmedRequest(int invokeId, int service, byte[] body) implements Apdu {
    public ConfirmedRequest {
      Octets.check("invoke id", invokeId);
      Octets.check("service choice", service);
    }
  }

  /** Clause 20.1.3. */
  record UnconfirmedRequest(int service, byte[] body) implements Apdu {
    public UnconfirmedRequest {
      Octets.check("service choice", service);
    }
  }

  /** Clause 20.1.4. */
  record SimpleAck(int invokeId, int service) implements Apdu {}

  /** Clause 20.1.5; {@code segmented} answers are refused, their body is not kept. */
  record ComplexAck(int invokeId, int service, boolean segmented, byte[] body) implements Apdu {}

  /** Clause 20.1.6: the peer's acknowledgement of a segment. */
  record SegmentAck(int invokeId, boolean server) implements Apdu {}

  /** Clause 20.1.7, with the error-class and error-code of clause 21 (BACnet Error). */
  record Error(int invokeId, int service, int errorClass, int errorCode) implements Apdu {}

  /** Clause 20.1.8. */
  record Reject(int invokeId, int reason) implements Apdu {}

  /** Clause 20.1.9; {@code server} is the SRV bit (sent by the device). */
  record Abort(int invokeId, boolean server, int reason) implements Apdu {}
}
