package org.pattoo.agent.bacnet.codec;

/** A frame that does not follow the encoding of ASHRAE 135; the message says where. */
public final class MalformedException extends Exception {

  public MalformedException(String message) {
    super(message);
  }
}
