/** The original pattoo's REST time-series route, kept for its web UI and scripts. */
package org.pattoo.rest;
