/**
 * The original pattoo agents' JSON in (original-pattoo.md §2.2-2.7): the grammar of a body, read
 * with a streaming parser, and what each of its datapoints becomes in pattoo.
 */
package org.pattoo.ingest.json;
