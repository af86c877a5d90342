/**
 * The example agent of docs/agents.md: polls HTTP JSON endpoints and posts the fields it is told to
 * read as data points.
 */
package org.pattoo.agent.example;
