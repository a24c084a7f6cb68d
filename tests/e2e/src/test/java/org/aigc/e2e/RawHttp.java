package org.aigc.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection. Unlike {@link java.net.http.HttpClient} it sends what it
 * is told: raw bytes in the request target, any header name and value, a body that does not match its Content-Type.
 * Request targets and header values are written as ISO-8859-1, so characters U+0080..U+00FF become single raw bytes
 * (invalid UTF-8 on the wire); callers percent- or UTF-8-encode anything they want sent as UTF-8.
 */
final class RawHttp {

    /**
     * What goes on the wire. {@code headers} are sent in order, after {@code Host} and {@code Connection: close};
     * a {@code chunked} body goes without Content-Length, in 8 KB chunks, so the server cannot refuse it up front.
     */
    record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
            boolean chunked) {

        byte[] bytes(String host) {
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\nConnection: close\r\n");
            for (Map.Entry<String, String> header : headers) {
                head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
            }
            if (body != null) {
                head.append(chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length).append("\r\n");
            }
            head.append("\r\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null && chunked) {
                for (int at = 0; at < body.length; at += 8192) {
                    int length = Math.min(8192, body.length - at);
                    out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, length);
                    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else if (body != null) {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }

        /**
         * The request as text to reproduce it: non-printable and non-ASCII bytes as {@code \xNN}, a body over 2 KB
         * as its first 1 KB, its length and its last 200 bytes.
         */
        String describe() {
            StringBuilder out = new StringBuilder(escape(method + " " + target + " HTTP/1.1")).append('\n');
            for (Map.Entry<String, String> header : headers) {
                out.append(escape(header.getKey() + ": " + abbreviate(header.getValue()))).append('\n');
            }
            if (body == null) {
                return out.append("(no body)").toString();
            }
            String text = new String(body, StandardCharsets.ISO_8859_1);
            out.append(chunked ? "Transfer-Encoding: chunked (" + body.length + " bytes)" : "Content-Length: "
                    + body.length).append("\n\n");
            if (body.length <= 2048) {
                return out.append(escape(text)).toString();
            }
            return out.append(escape(text.substring(0, 1024))).append("\n... (").append(body.length - 1224)
                    .append(" bytes left out) ...\n").append(escape(text.substring(text.length() - 200))).toString();
        }

        private static String abbreviate(String value) {
            return value.length() <= 300 ? value : value.substring(0, 200) + "...(" + value.length() + " chars)";
        }

        private static String escape(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c >= 0x20 && c < 0x7f) {
                    out.append(c);
                } else {
                    out.append(String.format("\\x%02X", (int) c & 0xff));
                }
            }
            return out.toString();
        }

        /** Bytes of the request line and header block, to tell whether the server's own limits apply. */
        int headBytes() {
            int size = method.length() + target.length() + 40;
            for (Map.Entry<String, String> header : headers) {
                size += header.getKey().length() + header.getValue().length() + 4;
            }
            return size;
        }
    }

    /**
     * The answer; {@code body} is empty for a {@code text/event-stream} 2xx (only its head is read), and
     * {@code status} is -1 when the server closed the connection without answering.
     */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    static Response send(int port, Request request, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.bytes("127.0.0.1:" + port));
                out.flush();
            } catch (IOException e) {
                // the server may answer (413, 431) and close before it has read everything: read what it said
            }
            return read(new java.io.BufferedInputStream(socket.getInputStream()));
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return new Response(-1, Map.of(), new byte[0]);
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        String type = headers.getOrDefault("content-type", "");
        if (status < 300 && type.startsWith("text/event-stream")) {
            return new Response(status, headers, new byte[0]);
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = readToEnd(in);
        }
        return new Response(status, headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                return out.toByteArray();
            }
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.writeBytes(in.readNBytes(length));
            line(in);
        }
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (SocketTimeoutException e) {
            return new byte[0];
        }
    }

    /** One CRLF-terminated line as ISO-8859-1, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        try {
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
                }
                line.write(b);
            }
        } catch (java.net.SocketException e) {
            // a reset after the server answered and closed
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
