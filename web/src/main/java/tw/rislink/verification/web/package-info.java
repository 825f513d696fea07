/** Screens of the ID-card verification API: the company's requests and progress, MOI's review. */
package tw.rislink.verification.web;
