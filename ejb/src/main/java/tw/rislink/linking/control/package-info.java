/**
 * The linking review's rules, in plain Java: which steps a case's route has and what each action
 * does; the checks of the documents an applicant uploads.
 */
package tw.rislink.linking.control;
