/** Charts (named, ordered sets of datapoints) and each user's favorite charts, in order. */
package org.pattoo.chart;
