/** Plain logic behind the platform services: reading versioned SQL scripts, settings. */
package tw.rislink.platform.control;
