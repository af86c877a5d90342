package org.pattoo.agent.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTrustTest {

  @TempDir Path tmp;

  /** A server's self-signed certificate, made the way the agent makes its own. */
  private X509Certificate certificate(String name) throws Exception {
    return new Pki(tmp.resolve(name)).clientCertificate().certificate();
  }

  @Test
  void aPinnedCertificateIsTheOnlyOneTrustedAfterwards() throws Exception {
    X509Certificate first = certificate("a");
    X509Certificate second = certificate("b");
    Path pin = tmp.resolve("pinned/127.0.0.1_4840.der");
    ServerTrust trust = new ServerTrust(tmp.resolve("trusted"), true, pin);

    trust.validateCertificateChain(List.of(first));
    trust.validateCertificateChain(List.of(first));

    assertThat(Files.readAllBytes(pin)).isEqualTo(first.getEncoded());
    assertThatThrownBy(() -> trust.validateCertificateChain(List.of(second)))
        .hasMessageContaining(
            "server certificate \""
                + second.getSubjectX500Principal().getName()
                + "\" (SHA-256 "
                + ServerTrust.fingerprint(second.getEncoded())
                + ") is not the one pinned in "
                + pin
                + ": delete that file to trust the new one");
  }

  @Test
  void aCertificateInTheTrustFolderIsTrustedWithoutPinning() throws Exception {
    X509Certificate cert = certificate("a");
    Path folder = Files.createDirectories(tmp.resolve("trusted"));
    Files.write(folder.resolve("server.der"), cert.getEncoded());
    Files.writeString(folder.resolve("notes.txt"), "not a certificate");
    Path pin = tmp.resolve("pinned/x.der");

    new ServerTrust(folder, false, pin).validateCertificateChain(List.of(cert));

    assertThat(pin).doesNotExist();
    assertThatThrownBy(
            () ->
                new ServerTrust(folder, false, pin)
                    .validateCertificateChain(List.of(certificate("b"))))
        .hasMessageContaining(
            "is not trusted: copy it into " + folder + " or set trust_on_first_use");
  }
}
