/**
 * What every GraphQL request passes before it runs: who sends it, and whether it asks for more than
 * the {@code pattoo.graphql.*} limits allow.
 */
package org.pattoo.graphql.gate;
