package org.pattoo.receive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails a read that goes past a byte limit, so no body, however encoded, can exhaust memory. */
final class LimitedInputStream extends FilterInputStream {

  /** The body went past the limit; answered with 413. */
  static final class LimitExceeded extends IOException {
    LimitExceeded(long limit) {
      super("body larger than " + limit + " bytes (pattoo.ingest.max-body-bytes)");
    }
  }

  private final long limit;
  private long count;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws LimitExceeded {
    count += n;
    if (count > limit) {
      throw new LimitExceeded(limit);
    }
  }
}
