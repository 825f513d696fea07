/** A linked agency after go-live: its standing, the one check every channel makes, violations, staff changes and termination. */
package tw.rislink.agency.boundary;
