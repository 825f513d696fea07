/** Sign-in accounts of the platform's users: their roles, password hashes and lockout state. */
package tw.rislink.account.entity;
