/**
 * State of the ID-card verification job: wrong attempts per company, day and ID; suspended users;
 * requests and abnormal-use cases; the abnormal-use scan's position and daily counts per user.
 */
package tw.rislink.verification.entity;
