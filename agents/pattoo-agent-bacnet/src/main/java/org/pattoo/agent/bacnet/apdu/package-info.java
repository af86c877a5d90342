/** The BACnet application layer PDUs (ASHRAE 135-2020 clause 20.1) and their error names. */
package org.pattoo.agent.bacnet.apdu;
