/** The audit chain's arithmetic: the canonical form and hash of a record, and chain verification. */
package tw.rislink.audit.control;
