/** Retention: old samples and rollups go by dropping whole partitions, never by row deletes. */
package org.pattoo.retention;
