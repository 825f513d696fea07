/** Password hashing in the form the security realm verifies, and the lockout policy. */
package tw.rislink.account.control;
