/** The pattoo agent wire format, posting to the server, and the on-disk spool of unsent batches. */
package org.pattoo.agent.wire;
