/** Reads, validates and logs the server's MicroProfile Config keys ({@code pattoo.*}) once. */
package org.pattoo.config;
