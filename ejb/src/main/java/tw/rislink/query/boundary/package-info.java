/** The data service: every channel's register query, authenticated, permitted, answered and audited in one place. */
package tw.rislink.query.boundary;
