/**
 * The BACnet tag codec of ASHRAE 135-2020 clause 20.2: application and context tags, primitive
 * values, opening and closing tags.
 */
package org.pattoo.agent.bacnet.codec;
