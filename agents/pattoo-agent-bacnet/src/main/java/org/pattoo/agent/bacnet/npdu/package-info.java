/** The BACnet network layer header, NPCI (ASHRAE 135-2020 clause 6.2). */
package org.pattoo.agent.bacnet.npdu;
