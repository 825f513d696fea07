/** Dates as the register writes them: the ROC calendar (民國) and Taiwan's time zone. */
package tw.rislink.calendar.entity;
