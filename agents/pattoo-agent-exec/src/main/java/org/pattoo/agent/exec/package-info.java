/**
 * An agent that runs commands on the poll schedule and turns what they print into data points, so a
 * script in any language gets the core's spool, backoff and auth.
 */
package org.pattoo.agent.exec;
