/** Liveness answers of the agent and web APIs, worded as the original pattoo's. */
package org.pattoo.status;
