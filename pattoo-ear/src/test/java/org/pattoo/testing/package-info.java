/**
 * What the integration tests share: the built EAR as a deployment, the server's URLs, the database.
 */
package org.pattoo.testing;
