/** The business-certificate sign-in page and what it leaves in the session. */
package tw.rislink.certificate.web;
