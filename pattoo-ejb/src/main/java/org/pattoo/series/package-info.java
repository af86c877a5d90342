/**
 * The series model shared by ingestion, queries and rollups: data types, labels, what identifies a
 * series, and how a counter's readings become increases.
 */
package org.pattoo.series;
