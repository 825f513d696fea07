/** The household and military registers as the platform reads them, and their identifiers. */
package tw.rislink.register.entity;
