/** The tamper-evident audit trail: hash-chained records, one chain per day and partition. */
package tw.rislink.audit.entity;
