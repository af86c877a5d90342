package org.pattoo.agent.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * The agent's certificate folder: {@code client.p12} (its key and self-signed certificate, made on
 * first use and kept, so servers that trusted it keep trusting it), {@code client.der} (the
 * certificate alone, to hand to server administrators), {@code trusted/} (the default folder of
 * server certificates to trust) and {@code pinned/} (certificates pinned on first use).
 */
final class Pki {

  private static final Logger LOG = Logger.getLogger(Pki.class.getPackageName());
  private static final String ALIAS = "pattoo-agent-opcua";
  // The file's permissions protect the key; a password in the code would protect nothing more.
  private static final char[] STORE_PASSWORD = "pattoo-agent-opcua".toCharArray();

  private final Path directory;
  private ClientCertificate client;

  Pki(Path directory) {
    this.directory = directory;
  }

  Path directory() {
    return directory;
  }

  /** Where the certificate a server showed first is pinned. */
  Path pinned(Group g) {
    return directory.resolve("pinned").resolve(g.endpoint().getHost() + "_" + g.port() + ".der");
  }

  /** The client certificate, loaded from the folder or, on first use, made and saved there. */
  synchronized ClientCertificate clientCertificate() throws IOException, GeneralSecurityException {
    if (client == null) {
      Path store = directory.resolve("client.p12");
      client = Files.exists(store) ? load(store) : create(store);
    }
    return client;
  }

  private static ClientCertificate load(Path store) throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, STORE_PASSWORD);
    }
    Key key = ks.getKey(ALIAS, STORE_PASSWORD);
    if (!(key instanceof PrivateKey privateKey)
        || !(ks.getCertificate(ALIAS) instanceof X509Certificate cert)) {
      throw new GeneralSecurityException(store + ": no " + ALIAS + " key entry");
    }
    Optional<String> uri = CertificateUtil.getSanUri(cert);
    return new ClientCertificate(
        new KeyPair(cert.getPublicKey(), privateKey),
        cert,
        uri.orElseThrow(() -> new GeneralSecurityException(store + ": no application URI")));
  }

  private ClientCertificate create(Path store) throws IOException, GeneralSecurityException {
    String host = InetAddress.getLocalHost().getHostName();
    String uri = "urn:" + host + ":pattoo:agent-opcua";
    KeyPair keys = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
    X509Certificate cert;
    try {
      cert =
          new SelfSignedCertificateBuilder(keys)
              .setCommonName("pattoo-agent-opcua@" + host)
              .setOrganization("pattoo")
              .setApplicationUri(uri)
              .addDnsName(host)
              .setValidityPeriod(Period.ofYears(20))
              .build();
    } catch (Exception e) {
      throw new GeneralSecurityException(
          "cannot make the client certificate: " + e.getMessage(), e);
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, STORE_PASSWORD);
    ks.setKeyEntry(ALIAS, keys.getPrivate(), STORE_PASSWORD, new X509Certificate[] {cert});
    Files.createDirectories(directory);
    Path tmp = Files.createTempFile(directory, "client", ".tmp");
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions apply
    }
    try (OutputStream out = Files.newOutputStream(tmp)) {
      ks.store(out, STORE_PASSWORD);
    }
    Files.move(tmp, store, StandardCopyOption.ATOMIC_MOVE);
    Files.write(directory.resolve("client.der"), cert.getEncoded());
    LOG.info(
        "made the client certificate "
            + uri
            + " in "
            + store
            + "; give "
            + directory.resolve("client.der")
            + " to servers that must trust it");
    return new ClientCertificate(keys, cert, uri);
  }
}
