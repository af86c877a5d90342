package org.pattoo.receive;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.pattoo.ingest.InvalidPayloadException;
import org.pattoo.ingest.PayloadTooLargeException;
import org.pattoo.ingest.Violation;

/** Opens a request body, undoing {@code Content-Encoding: gzip}, within the body size limit. */
final class RequestBodies {

  private RequestBodies() {}

  static InputStream open(HttpHeaders headers, InputStream body, int maxBytes)
      throws InvalidPayloadException, PayloadTooLargeException, IOException {
    String contentEncoding = headers.getHeaderString(HttpHeaders.CONTENT_ENCODING);
    if (contentEncoding == null
        || contentEncoding.isBlank()
        || contentEncoding.equalsIgnoreCase("identity")) {
      if (headers.getLength() > maxBytes) {
        // Refused before reading a byte, so a client never uploads what we will not take.
        throw new PayloadTooLargeException(
            "body larger than " + maxBytes + " bytes (pattoo.ingest.max-body-bytes)");
      }
      return new LimitedInputStream(body, maxBytes);
    }
    if (!contentEncoding.trim().equalsIgnoreCase("gzip")) {
      throw new NotSupportedException(
          "Content-Encoding " + contentEncoding + " is not supported, use gzip or none");
    }
    try {
      return new LimitedInputStream(new GZIPInputStream(body, 64 * 1024), maxBytes);
    } catch (ZipException | java.io.EOFException e) {
      throw new InvalidPayloadException(new Violation("body", "not valid gzip: " + e.getMessage()));
    }
  }

  /** Reads a whole (limited) body, reporting a too-large one as 413 and corrupt gzip as 400. */
  static byte[] readAll(InputStream body) throws InvalidPayloadException, PayloadTooLargeException {
    return decode(body, InputStream::readAllBytes);
  }

  /** How a body is turned into something, reading it as it goes. */
  interface Decoder<T> {
    T decode(InputStream body)
        throws InvalidPayloadException, PayloadTooLargeException, IOException;
  }

  /**
   * Decodes a (limited) body: a read past the limit is a 413, any other failed read (corrupt gzip,
   * a client gone) a 400 that says so.
   */
  static <T> T decode(InputStream body, Decoder<T> decoder)
      throws InvalidPayloadException, PayloadTooLargeException {
    try {
      return decoder.decode(body);
    } catch (LimitedInputStream.LimitExceeded e) {
      throw new PayloadTooLargeException(e.getMessage());
    } catch (IOException e) {
      throw new InvalidPayloadException(new Violation("body", "could not read: " + e.getMessage()));
    }
  }
}
