package org.pattoo.agent.bacnet.service;

/** Service choices (135-2020 clause 21, BACnetConfirmedServiceChoice and Unconfirmed...). */
public final class Services {

  public static final int READ_PROPERTY = 12;
  public static final int READ_PROPERTY_MULTIPLE = 14;
  public static final int SUBSCRIBE_COV = 5;
  public static final int I_AM = 0;
  public static final int UNCONFIRMED_COV_NOTIFICATION = 2;
  public static final int WHO_IS = 8;

  private Services() {}
}
