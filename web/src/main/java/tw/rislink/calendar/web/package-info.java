/** The administrator's holiday calendar screen. */
package tw.rislink.calendar.web;
