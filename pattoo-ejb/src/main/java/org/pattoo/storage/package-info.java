/**
 * The time-partitioned sample tables: which daily partitions exist, creating them ahead of time.
 */
package org.pattoo.storage;
