/** State of the ID-card verification job: wrong attempts per company, day and ID; suspended users. */
package tw.rislink.verification.entity;
