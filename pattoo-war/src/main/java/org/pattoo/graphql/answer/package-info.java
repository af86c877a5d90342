/** Runs an admitted GraphQL request and writes its answer. */
package org.pattoo.graphql.answer;
