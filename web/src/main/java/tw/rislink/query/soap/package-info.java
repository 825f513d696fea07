/**
 * The legacy SOAP linking interface (連結介面): the endpoint generated from the contract in
 * {@code WEB-INF/wsdl/linking-v1.wsdl}, the handler that reads its WS-Security UsernameToken, and
 * the limits every SOAP message meets before it is parsed.
 */
package tw.rislink.query.soap;
