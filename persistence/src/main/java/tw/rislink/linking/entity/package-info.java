/**
 * The linking application (seed 000): an agency's case for linking to the registers, the steps
 * it passes through between the five parties, and its history.
 */
package tw.rislink.linking.entity;
