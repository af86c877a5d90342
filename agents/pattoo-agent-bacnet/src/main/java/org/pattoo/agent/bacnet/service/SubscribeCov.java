package org.pattoo.agent.bacnet.service;

import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.TagWriter;

/** SubscribeCOV (135-2020 clause 13.14) request body; the device answers with a SimpleACK. */
public final class SubscribeCov {

  private SubscribeCov() {}

  /**
   * Clause 13.14.1 / 21 SubscribeCOV-Request: subscriberProcessIdentifier [0],
   * monitoredObjectIdentifier [1], issueConfirmedNotifications [2] (false: unconfirmed
   * notifications, which need no answer), lifetime [3] in seconds.
   */
  public static byte[] request(long processId, ObjectId object, long lifetimeSeconds) {
    if (processId < 0 || processId > 0xFFFFFFFFL) {
      throw new IllegalArgumentException(
          "subscriber process id: expecting 0-4294967295, found " + processId);
    }
    if (lifetimeSeconds < 1) {
      throw new IllegalArgumentException(
          "lifetime: expecting at least 1 s (0 would be indefinite), found " + lifetimeSeconds);
    }
    return new TagWriter()
        .unsigned(0, true, processId)
        .objectId(1, true, object)
        .contextBoolean(2, false)
        .unsigned(3, true, lifetimeSeconds)
        .toByteArray();
  }
}
