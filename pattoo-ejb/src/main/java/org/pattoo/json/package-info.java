/** JSON-P as the server uses it everywhere: one provider, looked up once. */
package org.pattoo.json;
