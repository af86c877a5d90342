package org.pattoo.agent.snmp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * One SNMP4J engine per auth group: its own UDP socket and its own USM, so two groups may have a
 * user of the same name with different passwords. Opened at the first poll, not at startup, so
 * checking a configuration touches no network.
 */
final class SnmpSession implements AutoCloseable {

  private final AuthGroup auth;
  private Snmp snmp;

  SnmpSession(AuthGroup auth) {
    this.auth = auth;
  }

  AuthGroup auth() {
    return auth;
  }

  synchronized Snmp snmp() throws IOException {
    if (snmp == null) {
      SecurityProtocols protocols =
          new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.none);
      for (AuthProtocol p : AuthProtocol.values()) {
        protocols.addAuthenticationProtocol(p.snmp4j());
      }
      for (PrivProtocol p : PrivProtocol.values()) {
        protocols.addPrivacyProtocol(p.snmp4j());
      }
      USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
      MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
      dispatcher.addMessageProcessingModel(new MPv1());
      dispatcher.addMessageProcessingModel(new MPv2c());
      dispatcher.addMessageProcessingModel(new MPv3(usm));
      Snmp s = new Snmp(dispatcher, new DefaultUdpTransportMapping());
      auth.user().ifPresent(u -> usm.addUser(usmUser(u)));
      s.listen();
      snmp = s;
    }
    return snmp;
  }

  private static org.snmp4j.security.UsmUser usmUser(UsmUser u) {
    return new org.snmp4j.security.UsmUser(
        new OctetString(u.secname()),
        u.auth().map(a -> a.snmp4j().getID()).orElse(null),
        u.authPassword().map(OctetString::new).orElse(null),
        u.priv().map(p -> p.snmp4j().getID()).orElse(null),
        u.privPassword().map(OctetString::new).orElse(null));
  }

  /** The device as SNMP4J addresses it; resolving its name is the only lookup, done per poll. */
  Target<UdpAddress> target(String host) throws SnmpFailure {
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new SnmpFailure("unknown host " + host);
    }
    UdpAddress udp = new UdpAddress(address, auth.port());
    Target<UdpAddress> target;
    if (auth.user().isPresent()) {
      UsmUser u = auth.user().get();
      UserTarget<UdpAddress> t = new UserTarget<>();
      t.setSecurityName(new OctetString(u.secname()));
      t.setSecurityModel(SecurityModel.SECURITY_MODEL_USM);
      t.setSecurityLevel(
          u.priv().isPresent()
              ? SecurityLevel.AUTH_PRIV
              : u.auth().isPresent() ? SecurityLevel.AUTH_NOPRIV : SecurityLevel.NOAUTH_NOPRIV);
      t.setVersion(SnmpConstants.version3);
      target = t;
    } else {
      CommunityTarget<UdpAddress> t = new CommunityTarget<>();
      t.setCommunity(new OctetString(auth.community().orElseThrow()));
      t.setVersion(auth.version() == 1 ? SnmpConstants.version1 : SnmpConstants.version2c);
      target = t;
    }
    target.setAddress(udp);
    target.setTimeout(auth.timeoutMs());
    target.setRetries(auth.retries());
    return target;
  }

  @Override
  public synchronized void close() {
    if (snmp != null) {
      try {
        snmp.close();
      } catch (IOException e) {
        // Closing a UDP socket at shutdown: nothing left to do about it.
      }
      snmp = null;
    }
  }
}
