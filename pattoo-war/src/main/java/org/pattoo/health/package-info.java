/**
 * MicroProfile Health checks: the server is ready when PostgreSQL answers and the schema is
 * current. In the web module: WildFly's MicroProfile Health finds checks there, not in the EJB
 * module of an EAR.
 */
package org.pattoo.health;
