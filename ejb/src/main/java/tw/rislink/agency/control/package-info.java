/** The agency feature's plain logic: what a data-item catalogue entry may say. */
package tw.rislink.agency.control;
