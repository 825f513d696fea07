/** Cross-cutting services: schema versions, the embedded demo data, health. */
package tw.rislink.platform.boundary;
