package org.pattoo.query;

import java.util.Optional;

/**
 * One agent row: an agent id polling one target, as the original's pt_agent.
 *
 * @param programName the program's name in the language asked, if translated
 * @param translationGroup the translation group whose labels its datapoints get
 */
public record AgentInfo(
    long idxAgent,
    String agentId,
    String target,
    String program,
    String hostname,
    boolean enabled,
    Optional<String> programName,
    long translationGroup) {}
