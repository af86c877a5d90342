/** The Linux host agent: what the original OS agent collected, plus what it silently dropped. */
package org.pattoo.agent.linux;
