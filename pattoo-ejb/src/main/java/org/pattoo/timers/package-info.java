/** How the server's EJB timers get their timer service. */
package org.pattoo.timers;
