/**
 * Who may use the web API and how: users and roles, logins with signed access tokens and rotating
 * refresh tokens, read-only API tokens and agent tokens, all persisted with JPA.
 */
package org.pattoo.auth;
