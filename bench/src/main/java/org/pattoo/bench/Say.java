package org.pattoo.bench;

/** The benchmarks' step lines, marked as the launcher marks its own so both read as one log. */
public final class Say {

  private Say() {}

  public static void step(String what) {
    System.out.println("==> " + what);
  }
}
