package org.pattoo.agent.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.api.config.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.api.config.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.api.identity.AnonymousProvider;
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
    OpcUaClientConfigBuilder config =
        OpcUaClientConfig.builder()
            .setApplicationName(LocalizedText.english("pattoo-agent-opcua"))
            .setProductUri("urn:pattoo:agent-opcua")
            .setEndpoint(chosen)
            .setIdentityProvider(
                group.identity().username().isPresent()
                    ? new UsernameProvider(
                        group.identity().username().get(), group.identity().password())
                    : new AnonymousProvider())
            .setCertificateValidator(
                new ServerTrust(group.trustDirectory(), group.trustOnFirstUse(), pki.pinned(group)))
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
