/** JWT (RS256) parsing and checking, the rdCode envelope and refusals: shared by every REST job. */
package tw.rislink.credential.control;
