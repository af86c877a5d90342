/**
 * The BACnet/IP agent: configuration, the collector and the per-device poller that turn
 * present-values into data points, on the protocol layers of the sub-packages.
 */
package org.pattoo.agent.bacnet;
