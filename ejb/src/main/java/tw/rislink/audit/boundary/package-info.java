/** Writing the audit trail in the caller's transaction, and verifying it. */
package tw.rislink.audit.boundary;
