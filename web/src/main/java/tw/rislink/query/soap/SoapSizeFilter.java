package tw.rislink.query.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import tw.rislink.platform.control.Settings;

/**
 * The size limit of every SOAP message, before any XML parser sees it: a body over
 * {@code rislink.soap.max-kilobytes} (default 1024) is answered with a SOAP fault and HTTP 413.
 * A declared Content-Length over the limit is refused unread; otherwise (chunked bodies too) the
 * bytes are counted as they are read, never more than the limit and one byte, and the endpoint
 * then parses the copy. Holding up to the limit in memory is what makes the count exact; a
 * request of the linking interface is a few hundred bytes.
 */
public class SoapSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private int limit;

    @Override
    public void init() {
        limit = Settings.integer("rislink.soap.max-kilobytes", 1024) * 1024;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // GET (the contract) and HEAD carry no body; every other method is metered, since the
        // web-services servlet hands PUT, DELETE and unknown methods to its handler too.
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse(response, request.getContentLengthLong());
            return;
        }
        byte[] body = read(request.getInputStream());
        if (body.length > limit) {
            refuse(response, -1);
            return;
        }
        chain.doFilter(new Read(request, body), response);
    }

    private byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit + 1, 16 * 1024));
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() <= limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - out.size()))) != -1) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void refuse(HttpServletResponse response, long declared) throws IOException {
        String why = "The message is larger than the linking interface accepts: at most " + limit / 1024 + " KB"
                + (declared < 0 ? "" : ", this one declared " + declared + " bytes");
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        // What was not read of the body is not read at all: the connection ends with this answer.
        response.setHeader("Connection", "close");
        response.setContentType("text/xml;charset=UTF-8");
        byte[] fault = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                        + "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>" + why + "</faultstring>"
                        + "</soap:Fault></soap:Body></soap:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(fault.length);
        response.getOutputStream().write(fault);
    }

    /** The request with its body already read, within the limit. */
    private static final class Read extends HttpServletRequestWrapper {

        private final byte[] body;

        Read(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The SOAP body is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
