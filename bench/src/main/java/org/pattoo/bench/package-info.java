/** Benchmarks that post to a running pattoo server and print what they measured. */
package org.pattoo.bench;
