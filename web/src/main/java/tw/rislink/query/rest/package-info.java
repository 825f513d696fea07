/** The government REST API of the data service: {@code GET /integration/rwv1c1}. */
package tw.rislink.query.rest;
