/** The working-day calendar's holidays, kept by the administrator. */
package tw.rislink.calendar.boundary;
