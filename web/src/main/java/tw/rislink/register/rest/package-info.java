/** The register's reference data over the API: code tables. */
package tw.rislink.register.rest;
