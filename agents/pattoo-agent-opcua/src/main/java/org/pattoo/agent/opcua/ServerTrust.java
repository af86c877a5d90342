package org.pattoo.agent.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.milo.opcua.stack.client.security.ClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;

/**
 * Decides whether a server's certificate is trusted: it is in the group's trust folder (DER or PEM
 * files), or, with trust on first use, it is the one pinned the first time this endpoint was
 * reached. The folder is read at each connection, so a certificate copied there is trusted at the
 * next attempt.
 */
final class ServerTrust implements ClientCertificateValidator {

  private static final Logger LOG = Logger.getLogger(ServerTrust.class.getPackageName());

  private final Path folder;
  private final boolean pinOnFirstUse;
  private final Path pin;

  ServerTrust(Path folder, boolean pinOnFirstUse, Path pin) {
    this.folder = folder;
    this.pinOnFirstUse = pinOnFirstUse;
    this.pin = pin;
  }

  @Override
  public void validateCertificateChain(List<X509Certificate> chain) throws UaException {
    if (chain.isEmpty()) {
      throw new Untrusted("the server showed no certificate");
    }
    X509Certificate cert = chain.get(0);
    try {
      cert.checkValidity();
    } catch (CertificateException e) {
      throw new UaException(
          StatusCodes.Bad_CertificateTimeInvalid,
          "server certificate " + subject(cert) + " is outside its validity period");
    }
    byte[] encoded = encoded(cert);
    if (inFolder(encoded)) {
      return;
    }
    if (pinOnFirstUse) {
      pinned(cert, encoded);
      return;
    }
    throw new Untrusted(
        "server certificate "
            + subject(cert)
            + " (SHA-256 "
            + fingerprint(encoded)
            + ") is not trusted: copy it into "
            + folder
            + " or set trust_on_first_use");
  }

  @Override
  public void validateCertificateChain(
      List<X509Certificate> chain, String applicationUri, String... validHostNames)
      throws UaException {
    validateCertificateChain(chain);
  }

  private boolean inFolder(byte[] encoded) throws UaException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        if (Files.isRegularFile(f) && contains(f, encoded)) {
          return true;
        }
      }
    } catch (IOException e) {
      throw new Untrusted("cannot read trust_directory " + folder + ": " + e.getMessage());
    }
    return false;
  }

  private static boolean contains(Path file, byte[] encoded) {
    try (InputStream in = Files.newInputStream(file)) {
      for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        if (Arrays.equals(c.getEncoded(), encoded)) {
          return true;
        }
      }
    } catch (IOException | CertificateException e) {
      LOG.fine(file + ": not a certificate: " + e.getMessage());
    }
    return false;
  }

  private synchronized void pinned(X509Certificate cert, byte[] encoded) throws UaException {
    try {
      if (!Files.exists(pin)) {
        Files.createDirectories(pin.getParent());
        Files.write(pin, encoded);
        LOG.warning(
            "trusting server certificate "
                + subject(cert)
                + " (SHA-256 "
                + fingerprint(encoded)
                + ") on first use: pinned in "
                + pin);
        return;
      }
      if (Arrays.equals(Files.readAllBytes(pin), encoded)) {
        return;
      }
    } catch (IOException e) {
      throw new Untrusted("cannot pin the server certificate in " + pin + ": " + e.getMessage());
    }
    throw new Untrusted(
        "server certificate "
            + subject(cert)
            + " (SHA-256 "
            + fingerprint(encoded)
            + ") is not the one pinned in "
            + pin
            + ": delete that file to trust the new one");
  }

  private static byte[] encoded(X509Certificate cert) throws UaException {
    try {
      return cert.getEncoded();
    } catch (CertificateException e) {
      throw new Untrusted("the server's certificate cannot be encoded: " + e.getMessage());
    }
  }

  private static String subject(X509Certificate cert) {
    return "\"" + cert.getSubjectX500Principal().getName() + "\"";
  }

  static String fingerprint(byte[] encoded) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A refused server certificate; its message is the whole story. */
  static final class Untrusted extends UaException {
    Untrusted(String message) {
      super(StatusCodes.Bad_SecurityChecksFailed, message);
    }
  }
}
