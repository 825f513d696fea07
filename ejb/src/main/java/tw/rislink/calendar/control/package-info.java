/** Working days: weekends and the national holidays an administrator maintains. */
package tw.rislink.calendar.control;
