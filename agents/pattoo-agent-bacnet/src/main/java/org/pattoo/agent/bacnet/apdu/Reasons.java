package org.pattoo.agent.bacnet.apdu;

import java.util.List;
import java.util.Map;

/**
 * Names of error classes, error codes, reject and abort reasons as 135-2020 clause 21 spells them
 * (BACnetErrorClass, BACnetErrorCode, BACnetRejectReason, BACnetAbortReason), for one-line errors.
 */
public final class Reasons {

  private static final List<String> CLASSES =
      List.of(
          "device",
          "object",
          "property",
          "resources",
          "security",
          "services",
          "vt",
          "communication");

  private static final Map<Integer, String> CODES =
      Map.ofEntries(
          Map.entry(0, "other"),
          Map.entry(2, "configuration-in-progress"),
          Map.entry(3, "device-busy"),
          Map.entry(5, "dynamic-creation-not-supported"),
          Map.entry(9, "inconsistent-parameters"),
          Map.entry(12, "invalid-data-type"),
          Map.entry(25, "operational-problem"),
          Map.entry(27, "read-access-denied"),
          Map.entry(29, "service-request-denied"),
          Map.entry(30, "timeout"),
          Map.entry(31, "unknown-object"),
          Map.entry(32, "unknown-property"),
          Map.entry(42, "invalid-array-index"),
          Map.entry(45, "optional-functionality-not-supported"),
          Map.entry(50, "property-is-not-an-array"),
          Map.entry(123, "abort-segmentation-not-supported"));

  private static final List<String> REJECTS =
      List.of(
          "other",
          "buffer-overflow",
          "inconsistent-parameters",
          "invalid-parameter-data-type",
          "invalid-tag",
          "missing-required-parameter",
          "parameter-out-of-range",
          "too-many-arguments",
          "undefined-enumeration",
          "unrecognized-service");

  private static final List<String> ABORTS =
      List.of(
          "other",
          "buffer-overflow",
          "invalid-apdu-in-this-state",
          "preempted-by-higher-priority-task",
          "segmentation-not-supported",
          "security-error",
          "insufficient-security",
          "window-size-out-of-range",
          "application-exceeded-reply-time",
          "out-of-resources",
          "tsm-timeout",
          "apdu-too-long");

  private Reasons() {}

  /** {@code unknown-object (error class object)}. */
  public static String error(int errorClass, int errorCode) {
    String cls = errorClass < CLASSES.size() ? CLASSES.get(errorClass) : "" + errorClass;
    return CODES.getOrDefault(errorCode, "error code " + errorCode) + " (error class " + cls + ")";
  }

  public static String reject(int reason) {
    return "rejected: " + (reason < REJECTS.size() ? REJECTS.get(reason) : "reason " + reason);
  }

  public static String abort(int reason) {
    return "aborted: " + (reason < ABORTS.size() ? ABORTS.get(reason) : "reason " + reason);
  }

  public static final int ABORT_SEGMENTATION_NOT_SUPPORTED = 4;

  public static final int REJECT_UNRECOGNIZED_SERVICE = 9;
}
