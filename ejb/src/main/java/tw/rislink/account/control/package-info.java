/** Password hashing in the form the security realm verifies. */
package tw.rislink.account.control;
