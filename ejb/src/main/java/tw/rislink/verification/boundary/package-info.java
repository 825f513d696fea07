/** The ID-card verification job V2C201 for companies. */
package tw.rislink.verification.boundary;
