package org.pattoo.agent.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.api.config.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.api.config.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.api.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.api.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.api.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.client.DiscoveryClient;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

/**
 * Opens a session to a group's server: picks the endpoint of the configured security policy and
 * mode, presents the client certificate when the channel is secured, checks the server's
 * certificate against the trust folder or the pin, and activates the session with the identity.
 */
final class Connector {

  private final Group group;
  private final Pki pki;

  Connector(Group group, Pki pki) {
    this.group = group;
    this.pki = pki;
  }

  /** A connected client; every wait is bounded by the group's timeout. */
  OpcUaClient connect() throws Exception {
    long timeout = group.timeoutMs();
    List<EndpointDescription> endpoints =
        DiscoveryClient.getEndpoints(group.describe()).get(timeout, TimeUnit.MILLISECONDS);
    EndpointDescription chosen =
        endpoints.stream()
            .filter(e -> group.policy().getUri().equals(e.getSecurityPolicyUri()))
            .filter(e -> e.getSecurityMode() == group.securityMode())
            .findFirst()
            .orElseThrow(
                () ->
                    new Problems.Refused(
                        "no endpoint with security_policy "
                            + group.policy()
                            + " and security_mode "
                            + group.securityMode()
                            + " (offered: "
                            + offered(endpoints)
                            + ")"));
    // Servers often advertise a host name of their own; the configured address is the one known
    // to work from here.
    chosen = EndpointUtil.updateUrl(chosen, group.endpoint().getHost(), group.port());
    ServerTrust trust =
        new ServerTrust(group.trustDirectory(), group.trustOnFirstUse(), pki.pinned(group));
    OpcUaClientConfigBuilder config =
        OpcUaClientConfig.builder()
            .setApplicationName(LocalizedText.english("pattoo-agent-opcua"))
            .setProductUri("urn:pattoo:agent-opcua")
            .setEndpoint(chosen)
            .setIdentityProvider(identity(trust))
            .setCertificateValidator(trust)
            .setConnectTimeout(uint(timeout))
            .setAcknowledgeTimeout(uint(timeout))
            .setRequestTimeout(uint(timeout))
            .setSessionTimeout(uint(Math.max(60_000, timeout * 4)));
    if (group.policy() != SecurityPolicy.None) {
      ClientCertificate cert = pki.clientCertificate();
      config
          .setApplicationUri(cert.applicationUri())
          .setKeyPair(cert.keyPair())
          .setCertificate(cert.certificate())
          .setCertificateChain(new java.security.cert.X509Certificate[] {cert.certificate()});
    } else {
      config.setApplicationUri("urn:pattoo:agent-opcua");
    }
    OpcUaClient client = OpcUaClient.create(config.build());
    try {
      client.connect().get(timeout * 2, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      client.disconnect();
      throw e;
    }
    return client;
  }

  /**
   * The user's password is encrypted with the certificate the server announces. On a secure channel
   * that certificate is checked like the channel's; with security_policy None it is not (as the
   * original agent did not): Milo logs that it skipped the check.
   */
  private IdentityProvider identity(ServerTrust trust) {
    Identity id = group.identity();
    if (id.username().isEmpty()) {
      return new AnonymousProvider();
    }
    return group.policy() == SecurityPolicy.None
        ? new UsernameProvider(id.username().get(), id.password())
        : new UsernameProvider(id.username().get(), id.password(), trust);
  }

  private static String offered(List<EndpointDescription> endpoints) {
    return endpoints.stream()
        .map(
            e ->
                SecurityPolicy.fromUriSafe(e.getSecurityPolicyUri())
                        .map(Enum::name)
                        .orElse(e.getSecurityPolicyUri())
                    + "/"
                    + e.getSecurityMode())
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
