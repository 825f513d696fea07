/**
 * The agency feature's services: the data-item catalogue, kept by the administrator and read by
 * every party of a case; a linked agency after go-live: its standing, the one check every channel
 * makes, violations, staff changes and termination.
 */
package tw.rislink.agency.boundary;
