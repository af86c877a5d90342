/** The GraphQL API at {@code /pattoo/api/v1/web/graphql} and its types (records, not entities). */
package org.pattoo.graphql;
