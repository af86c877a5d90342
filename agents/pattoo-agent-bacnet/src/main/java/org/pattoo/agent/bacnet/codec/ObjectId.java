package org.pattoo.agent.bacnet.codec;

import java.util.Optional;

/**
 * A BACnetObjectIdentifier (135-2020 clause 20.2.14): a 10-bit object type and a 22-bit instance,
 * written in configuration and errors as {@code analog-input:3}.
 */
public record ObjectId(int type, int instance) {

  public static final int MAX_INSTANCE = 0x3FFFFF;

  public ObjectId {
    if (type < 0 || type > 1023) {
      throw new IllegalArgumentException("object type: expecting 0-1023, found " + type);
    }
    if (instance < 0 || instance > MAX_INSTANCE) {
      throw new IllegalArgumentException(
          "object instance: expecting 0-" + MAX_INSTANCE + ", found " + instance);
    }
  }

  /** The 32-bit wire form. */
  public long encoded() {
    return ((long) type << 22) | instance;
  }

  public static ObjectId decode(long value) {
    return new ObjectId((int) (value >>> 22) & 0x3FF, (int) (value & MAX_INSTANCE));
  }

  /** Parses {@code analog-input:3}; the type by its name in {@link ObjectTypes} or as a number. */
  public static Optional<ObjectId> parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    Optional<Integer> type = ObjectTypes.number(text.substring(0, colon).strip());
    try {
      int instance = Integer.parseInt(text.substring(colon + 1).strip());
      if (type.isEmpty() || instance < 0 || instance > MAX_INSTANCE) {
        return Optional.empty();
      }
      return Optional.of(new ObjectId(type.get(), instance));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return ObjectTypes.name(type) + ":" + instance;
  }
}
