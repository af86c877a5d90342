/** Brings the PostgreSQL schema up to date with versioned Flyway migrations at startup. */
package org.pattoo.schema;
