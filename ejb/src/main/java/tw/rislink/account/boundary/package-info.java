/** Account services: sign-in bookkeeping, lockout and its timed unlock, administration. */
package tw.rislink.account.boundary;
