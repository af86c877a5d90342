/**
 * The SNMP agent: walks configured OIDs, or every interface counter of IF-MIB, on devices polled
 * over SNMP v1, v2c or v3, one collector per device.
 */
package org.pattoo.agent.snmp;
