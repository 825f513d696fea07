/**
 * JWT (RS256) parsing and checking, the rdCode envelope and refusals, shared by every REST job;
 * address blocks, the linked agency's certificate check and DHR's password tables.
 */
package tw.rislink.credential.control;
