/** The auditor's screens over the audit trail. */
package tw.rislink.audit.web;
