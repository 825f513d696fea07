/** Authenticating REST calls: Iss key, signature, time, replay, host address, job. */
package tw.rislink.credential.boundary;
