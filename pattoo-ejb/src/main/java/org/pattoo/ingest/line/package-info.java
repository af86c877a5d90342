/**
 * InfluxDB line protocol in: the grammar of a body ({@link org.pattoo.ingest.line.LineScanner}),
 * its escaping rules, and what a line's measurement, tags and fields become in pattoo.
 */
package org.pattoo.ingest.line;
