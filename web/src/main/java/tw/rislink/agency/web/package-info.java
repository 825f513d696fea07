/**
 * The agency feature's screens: the administrator's data-item catalogue; a linked agency's life
 * after go-live, the providers' list and the agency's own standing.
 */
package tw.rislink.agency.web;
