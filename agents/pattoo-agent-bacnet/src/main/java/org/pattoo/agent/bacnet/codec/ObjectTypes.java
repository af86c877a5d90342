package org.pattoo.agent.bacnet.codec;

import java.util.Map;
import java.util.Optional;

/** Names of the BACnetObjectType values this agent reads (135-2020 clause 21, BACnetObjectType). */
public final class ObjectTypes {

  public static final int ANALOG_INPUT = 0;
  public static final int ANALOG_OUTPUT = 1;
  public static final int ANALOG_VALUE = 2;
  public static final int BINARY_INPUT = 3;
  public static final int BINARY_OUTPUT = 4;
  public static final int BINARY_VALUE = 5;
  public static final int DEVICE = 8;
  public static final int MULTI_STATE_INPUT = 13;
  public static final int MULTI_STATE_OUTPUT = 14;
  public static final int MULTI_STATE_VALUE = 19;

  private static final Map<Integer, String> NAMES =
      Map.of(
          ANALOG_INPUT, "analog-input",
          ANALOG_OUTPUT, "analog-output",
          ANALOG_VALUE, "analog-value",
          BINARY_INPUT, "binary-input",
          BINARY_OUTPUT, "binary-output",
          BINARY_VALUE, "binary-value",
          DEVICE, "device",
          MULTI_STATE_INPUT, "multi-state-input",
          MULTI_STATE_OUTPUT, "multi-state-output",
          MULTI_STATE_VALUE, "multi-state-value");

  private ObjectTypes() {}

  public static String name(int type) {
    return NAMES.getOrDefault(type, "object-type-" + type);
  }

  public static Optional<Integer> number(String name) {
    return NAMES.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Analog objects carry units; binary and multi-state ones do not. */
  public static boolean analog(int type) {
    return type == ANALOG_INPUT || type == ANALOG_OUTPUT || type == ANALOG_VALUE;
  }

  /** The types whose present-value, object-name (and units) the agent polls. */
  public static boolean pollable(int type) {
    return NAMES.containsKey(type) && type != DEVICE;
  }
}
