/**
 * Business certificates (工商憑證): checking one against the trusted issuers and their revocation
 * lists with BouncyCastle, the signature a holder makes over a sign-in challenge, and the
 * embedded test CA with its soft cards for development and tests.
 */
package tw.rislink.certificate.control;
