/**
 * The service productions this client uses: ReadProperty (135-2020 clause 15.5),
 * ReadPropertyMultiple (clause 15.7), Who-Is (clause 16.10) and I-Am (clause 16.1).
 */
package org.pattoo.agent.bacnet.service;
