/** Read-side queries over series, their labels and latest samples, for the APIs to present. */
package org.pattoo.query;
