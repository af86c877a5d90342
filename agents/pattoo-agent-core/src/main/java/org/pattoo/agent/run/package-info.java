/**
 * Running an agent: its YAML configuration, the aligned poll loop, and the command line. An agent
 * uses {@link org.pattoo.agent.run.AgentMain} (its {@code main} and the {@code Agent} it
 * implements), {@link org.pattoo.agent.run.ConfigNode} and {@link
 * org.pattoo.agent.run.ConfigException}; {@link org.pattoo.agent.run.AgentConfig} and {@link
 * org.pattoo.agent.run.AgentRunner} are public for agents' tests. The rest is the core's own.
 */
package org.pattoo.agent.run;
