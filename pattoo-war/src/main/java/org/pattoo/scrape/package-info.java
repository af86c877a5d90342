/** {@code /pattoo/metrics}: pattoo's own metrics for Prometheus, behind a token like every API. */
package org.pattoo.scrape;
