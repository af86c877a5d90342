/**
 * The BACnet/IP client: one UDP socket, confirmed requests matched to answers by peer and invoke
 * id, timeouts and retries per request (135-2020 clause 5.4.4), segmented answers refused.
 */
package org.pattoo.agent.bacnet.client;
