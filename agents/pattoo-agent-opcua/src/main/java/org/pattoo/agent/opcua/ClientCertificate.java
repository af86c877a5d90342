package org.pattoo.agent.opcua;

import java.security.KeyPair;
import java.security.cert.X509Certificate;

/**
 * The agent's application instance certificate, its key and the application URI it names (OPC UA
 * requires the URI in the certificate to be the one the client announces).
 */
record ClientCertificate(KeyPair keyPair, X509Certificate certificate, String applicationUri) {

  ClientCertificate {
    if (keyPair == null || certificate == null) {
      throw new IllegalArgumentException(
          "client certificate: expecting a key pair and a certificate");
    }
    if (applicationUri == null || applicationUri.isBlank()) {
      throw new IllegalArgumentException("client certificate: no application URI in it");
    }
  }
}
