/** Sign-in with a business certificate, and the issuers the platform trusts. */
package tw.rislink.certificate.boundary;
