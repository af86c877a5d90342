/**
 * Names for what agents report, per language: languages, translation groups (the original's agent
 * groups) with their agents, key translations with units, agent-program translations, and their CSV
 * import.
 */
package org.pattoo.translation;
