/** Running an agent: its YAML configuration, the aligned poll loop, and the command line. */
package org.pattoo.agent.run;
