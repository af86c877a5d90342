/**
 * The pattoo agent wire format, posting to the server, and the on-disk spool of unsent batches. The
 * core's internals: public only for the core's other packages and agents' tests, and free to
 * change; an agent needs none of it.
 */
package org.pattoo.agent.wire;
