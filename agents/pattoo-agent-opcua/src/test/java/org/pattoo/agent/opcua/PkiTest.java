package org.pattoo.agent.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkiTest {

  @TempDir Path tmp;

  @Test
  void theClientCertificateIsMadeOnFirstUseAndKeptForLaterStarts() throws Exception {
    Path dir = tmp.resolve("pki");

    ClientCertificate first = new Pki(dir).clientCertificate();
    ClientCertificate again = new Pki(dir).clientCertificate();

    assertThat(again.certificate().getEncoded()).isEqualTo(first.certificate().getEncoded());
    assertThat(again.keyPair().getPrivate().getEncoded())
        .isEqualTo(first.keyPair().getPrivate().getEncoded());
    assertThat(CertificateUtil.getSanUri(first.certificate())).contains(first.applicationUri());
    assertThat(first.applicationUri()).endsWith(":pattoo:agent-opcua");
    assertThat(Files.readAllBytes(dir.resolve("client.der")))
        .isEqualTo(first.certificate().getEncoded());
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("client.p12"))))
        .isEqualTo("rw-------");
  }
}
