package org.pattoo.agent.bacnet.service;

import java.util.Map;

/** The BACnetPropertyIdentifier values this agent reads (135-2020 clause 21). */
public final class Properties {

  public static final int OBJECT_IDENTIFIER = 75;
  public static final int OBJECT_NAME = 77;
  public static final int PRESENT_VALUE = 85;
  public static final int UNITS = 117;

  private static final Map<Integer, String> NAMES =
      Map.of(OBJECT_NAME, "object-name", PRESENT_VALUE, "present-value", UNITS, "units");

  private Properties() {}

  public static String name(int property) {
    return NAMES.getOrDefault(property, "property-" + property);
  }
}
