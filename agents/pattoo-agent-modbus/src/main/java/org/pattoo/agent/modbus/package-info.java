/** The Modbus TCP agent: polls coils, discrete inputs and registers of PLCs and meters. */
package org.pattoo.agent.modbus;
