/** The JAX-RS application that roots every REST resource under {@code /pattoo/api}. */
package org.pattoo.api;
