/** Agencies and companies that users act for: providers, linked agencies, carriers and companies. */
package tw.rislink.agency.entity;
