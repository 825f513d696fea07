/** The administrator's data-item catalogue screen. */
package tw.rislink.agency.web;
