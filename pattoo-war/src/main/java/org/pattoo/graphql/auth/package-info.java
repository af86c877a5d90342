/** The GraphQL side of users, logins and tokens: queries, mutations and their types. */
package org.pattoo.graphql.auth;
