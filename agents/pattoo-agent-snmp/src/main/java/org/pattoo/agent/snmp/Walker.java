package org.pattoo.agent.snmp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/**
 * Walks a subtree as net-snmp's snmpbulkwalk does: GETBULK with 25 repetitions (GETNEXT for v1,
 * which has no GETBULK), until the answers leave the subtree; a subtree that is a single instance
 * is read with GET, as snmpwalk falls back to.
 */
final class Walker {

  static final int MAX_REPETITIONS = 25;

  /** The USM statistics a v3 agent reports instead of answering, by the name operators know. */
  private static final Map<String, String> USM_REPORTS =
      Map.of(
          "1.3.6.1.6.3.15.1.1.1.0", "unsupported security level",
          "1.3.6.1.6.3.15.1.1.2.0", "not in time window",
          "1.3.6.1.6.3.15.1.1.3.0", "unknown user name",
          "1.3.6.1.6.3.15.1.1.4.0", "unknown engine id",
          "1.3.6.1.6.3.15.1.1.5.0", "wrong digest (authentication password)",
          "1.3.6.1.6.3.15.1.1.6.0", "decryption error (privacy password)");

  private final Snmp snmp;
  private final Target<UdpAddress> target;

  Walker(Snmp snmp, Target<UdpAddress> target) {
    this.snmp = snmp;
    this.target = target;
  }

  List<VariableBinding> walk(OID root) throws SnmpFailure {
    List<VariableBinding> out = new ArrayList<>();
    boolean v1 = target.getVersion() == SnmpConstants.version1;
    OID next = root;
    while (true) {
      PDU request = pdu(v1 ? PDU.GETNEXT : PDU.GETBULK);
      if (!v1) {
        request.setMaxRepetitions(MAX_REPETITIONS);
      }
      request.add(new VariableBinding(next));
      PDU response = send(request, root);
      if (v1 && response.getErrorStatus() == PDU.noSuchName) {
        break; // v1's end of the MIB view
      }
      failOnError(response, root);
      boolean more = !response.getVariableBindings().isEmpty();
      for (VariableBinding vb : response.getVariableBindings()) {
        if (vb.isException() || !vb.getOid().startsWith(root)) {
          more = false;
          break;
        }
        if (vb.getOid().compareTo(next) <= 0) {
          throw new SnmpFailure(
              "walk of ." + root + ": OID not increasing at ." + vb.getOid() + " (agent bug)");
        }
        out.add(vb);
        next = vb.getOid();
      }
      if (!more) {
        break;
      }
    }
    if (out.isEmpty()) {
      PDU get = pdu(PDU.GET);
      get.add(new VariableBinding(root));
      PDU response = send(get, root);
      if (response.getErrorStatus() != PDU.noSuchName) {
        failOnError(response, root);
        response.getVariableBindings().stream()
            .filter(
                vb ->
                    !vb.isException()
                        && vb.getVariable().getSyntax() != org.snmp4j.smi.SMIConstants.SYNTAX_NULL)
            .forEach(out::add);
      }
    }
    return out;
  }

  private PDU pdu(int type) {
    PDU pdu =
        target.getVersion() == SnmpConstants.version3
            ? new ScopedPDU()
            : target.getVersion() == SnmpConstants.version1 ? new PDUv1() : new PDU();
    pdu.setType(type);
    return pdu;
  }

  private PDU send(PDU request, OID root) throws SnmpFailure {
    ResponseEvent<UdpAddress> event;
    try {
      event = snmp.send(request, target);
    } catch (IOException e) {
      throw new SnmpFailure("cannot send to port " + target.getAddress().getPort() + ": " + e);
    }
    if (event.getError() != null) {
      throw new SnmpFailure("request for ." + root + " failed: " + event.getError().getMessage());
    }
    PDU response = event.getResponse();
    if (response == null) {
      throw new SnmpFailure(
          "no response on udp port "
              + target.getAddress().getPort()
              + " after "
              + (target.getRetries() + 1)
              + (target.getRetries() == 0 ? " try" : " tries")
              + " of "
              + target.getTimeout()
              + " ms: device down, or wrong community or v3 credentials");
    }
    if (response.getType() == PDU.REPORT) {
      String oid =
          response.getVariableBindings().isEmpty()
              ? ""
              : response.getVariableBindings().get(0).getOid().toDottedString();
      throw new SnmpFailure(
          "SNMP v3 report: " + USM_REPORTS.getOrDefault(oid, "." + oid) + " for ." + root);
    }
    return response;
  }

  private static void failOnError(PDU response, OID root) throws SnmpFailure {
    if (response.getErrorStatus() != PDU.noError) {
      throw new SnmpFailure("error \"" + response.getErrorStatusText() + "\" walking ." + root);
    }
  }
}
