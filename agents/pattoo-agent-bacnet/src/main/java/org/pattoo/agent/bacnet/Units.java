package org.pattoo.agent.bacnet;

import java.util.Map;

/** Names of common BACnetEngineeringUnits (135-2020 clause 21), for the units label. */
final class Units {

  private static final Map<Long, String> NAMES =
      Map.ofEntries(
          Map.entry(3L, "amperes"),
          Map.entry(5L, "volts"),
          Map.entry(19L, "kilowatt-hours"),
          Map.entry(29L, "percent-relative-humidity"),
          Map.entry(47L, "watts"),
          Map.entry(48L, "kilowatts"),
          Map.entry(53L, "pascals"),
          Map.entry(62L, "degrees-celsius"),
          Map.entry(64L, "degrees-fahrenheit"),
          Map.entry(73L, "seconds"),
          Map.entry(84L, "cubic-meters-per-hour"),
          Map.entry(87L, "liters-per-second"),
          Map.entry(95L, "no-units"),
          Map.entry(96L, "parts-per-million"),
          Map.entry(98L, "percent"));

  private Units() {}

  static String name(long units) {
    return NAMES.getOrDefault(units, "units-" + units);
  }
}
