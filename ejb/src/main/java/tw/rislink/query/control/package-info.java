/** The register's transactions as plain Java: what each asks, what each answers, cut to the approved items. */
package tw.rislink.query.control;
