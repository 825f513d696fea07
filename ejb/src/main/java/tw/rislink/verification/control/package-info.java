/** The comparison of typed ID-card issuance data with the register. */
package tw.rislink.verification.control;
