/**
 * Ingestion: decodes agent posts (pattoo JSON, Influx line protocol) into validated sample batches
 * and writes each batch to PostgreSQL in one transaction.
 */
package org.pattoo.ingest;
