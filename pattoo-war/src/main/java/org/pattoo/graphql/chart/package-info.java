/** GraphQL for charts and favorites: everyone reads charts; owners and admins change them. */
package org.pattoo.graphql.chart;
