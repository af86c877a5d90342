/**
 * MicroProfile Health checks: the server is ready when PostgreSQL answers and the schema is
 * current.
 */
package org.pattoo.health;
