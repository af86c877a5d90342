/** For tests only: agents run as processes, and the protocol peers they are tested against. */
package org.pattoo.agent.testing;
