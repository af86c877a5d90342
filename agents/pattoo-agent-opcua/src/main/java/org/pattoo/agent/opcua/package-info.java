/**
 * The OPC UA agent: reads or subscribes to variables of OPC UA servers, found by NodeId or path.
 */
package org.pattoo.agent.opcua;
