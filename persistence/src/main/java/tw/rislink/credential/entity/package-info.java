/** REST API credentials (Iss keys bound to public keys, addresses and jobs) and used tokens. */
package tw.rislink.credential.entity;
