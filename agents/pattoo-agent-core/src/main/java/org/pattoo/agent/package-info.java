/**
 * What a collector produces (data points with metadata, grouped per target) and the SPI it
 * implements.
 */
package org.pattoo.agent;
