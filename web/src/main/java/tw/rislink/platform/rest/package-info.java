/** The JAX-RS application under /api, its health resource and the benchmark baseline. */
package tw.rislink.platform.rest;
