/** GraphQL for languages, translation groups and translations: everyone reads, admins write. */
package org.pattoo.graphql.translation;
