/**
 * Sealed days' numeric samples as compact byte chunks: delta-coded timestamps, XOR- or
 * decimal-coded values and the rare exact counter readings beside them, bit-exact both ways.
 */
package org.pattoo.storage.chunk;
