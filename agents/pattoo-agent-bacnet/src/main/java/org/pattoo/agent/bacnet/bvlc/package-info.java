/** The BACnet Virtual Link Control layer of BACnet/IP (ASHRAE 135-2020 Annex J.2). */
package org.pattoo.agent.bacnet.bvlc;
