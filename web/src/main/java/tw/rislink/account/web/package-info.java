/** Sign-in, sign-out and the administrator's account screen. */
package tw.rislink.account.web;
