/** The agency feature's services: the data-item catalogue, kept by the administrator and read by every party of a case. */
package tw.rislink.agency.boundary;
